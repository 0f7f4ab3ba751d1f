"""JSON form: lossless round trips, strict structuring with paths, schema_version, JSON Schema."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import rusaz
from rusaz import (
    SCHEMA_VERSION,
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    AgreementLink,
    Article,
    DateKind,
    DateMention,
    Event,
    EventKind,
    FuzzyDate,
    Mention,
    MentionKind,
    ParticipantRole,
    Place,
    Precision,
    Report,
    Role,
    Span,
    Terms,
    from_json,
    json_schema,
    structure,
    to_json,
    unstructure,
)
from rusaz._corpus import FileError, Summary
from rusaz._serde import schema_of
from rusaz.exceptions import SerializationError
from tests import strategies

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "docs" / "article.schema.json"

MODEL_CLASSES: list[type[Any]] = [
    Span,
    FuzzyDate,
    Mention,
    Role,
    Actor,
    Place,
    ParticipantRole,
    Event,
    Terms,
    AgreementLink,
    Agreement,
    Article,
    DateMention,
]
CLASS_IDS = [cls.__name__ for cls in MODEL_CLASSES]

# Records of the corpus and the evaluation: Hypothesis builds them from their annotations.
RECORD_CLASSES: list[type[Any]] = [*MODEL_CLASSES, FileError, Summary, Report]


def _validator(cls: type[Any]) -> jsonschema.Draft202012Validator:
    schema = json_schema() if cls is Article else schema_of(cls)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


# --- round trips -----------------------------------------------------------------------------


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=[c.__name__ for c in RECORD_CLASSES])
@given(data=st.data())
def test_structure_inverts_unstructure(cls: type[Any], data: st.DataObject) -> None:
    """structure(unstructure(x), cls) == x for every model class."""
    value = data.draw(st.from_type(cls))
    assert value == structure(unstructure(value), cls)


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=[c.__name__ for c in RECORD_CLASSES])
@given(data=st.data())
def test_from_json_inverts_to_json(cls: type[Any], data: st.DataObject) -> None:
    """from_json(to_json(x), cls) == x for every model class."""
    value = data.draw(st.from_type(cls))
    assert value == from_json(to_json(value), cls)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=CLASS_IDS)
@given(data=st.data())
def test_json_output_validates_against_the_schema(cls: type[Any], data: st.DataObject) -> None:
    """The JSON of any model object is valid under the JSON Schema built for its class."""
    value = data.draw(st.from_type(cls))
    _validator(cls).validate(json.loads(to_json(value)))


@given(strategies.articles())
def test_json_is_stable(article: Article) -> None:
    """to_json is deterministic and writes keys sorted; unstructured data is plain JSON."""
    text = to_json(article)
    assert text == to_json(from_json(text, Article))
    data = json.loads(text)
    assert sorted(data) == list(data)
    assert data == unstructure(article)


def test_unstructured_forms() -> None:
    """Dates are ISO strings, enums values, tuples lists, FuzzyDate and Span small objects."""
    event = Event(
        id="event:call",
        kind=EventKind.CALL,
        when=FuzzyDate.parse("2023-10"),
        participants=("person:a", "person:b"),
        evidence=(Span(0, 4),),
    )
    expected = {
        "id": "event:call",
        "kind": "call",
        "when": {"start": "2023-10-01", "end": "2023-10-31", "precision": "month"},
        "place": None,
        "participants": ["person:a", "person:b"],
        "agreements": [],
        "evidence": [{"start": 0, "end": 4}],
        "modality": "happened",
        "participant_roles": [],
        "trigger": None,
        "rule": "",
        "date_source": "none",
    }
    assert expected == unstructure(event)


def test_article_json_carries_schema_version_and_keeps_unicode() -> None:
    """An article's JSON has schema_version and writes non-ASCII text as it is."""
    article = Article(id="a", text="Алиев и Путин в Баку — «встреча»")
    data = json.loads(to_json(article))
    assert SCHEMA_VERSION == data["schema_version"]
    assert "Алиев и Путин в Баку — «встреча»" in to_json(article)


def test_to_json_indent() -> None:
    """indent= pretty-prints without changing the data."""
    span = Span(1, 2)
    assert '{\n  "end": 2,\n  "start": 1\n}' == to_json(span, indent=2)


# --- strict structuring ----------------------------------------------------------------------

