"""A compact encoding of parsed articles for moving them between processes.

Parallel reading (:func:`rusaz._corpus.iter_parse` with ``workers > 1``) sends every
article from a worker to the parent. Pickle handles attrs slotted classes through
Python-level ``__getstate__``/``__setstate__`` (a dict per object), slow for the hundred-odd
small objects of an article, and the parent's share of that work competes with the workers
for the cores. Here an article becomes nested tuples of ints, strings, floats and ``None``
(dates as ordinals, enum members as their index, one tuple per object with the fields in
declaration order), written with :mod:`marshal`.

Decoding rebuilds the objects without running ``__init__``: it sets exactly the field values
that a valid article had (attrs' ``__init__`` only assigns them, no model class has a
converter, and ``__attrs_post_init__`` only validates), so the result is equal to the
original. Equal spans are rebuilt once per article and shared, as immutable values may be.
Anything marshal refuses (a ``str`` or ``int`` subclass in a field) falls back to pickle.
"""

from __future__ import annotations

import marshal
import pickle
from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any, TypeVar

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

__all__ = ["FIELDS", "decode", "encode"]

_MARSHAL = b"m"
_PICKLE = b"p"
_MARSHAL_VERSION = 4

#: The fields each codec below writes, in order; a test compares them with the model so that
#: a new model field cannot be dropped in transit unnoticed.
FIELDS: dict[type, tuple[str, ...]] = {
    Span: ("start", "end"),
    FuzzyDate: ("start", "end", "precision"),
    Mention: ("span", "rule", "kind"),
    Role: ("title", "country", "organization", "start", "end"),
    Actor: ("id", "name", "kind", "aliases", "country", "roles", "mentions", "lexicon_id"),
    Place: (
        "id",
        "name",
        "country",
        "latitude",
        "longitude",
        "aliases",
        "mentions",
        "lexicon_id",
    ),
    ParticipantRole: ("actor", "role"),
    Event: (
        "id",
        "kind",
        "when",
        "place",
        "participants",
        "agreements",
        "evidence",
        "modality",
        "participant_roles",
        "trigger",
        "rule",
        "date_source",
    ),
    Terms: (
        "valid_until",
        "duration",
        "renewal",
        "automatic_renewal",
        "notice",
        "expires",
        "renews_until",
        "evidence",
    ),
    AgreementLink: ("target", "relation"),
    Agreement: (
        "id",
        "title",
        "kind",
        "parties",
        "signed",
        "place",
        "evidence",
        "terms",
        "links",
        "rule",
    ),
    Article: (
        "id",
        "text",
        "title",
        "published",
        "published_source",
        "published_evidence",
        "outlet",
        "source_path",
        "title_span",
        "dateline",
        "outlet_span",
        "paragraphs",
        "sentences",
        "removed",
        "actors",
        "places",
        "events",
        "agreements",
    ),
}

_E = TypeVar("_E", bound=Enum)


def _members(cls: type[_E]) -> tuple[tuple[_E, ...], dict[_E, int]]:
    """An enum's members by index, and the index of each member."""
    members = tuple(cls)
    return members, {m: i for i, m in enumerate(members)}


_PRECISIONS, _PRECISION_INDEX = _members(Precision)
_ACTOR_KINDS, _ACTOR_KIND_INDEX = _members(ActorKind)
_MENTION_KINDS, _MENTION_KIND_INDEX = _members(MentionKind)
_EVENT_KINDS, _EVENT_KIND_INDEX = _members(EventKind)
_MODALITIES, _MODALITY_INDEX = _members(Modality)
_EVENT_DATE_SOURCES, _EVENT_DATE_SOURCE_INDEX = _members(EventDateSource)
_AGREEMENT_KINDS, _AGREEMENT_KIND_INDEX = _members(AgreementKind)
_DATE_SOURCES, _DATE_SOURCE_INDEX = _members(DateSource)


# --- encoding (in the worker) ----------------------------------------------------------------


def _enc_day(value: date | None) -> int | None:
    return None if value is None else value.toordinal()


def _enc_fuzzy(value: FuzzyDate | None) -> tuple[int, int, int] | None:
    if value is None:
        return None
    return (value.start.toordinal(), value.end.toordinal(), _PRECISION_INDEX[value.precision])


def _enc_span(value: Span | None) -> tuple[int, int] | None:
    return None if value is None else (value.start, value.end)


def _enc_spans(values: tuple[Span, ...]) -> tuple[tuple[int, int], ...]:
    return tuple([(s.start, s.end) for s in values])


