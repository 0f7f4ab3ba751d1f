"""rusaz: typed, queryable records of Russia-Azerbaijan relations from news articles.

Parse an article with :func:`parse_text` or :func:`parse_file`, load the bundled corpus
with :func:`load_corpus`, find dates with :func:`find_dates`, and serialise with
:func:`to_json` / :func:`from_json`.
"""

from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

from rusaz._corpus import Corpus, FileError, load_corpus
from rusaz._dates import DateKind, DateMention, find_dates
from rusaz._eval import Report, evaluate
from rusaz._model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    AgreementLink,
    Article,
    DateSource,
    Event,
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
from rusaz._parse import parse_file, parse_text
from rusaz._serde import SCHEMA_VERSION, from_json, json_schema, structure, to_json, unstructure

try:
    __version__ = _version("rusaz")
except _PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+unknown"

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Agreement",
    "AgreementKind",
    "AgreementLink",
    "Article",
    "Corpus",
    "DateKind",
    "DateMention",
    "DateSource",
    "Event",
    "EventKind",
    "FileError",
    "FuzzyDate",
    "Mention",
    "MentionKind",
    "Modality",
    "ParticipantRole",
    "Place",
    "Precision",
    "Report",
    "Role",
    "Span",
    "Terms",
    "__version__",
    "evaluate",
    "find_dates",
    "from_json",
    "json_schema",
    "load_corpus",
    "parse_file",
    "parse_text",
    "structure",
    "to_json",
    "unstructure",
]
