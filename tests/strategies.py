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

# Strategies are built once (module constants, or cached per text size): building a
# strategy inside a draw makes Hypothesis validate it again on every example.

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SLUG_START = "abcdefghijklmnopqrstuvwxyz0123456789"

words = st.builds(operator.add, st.characters(exclude_categories=("Z", "C")), st.text(max_size=11))
"""Short non-blank strings (names, titles): the first character is never white space."""
short_text = st.text(max_size=12)
optional_words = st.none() | words
optional_text = st.none() | short_text
countries = st.text(_UPPER, min_size=2, max_size=2)
optional_countries = st.none() | countries
durations = st.builds("P{}{}".format, st.integers(1, 99), st.sampled_from("YMD"))
optional_durations = st.none() | durations
optional_days = st.none() | st.dates()
_word_lists = st.lists(words, max_size=2).map(tuple)
_text_lists = st.lists(short_text, max_size=2).map(tuple)


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
    offsets = st.integers(0, size)
    return st.builds(lambda a, b: Span(min(a, b), max(a, b)), offsets, offsets)


@functools.cache
def optional_spans(size: int = DEFAULT_TEXT_SIZE) -> st.SearchStrategy[Span | None]:
    """None or a span inside a text of ``size`` characters."""
    return st.none() | spans(size)


@functools.cache
def span_tuples(size: int, min_size: int = 0) -> st.SearchStrategy[tuple[Span, ...]]:
    """Tuples of spans inside a text of ``size`` characters."""
    return st.lists(spans(size), min_size=min_size, max_size=min_size + 2).map(tuple)


def _ordered(a: date, b: date, precision: Precision) -> FuzzyDate:
    return FuzzyDate(min(a, b), max(a, b), precision)


_years = st.integers(1, 9998)
_fuzzy_dates: st.SearchStrategy[FuzzyDate] = st.one_of(
    st.dates().map(FuzzyDate.day),
    st.builds(FuzzyDate.month, _years, st.integers(1, 12)),
    _years.map(FuzzyDate.year),
    st.builds(FuzzyDate.season, _years, st.sampled_from(("spring", "summer", "autumn", "winter"))),
    st.builds(_ordered, st.dates(), st.dates(), st.sampled_from(Precision)),
)
optional_fuzzy_dates = st.none() | _fuzzy_dates


def fuzzy_dates() -> st.SearchStrategy[FuzzyDate]:
    """Fuzzy dates of every precision, from the named constructors and from raw bounds."""
    return _fuzzy_dates


@functools.cache
def mentions(size: int = DEFAULT_TEXT_SIZE) -> st.SearchStrategy[Mention]:
    """Mentions whose span lies inside a text of ``size`` characters."""
    return st.builds(Mention, spans(size), short_text, st.sampled_from(MentionKind))


@functools.cache
def _mention_lists(size: int) -> st.SearchStrategy[tuple[Mention, ...]]:
    return st.lists(mentions(size), max_size=2).map(tuple)


@st.composite
def _roles(draw: st.DrawFn) -> Role:
    start, end = draw(optional_days), draw(optional_days)
    if start is not None and end is not None and start > end:
        start, end = end, start
    return Role(
        title=draw(words),
        country=draw(optional_countries),
        organization=draw(optional_words),
        start=start,
        end=end,
    )


_role_strategy = _roles()
_role_lists = st.lists(_role_strategy, max_size=1).map(tuple)


def roles() -> st.SearchStrategy[Role]:
    """Roles with optional, ordered dates."""
    return _role_strategy


_ACTOR_PREFIX = {
    ActorKind.PERSON: "person",
    ActorKind.ORGANIZATION: "organization",
    ActorKind.COUNTRY: "country",
}
_actor_kinds = st.sampled_from(ActorKind)


