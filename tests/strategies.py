"""Explicit Hypothesis strategies for every model class, valid by construction.

Spans lie inside the text they index, ids are unique and every reference resolves, date
ranges are ordered. Importing this module registers each strategy for ``st.from_type``.
A new model field goes here in the same commit.
"""

from __future__ import annotations

import functools
import operator
from datetime import date

import attrs
from hypothesis import strategies as st

from rusaz import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    AgreementLink,
    Article,
    DateKind,
    DateMention,
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

__all__ = [
    "actors",
    "agreement_links",
    "agreements",
    "articles",
    "countries",
    "date_mentions",
    "events",
    "fuzzy_dates",
    "ids",
    "mentions",
    "participant_roles",
    "places",
    "roles",
    "spans",
    "terms",
]

#: Offsets used when a span is drawn without a text to index.
DEFAULT_TEXT_SIZE = 5000

_SEASONS = ("spring", "summer", "autumn", "winter")

words = st.builds(operator.add, st.characters(exclude_categories=("Z", "C")), st.text(max_size=11))
"""Short non-blank strings (names, titles): the first character is never white space."""

short_text = st.text(max_size=12)
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SLUG_START = "abcdefghijklmnopqrstuvwxyz0123456789"
countries = st.text(_UPPER, min_size=2, max_size=2)
durations = st.builds("P{}{}".format, st.integers(1, 99), st.sampled_from("YMD"))
optional_countries = st.none() | countries


@functools.cache
def ids(prefix: str) -> st.SearchStrategy[str]:
    """Readable ids ``prefix:slug`` that pass the model's id check."""
    return st.builds(
        lambda first, rest: f"{prefix}:{first}{rest}",
        st.sampled_from(_SLUG_START),
        st.text(_SLUG_START + "._-", max_size=8),
    )


@functools.cache
def spans(size: int = DEFAULT_TEXT_SIZE) -> st.SearchStrategy[Span]:
    """Half-open spans inside a text of ``size`` characters."""
    bounds = st.tuples(st.integers(0, size), st.integers(0, size)).map(sorted)
    return bounds.map(lambda pair: Span(pair[0], pair[1]))


@functools.cache
def span_tuples(size: int, *, min_size: int = 0) -> st.SearchStrategy[tuple[Span, ...]]:
    """Tuples of spans inside a text of ``size`` characters."""
    return st.lists(spans(size), min_size=min_size, max_size=min_size + 2).map(tuple)


@st.composite
def _ordered_dates(draw: st.DrawFn) -> tuple[date, date]:
    a, b = draw(st.dates()), draw(st.dates())
    return (a, b) if a <= b else (b, a)


def fuzzy_dates() -> st.SearchStrategy[FuzzyDate]:
    """Fuzzy dates of every precision, from the named constructors and from raw bounds."""
    years = st.integers(1, 9998)
    return st.one_of(
        st.dates().map(FuzzyDate.day),
        st.builds(FuzzyDate.month, years, st.integers(1, 12)),
        years.map(FuzzyDate.year),
        st.builds(FuzzyDate.season, years, st.sampled_from(_SEASONS)),
        st.builds(
            lambda pair, precision: FuzzyDate(pair[0], pair[1], precision),
            _ordered_dates(),
            st.sampled_from(Precision),
        ),
    )


@functools.cache
def mentions(size: int = DEFAULT_TEXT_SIZE) -> st.SearchStrategy[Mention]:
    """Mentions whose span lies inside a text of ``size`` characters."""
    return st.builds(Mention, spans(size), short_text, st.sampled_from(MentionKind))


@st.composite
def roles(draw: st.DrawFn) -> Role:
    """Roles with optional, ordered dates."""
    start = draw(st.none() | st.dates())
    end = draw(st.none() | st.dates())
    if start is not None and end is not None and start > end:
        start, end = end, start
    return Role(
        title=draw(words),
        country=draw(optional_countries),
        organization=draw(st.none() | words),
        start=start,
        end=end,
    )


_ACTOR_PREFIX = {
    ActorKind.PERSON: "person",
    ActorKind.ORGANIZATION: "org",
    ActorKind.COUNTRY: "country",
}


