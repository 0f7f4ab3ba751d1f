"""Typical user code, checked by ``mypy --strict``: the public API must type-check as used.

Not collected by pytest (no ``test_`` prefix); run through mypy in ``.ci/run``.
"""

from __future__ import annotations

from datetime import date
from typing import Any, assert_type

import rusaz
from rusaz import (
    Actor,
    ActorKind,
    Article,
    Corpus,
    DateMention,
    Event,
    EventKind,
    FuzzyDate,
    Precision,
    Report,
    Span,
)
from rusaz.exceptions import RusazError, SerializationError


def parse_and_query(text: str) -> list[str]:
    """Parse a text, then read its events with their dates and evidence."""
    article = rusaz.parse_text(text, article_id="example", published=date(2024, 4, 22))
    assert_type(article, Article)
    lines: list[str] = []
    for event in article.events:
        assert_type(event, Event)
        when: FuzzyDate | None = event.when
        first: Span = event.evidence[0]
        quoted: str = article.quote(first)
        names = [article.actor(actor_id).name for actor_id in event.participants]
        lines.append(f"{event.kind.value} {when} {', '.join(names)}: {quoted}")
    return lines


def dates_in(text: str) -> list[tuple[str, str]]:
    """Find dates relative to a reference day."""
    found = rusaz.find_dates(text, reference=FuzzyDate.day(date(2024, 4, 22)))
    assert_type(found, list[DateMention])
    return [(m.text, str(m.when)) for m in found if m.when is not None]


def fuzzy() -> bool:
    """FuzzyDate parsing and interval queries."""
    october = FuzzyDate.parse("2023-10")
    assert october.precision is Precision.MONTH
    return october.contains(date(2023, 10, 5)) and october.overlaps(FuzzyDate.year(2023))


def round_trip(article: Article) -> Article:
    """JSON out and back in, with the typed result."""
    text: str = rusaz.to_json(article)
    data: Any = rusaz.unstructure(article)
    again = rusaz.structure(data, Article)
    assert_type(again, Article)
    try:
        return rusaz.from_json(text, Article)
    except SerializationError as exc:
        errors: tuple[str, ...] = exc.errors
        raise RusazError("\n".join(errors)) from exc


def corpus() -> int:
    """The bundled corpus is a sequence of articles."""
    articles = rusaz.load_corpus()
    assert_type(articles, Corpus)
    first: Article = articles[0]
    people = [a for a in first.actors if a.kind is ActorKind.PERSON]
    calls = [e for a in articles for e in a.events if e.kind is EventKind.CALL]
    return len(articles) + len(people) + len(calls)


def build_by_hand() -> Article:
    """Users build model objects directly (tests, gold data)."""
    putin = Actor(id="person:vladimir-putin", name="Vladimir Putin", kind=ActorKind.PERSON)
    return Article(id="a", text="Putin spoke.", actors=(putin,))


def evaluate(gold: str, texts: str) -> Report:
    """Scoring against gold files returns a Report."""
    return rusaz.evaluate(gold, texts)


def schema() -> dict[str, Any]:
    """The JSON Schema is a plain dict."""
    return rusaz.json_schema()
