"""The compact article encoding used between worker processes: decode(encode(a)) == a."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

import rusaz
from rusaz import _model
from rusaz._transport import FIELDS, decode, encode
from rusaz.exceptions import RusazError
from tests.strategies import articles

ROOT = Path(__file__).resolve().parents[1]
REPOSITORY_TEXTS = sorted(
    [
        *(ROOT / "seeds").glob("*.txt"),
        *(ROOT / "tests" / "data").glob("**/articles/*.txt"),
        *(ROOT / "tests" / "data" / "reader").glob("*.txt"),
    ]
)


class _Str(str):
    """A str subclass: marshal refuses it, so the encoding falls back to pickle."""

    __slots__ = ()


class _Date(date):
    """A date subclass: ordinals would lose its type, so the encoding falls back to pickle."""

    __slots__ = ()


def _model_classes() -> list[type]:
    return [c for c in vars(_model).values() if isinstance(c, type) and attrs.has(c)]


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda c: c.__name__)
def test_fields_follow_the_model(cls: type) -> None:
    """Every model class is encoded, field by field in declaration order (none dropped)."""
    assert tuple(f.name for f in attrs.fields(cls)) == FIELDS[cls]


def test_repository_has_articles() -> None:
    """The round-trip table below is not empty."""
    assert len(REPOSITORY_TEXTS) > 50


@pytest.mark.parametrize("path", REPOSITORY_TEXTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_repository_articles_round_trip(path: Path) -> None:
    """A parsed repository article comes back equal, with the same JSON."""
    try:
        article = rusaz.parse_file(path)
    except RusazError:
        pytest.skip("the file does not parse (its error is what a worker would send)")
    back = decode(encode(article))
    assert article == back
    assert rusaz.to_json(article) == rusaz.to_json(back)


@given(articles())
def test_generated_articles_round_trip(article: rusaz.Article) -> None:
    """Any valid article, with every optional field drawn, comes back equal."""
    assert article == decode(encode(article))


def _article(**changes: Any) -> rusaz.Article:
    span = rusaz.Span(0, 4)
    actor = rusaz.Actor(
        id="person:a",
        name="Ilham Aliyev",
        kind=rusaz.ActorKind.PERSON,
        roles=(
            rusaz.Role(title="President", country="AZ", start=date(2003, 10, 31)),
            rusaz.Role(title="adviser", end=date(1999, 1, 1)),
        ),
        mentions=(rusaz.Mention(span, "lexicon"), rusaz.Mention(rusaz.Span(0, 4), "alias")),
    )
    base = rusaz.Article(id="a", text="Baku, 1 May", actors=(actor,), sentences=(span,))
    return attrs.evolve(base, **changes)


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(_article(), id="plain"),
        pytest.param(_article(text="Baku \ud800 lone surrogate"), id="lone-surrogate"),
        pytest.param(_article(id=_Str("a")), id="str-subclass-falls-back-to-pickle"),
        pytest.param(
            _article(published=rusaz.FuzzyDate.day(_Date(2024, 5, 1))),
            id="date-subclass-falls-back-to-pickle",
        ),
        pytest.param(_article(sentences=(rusaz.Span(3, 3),)), id="empty-span"),
        pytest.param(rusaz.Article(id="a", text=""), id="empty-text-no-facts"),
    ],
)
def test_edge_articles_round_trip(article: rusaz.Article) -> None:
    """Odd but valid values come back equal and of the same types."""
    back = decode(encode(article))
    assert article == back
    assert type(article.id) is type(back.id)
    if article.published is not None and back.published is not None:
        assert type(article.published.start) is type(back.published.start)


def test_equal_spans_are_shared() -> None:
    """Equal spans decode to one shared object (immutable, so sharing is safe)."""
    back = decode(encode(_article()))
    assert back.sentences[0] is back.actors[0].mentions[0].span
    assert back.actors[0].mentions[1].span is back.sentences[0]


@pytest.mark.parametrize("data", [b"", b"x", b"p\x80\x05K\x01."])
def test_decode_rejects_other_bytes(data: bytes) -> None:
    """Bytes without the encoding's tag, or a pickle of something else, raise ValueError."""
    with pytest.raises(ValueError, match="not an encoded article"):
        decode(data)
