"""The model: validators reject broken invariants, FuzzyDate parses and prints, lookups work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    AgreementLink,
    Article,
    Event,
    EventKind,
    FuzzyDate,
    Mention,
    ParticipantRole,
    Place,
    Precision,
    Role,
    Span,
    Terms,
)
from rusaz.exceptions import ModelError, RusazError
from tests.strategies import articles, fuzzy_dates, spans

D = date
EV = (Span(0, 5),)

# --- validators ------------------------------------------------------------------------------


def _article(**kwargs: Any) -> Article:
    base: dict[str, Any] = {"id": "a1", "text": "Putin met Aliyev in Moscow."}
    return Article(**{**base, **kwargs})


PUTIN = Actor(id="person:vladimir-putin", name="Vladimir Putin", kind=ActorKind.PERSON)
MOSCOW = Place(id="place:moscow", name="Moscow", country="RU")
TREATY = Agreement(
    id="agreement:friendship", title="Treaty", kind=AgreementKind.TREATY, evidence=EV
)

INVALID: list[tuple[str, Callable[[], object]]] = [
    ("fuzzy date start after end", lambda: FuzzyDate(D(2020, 1, 2), D(2020, 1, 1), Precision.DAY)),
    ("fuzzy date bound not a date", lambda: FuzzyDate("2020-01-01", D(2020, 1, 1), Precision.DAY)),  # type: ignore[arg-type]
    ("fuzzy date precision a string", lambda: FuzzyDate(D(2020, 1, 1), D(2020, 1, 1), "day")),  # type: ignore[arg-type]
    ("unknown season", lambda: FuzzyDate.season(2020, "monsoon")),
    ("negative span", lambda: Span(-1, 2)),
    ("inverted span", lambda: Span(3, 2)),
    ("boolean span offset", lambda: Span(True, 2)),
    ("float span offset", lambda: Span(1.5, 2)),  # type: ignore[arg-type]
    ("string span offset", lambda: Span(0, "2")),  # type: ignore[arg-type]
    ("fuzzy date bound a datetime", lambda: FuzzyDate.day(datetime(2024, 4, 22, 12, 30))),
    ("role date a datetime", lambda: Role(title="PM", start=datetime(2020, 1, 1))),
    ("role date a string", lambda: Role(title="PM", end="2020-01-01")),  # type: ignore[arg-type]
    ("role starts after it ends", lambda: Role(title="PM", start=D(2020, 1, 2), end=D(2019, 1, 1))),
    ("role country lower case", lambda: Role(title="PM", country="az")),
    ("role country alpha-3", lambda: Role(title="PM", country="AZE")),
    ("actor id with spaces", lambda: Actor(id="Ilham Aliyev", name="x", kind=ActorKind.PERSON)),
    ("actor id without slug", lambda: Actor(id="person:", name="x", kind=ActorKind.PERSON)),
    ("actor id without kind", lambda: Actor(id=":aliyev", name="x", kind=ActorKind.PERSON)),
    ("actor id upper case", lambda: Actor(id="Person:aliyev", name="x", kind=ActorKind.PERSON)),
    ("actor blank name", lambda: Actor(id="person:x", name="  ", kind=ActorKind.PERSON)),
    (
        "actor bad country",
        lambda: Actor(id="person:x", name="x", kind=ActorKind.PERSON, country="Russia"),
    ),
    ("place latitude without longitude", lambda: Place(id="place:x", name="x", latitude=40.0)),
    (
        "place latitude out of range",
        lambda: Place(id="place:x", name="x", latitude=91.0, longitude=0.0),
    ),
    (
        "place longitude out of range",
        lambda: Place(id="place:x", name="x", latitude=0.0, longitude=-181.0),
    ),
    (
        "place latitude NaN",
        lambda: Place(id="place:x", name="x", latitude=float("nan"), longitude=0.0),
    ),
    ("place bad id", lambda: Place(id="moscow", name="Moscow")),
    ("event without evidence", lambda: Event(id="event:x", kind=EventKind.CALL)),
    ("event bad id", lambda: Event(id="event x", kind=EventKind.CALL, evidence=EV)),
    (
        "event role for a non-participant",
        lambda: Event(
            id="event:x",
            kind=EventKind.VISIT,
            evidence=EV,
            participant_roles=(ParticipantRole("person:x", "visitor"),),
        ),
    ),
    (
        "agreement blank title",
        lambda: Agreement(id="agreement:x", title=" ", kind=AgreementKind.PLAN, evidence=EV),
    ),
    (
        "agreement without evidence",
        lambda: Agreement(id="agreement:x", title="x", kind=AgreementKind.PLAN),
    ),
    ("article empty id", lambda: _article(id="")),
    ("article span past the text", lambda: _article(sentences=(Span(0, 999),))),
    ("article title span past the text", lambda: _article(title_span=Span(20, 30))),
    (
        "article mention past the text",
        lambda: _article(
            actors=(
                Actor(
                    id="person:x",
                    name="x",
                    kind=ActorKind.PERSON,
                    mentions=(Mention(Span(0, 99), "r"),),
                ),
            )
        ),
    ),
    (
        "article event evidence past the text",
        lambda: _article(
            events=(Event(id="event:x", kind=EventKind.CALL, evidence=(Span(27, 28),)),)
        ),
    ),
    (
        "article terms evidence past the text",
        lambda: _article(
            agreements=(
                Agreement(
                    id="agreement:x",
                    title="x",
                    kind=AgreementKind.PLAN,
                    evidence=EV,
                    terms=Terms(evidence=Span(0, 28)),
                ),
            )
        ),
    ),
    ("article duplicate actor ids", lambda: _article(actors=(PUTIN, PUTIN))),
    (
        "article id shared by an actor and a place",
        lambda: _article(actors=(PUTIN,), places=(Place(id=PUTIN.id, name="x"),)),
    ),
    (
        "article dangling participant",
        lambda: _article(
            events=(
                Event(
                    id="event:x",
                    kind=EventKind.MEETING,
                    participants=("person:nobody",),
                    evidence=EV,
                ),
            )
        ),
    ),
    (
        "article dangling event place",
        lambda: _article(
            events=(
                Event(id="event:x", kind=EventKind.MEETING, place="place:nowhere", evidence=EV),
            )
        ),
    ),
    (
        "article dangling event agreement",
        lambda: _article(
            events=(
                Event(
                    id="event:x",
                    kind=EventKind.SIGNING,
                    agreements=("agreement:none",),
                    evidence=EV,
                ),
            )
        ),
    ),
    (
        "article dangling agreement party",
        lambda: _article(
            agreements=(
                Agreement(
                    id="agreement:x",
                    title="x",
                    kind=AgreementKind.PLAN,
                    parties=("country:ru",),
                    evidence=EV,
                ),
            )
        ),
    ),
    (
        "article dangling agreement link",
        lambda: _article(
            agreements=(
                Agreement(
                    id="agreement:x",
                    title="x",
                    kind=AgreementKind.PLAN,
                    evidence=EV,
                    links=(AgreementLink("agreement:none", "implements"),),
                ),
            )
        ),
    ),
    (
        "article dangling agreement place",
        lambda: _article(
            agreements=(
                Agreement(
                    id="agreement:x",
                    title="x",
                    kind=AgreementKind.PLAN,
                    place="place:none",
                    evidence=EV,
                ),
            )
        ),
    ),
    (
        "article event refers to an actor id as a place",
        lambda: _article(
            actors=(PUTIN,),
            events=(Event(id="event:x", kind=EventKind.VISIT, place=PUTIN.id, evidence=EV),),
        ),
    ),
]


@pytest.mark.parametrize(("case", "build"), INVALID, ids=[case for case, _ in INVALID])
def test_invalid_objects_are_rejected(case: str, build: Callable[[], object]) -> None:
    """Every broken invariant raises ModelError (a RusazError and a ValueError) on construction."""
    with pytest.raises(ModelError) as info:
        build()
    assert isinstance(info.value, RusazError), case
    assert isinstance(info.value, ValueError), case


def test_valid_article_with_references_builds() -> None:
    """An article whose references all resolve is accepted as given."""
    event = Event(
        id="event:visit",
        kind=EventKind.VISIT,
        place=MOSCOW.id,
        participants=(PUTIN.id,),
        agreements=(TREATY.id,),
        evidence=(Span(0, 27),),
        participant_roles=(ParticipantRole(PUTIN.id, "host"),),
    )
    article = _article(actors=(PUTIN,), places=(MOSCOW,), events=(event,), agreements=(TREATY,))
    assert (event,) == article.events


# --- FuzzyDate -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2017-09-29/2017-09-30", D(2017, 9, 29), D(2017, 9, 30), Precision.DAY),
        ("2023-10", D(2023, 10, 1), D(2023, 10, 31), Precision.MONTH),
        ("2024", D(2024, 1, 1), D(2024, 12, 31), Precision.YEAR),
        ("2024-02-29", D(2024, 2, 29), D(2024, 2, 29), Precision.DAY),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), Precision.MONTH),
        ("2021-21", D(2021, 3, 1), D(2021, 5, 31), Precision.SEASON),
        ("2021-22", D(2021, 6, 1), D(2021, 8, 31), Precision.SEASON),
        ("2021-23", D(2021, 9, 1), D(2021, 11, 30), Precision.SEASON),
        ("2023-24", D(2023, 12, 1), D(2024, 2, 29), Precision.SEASON),
        ("2018/2020", D(2018, 1, 1), D(2020, 12, 31), Precision.YEAR),
        ("2023-10/2023-12", D(2023, 10, 1), D(2023, 12, 31), Precision.MONTH),
    ],
)
def test_fuzzy_date_parse_and_str(text: str, start: date, end: date, precision: Precision) -> None:
    """parse() gives the stated interval and precision, and str() gives the text back."""
    parsed = FuzzyDate.parse(text)
    assert FuzzyDate(start, end, precision) == parsed
    assert text == str(parsed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-10-05/2023-12", "2023-10-05/2023-12-31"),
        ("2023-10-01/2023-10-31", "2023-10"),
        ("2024-01-01/2024-12-31", "2024"),
        (" 2024-05 ", "2024-05"),
        ("2024-05-01/2024-05-01", "2024-05-01"),
    ],
)
def test_fuzzy_date_str_normalises(text: str, expected: str) -> None:
    """str() writes the shortest form of the interval, whatever form was parsed."""
    assert expected == str(FuzzyDate.parse(text))


@pytest.mark.parametrize(
    ("season", "expected"),
    [
        ("spring", "2021-21"),
        ("Summer", "2021-22"),
        ("autumn", "2021-23"),
        ("fall", "2021-23"),
        ("winter", "2021-24"),
    ],
)
def test_fuzzy_date_season_constructor(season: str, expected: str) -> None:
    """Season names (any case, 'fall' as autumn) give the EDTF season of that year."""
    assert expected == str(FuzzyDate.season(2021, season))


@pytest.mark.parametrize(
    "text",
    ["", "soon", "23-10", "2023-13", "2023-10-32", "2023-02-30", "2023/", "2023-25", "2024/2023"],
)
def test_fuzzy_date_parse_rejects_garbage(text: str) -> None:
    """Text that is not a fuzzy date (or an inverted interval) raises ModelError."""
    with pytest.raises(ModelError):
        FuzzyDate.parse(text)


@given(fuzzy_dates())
def test_fuzzy_date_str_parses_back_to_same_interval(value: FuzzyDate) -> None:
    """str() is readable and exact: parsing it gives the same interval."""
    parsed = FuzzyDate.parse(str(value))
    assert (value.start, value.end) == (parsed.start, parsed.end)


@given(fuzzy_dates())
def test_fuzzy_date_contains_and_overlaps_itself(value: FuzzyDate) -> None:
    """An interval contains and overlaps itself, its bounds, and spans at least one day."""
    assert value.contains(value)
    assert value.overlaps(value)
    assert value.contains(value.start)
    assert value.contains(value.end)
    assert (value.end - value.start).days + 1 == value.days


@given(fuzzy_dates(), fuzzy_dates())
def test_fuzzy_date_overlap_is_symmetric_and_implied_by_contains(
    a: FuzzyDate, b: FuzzyDate
) -> None:
    """overlaps() is symmetric; containment implies overlap; mutual containment is equality."""
    assert a.overlaps(b) == b.overlaps(a)
    if a.contains(b):
        assert a.overlaps(b)
    both = a.contains(b) and b.contains(a)
    assert ((a.start, a.end) == (b.start, b.end)) == both


@given(fuzzy_dates(), st.dates())
def test_fuzzy_date_contains_a_day_iff_between_bounds(value: FuzzyDate, day: date) -> None:
    """A day is contained exactly when it lies between the inclusive bounds."""
    assert (value.start <= day <= value.end) == value.contains(day)


@given(st.dates())
def test_fuzzy_date_day_month_year_nest(day: date) -> None:
    """A day lies in its month, its month in its year."""
    one = FuzzyDate.day(day)
    month = FuzzyDate.month(day.year, day.month)
    year = FuzzyDate.year(day.year)
    assert month.contains(one)
    assert year.contains(month)
    assert not one.contains(year)


# --- Span ------------------------------------------------------------------------------------


@given(spans(100), spans(100))
def test_span_overlap_symmetric_and_length(a: Span, b: Span) -> None:
    """Span length is end - start; overlap is symmetric; containment of non-empty implies it."""
    assert a.end - a.start == len(a)
    assert a.overlaps(b) == b.overlaps(a)
    if a.contains(b) and len(b) > 0:
        assert a.overlaps(b)


def test_span_slice() -> None:
    """slice() returns the half-open range of characters."""
    assert "Aliyev" == Span(10, 16).slice("Putin met Aliyev in Moscow.")


# --- Article lookups -------------------------------------------------------------------------


def test_article_lookups_and_quote() -> None:
    """Lookups by id find each kind of item; unknown ids raise KeyError; quote() slices."""
    event = Event(id="event:visit", kind=EventKind.VISIT, evidence=(Span(0, 27),))
    article = _article(
        actors=(PUTIN,),
        places=(MOSCOW,),
        events=(event,),
        agreements=(TREATY,),
        sentences=(Span(0, 27),),
    )
    assert PUTIN == article.actor(PUTIN.id)
    assert MOSCOW == article.place(MOSCOW.id)
    assert event == article.event(event.id)
    assert TREATY == article.agreement(TREATY.id)
    assert MOSCOW == article.get(MOSCOW.id)
    assert "Moscow" == article.quote(Span(20, 26))
    assert Span(0, 27) == article.sentence_of(Span(10, 16))
    with pytest.raises(KeyError):
        article.get("person:nobody")
    with pytest.raises(KeyError):
        article.actor(MOSCOW.id)


@given(articles())
def test_generated_articles_resolve_every_id_and_quote_every_span(article: Article) -> None:
    """Every item is found by its id, and quote() equals slicing the text."""
    items: list[Actor | Place | Event | Agreement] = [
        *article.actors,
        *article.places,
        *article.events,
        *article.agreements,
    ]
    for item in items:
        assert item == article.get(item.id)
    for span in article.sentences:
        assert article.text[span.start : span.end] == article.quote(span)


def test_fuzzy_date_str_at_the_end_of_the_calendar() -> None:
    """str() works for intervals in year 9999, where no winter season can end."""
    value = FuzzyDate(D(9999, 1, 5), D(9999, 1, 7), Precision.SEASON)
    assert "9999-01-05/9999-01-07" == str(value)


def test_fuzzy_date_season_past_the_calendar_is_a_model_error() -> None:
    """A season that ends after 9999-12-31 raises ModelError, not a bare ValueError."""
    with pytest.raises(ModelError):
        FuzzyDate.season(9999, "winter")