@functools.cache
def actors(size: int = DEFAULT_TEXT_SIZE) -> st.SearchStrategy[Actor]:
    """Actors with an id matching their kind and mentions inside a text of ``size``."""

    @st.composite
    def build(draw: st.DrawFn) -> Actor:
        kind = draw(_actor_kinds)
        return Actor(
            id=draw(ids(_ACTOR_PREFIX[kind])),
            name=draw(words),
            kind=kind,
            aliases=draw(_word_lists),
            country=draw(optional_countries),
            roles=draw(_role_lists),
            mentions=draw(_mention_lists(size)),
            lexicon_id=draw(optional_words),
        )

    return build()


_coordinates = st.none() | st.tuples(
    st.floats(-90.0, 90.0, allow_nan=False), st.floats(-180.0, 180.0, allow_nan=False)
)


@functools.cache
def places(size: int = DEFAULT_TEXT_SIZE) -> st.SearchStrategy[Place]:
    """Places with both or neither coordinate, in range."""

    @st.composite
    def build(draw: st.DrawFn) -> Place:
        coords = draw(_coordinates)
        return Place(
            id=draw(ids("place")),
            name=draw(words),
            country=draw(optional_countries),
            latitude=None if coords is None else coords[0],
            longitude=None if coords is None else coords[1],
            aliases=draw(_word_lists),
            mentions=draw(_mention_lists(size)),
            lexicon_id=draw(optional_words),
        )

    return build()


participant_roles = st.builds(ParticipantRole, ids("person"), words)
agreement_links = st.builds(AgreementLink, ids("agreement"), words)

_Pool = tuple[str, ...] | None


@functools.lru_cache(maxsize=512)
def _refs(pool: _Pool, prefix: str) -> st.SearchStrategy[tuple[str, ...]]:
    """Up to two distinct references: drawn from ``pool``, or free ids when it is None."""
    if pool is None:
        return st.lists(ids(prefix), max_size=2, unique=True).map(tuple)
    if not pool:
        return st.just(())
    return st.lists(st.sampled_from(pool), max_size=2, unique=True).map(tuple)


@functools.lru_cache(maxsize=512)
def _optional_ref(pool: _Pool, prefix: str) -> st.SearchStrategy[str | None]:
    if pool is None:
        return st.none() | ids(prefix)
    if not pool:
        return st.none()
    return st.none() | st.sampled_from(pool)


_event_kinds = st.sampled_from(EventKind)
_modalities = st.sampled_from(Modality)
_role_names = st.lists(words, min_size=2, max_size=2)


@functools.lru_cache(maxsize=512)
def events(
    size: int = DEFAULT_TEXT_SIZE,
    actor_ids: _Pool = None,
    place_ids: _Pool = None,
    agreement_ids: _Pool = None,
) -> st.SearchStrategy[Event]:
    """Events with evidence; references drawn from the given ids (or free when None)."""

    @st.composite
    def build(draw: st.DrawFn) -> Event:
        participants = draw(_refs(actor_ids, "person"))
        # A role for each of a prefix of the participants (possibly none).
        with_roles = draw(st.integers(0, len(participants))) if participants else 0
        names = draw(_role_names)
        part_roles = tuple(
            ParticipantRole(actor, names[i]) for i, actor in enumerate(participants[:with_roles])
        )
        return Event(
            id=draw(ids("event")),
            kind=draw(_event_kinds),
            when=draw(optional_fuzzy_dates),
            place=draw(_optional_ref(place_ids, "place")),
            participants=participants,
            agreements=draw(_refs(agreement_ids, "agreement")),
            evidence=draw(span_tuples(size, 1)),
            modality=draw(_modalities),
            participant_roles=part_roles,
            trigger=draw(optional_spans(size)),
            rule=draw(short_text),
            date_source=draw(st.sampled_from(EventDateSource)),
        )

    return build()


@functools.cache
def terms(size: int = DEFAULT_TEXT_SIZE) -> st.SearchStrategy[Terms]:
    """Agreement terms with any mix of stated and computed values."""
    return st.builds(
        Terms,
        valid_until=optional_fuzzy_dates,
        duration=optional_durations,
        renewal=optional_durations,
        automatic_renewal=st.booleans(),
        notice=optional_text,
        expires=optional_fuzzy_dates,
        renews_until=optional_fuzzy_dates,
        evidence=optional_spans(size),
    )


