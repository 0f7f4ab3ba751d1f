"""rusaz: typed, queryable records of Russia-Azerbaijan relations from news articles.

Parse an article with :func:`parse_text` or :func:`parse_file`, load the bundled corpus
with :func:`load_corpus`, find dates with :func:`find_dates`, and serialise with
:func:`to_json` / :func:`from_json`. Lexicon queries live in :mod:`rusaz.lexicon`, errors in
:mod:`rusaz.exceptions`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from rusaz._model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    AgreementLink,
    Article,
    DateSource,
    Event,
    EventDateSource,
    EventKind,
    FuzzyDate,
    Mention,
    MentionKind,
    Modality,
    ParticipantRole,
    Place,
    Precision,
    Role,
    Span,
    Terms,
)

if TYPE_CHECKING:
    from rusaz._corpus import (
        ActorMention,
        Claim,
        Conflict,
        Corpus,
        CorpusActor,
        CorpusAgreement,
        CorpusEvent,
        CorpusPlace,
        Dyad,
        Evidence,
        FileError,
        Ref,
        Resolution,
        Summary,
        TimelineEntry,
        Where,
        iter_parse,
        load_corpus,
    )
    from rusaz._dates import DateKind, DateMention, find_dates
    from rusaz._eval import CategoryScore, FileReport, Report, evaluate
    from rusaz._parse import parse_file, parse_text
    from rusaz._serde import (
        SCHEMA_VERSION,
        from_json,
        json_schema,
        structure,
        to_json,
        unstructure,
    )

# Where each name beyond the model lives. They are imported on first use, so that
# `import rusaz` stays fast: the extractors compile their data-driven patterns, and the corpus
# and serde modules pull in cattrs and process pools, only when a program needs them.
_LAZY: dict[str, str] = {
    "ActorMention": "rusaz._corpus",
    "CategoryScore": "rusaz._eval",
    "Claim": "rusaz._corpus",
    "Conflict": "rusaz._corpus",
    "Corpus": "rusaz._corpus",
    "CorpusActor": "rusaz._corpus",
    "CorpusAgreement": "rusaz._corpus",
    "CorpusEvent": "rusaz._corpus",
    "CorpusPlace": "rusaz._corpus",
    "DateKind": "rusaz._dates",
    "DateMention": "rusaz._dates",
    "Dyad": "rusaz._corpus",
    "Evidence": "rusaz._corpus",
    "FileError": "rusaz._corpus",
    "FileReport": "rusaz._eval",
    "Ref": "rusaz._corpus",
    "Report": "rusaz._eval",
    "Resolution": "rusaz._corpus",
    "SCHEMA_VERSION": "rusaz._serde",
    "Summary": "rusaz._corpus",
    "TimelineEntry": "rusaz._corpus",
    "Where": "rusaz._corpus",
    "evaluate": "rusaz._eval",
    "find_dates": "rusaz._dates",
    "from_json": "rusaz._serde",
    "iter_parse": "rusaz._corpus",
    "json_schema": "rusaz._serde",
    "load_corpus": "rusaz._corpus",
    "parse_file": "rusaz._parse",
    "parse_text": "rusaz._parse",
    "structure": "rusaz._serde",
    "to_json": "rusaz._serde",
    "unstructure": "rusaz._serde",
}


def __getattr__(name: str) -> Any:
    """Import a public name on first use (PEP 562); ``__version__`` from package metadata."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("rusaz")
        except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
            return "0.0.0+unknown"
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'rusaz' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "ActorMention",
    "Agreement",
    "AgreementKind",
    "AgreementLink",
    "Article",
    "CategoryScore",
    "Claim",
    "Conflict",
    "Corpus",
    "CorpusActor",
    "CorpusAgreement",
    "CorpusEvent",
    "CorpusPlace",
    "DateKind",
    "DateMention",
    "DateSource",
    "Dyad",
    "Event",
    "EventDateSource",
    "EventKind",
    "Evidence",
    "FileError",
    "FileReport",
    "FuzzyDate",
    "Mention",
    "MentionKind",
    "Modality",
    "ParticipantRole",
    "Place",
    "Precision",
    "Ref",
    "Report",
    "Resolution",
    "Role",
    "Span",
    "Summary",
    "Terms",
    "TimelineEntry",
    "Where",
    "__version__",
    "evaluate",
    "find_dates",
    "from_json",
    "iter_parse",
    "json_schema",
    "load_corpus",
    "parse_file",
    "parse_text",
    "structure",
    "to_json",
    "unstructure",
]
