"""The typed record: frozen attrs classes for articles and the facts extracted from them.

Every fact points into the one stored text (:attr:`Article.text`) through half-open
:class:`Span` offsets and names the rule or lexicon entry that produced it. References
between facts are ids, never nested copies, and an :class:`Article` refuses ids that do
not resolve.
"""

from __future__ import annotations

import calendar
import enum
import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import TypeVar

import attrs

from rusaz.exceptions import ModelError

__all__ = [
    "Actor",
    "ActorKind",
    "Agreement",
    "AgreementKind",
    "AgreementLink",
    "Article",
    "DateSource",
    "Event",
    "EventDateSource",
    "EventKind",
    "FuzzyDate",
    "Mention",
    "MentionKind",
    "Modality",
    "ParticipantRole",
    "Place",
    "Precision",
    "Role",
    "Span",
    "Terms",
]


class Precision(enum.Enum):
    """How finely a :class:`FuzzyDate` is known: the unit the text stated."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"


class ActorKind(enum.Enum):
    """What an actor is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"


class EventKind(enum.Enum):
    """What happened; the codes map to CAMEO and PLOVER (see ``rusaz.crosswalk``)."""

    VISIT = "visit"
    MEETING = "meeting"
    CALL = "call"
    SUMMIT = "summit"
    SIGNING = "signing"
    STATEMENT = "statement"
    AWARD = "award"
    MILITARY = "military"
    CEASEFIRE = "ceasefire"
    ELECTION = "election"
    ATTACK = "attack"
    OTHER = "other"


class AgreementKind(enum.Enum):
    """What sort of document an agreement is."""

    TREATY = "treaty"
    DECLARATION = "declaration"
    PROGRAM = "program"
    PLAN = "plan"
    ROADMAP = "roadmap"
    MEMORANDUM = "memorandum"
    PROTOCOL = "protocol"
    STATEMENT = "statement"
    CONTRACT = "contract"
    AGREEMENT = "agreement"


class Modality(enum.Enum):
    """Whether the text reports an event as having happened, planned, hypothetical or denied."""

    HAPPENED = "happened"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class MentionKind(enum.Enum):
    """How a mention refers to its actor or place."""

    NAME = "name"  # a name, alias, short or patronymic form as written
    ROLE = "role"  # a role reference resolved through dated offices ("the Russian leader")
    METONYM = "metonym"  # a capital standing for its state ("Moscow is concerned")


class EventDateSource(enum.Enum):
    """Where an event's date came from."""

    CLAUSE = "clause"  # a date mention in the event's own clause
    SENTENCE = "sentence"  # a date mention elsewhere in its sentence
    CONTEXT = "context"  # an earlier event it refers to ("during the visit", "later that day")
    ANNIVERSARY = "anniversary"  # computed back from "marks the 50th anniversary of"
    PUBLICATION_YEAR = "publication_year"  # an undated past event dated to the article's year
    PUBLICATION = "publication"  # a transcript turn dated to the publication day
    NONE = "none"  # no date


class DateSource(enum.Enum):
    """How an article's publication date was obtained."""

    GIVEN = "given"  # passed by the caller
    DATELINE = "dateline"  # read from the dateline, possibly with an inferred year
    INFERRED = "inferred"  # bounded by dated events the text reports
    NONE = "none"  # nothing to go on


# --- small helpers -----------------------------------------------------------------------


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_day(value: object) -> bool:
    """A calendar day: a ``date`` but not a ``datetime`` (whose JSON form would differ)."""
    return isinstance(value, date) and not isinstance(value, datetime)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_SEASON_CODES = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
# Northern-hemisphere meteorological seasons; winter runs from December into the next year.
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}


def _season_bounds(year: int, code: int) -> tuple[date, date]:
    first, last = _SEASON_MONTHS[code]
    if code == 24:
        return date(year, 12, 1), _month_end(year + 1, last)
    return date(year, first, 1), _month_end(year, last)


# --- Span ------------------------------------------------------------------------------------


