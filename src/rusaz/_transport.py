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
An article holding something marshal refuses (a subclass of ``str``, ``int`` or ``date``)
is pickled instead. Collections come back as tuples, as the model declares them.
"""

from __future__ import annotations

import marshal
import pickle
from collections.abc import Callable
from datetime import date
from enum import Enum
from itertools import starmap
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
#
# An article is ``(spans, id, text, ...)``: ``spans`` lists each distinct ``(start, end)`` once
# and every span of the article is an index into it. Mentions go in columns (span indexes,
# rules, kinds), so that decoding runs mostly in C (``map``) rather than in Python loops.


def _ordinal(value: date) -> int:
    if type(value) is not date:  # a date subclass would come back as a plain date
        raise ValueError(f"not a plain date: {value!r}")
    return value.toordinal()


def _enc_day(value: date | None) -> int | None:
    return None if value is None else _ordinal(value)


def _enc_fuzzy(value: FuzzyDate | None) -> tuple[int, int, int] | None:
    if value is None:
        return None
    return (_ordinal(value.start), _ordinal(value.end), _PRECISION_INDEX[value.precision])


class _Encoder:
    """Encodes one article, numbering its distinct spans in order of first use."""

    __slots__ = ("spans",)

    def __init__(self) -> None:
        self.spans: dict[tuple[int, int], int] = {}

    def span(self, value: Span | None) -> int | None:
        if value is None:
            return None
        spans = self.spans
        return spans.setdefault((value.start, value.end), len(spans))

    def span_tuple(self, values: tuple[Span, ...]) -> tuple[int, ...]:
        spans = self.spans
        return tuple([spans.setdefault((s.start, s.end), len(spans)) for s in values])

    def mentions(self, values: tuple[Mention, ...]) -> tuple[Any, ...]:
        return (
            self.span_tuple(tuple([m.span for m in values])),
            tuple([m.rule for m in values]),
            tuple([_MENTION_KIND_INDEX[m.kind] for m in values]),
        )

    def actor(self, a: Actor) -> tuple[Any, ...]:
        return (
            a.id,
            a.name,
            _ACTOR_KIND_INDEX[a.kind],
            a.aliases,
            a.country,
            tuple(
                [
                    (r.title, r.country, r.organization, _enc_day(r.start), _enc_day(r.end))
                    for r in a.roles
                ]
            ),
            self.mentions(a.mentions),
            a.lexicon_id,
        )

    def place(self, p: Place) -> tuple[Any, ...]:
        return (
            p.id,
            p.name,
            p.country,
            p.latitude,
            p.longitude,
            p.aliases,
            self.mentions(p.mentions),
            p.lexicon_id,
        )

    def event(self, e: Event) -> tuple[Any, ...]:
        return (
            e.id,
            _EVENT_KIND_INDEX[e.kind],
            _enc_fuzzy(e.when),
            e.place,
            e.participants,
            e.agreements,
            self.span_tuple(e.evidence),
            _MODALITY_INDEX[e.modality],
            tuple([(r.actor, r.role) for r in e.participant_roles]),
            self.span(e.trigger),
            e.rule,
            _EVENT_DATE_SOURCE_INDEX[e.date_source],
        )

    def terms(self, t: Terms | None) -> tuple[Any, ...] | None:
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
            self.span(t.evidence),
        )

    def agreement(self, g: Agreement) -> tuple[Any, ...]:
        return (
            g.id,
            g.title,
            _AGREEMENT_KIND_INDEX[g.kind],
            g.parties,
            _enc_fuzzy(g.signed),
            g.place,
            self.span_tuple(g.evidence),
            self.terms(g.terms),
            tuple([(k.target, k.relation) for k in g.links]),
            g.rule,
        )

    def article(self, a: Article) -> tuple[Any, ...]:
        fields = (
            a.id,
            a.text,
            a.title,
            _enc_fuzzy(a.published),
            _DATE_SOURCE_INDEX[a.published_source],
            self.span(a.published_evidence),
            a.outlet,
            a.source_path,
            self.span(a.title_span),
            self.span(a.dateline),
            self.span(a.outlet_span),
            self.span_tuple(a.paragraphs),
            self.span_tuple(a.sentences),
            a.removed,
            tuple([self.actor(x) for x in a.actors]),
            tuple([self.place(x) for x in a.places]),
            tuple([self.event(x) for x in a.events]),
            tuple([self.agreement(x) for x in a.agreements]),
        )
        return (tuple(self.spans), *fields)


def encode(article: Article) -> bytes:
    """The article as bytes for :func:`decode` (same Python version on both ends)."""
    try:
        return _MARSHAL + marshal.dumps(_Encoder().article(article), _MARSHAL_VERSION)
    except ValueError:  # a subclass of str, int or date somewhere: pickle keeps its type
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
_mention_kind = _MENTION_KINDS.__getitem__

#: The spans of one article, by the index the encoder gave them.
_Table = list[Span]


def _fuzzy_date(v: tuple[int, int, int] | None) -> FuzzyDate | None:
    if v is None:
        return None
    return _build_fuzzy(_from_ordinal(v[0]), _from_ordinal(v[1]), _PRECISIONS[v[2]])


def _role(title: str, country: str | None, org: str | None, s: int | None, e: int | None) -> Role:
    start = None if s is None else _from_ordinal(s)
    return _build_role(title, country, org, start, None if e is None else _from_ordinal(e))


def _mentions(table: _Table, v: tuple[Any, ...]) -> tuple[Mention, ...]:
    spans, rules, kinds = v
    return tuple(
        map(_build_mention, map(table.__getitem__, spans), rules, map(_mention_kind, kinds))
    )


def _actor(table: _Table, v: tuple[Any, ...]) -> Actor:
    return _build_actor(
        v[0],
        v[1],
        _ACTOR_KINDS[v[2]],
        v[3],
        v[4],
        tuple(starmap(_role, v[5])),
        _mentions(table, v[6]),
        v[7],
    )


def _place(table: _Table, v: tuple[Any, ...]) -> Place:
    return _build_place(*v[:6], _mentions(table, v[6]), v[7])


def _event(table: _Table, v: tuple[Any, ...]) -> Event:
    trigger = v[9]
    return _build_event(
        v[0],
        _EVENT_KINDS[v[1]],
        _fuzzy_date(v[2]),
        v[3],
        v[4],
        v[5],
        tuple(map(table.__getitem__, v[6])),
        _MODALITIES[v[7]],
        tuple(starmap(_build_participant_role, v[8])),
        None if trigger is None else table[trigger],
        v[10],
        _EVENT_DATE_SOURCES[v[11]],
    )


def _terms(table: _Table, v: tuple[Any, ...] | None) -> Terms | None:
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
        None if evidence is None else table[evidence],
    )


def _agreement(table: _Table, v: tuple[Any, ...]) -> Agreement:
    return _build_agreement(
        v[0],
        v[1],
        _AGREEMENT_KINDS[v[2]],
        v[3],
        _fuzzy_date(v[4]),
        v[5],
        tuple(map(table.__getitem__, v[6])),
        _terms(table, v[7]),
        tuple(starmap(_build_link, v[8])),
        v[9],
    )


def _article(v: tuple[Any, ...]) -> Article:
    table: _Table = list(starmap(_build_span, v[0]))
    get = table.__getitem__

    def span(index: int | None) -> Span | None:
        return None if index is None else table[index]

    return _build_article(
        v[1],
        v[2],
        v[3],
        _fuzzy_date(v[4]),
        _DATE_SOURCES[v[5]],
        span(v[6]),
        v[7],
        v[8],
        span(v[9]),
        span(v[10]),
        span(v[11]),
        tuple(map(get, v[12])),
        tuple(map(get, v[13])),
        v[14],
        tuple([_actor(table, x) for x in v[15]]),
        tuple([_place(table, x) for x in v[16]]),
        tuple([_event(table, x) for x in v[17]]),
        tuple([_agreement(table, x) for x in v[18]]),
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