@functools.cache
@st.composite
def actors(draw: st.DrawFn, size: int = DEFAULT_TEXT_SIZE) -> Actor:
    """Actors with an id matching their kind and mentions inside a text of ``size``."""
    kind = draw(st.sampled_from(ActorKind))
    return Actor(
        id=draw(ids(_ACTOR_PREFIX[kind])),
        name=draw(words),
        kind=kind,
        aliases=tuple(draw(st.lists(words, max_size=2))),
        country=draw(optional_countries),
        roles=tuple(draw(st.lists(roles(), max_size=1))),
        mentions=tuple(draw(st.lists(mentions(size), max_size=2))),
        lexicon_id=draw(st.none() | words),
    )


@functools.cache
@st.composite
def places(draw: st.DrawFn, size: int = DEFAULT_TEXT_SIZE) -> Place:
    """Places with both or neither coordinate, in range."""
    coords = draw(
        st.none()
        | st.tuples(
            st.floats(-90.0, 90.0, allow_nan=False), st.floats(-180.0, 180.0, allow_nan=False)
        )
    )
    return Place(
        id=draw(ids("place")),
        name=draw(words),
        country=draw(optional_countries),
        latitude=None if coords is None else coords[0],
        longitude=None if coords is None else coords[1],
        aliases=tuple(draw(st.lists(words, max_size=2))),
        mentions=tuple(draw(st.lists(mentions(size), max_size=2))),
        lexicon_id=draw(st.none() | words),
    )


participant_roles = st.builds(ParticipantRole, ids("person"), words)
agreement_links = st.builds(AgreementLink, ids("agreement"), words)


@functools.cache
@st.composite
def events(
    draw: st.DrawFn,
    size: int = DEFAULT_TEXT_SIZE,
    actor_ids: tuple[str, ...] | None = None,
    place_ids: tuple[str, ...] | None = None,
    agreement_ids: tuple[str, ...] | None = None,
) -> Event:
    """Events with evidence; references drawn from the given ids (or free when None)."""
    actor_pool = ids("person") if actor_ids is None else st.sampled_from(actor_ids)
    participants: tuple[str, ...] = ()
    if actor_ids is None or actor_ids:
        participants = tuple(draw(st.lists(actor_pool, max_size=2, unique=True)))
    part_roles: tuple[ParticipantRole, ...] = ()
    if participants:
        chosen = draw(st.lists(st.sampled_from(participants), max_size=2, unique=True))
        part_roles = tuple(ParticipantRole(actor, draw(words)) for actor in chosen)
    return Event(
        id=draw(ids("event")),
        kind=draw(st.sampled_from(EventKind)),
        when=draw(st.none() | fuzzy_dates()),
        place=draw(_optional_ref(place_ids, "place")),
        participants=participants,
        agreements=tuple(draw(_refs(agreement_ids, "agreement"))),
        evidence=draw(span_tuples(size, min_size=1)),
        modality=draw(st.sampled_from(Modality)),
        participant_roles=part_roles,
        trigger=draw(st.none() | spans(size)),
        rule=draw(short_text),
        date_source=draw(short_text),
    )


def _refs(pool: tuple[str, ...] | None, prefix: str) -> st.SearchStrategy[list[str]]:
    if pool is None:
        return st.lists(ids(prefix), max_size=2)
    if not pool:
        return st.just([])
    return st.lists(st.sampled_from(pool), max_size=2)


def _optional_ref(pool: tuple[str, ...] | None, prefix: str) -> st.SearchStrategy[str | None]:
    if pool is None:
        return st.none() | ids(prefix)
    if not pool:
        return st.none()
    return st.none() | st.sampled_from(pool)


@functools.cache
@st.composite
def terms(draw: st.DrawFn, size: int = DEFAULT_TEXT_SIZE) -> Terms:
    """Agreement terms with any mix of stated and computed values."""
    optional_dates = st.none() | fuzzy_dates()
    return Terms(
        valid_until=draw(optional_dates),
        duration=draw(
            st.none() | st.builds("P{}{}".format, st.integers(1, 99), st.sampled_from("YMD"))
        ),
        renewal=draw(
            st.none() | st.builds("P{}{}".format, st.integers(1, 99), st.sampled_from("YMD"))
        ),
        automatic_renewal=draw(st.booleans()),
        notice=draw(st.none() | short_text),
        expires=draw(optional_dates),
        renews_until=draw(optional_dates),
        evidence=draw(st.none() | spans(size)),
    )