def _enc_mentions(values: tuple[Mention, ...]) -> tuple[tuple[int, int, str, int], ...]:
    return tuple([(m.span.start, m.span.end, m.rule, _MENTION_KIND_INDEX[m.kind]) for m in values])


def _encode_actor(a: Actor) -> tuple[Any, ...]:
    roles = tuple(
        [(r.title, r.country, r.organization, _enc_day(r.start), _enc_day(r.end)) for r in a.roles]
    )
    return (
        a.id,
        a.name,
        _ACTOR_KIND_INDEX[a.kind],
        a.aliases,
        a.country,
        roles,
        _enc_mentions(a.mentions),
        a.lexicon_id,
    )


def _encode_place(p: Place) -> tuple[Any, ...]:
    return (
        p.id,
        p.name,
        p.country,
        p.latitude,
        p.longitude,
        p.aliases,
        _enc_mentions(p.mentions),
        p.lexicon_id,
    )


def _encode_event(e: Event) -> tuple[Any, ...]:
    return (
        e.id,
        _EVENT_KIND_INDEX[e.kind],
        _enc_fuzzy(e.when),
        e.place,
        e.participants,
        e.agreements,
        _enc_spans(e.evidence),
        _MODALITY_INDEX[e.modality],
        tuple([(r.actor, r.role) for r in e.participant_roles]),
        _enc_span(e.trigger),
        e.rule,
        _EVENT_DATE_SOURCE_INDEX[e.date_source],
    )


def _encode_terms(t: Terms | None) -> tuple[Any, ...] | None:
    if t is None:
        return None
    return (
        _enc_fuzzy(t.valid_until),
        t.duration,
        t.renewal,
        t.automatic_renewal,
        t.notice,
        _enc_fuzzy(t.expires),
        _enc_fuzzy(t.renews_until),
        _enc_span(t.evidence),
    )


def _encode_agreement(g: Agreement) -> tuple[Any, ...]:
    return (
        g.id,
        g.title,
        _AGREEMENT_KIND_INDEX[g.kind],
        g.parties,
        _enc_fuzzy(g.signed),
        g.place,
        _enc_spans(g.evidence),
        _encode_terms(g.terms),
        tuple([(k.target, k.relation) for k in g.links]),
        g.rule,
    )


def _encode_article(a: Article) -> tuple[Any, ...]:
    return (
        a.id,
        a.text,
        a.title,
        _enc_fuzzy(a.published),
        _DATE_SOURCE_INDEX[a.published_source],
        _enc_span(a.published_evidence),
        a.outlet,
        a.source_path,
        _enc_span(a.title_span),
        _enc_span(a.dateline),
        _enc_span(a.outlet_span),
        _enc_spans(a.paragraphs),
        _enc_spans(a.sentences),
        a.removed,
        tuple([_encode_actor(x) for x in a.actors]),
        tuple([_encode_place(x) for x in a.places]),
        tuple([_encode_event(x) for x in a.events]),
        tuple([_encode_agreement(x) for x in a.agreements]),
    )


def encode(article: Article) -> bytes:
    """The article as bytes for :func:`decode` (same Python version on both ends)."""
    try:
        return _MARSHAL + marshal.dumps(_encode_article(article), _MARSHAL_VERSION)
    except ValueError:  # a subclass of str or int somewhere: pickle keeps its type
        return _PICKLE + pickle.dumps(article, pickle.HIGHEST_PROTOCOL)


# --- decoding (in the parent) ----------------------------------------------------------------

_new = object.__new__
_T = TypeVar("_T")


def _builder(cls: type[_T]) -> Callable[..., _T]:
    """A function ``build(*values)`` making ``cls`` from its field values, in :data:`FIELDS`
    order, without ``__init__``: generated code, as attrs generates its ``__init__``, since a
    loop over the fields costs three times as much per object."""
    names = FIELDS[cls]
    scope: dict[str, Any] = {"_new": _new, "_cls": cls}
    lines = [f"def build({', '.join(names)}):", "    obj = _new(_cls)"]
    for name in names:
        scope[f"_set_{name}"] = cls.__dict__[name].__set__  # the slot's own descriptor
        lines.append(f"    _set_{name}(obj, {name})")
    lines.append("    return obj")
    exec("\n".join(lines), scope)  # source built from the field names above
    build: Callable[..., _T] = scope["build"]
    return build