TEXT = "Putin met Aliyev in Baku."


def _article_data(**changes: Any) -> dict[str, Any]:
    """Valid article data with one actor, one event and one agreement, then ``changes``."""
    article = Article(
        id="a1",
        text=TEXT,
        actors=(Actor(id="person:putin", name="Putin", kind=ActorKind.PERSON),),
        events=(
            Event(
                id="event:meeting",
                kind=EventKind.MEETING,
                participants=("person:putin",),
                evidence=(Span(0, 25),),
            ),
        ),
        agreements=(
            Agreement(
                id="agreement:plan",
                title="Plan",
                kind=AgreementKind.PLAN,
                evidence=(Span(0, 25),),
            ),
        ),
    )
    data: dict[str, Any] = unstructure(article)
    for path, value in changes.items():
        *parents, last = path.split("__")
        target: Any = data
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value
    return data


_DELETE = object()

BAD_DATA: list[tuple[str, dict[str, Any], str]] = [
    ("unknown top-level key", {"colour": "red"}, "unknown keys (colour) @ $"),
    ("unknown nested key", {"events__0__mood": 1}, "unknown keys (mood) @ $.events[0]"),
    ("missing required key", {"id": _DELETE}, "required field missing @ $.id"),
    ("string expected", {"title": 3}, "expected a string, got int @ $.title"),
    ("integer expected", {"events__0__evidence__0__start": "0"}, "@ $.events[0].evidence[0].start"),
    (
        "boolean is not an integer",
        {"events__0__evidence__0__end": True},
        "@ $.events[0].evidence[0].end",
    ),
    ("list expected", {"actors": "person:putin"}, "@ $.actors"),
    ("unknown enum value", {"events__0__kind": "party"}, "@ $.events[0].kind"),
    (
        "non-ISO date",
        {"published": {"start": "3 May 2024", "end": "2024-05-03", "precision": "day"}},
        "@ $.published.start",
    ),
    (
        "impossible date",
        {"published": {"start": "2024-02-30", "end": "2024-03-01", "precision": "day"}},
        "@ $.published.start",
    ),
    (
        "fuzzy date inverted",
        {"events__0__when": {"start": "2024-05-03", "end": "2024-05-01", "precision": "day"}},
        "is after end 2024-05-01 @ $.events[0].when",
    ),
    ("negative span", {"events__0__evidence__0__start": -1}, "@ $.events[0].evidence[0]"),
    (
        "bad id",
        {"actors__0__id": "Putin"},
        "ids look like 'kind:slug' (lower case), got 'Putin' @ $.actors[0]",
    ),
    (
        "span past the text",
        {"sentences": [{"start": 0, "end": 99}]},
        "lies outside the text (25 chars) @ $",
    ),
    (
        "dangling reference",
        {"events__0__participants": ["person:nobody"]},
        "refers to unknown id 'person:nobody' @ $",
    ),
    (
        "schema_version missing",
        {"schema_version": _DELETE},
        "schema_version missing; this rusaz reads schema_version 1 @ $.schema_version",
    ),
    (
        "schema_version unknown",
        {"schema_version": 99},
        "schema_version 99 is not supported; this rusaz reads schema_version 1 @ $.schema_version",
    ),
    ("schema_version a string", {"schema_version": "1"}, "@ $.schema_version"),
]


@pytest.mark.parametrize(
    ("case", "changes", "expected"), BAD_DATA, ids=[case for case, _, _ in BAD_DATA]
)
def test_bad_data_is_rejected_with_its_path(
    case: str, changes: dict[str, Any], expected: str
) -> None:
    """Bad data raises SerializationError whose errors and message name the bad path."""
    data = _article_data(**changes)
    with pytest.raises(SerializationError) as info:
        structure(data, Article)
    assert any(expected in line for line in info.value.errors), (case, info.value.errors)
    assert expected in str(info.value), case


def test_every_bad_field_is_listed() -> None:
    """Several problems in one document are all reported, one line each."""
    data = _article_data(title=3, events__0__kind="party", actors__0__mood="x")
    with pytest.raises(SerializationError) as info:
        from_json(json.dumps(data), Article)
    paths = sorted(line.rpartition(" @ ")[2] for line in info.value.errors)
    assert ["$.actors[0]", "$.events[0].kind", "$.title"] == paths