@functools.cache
@st.composite
def agreements(
    draw: st.DrawFn,
    size: int = DEFAULT_TEXT_SIZE,
    actor_ids: tuple[str, ...] | None = None,
    place_ids: tuple[str, ...] | None = None,
    agreement_ids: tuple[str, ...] | None = None,
) -> Agreement:
    """Agreements with evidence; references drawn from the given ids (or free when None)."""
    link_targets = draw(_refs(agreement_ids, "agreement"))
    return Agreement(
        id=draw(ids("agreement")),
        title=draw(words),
        kind=draw(st.sampled_from(AgreementKind)),
        parties=tuple(draw(_refs(actor_ids, "country"))),
        signed=draw(st.none() | fuzzy_dates()),
        place=draw(_optional_ref(place_ids, "place")),
        evidence=draw(span_tuples(size, min_size=1)),
        terms=draw(st.none() | terms(size)),
        links=tuple(AgreementLink(target, draw(words)) for target in link_targets),
        rule=draw(short_text),
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Articles whose spans index their text and whose ids are unique and resolve."""
    text = draw(st.text(max_size=80))
    size = len(text)
    actor_items = tuple(draw(st.lists(actors(size), max_size=3, unique_by=_id)))
    place_items = tuple(draw(st.lists(places(size), max_size=2, unique_by=_id)))
    actor_ids = tuple(a.id for a in actor_items)
    place_ids = tuple(p.id for p in place_items)
    # Agreement ids are known before the agreements: links and event references use them.
    agreement_ids = tuple(draw(st.lists(ids("agreement"), max_size=2, unique=True)))
    agreement_items = tuple(
        attrs.evolve(draw(agreements(size, actor_ids, place_ids, agreement_ids)), id=ag_id)
        for ag_id in agreement_ids
    )
    event_items = draw(
        st.lists(events(size, actor_ids, place_ids, agreement_ids), max_size=3, unique_by=_id)
    )
    return Article(
        id=draw(words),
        text=text,
        title=draw(st.none() | short_text),
        published=draw(st.none() | fuzzy_dates()),
        published_source=draw(st.sampled_from(DateSource)),
        published_evidence=draw(st.none() | spans(size)),
        outlet=draw(st.none() | short_text),
        source_path=draw(st.none() | short_text),
        title_span=draw(st.none() | spans(size)),
        dateline=draw(st.none() | spans(size)),
        outlet_span=draw(st.none() | spans(size)),
        paragraphs=draw(span_tuples(size)),
        sentences=draw(span_tuples(size)),
        removed=tuple(draw(st.lists(short_text, max_size=2))),
        actors=actor_items,
        places=place_items,
        events=tuple(event_items),
        agreements=agreement_items,
    )


def _id(item: Actor | Place | Event) -> str:
    return item.id


@functools.cache
@st.composite
def date_mentions(draw: st.DrawFn, size: int = DEFAULT_TEXT_SIZE) -> DateMention:
    """Date mentions, resolved or waiting for a reference date."""
    when = draw(st.none() | fuzzy_dates())
    return DateMention(
        span=draw(spans(size)),
        text=draw(short_text),
        when=when,
        kind=draw(st.sampled_from(DateKind)),
        needs_reference=when is None,
        year=draw(st.none() | st.integers(1, 9999)),
        month=draw(st.none() | st.integers(1, 12)),
        day=draw(st.none() | st.integers(1, 31)),
        weekday=draw(st.none() | st.integers(0, 6)),
        anchor=draw(st.none() | st.sampled_from(("until", "since", "as_of", "from"))),
        rule=draw(short_text),
    )


st.register_type_strategy(Span, spans())
st.register_type_strategy(FuzzyDate, fuzzy_dates())
st.register_type_strategy(Mention, mentions())
st.register_type_strategy(Role, roles())
st.register_type_strategy(Actor, actors())
st.register_type_strategy(Place, places())
st.register_type_strategy(ParticipantRole, participant_roles)
st.register_type_strategy(Event, events())
st.register_type_strategy(Terms, terms())
st.register_type_strategy(AgreementLink, agreement_links)
st.register_type_strategy(Agreement, agreements())
st.register_type_strategy(Article, articles())
st.register_type_strategy(DateMention, date_mentions())