@attrs.frozen(order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into :attr:`Article.text`."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        start, end = self.start, self.end
        # plain ints first: the extractors build spans in their inner loops
        if not ((type(start) is int or _is_int(start)) and (type(end) is int or _is_int(end))):
            raise ModelError(f"span offsets must be integers: {self!r}")
        if start < 0 or end < start:
            raise ModelError(f"span must satisfy 0 <= start <= end, got [{start}, {end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def slice(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]


# --- FuzzyDate -------------------------------------------------------------------------------

_PART_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@attrs.frozen(order=True)
class FuzzyDate:
    """A date known to lie within ``[start, end]`` (inclusive), stated at ``precision``.

    ``FuzzyDate.parse("2023-10")`` is all of October 2023 at month precision;
    ``"2017-09-29/2017-09-30"`` is a two-day range at day precision; ``"2021-22"`` (the
    EDTF season code) is summer 2021.
    """

    start: date
    end: date
    precision: Precision

    def __attrs_post_init__(self) -> None:
        if not (_is_day(self.start) and _is_day(self.end)):
            raise ModelError(
                f"FuzzyDate start and end must be datetime.date values (not datetime): {self!r}"
            )
        if not isinstance(self.precision, Precision):
            raise ModelError(f"FuzzyDate precision must be a Precision, got {self.precision!r}")
        if self.start > self.end:
            raise ModelError(f"FuzzyDate start {self.start} is after end {self.end}")

    # constructors
    @classmethod
    def day(cls, value: date) -> FuzzyDate:
        """One day."""
        return cls(value, value, Precision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> FuzzyDate:
        """A whole month."""
        return cls(date(year, month, 1), _month_end(year, month), Precision.MONTH)

    @classmethod
    def year(cls, year: int) -> FuzzyDate:
        """A whole year."""
        return cls(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)

    @classmethod
    def season(cls, year: int, season: str) -> FuzzyDate:
        """A meteorological season (``spring``, ``summer``, ``autumn``/``fall``, ``winter``)."""
        name = "autumn" if season.lower() == "fall" else season.lower()
        codes = {v: k for k, v in _SEASON_CODES.items()}
        if name not in codes:
            raise ModelError(f"unknown season {season!r}")
        try:
            start, end = _season_bounds(year, codes[name])
        except ValueError as exc:
            raise ModelError(f"no {name} {year} in the calendar ({exc})") from exc
        return cls(start, end, Precision.SEASON)

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, an EDTF season ``YYYY-21..24``,
        or an interval ``A/B`` of two such values (precision: the finer of the two ends)."""
        value = text.strip()
        if "/" in value:
            left, _, right = value.partition("/")
            a, b = cls.parse(left), cls.parse(right)
            order = list(Precision)
            finer = min(a.precision, b.precision, key=order.index)
            return cls(a.start, b.end, finer)
        m = _PART_RE.match(value)
        if m is None:
            raise ModelError(f"not a fuzzy date: {text!r}")
        year = int(m.group(1))
        try:
            if m.group(2) is None:
                return cls.year(year)
            mid = int(m.group(2))
            if m.group(3) is None:
                if mid in _SEASON_CODES:
                    start, end = _season_bounds(year, mid)
                    return cls(start, end, Precision.SEASON)
                return cls.month(year, mid)
            return cls.day(date(year, mid, int(m.group(3))))
        except ValueError as exc:
            raise ModelError(f"not a fuzzy date: {text!r} ({exc})") from exc

    # queries
    def contains(self, other: date | FuzzyDate) -> bool:
        """True when ``other`` (a date or a whole interval) lies inside this interval."""
        if isinstance(other, FuzzyDate):
            return self.start <= other.start and other.end <= self.end
        return self.start <= other <= self.end

    def overlaps(self, other: FuzzyDate) -> bool:
        """True when the two intervals share at least one day."""
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        """Number of days in the interval."""
        return (self.end - self.start).days + 1

    def __str__(self) -> str:
        s, e = self.start, self.end
        if s == e:
            return s.isoformat()
        if s.month == 1 and s.day == 1 and e.month == 12 and e.day == 31 and s.year == e.year:
            return f"{s.year:04d}"
        if (
            s.day == 1
            and s.year == e.year
            and s.month == e.month
            and e == _month_end(e.year, e.month)
        ):
            return f"{s.year:04d}-{s.month:02d}"
        if self.precision is Precision.SEASON:
            for code in _SEASON_CODES:
                if code == 24 and s.year == date.max.year:
                    continue  # the winter of 9999 would end in year 10000
                if (s, e) == _season_bounds(s.year, code):
                    return f"{s.year:04d}-{code}"
        if (
            s.month == 1
            and s.day == 1
            and e.month == 12
            and e.day == 31
            and self.precision in (Precision.YEAR, Precision.DECADE)
        ):
            return f"{s.year:04d}/{e.year:04d}"
        if s.day == 1 and e == _month_end(e.year, e.month) and self.precision is Precision.MONTH:
            return f"{s.year:04d}-{s.month:02d}/{e.year:04d}-{e.month:02d}"
        return f"{s.isoformat()}/{e.isoformat()}"


# --- actors and places -----------------------------------------------------------------------


@attrs.frozen
class Mention:
    """One place in the text that refers to an actor or place, and the rule that found it."""

    span: Span
    rule: str
    kind: MentionKind = MentionKind.NAME


@attrs.frozen(kw_only=True)
class Role:
    """A title or office: as the text gives it, or from the lexicon with its dates."""

    title: str
    country: str | None = None
    organization: str | None = None
    start: date | None = None
    end: date | None = None

    def __attrs_post_init__(self) -> None:
        _check_country(self.country)
        for bound in (self.start, self.end):
            if bound is not None and not _is_day(bound):
                raise ModelError(f"role {self.title!r}: dates must be datetime.date values")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ModelError(f"role {self.title!r} starts {self.start} after it ends {self.end}")

    def held_on(self, day: date) -> bool:
        """True when the role was held on ``day`` (open ends count as held)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_ID_RE = re.compile(r"^[a-z]+:[a-z0-9][a-z0-9._-]*$")


def _check_country(code: str | None) -> None:
    if code is not None and not _COUNTRY_RE.match(code):
        raise ModelError(f"country must be an ISO 3166-1 alpha-2 code or None, got {code!r}")


def _check_id(value: str) -> None:
    if not _ID_RE.match(value):
        raise ModelError(f"ids look like 'kind:slug' (lower case), got {value!r}")


@attrs.frozen(kw_only=True)
class Actor:
    """A person, organization or country taking part in the story."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    country: str | None = None
    roles: tuple[Role, ...] = ()
    mentions: tuple[Mention, ...] = ()
    lexicon_id: str | None = None

    def __attrs_post_init__(self) -> None:
        _check_id(self.id)
        _check_country(self.country)
        if not self.name.strip():
            raise ModelError(f"actor {self.id} has an empty name")

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


@attrs.frozen(kw_only=True)
class Place:
    """A city, region, country-as-territory or venue named as a location."""

    id: str
    name: str
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    lexicon_id: str | None = None

    def __attrs_post_init__(self) -> None:
        _check_id(self.id)
        _check_country(self.country)
        if (self.latitude is None) != (self.longitude is None):
            raise ModelError(f"place {self.id}: latitude and longitude go together")
        if self.latitude is not None and not -90.0 <= self.latitude <= 90.0:
            raise ModelError(f"place {self.id}: latitude {self.latitude} out of range")
        if self.longitude is not None and not -180.0 <= self.longitude <= 180.0:
            raise ModelError(f"place {self.id}: longitude {self.longitude} out of range")

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


# --- events and agreements -------------------------------------------------------------------


@attrs.frozen
class ParticipantRole:
    """The part an actor plays in an event, where the text says it (host, visitor, ...)."""

    actor: str
    role: str


@attrs.frozen(kw_only=True)
class Event:
    """Something that happened or is announced, with its date, place, actors and evidence.

    ``evidence`` holds one span per sentence that reports the event: several mentions of
    the same event in one article are merged into one Event.
    """

    id: str
    kind: EventKind
    when: FuzzyDate | None = None
    place: str | None = None
    participants: tuple[str, ...] = ()
    agreements: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()
    modality: Modality = Modality.HAPPENED
    participant_roles: tuple[ParticipantRole, ...] = ()
    trigger: Span | None = None
    rule: str = ""
    date_source: EventDateSource = EventDateSource.NONE

    def __attrs_post_init__(self) -> None:
        _check_id(self.id)
        if not self.evidence:
            raise ModelError(f"event {self.id} has no evidence")
        missing = {r.actor for r in self.participant_roles} - set(self.participants)
        if missing:
            raise ModelError(f"event {self.id}: roles for non-participants {sorted(missing)}")

    @property
    def cameo(self) -> str:
        """The CAMEO code of this event (from the crosswalk table)."""
        from rusaz._crosswalk import cameo_code

        return cameo_code(self.kind, self.modality)

    @property
    def plover(self) -> str:
        """The PLOVER event type of this event (from the crosswalk table)."""
        from rusaz._crosswalk import plover_code

        return plover_code(self.kind, self.modality)


@attrs.frozen(kw_only=True)
class Terms:
    """What the text says about an agreement's validity, with the computed end dates.

    Durations are ISO 8601 (``P5Y``, ``P6M``); ``expires`` is the end of the first term
    and ``renews_until`` the end of the last automatic extension the text allows.
    """

    valid_until: FuzzyDate | None = None
    duration: str | None = None
    renewal: str | None = None
    automatic_renewal: bool = False
    notice: str | None = None
    expires: FuzzyDate | None = None
    renews_until: FuzzyDate | None = None
    evidence: Span | None = None


@attrs.frozen
class AgreementLink:
    """A relation the text states between two agreements (``implements``, ``based_on``, ...)."""

    target: str
    relation: str


@attrs.frozen(kw_only=True)
class Agreement:
    """A named or clearly identified document: treaty, declaration, program, memorandum, ..."""

    id: str
    title: str
    kind: AgreementKind
    parties: tuple[str, ...] = ()
    signed: FuzzyDate | None = None
    place: str | None = None
    evidence: tuple[Span, ...] = ()
    terms: Terms | None = None
    links: tuple[AgreementLink, ...] = ()
    rule: str = ""

    def __attrs_post_init__(self) -> None:
        _check_id(self.id)
        if not self.title.strip():
            raise ModelError(f"agreement {self.id} has an empty title")
        if not self.evidence:
            raise ModelError(f"agreement {self.id} has no evidence")


# --- Article ---------------------------------------------------------------------------------


def _spans_of(article: Article) -> Iterable[tuple[str, Span]]:
    for name in ("title_span", "dateline", "published_evidence", "outlet_span"):
        span = getattr(article, name)
        if span is not None:
            yield name, span
    for i, span in enumerate(article.paragraphs):
        yield f"paragraphs[{i}]", span
    for i, span in enumerate(article.sentences):
        yield f"sentences[{i}]", span
    for group in (article.actors, article.places):
        for item in group:
            for m in item.mentions:
                yield f"{item.id}.mentions", m.span
    for ev in article.events:
        for span in ev.evidence:
            yield f"{ev.id}.evidence", span
        if ev.trigger is not None:
            yield f"{ev.id}.trigger", ev.trigger
    for ag in article.agreements:
        for span in ag.evidence:
            yield f"{ag.id}.evidence", span
        if ag.terms is not None and ag.terms.evidence is not None:
            yield f"{ag.id}.terms.evidence", ag.terms.evidence


@attrs.frozen(kw_only=True)
class Article:
    """One cleaned article and everything extracted from it.

    ``text`` is the cleaned text; every Span in the article indexes it. ``removed`` keeps
    the page furniture the reader took out, so nothing is lost without trace.
    """

    id: str
    text: str
    title: str | None = None
    published: FuzzyDate | None = None
    published_source: DateSource = DateSource.NONE
    published_evidence: Span | None = None
    outlet: str | None = None
    source_path: str | None = None
    title_span: Span | None = None
    dateline: Span | None = None
    outlet_span: Span | None = None
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    removed: tuple[str, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    agreements: tuple[Agreement, ...] = ()

    def __attrs_post_init__(self) -> None:
        if not self.id:
            raise ModelError("article id must not be empty")
        size = len(self.text)
        for where, span in _spans_of(self):
            if span.end > size:
                raise ModelError(
                    f"article {self.id}: {where} {span} lies outside the text ({size} chars)"
                )
        ids: set[str] = set()
        all_ids = [
            *(a.id for a in self.actors),
            *(p.id for p in self.places),
            *(e.id for e in self.events),
            *(g.id for g in self.agreements),
        ]
        for item_id in all_ids:
            if item_id in ids:
                raise ModelError(f"article {self.id}: duplicate id {item_id}")
            ids.add(item_id)
        actor_ids = {a.id for a in self.actors}
        place_ids = {p.id for p in self.places}
        agreement_ids = {a.id for a in self.agreements}

        def need(ref: str, pool: set[str], where: str) -> None:
            if ref not in pool:
                raise ModelError(f"article {self.id}: {where} refers to unknown id {ref!r}")

        for ev in self.events:
            for ref in ev.participants:
                need(ref, actor_ids, f"{ev.id}.participants")
            for ref in ev.agreements:
                need(ref, agreement_ids, f"{ev.id}.agreements")
            if ev.place is not None:
                need(ev.place, place_ids, f"{ev.id}.place")
        for ag in self.agreements:
            for ref in ag.parties:
                need(ref, actor_ids, f"{ag.id}.parties")
            for link in ag.links:
                need(link.target, agreement_ids, f"{ag.id}.links")
            if ag.place is not None:
                need(ag.place, place_ids, f"{ag.id}.place")

    # lookups
    def quote(self, span: Span) -> str:
        """The text a span covers."""
        return self.text[span.start : span.end]

    def get(self, item_id: str) -> Actor | Place | Event | Agreement:
        """The actor, place, event or agreement with this id (KeyError when absent)."""
        for group in (self.actors, self.places, self.events, self.agreements):
            for item in group:
                if item.id == item_id:
                    return item
        raise KeyError(item_id)

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id."""
        return _find(self.actors, actor_id)

    def place(self, place_id: str) -> Place:
        """The place with this id."""
        return _find(self.places, place_id)

    def event(self, event_id: str) -> Event:
        """The event with this id."""
        return _find(self.events, event_id)

    def agreement(self, agreement_id: str) -> Agreement:
        """The agreement with this id."""
        return _find(self.agreements, agreement_id)

    def sentence_of(self, span: Span) -> Span | None:
        """The sentence span that contains ``span`` (or starts it), if any."""
        for s in self.sentences:
            if s.start <= span.start < max(s.end, s.start + 1):
                return s
        return None


_T = TypeVar("_T", Actor, Place, Event, Agreement)


def _find(items: tuple[_T, ...], item_id: str) -> _T:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)