@functools.cache
def _optional_terms(size: int) -> st.SearchStrategy[Terms | None]:
    return st.none() | terms(size)


_agreement_kinds = st.sampled_from(AgreementKind)


@functools.lru_cache(maxsize=512)
def agreements(
    size: int = DEFAULT_TEXT_SIZE,
    actor_ids: _Pool = None,
    place_ids: _Pool = None,
    agreement_ids: _Pool = None,
) -> st.SearchStrategy[Agreement]:
    """Agreements with evidence; references drawn from the given ids (or free when None)."""

    @st.composite
    def build(draw: st.DrawFn) -> Agreement:
        targets = draw(_refs(agreement_ids, "agreement"))
        relations = draw(_role_names)
        return Agreement(
            id=draw(ids("agreement")),
            title=draw(words),
            kind=draw(_agreement_kinds),
            parties=draw(_refs(actor_ids, "country")),
            signed=draw(optional_fuzzy_dates),
            place=draw(_optional_ref(place_ids, "place")),
            evidence=draw(span_tuples(size, 1)),
            terms=draw(_optional_terms(size)),
            links=tuple(AgreementLink(t, relations[i]) for i, t in enumerate(targets)),
            rule=draw(short_text),
        )

    return build()


def _id(item: Actor | Place | Event) -> str:
    return item.id


_agreement_id_lists = st.lists(ids("agreement"), max_size=2, unique=True).map(tuple)
_date_sources = st.sampled_from(DateSource)


@st.composite
def _articles(draw: st.DrawFn) -> Article:
    text = draw(st.text(max_size=80))
    size = len(text)
    actor_items = tuple(draw(st.lists(actors(size), max_size=3, unique_by=_id)))
    place_items = tuple(draw(st.lists(places(size), max_size=2, unique_by=_id)))
    actor_ids = tuple(a.id for a in actor_items)
    place_ids = tuple(p.id for p in place_items)
    # Agreement ids are known before the agreements: links and event references use them.
    agreement_ids = draw(_agreement_id_lists)
    agreement_strategy = agreements(size, actor_ids, place_ids, agreement_ids)
    agreement_items = tuple(
        attrs.evolve(draw(agreement_strategy), id=ag_id) for ag_id in agreement_ids
    )
    event_strategy = events(size, actor_ids, place_ids, agreement_ids)
    event_items = draw(st.lists(event_strategy, max_size=3, unique_by=_id))
    return Article(
        id=draw(words),
        text=text,
        title=draw(optional_text),
        published=draw(optional_fuzzy_dates),
        published_source=draw(_date_sources),
        published_evidence=draw(optional_spans(size)),
        outlet=draw(optional_text),
        source_path=draw(optional_text),
        title_span=draw(optional_spans(size)),
        dateline=draw(optional_spans(size)),
        outlet_span=draw(optional_spans(size)),
        paragraphs=draw(span_tuples(size)),
        sentences=draw(span_tuples(size)),
        removed=draw(_text_lists),
        actors=actor_items,
        places=place_items,
        events=tuple(event_items),
        agreements=agreement_items,
    )


_article_strategy = _articles()


def articles() -> st.SearchStrategy[Article]:
    """Articles whose spans index their text and whose ids are unique and resolve."""
    return _article_strategy


_date_kinds = st.sampled_from(DateKind)
_anchors = st.none() | st.sampled_from(("until", "since", "as_of", "from"))


@functools.cache
def date_mentions(size: int = DEFAULT_TEXT_SIZE) -> st.SearchStrategy[DateMention]:
    """Date mentions, resolved or waiting for a reference date."""
    return st.builds(
        DateMention,
        span=spans(size),
        text=short_text,
        when=optional_fuzzy_dates,
        kind=_date_kinds,
        needs_reference=st.booleans(),
        year=st.none() | st.integers(1, 9999),
        month=st.none() | st.integers(1, 12),
        day=st.none() | st.integers(1, 31),
        weekday=st.none() | st.integers(0, 6),
        anchor=_anchors,
        rule=short_text,
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