_build_span = _builder(Span)
_build_fuzzy = _builder(FuzzyDate)
_build_mention = _builder(Mention)
_build_role = _builder(Role)
_build_actor = _builder(Actor)
_build_place = _builder(Place)
_build_participant_role = _builder(ParticipantRole)
_build_event = _builder(Event)
_build_terms = _builder(Terms)
_build_link = _builder(AgreementLink)
_build_agreement = _builder(Agreement)
_build_article = _builder(Article)
_from_ordinal = date.fromordinal


class _Spans(dict[tuple[int, int], Span]):
    """The spans of one article by offsets: each distinct pair is built once, then shared."""

    __slots__ = ()

    def __missing__(self, key: tuple[int, int]) -> Span:
        span = self[key] = _build_span(*key)
        return span


def _fuzzy_date(v: tuple[int, int, int] | None) -> FuzzyDate | None:
    if v is None:
        return None
    return _build_fuzzy(_from_ordinal(v[0]), _from_ordinal(v[1]), _PRECISIONS[v[2]])


def _role(title: str, country: str | None, org: str | None, s: int | None, e: int | None) -> Role:
    start = None if s is None else _from_ordinal(s)
    return _build_role(title, country, org, start, None if e is None else _from_ordinal(e))


def _mentions(spans: _Spans, values: tuple[tuple[int, int, str, int], ...]) -> tuple[Mention, ...]:
    return tuple(
        [_build_mention(spans[s, e], rule, _MENTION_KINDS[kind]) for s, e, rule, kind in values]
    )


def _actor(spans: _Spans, v: tuple[Any, ...]) -> Actor:
    return _build_actor(
        v[0],
        v[1],
        _ACTOR_KINDS[v[2]],
        v[3],
        v[4],
        tuple([_role(*r) for r in v[5]]),
        _mentions(spans, v[6]),
        v[7],
    )


def _place(spans: _Spans, v: tuple[Any, ...]) -> Place:
    return _build_place(*v[:6], _mentions(spans, v[6]), v[7])


def _event(spans: _Spans, v: tuple[Any, ...]) -> Event:
    trigger = v[9]
    return _build_event(
        v[0],
        _EVENT_KINDS[v[1]],
        _fuzzy_date(v[2]),
        v[3],
        v[4],
        v[5],
        tuple([spans[s] for s in v[6]]),
        _MODALITIES[v[7]],
        tuple([_build_participant_role(*r) for r in v[8]]),
        None if trigger is None else spans[trigger],
        v[10],
        _EVENT_DATE_SOURCES[v[11]],
    )


def _terms(spans: _Spans, v: tuple[Any, ...] | None) -> Terms | None:
    if v is None:
        return None
    evidence = v[7]
    return _build_terms(
        _fuzzy_date(v[0]),
        v[1],
        v[2],
        v[3],
        v[4],
        _fuzzy_date(v[5]),
        _fuzzy_date(v[6]),
        None if evidence is None else spans[evidence],
    )


def _agreement(spans: _Spans, v: tuple[Any, ...]) -> Agreement:
    return _build_agreement(
        v[0],
        v[1],
        _AGREEMENT_KINDS[v[2]],
        v[3],
        _fuzzy_date(v[4]),
        v[5],
        tuple([spans[s] for s in v[6]]),
        _terms(spans, v[7]),
        tuple([_build_link(*k) for k in v[8]]),
        v[9],
    )


def _article(v: tuple[Any, ...]) -> Article:
    spans = _Spans()

    def span(value: tuple[int, int] | None) -> Span | None:
        return None if value is None else spans[value]

    return _build_article(
        v[0],
        v[1],
        v[2],
        _fuzzy_date(v[3]),
        _DATE_SOURCES[v[4]],
        span(v[5]),
        v[6],
        v[7],
        span(v[8]),
        span(v[9]),
        span(v[10]),
        tuple([spans[s] for s in v[11]]),
        tuple([spans[s] for s in v[12]]),
        v[13],
        tuple([_actor(spans, x) for x in v[14]]),
        tuple([_place(spans, x) for x in v[15]]),
        tuple([_event(spans, x) for x in v[16]]),
        tuple([_agreement(spans, x) for x in v[17]]),
    )


def decode(data: bytes) -> Article:
    """The article :func:`encode` wrote, equal to the original."""
    tag, body = data[:1], memoryview(data)[1:]
    if tag == _MARSHAL:
        return _article(marshal.loads(body))
    if tag == _PICKLE:
        article = pickle.loads(body)
        if isinstance(article, Article):
            return article
    raise ValueError("not an encoded article")