def test_valid_data_still_structures() -> None:
    """The unchanged fixture structures (so the table above tests only its changes)."""
    assert "a1" == structure(_article_data(), Article).id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{", "not valid JSON"),
        ('{"start": 0, "start": 1, "end": 2}', "duplicate key 'start'"),
        (b"\xff\xfe\x00", "not valid JSON"),
        ("[]", "@ $"),
    ],
)
def test_from_json_rejects_non_json(text: str | bytes, expected: str) -> None:
    """Malformed JSON, duplicate keys and wrong top-level shapes raise SerializationError."""
    with pytest.raises(SerializationError, match=expected.replace("$", r"\$")):
        from_json(text, Span)


@pytest.mark.parametrize(
    ("value", "cls"),
    [(3, str), ("3", int), (True, int), (1, bool), (1.5, int), ("x", float), (None, str)],
)
def test_primitives_are_not_coerced(value: object, cls: type[Any]) -> None:
    """Wrong primitive types are errors, never silently converted."""
    with pytest.raises(SerializationError):
        structure(value, cls)


def test_integers_are_accepted_as_floats() -> None:
    """A JSON integer is a valid coordinate (JSON has one number type)."""
    data = {"id": "place:baku", "name": "Baku", "latitude": 40, "longitude": 50}
    assert 40.0 == structure(data, Place).latitude


# --- JSON Schema -----------------------------------------------------------------------------


def test_json_schema_is_a_valid_draft_2020_12_schema() -> None:
    """json_schema() is itself valid under the draft 2020-12 meta-schema."""
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "https://json-schema.org/draft/2020-12/schema" == schema["$schema"]


def test_json_schema_covers_every_model_class() -> None:
    """Every class an article can contain has a definition."""
    expected = {
        "Actor",
        "Agreement",
        "AgreementLink",
        "Article",
        "Event",
        "FuzzyDate",
        "Mention",
        "ParticipantRole",
        "Place",
        "Role",
        "Span",
        "Terms",
    }
    assert expected == set(json_schema()["$defs"])


@pytest.mark.parametrize(
    ("case", "changes"),
    [
        ("unknown key", {"colour": "red"}),
        ("wrong type", {"title": 3}),
        ("unknown enum value", {"events__0__kind": "party"}),
        ("other schema_version", {"schema_version": 2}),
        ("missing key", {"text": _DELETE}),
    ],
)
def test_json_schema_rejects_bad_shapes(case: str, changes: dict[str, Any]) -> None:
    """The schema catches the shape errors structure() catches."""
    errors = list(_validator(Article).iter_errors(_article_data(**changes)))
    assert errors, case


def test_published_schema_file_is_current() -> None:
    """docs/article.schema.json equals json_schema() (regenerate: see docs/schema.md)."""
    published = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert json_schema() == published


# --- the bundled corpus ----------------------------------------------------------------------


def test_bundled_corpus_round_trips() -> None:
    """Every bundled article survives a JSON round trip and validates against the schema."""
    corpus = rusaz.load_corpus()
    validator = _validator(Article)
    assert 5 == len(corpus)
    for article in corpus:
        text = to_json(article)
        assert article == from_json(text, Article)
        validator.validate(json.loads(text))


def test_date_mentions_round_trip() -> None:
    """A DateMention found in text round-trips through JSON."""
    mention = DateMention(
        span=Span(3, 16),
        text="22 April 2024",
        when=FuzzyDate.day(date(2024, 4, 22)),
        kind=DateKind.ABSOLUTE,
        year=2024,
        month=4,
        day=22,
    )
    assert mention == from_json(to_json(mention), DateMention)


def test_enums_and_nested_records_round_trip() -> None:
    """A hand-built actor with roles and mentions round-trips (readable example of the form)."""
    actor = Actor(
        id="person:ilham-aliyev",
        name="Ilham Aliyev",
        kind=ActorKind.PERSON,
        country="AZ",
        roles=(Role(title="President", country="AZ", start=date(2003, 10, 31)),),
        mentions=(Mention(Span(0, 12), "lexicon", MentionKind.NAME),),
    )
    data = unstructure(actor)
    assert "2003-10-31" == data["roles"][0]["start"]
    assert actor == structure(data, Actor)
    assert Precision.SEASON == structure("season", Precision)
