"""Scoring extraction against gold annotation files (the gold schema is in the docs).

Gold files are validated into small frozen records; predicted :class:`~rusaz.Article`
objects are compared with them under the schema's matching rules (normalised names,
one-to-one greedy pairing in gold order, date interval overlap) and the counts are
micro-averaged over all files into a :class:`Report`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import attrs

from rusaz._model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Article,
    Event,
    EventKind,
    FuzzyDate,
    Modality,
    Place,
    Precision,
)
from rusaz.exceptions import GoldFormatError, ModelError, ReadError

__all__ = [
    "CATEGORIES",
    "CategoryScore",
    "FileReport",
    "GoldActor",
    "GoldAgreement",
    "GoldArticle",
    "GoldEvent",
    "GoldPlace",
    "Item",
    "Report",
    "evaluate",
    "gold_from_dict",
    "load_gold",
    "load_gold_dir",
    "normalize_name",
    "score",
    "score_article",
    "title_words",
    "titles_match",
]

#: Scored categories, in report order.
CATEGORIES: tuple[str, ...] = (
    "actors",
    "actors.person",
    "actors.organization",
    "actors.country",
    "places",
    "events",
    "events.kind",
    "events.kind+date",
    "agreements",
    "agreements+kind",
    "published",
)

#: Categories whose misses and spurious predictions are listed per file.
DETAILED: tuple[str, ...] = ("actors", "places", "events", "agreements", "published")

# Words dropped from agreement titles before they are compared (from the gold schema).
_STOP_WORDS = frozenset(
    ("the", "of", "and", "on", "for", "between", "in", "to", "a", "an", "with", "by", "at")
)

_E = TypeVar("_E", ActorKind, EventKind, AgreementKind)

# Free-text commentary keys that a gold file may carry; they are read and ignored.
_COMMENT_KEYS = frozenset({"published_reasoning", "notes", "note", "comment"})


# --- names ---------------------------------------------------------------------------------

_POSSESSIVE_RE = re.compile(r"['’ʼ‘`]s\b")
_NON_ALNUM_RE = re.compile(r"[\W_]+")


def normalize_name(name: str) -> str:
    """A name as the scorer compares it: accents and case gone, ``'s`` dropped,
    punctuation runs made one space, a leading "the " dropped."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = _POSSESSIVE_RE.sub("", bare.casefold())
    spaced = _NON_ALNUM_RE.sub(" ", folded).strip()
    if spaced.startswith("the "):
        spaced = spaced[4:]
    return spaced


def _names(names: Iterable[str]) -> frozenset[str]:
    return frozenset(n for n in (normalize_name(x) for x in names) if n)


def title_words(title: str) -> frozenset[str]:
    """The words of an agreement title after normalisation, without stop words."""
    return frozenset(w for w in normalize_name(title).split() if w not in _STOP_WORDS)


def titles_match(a: str, b: str) -> bool:
    """True when one title's words contain the other's, or their Jaccard overlap is >= 0.5."""
    wa, wb = title_words(a), title_words(b)
    if not wa or not wb:
        return False
    if wa <= wb or wb <= wa:
        return True
    return len(wa & wb) / len(wa | wb) >= 0.5


# --- gold records --------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class GoldActor:
    """An annotated actor: canonical name, kind, affiliation, other surface forms, roles."""

    name: str
    kind: ActorKind
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


@attrs.frozen(kw_only=True)
class GoldPlace:
    """An annotated place."""

    name: str
    country: str | None = None


@attrs.frozen(kw_only=True)
class GoldEvent:
    """An annotated event; ``when`` is the interval from its start to its end, if dated."""

    kind: EventKind
    when: FuzzyDate | None = None
    location: str | None = None
    participants: tuple[str, ...] = ()
    evidence: str = ""


@attrs.frozen(kw_only=True)
class GoldAgreement:
    """An annotated agreement."""

    title: str
    kind: AgreementKind
    parties: tuple[str, ...] = ()
    signed: FuzzyDate | None = None
    location: str | None = None
    evidence: str = ""


@attrs.frozen(kw_only=True)
class GoldArticle:
    """One gold file: what a careful reader finds in one article."""

    id: str
    published: FuzzyDate | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    actors: tuple[GoldActor, ...] = ()
    places: tuple[GoldPlace, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    agreements: tuple[GoldAgreement, ...] = ()
    path: str | None = None

    def problems(self, text: str) -> list[str]:
        """Consistency problems of this annotation against its article text: aliases or
        evidence that are not exact substrings, participants or parties that are no actor."""
        found: list[str] = []
        for i, a in enumerate(self.actors):
            found.extend(
                f"$.actors[{i}].aliases: {alias!r} does not occur in the text"
                for alias in a.aliases
                if alias not in text
            )
        known = set().union(*(_names(a.names) for a in self.actors)) if self.actors else set()
        for i, ev in enumerate(self.events):
            if ev.evidence not in text:
                found.append(f"$.events[{i}].evidence not in text: {ev.evidence!r}")
            for name in ev.participants:
                if normalize_name(name) not in known:
                    found.append(f"$.events[{i}].participants: {name!r} is no annotated actor")
        for i, ag in enumerate(self.agreements):
            if ag.evidence not in text:
                found.append(f"$.agreements[{i}].evidence not in text: {ag.evidence!r}")
            for name in ag.parties:
                if normalize_name(name) not in known:
                    found.append(f"$.agreements[{i}].parties: {name!r} is no annotated actor")
        return found


class _Reader:
    """Validates one gold JSON document, raising GoldFormatError naming file and field."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, message: str) -> GoldFormatError:
        return GoldFormatError(f"{self.source}: {where}: {message}")

    def obj(self, value: Any, where: str, required: set[str], optional: set[str]) -> None:
        if not isinstance(value, dict):
            raise self.fail(where, f"expected an object, got {type(value).__name__}")
        for key in sorted(required):
            if key not in value:
                raise self.fail(f"{where}.{key}", "missing")
        unknown = set(value) - required - optional - _COMMENT_KEYS
        if unknown:
            raise self.fail(f"{where}.{sorted(unknown)[0]}", "unknown field")

    def text(self, value: Any, where: str, *, nullable: bool = False) -> str | None:
        if value is None and nullable:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"expected a non-empty string, got {value!r}")
        return value

    def req_text(self, value: Any, where: str) -> str:
        result = self.text(value, where)
        assert result is not None
        return result

    def names(self, value: Any, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(where, f"expected a list of strings, got {value!r}")
        return tuple(self.req_text(v, f"{where}[{i}]") for i, v in enumerate(value))

    def country(self, value: Any, where: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{2}", value):
            raise self.fail(where, f"expected an ISO 3166-1 alpha-2 code or null, got {value!r}")
        return value

    def date(self, value: Any, where: str) -> FuzzyDate | None:
        if value is None:
            return None
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise self.fail(where, f"expected YYYY, YYYY-MM, YYYY-MM-DD or null, got {value!r}")
        try:
            return FuzzyDate.parse(value)
        except ModelError as exc:
            raise self.fail(where, f"not a valid date: {value!r}") from exc

    def enum(self, value: Any, cls: type[_E], where: str) -> _E:
        try:
            return cls(value)
        except ValueError:
            allowed = ", ".join(m.value for m in cls)
            raise self.fail(where, f"{value!r} is not one of {allowed}") from None

    def items(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, f"expected a list, got {type(value).__name__}")
        return value

    def article(self, data: Any, stem: str | None) -> GoldArticle:
        self.obj(
            data,
            "$",
            {"id", "published", "actors", "places", "events", "agreements"},
            {"source"},
        )
        article_id = self.req_text(data["id"], "$.id")
        if stem is not None and article_id != stem:
            raise self.fail("$.id", f"{article_id!r} differs from the file name {stem!r}")
        url = outlet = title = None
        if data.get("source") is not None:
            src = data["source"]
            self.obj(src, "$.source", set(), {"url", "outlet", "title"})
            url = self.text(src.get("url"), "$.source.url", nullable=True)
            outlet = self.text(src.get("outlet"), "$.source.outlet", nullable=True)
            title = self.text(src.get("title"), "$.source.title", nullable=True)
        return GoldArticle(
            id=article_id,
            published=self.date(data["published"], "$.published"),
            url=url,
            outlet=outlet,
            title=title,
            actors=tuple(
                self.actor(a, f"$.actors[{i}]")
                for i, a in enumerate(self.items(data["actors"], "$.actors"))
            ),
            places=tuple(
                self.place(p, f"$.places[{i}]")
                for i, p in enumerate(self.items(data["places"], "$.places"))
            ),
            events=tuple(
                self.event(e, f"$.events[{i}]")
                for i, e in enumerate(self.items(data["events"], "$.events"))
            ),
            agreements=tuple(
                self.agreement(g, f"$.agreements[{i}]")
                for i, g in enumerate(self.items(data["agreements"], "$.agreements"))
            ),
            path=self.source,
        )

    def actor(self, data: Any, where: str) -> GoldActor:
        self.obj(data, where, {"name", "kind"}, {"country", "aliases", "roles"})
        return GoldActor(
            name=self.req_text(data["name"], f"{where}.name"),
            kind=self.enum(data["kind"], ActorKind, f"{where}.kind"),
            country=self.country(data.get("country"), f"{where}.country"),
            aliases=self.names(data.get("aliases"), f"{where}.aliases"),
            roles=self.names(data.get("roles"), f"{where}.roles"),
        )

    def place(self, data: Any, where: str) -> GoldPlace:
        self.obj(data, where, {"name"}, {"country"})
        return GoldPlace(
            name=self.req_text(data["name"], f"{where}.name"),
            country=self.country(data.get("country"), f"{where}.country"),
        )

    def event(self, data: Any, where: str) -> GoldEvent:
        self.obj(data, where, {"kind", "evidence"}, {"start", "end", "location", "participants"})
        start = self.date(data.get("start"), f"{where}.start")
        end = self.date(data.get("end"), f"{where}.end")
        when: FuzzyDate | None = None
        if start is not None or end is not None:
            first = start if start is not None else end
            last = end if end is not None else start
            assert first is not None
            assert last is not None
            if first.start > last.end:
                raise self.fail(f"{where}.end", f"ends before it starts ({first} > {last})")
            finer = min(first.precision, last.precision, key=list(Precision).index)
            when = FuzzyDate(first.start, last.end, finer)
        return GoldEvent(
            kind=self.enum(data["kind"], EventKind, f"{where}.kind"),
            when=when,
            location=self.text(data.get("location"), f"{where}.location", nullable=True),
            participants=self.names(data.get("participants"), f"{where}.participants"),
            evidence=self.req_text(data["evidence"], f"{where}.evidence"),
        )

    def agreement(self, data: Any, where: str) -> GoldAgreement:
        self.obj(data, where, {"title", "kind"}, {"parties", "signed", "location", "evidence"})
        return GoldAgreement(
            title=self.req_text(data["title"], f"{where}.title"),
            kind=self.enum(data["kind"], AgreementKind, f"{where}.kind"),
            parties=self.names(data.get("parties"), f"{where}.parties"),
            signed=self.date(data.get("signed"), f"{where}.signed"),
            location=self.text(data.get("location"), f"{where}.location", nullable=True),
            evidence=self.text(data.get("evidence"), f"{where}.evidence", nullable=True) or "",
        )


def gold_from_dict(
    data: Mapping[str, Any], *, source: str = "<gold>", stem: str | None = None
) -> GoldArticle:
    """Validate one gold document given as parsed JSON (``source`` names it in errors)."""
    return _Reader(source).article(dict(data), stem)


def load_gold(path: str | Path) -> GoldArticle:
    """Read and validate one gold file; its ``id`` must equal the file name's stem."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ReadError(f"cannot read gold file: {exc.strerror}", p) from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(
            f"{p}: $: not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from exc
    return _Reader(str(p)).article(data, p.stem)


def load_gold_dir(gold_dir: str | Path) -> tuple[GoldArticle, ...]:
    """Every ``*.json`` gold file of a directory, validated, in file-name order."""
    d = Path(gold_dir)
    if not d.is_dir():
        raise ReadError("not a directory of gold files", d)
    return tuple(load_gold(p) for p in sorted(d.glob("*.json")))


# --- report --------------------------------------------------------------------------------


def _ratio(num: int, den: int, empty: float) -> float:
    return num / den if den else empty


@attrs.frozen
class CategoryScore:
    """True positives, false positives and false negatives of one category."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was there and nothing predicted."""
        return _ratio(self.tp, self.tp + self.fp, 1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was there and nothing predicted."""
        return _ratio(self.tp, self.tp + self.fn, 1.0 if self.fp == 0 else 0.0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: CategoryScore) -> CategoryScore:
        return CategoryScore(self.name, self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        """Counts and ratios as plain JSON data."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@attrs.frozen
class Item:
    """A gold item the extractor missed, or a prediction that matched no gold item."""

    category: str
    description: str


@attrs.frozen(kw_only=True)
class FileReport:
    """The scores of one article and what it got wrong."""

    id: str
    scores: tuple[CategoryScore, ...]
    missed: tuple[Item, ...] = ()
    spurious: tuple[Item, ...] = ()

    def get(self, category: str) -> CategoryScore:
        """The score of one category (KeyError when unknown)."""
        return _get(self.scores, category)

    def to_dict(self) -> dict[str, Any]:
        """This file's scores, misses and spurious predictions as plain JSON data."""
        return {
            "id": self.id,
            "scores": {s.name: s.to_dict() for s in self.scores},
            "missed": [attrs.asdict(i) for i in self.missed],
            "spurious": [attrs.asdict(i) for i in self.spurious],
        }


def _get(scores: Iterable[CategoryScore], category: str) -> CategoryScore:
    for s in scores:
        if s.name == category:
            return s
    raise KeyError(category)


@attrs.frozen(kw_only=True)
class Report:
    """Precision, recall and F1 per category, micro-averaged over files, with per-file detail."""

    scores: tuple[CategoryScore, ...] = tuple(CategoryScore(c) for c in CATEGORIES)
    files: tuple[FileReport, ...] = ()

    @classmethod
    def of(cls, files: Sequence[FileReport]) -> Report:
        """Sum the counts of several file reports."""
        totals = {c: CategoryScore(c) for c in CATEGORIES}
        for f in files:
            for s in f.scores:
                totals[s.name] = totals[s.name] + s
        return cls(scores=tuple(totals.values()), files=tuple(files))

    def get(self, category: str) -> CategoryScore:
        """The score of one category such as ``"events.kind+date"`` (KeyError when unknown)."""
        return _get(self.scores, category)

    def __getitem__(self, category: str) -> CategoryScore:
        return self.get(category)

    @property
    def rows(self) -> tuple[tuple[str, float, float, float], ...]:
        """(category, precision, recall, F1) per category."""
        return tuple((s.name, s.precision, s.recall, s.f1) for s in self.scores)

    def format(self, *, details: bool = False) -> str:
        """An aligned table (category, P, R, F1, tp, fp, fn); with ``details``, each file's
        missed gold items and spurious predictions follow."""
        width = max(len("category"), *(len(s.name) for s in self.scores))
        head = (
            f"{'category':<{width}}  {'P':>6}  {'R':>6}  {'F1':>6}  {'tp':>5}  {'fp':>5}  {'fn':>5}"
        )
        lines = [f"{len(self.files)} article(s) scored", head, "-" * len(head)]
        for s in self.scores:
            lines.append(
                f"{s.name:<{width}}  {s.precision:6.3f}  {s.recall:6.3f}  {s.f1:6.3f}"
                f"  {s.tp:5d}  {s.fp:5d}  {s.fn:5d}"
            )
        if details:
            for f in self.files:
                if not f.missed and not f.spurious:
                    continue
                summary = "  ".join(f"{c} F1 {f.get(c).f1:.2f}" for c in DETAILED[:-1])
                lines.append("")
                lines.append(f"== {f.id}  ({summary})")
                lines.extend(f"  missed   {i.category:<10} {i.description}" for i in f.missed)
                lines.extend(f"  spurious {i.category:<10} {i.description}" for i in f.spurious)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.format()

    def to_dict(self) -> dict[str, Any]:
        """Totals per category and per-file detail as plain JSON data."""
        return {
            "categories": {s.name: s.to_dict() for s in self.scores},
            "files": [f.to_dict() for f in self.files],
        }


# --- pairing -------------------------------------------------------------------------------

_G = TypeVar("_G")
_P = TypeVar("_P")


def _pair(
    gold: Sequence[_G],
    predicted: Sequence[_P],
    match: Callable[[_G, _P], bool],
    prefer: Callable[[_G, _P], int] | None = None,
) -> tuple[list[tuple[_G, _P]], list[_G], list[_P]]:
    """One-to-one greedy pairing in gold order: each gold item takes the first unpaired
    matching prediction (among those ``prefer`` ranks highest). Returns pairs, unpaired
    gold, unpaired predictions."""
    free = list(range(len(predicted)))
    pairs: list[tuple[_G, _P]] = []
    missed: list[_G] = []
    for g in gold:
        candidates = [j for j in free if match(g, predicted[j])]
        if not candidates:
            missed.append(g)
            continue
        if prefer is not None:
            best = max(prefer(g, predicted[j]) for j in candidates)
            candidates = [j for j in candidates if prefer(g, predicted[j]) == best]
        j = candidates[0]
        free.remove(j)
        pairs.append((g, predicted[j]))
    return pairs, missed, [predicted[j] for j in free]


# Gold lists events that happened or are scheduled; predicted events the extractor itself
# marks as hypothetical or negated ("did not say a word about") claim neither, so they are
# not scored.
_CLAIMED = frozenset({Modality.HAPPENED, Modality.PLANNED})


# --- scoring one article -------------------------------------------------------------------


def _actor_match(g: GoldActor, p: Actor) -> bool:
    if g.kind is not p.kind:
        return False
    return normalize_name(p.name) in _names(g.names) or normalize_name(g.name) in _names(p.names)


def _same_name(g: GoldActor, p: Actor) -> int:
    return int(normalize_name(g.name) == normalize_name(p.name))


def _place_match(g: GoldPlace, p: Place) -> bool:
    return normalize_name(g.name) in _names(p.names)


def _place_same(g: GoldPlace, p: Place) -> int:
    return int(normalize_name(g.name) == normalize_name(p.name))


def _evidence_spans(text: str, evidence: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    if not evidence:
        return found
    start = text.find(evidence)
    while start >= 0:
        found.append((start, start + len(evidence)))
        start = text.find(evidence, start + 1)
    return found


class _EventScorer:
    """Event matching at three levels for one article."""

    def __init__(self, gold: GoldArticle, article: Article) -> None:
        self.article = article
        by_name: dict[str, frozenset[str]] = {}
        for a in gold.actors:
            names = _names(a.names)
            for n in names:
                by_name.setdefault(n, names)
        self.gold_names = by_name
        self.actor_names = {a.id: _names(a.names) for a in article.actors}

    def kind(self, g: GoldEvent, p: Event) -> bool:
        return g.kind is p.kind

    def kind_date(self, g: GoldEvent, p: Event) -> bool:
        if g.kind is not p.kind:
            return False
        if g.when is None:
            return True
        return p.when is not None and p.when.overlaps(g.when)

    def full(self, g: GoldEvent, p: Event) -> bool:
        if not self.kind_date(g, p):
            return False
        if not g.participants:
            return True
        gold_names: set[str] = set()
        for name in g.participants:
            n = normalize_name(name)
            gold_names |= self.gold_names.get(n, frozenset({n}))
        return any(self.actor_names.get(pid, frozenset()) & gold_names for pid in p.participants)

    def prefer(self, g: GoldEvent, p: Event) -> int:
        """Rank candidates: evidence overlapping the gold evidence first."""
        spans = _evidence_spans(self.article.text, g.evidence)
        return int(any(s.start < e and b < s.end for s in p.evidence for b, e in spans))


def _describe_actor(a: GoldActor | Actor) -> str:
    aliases = f" (aka {', '.join(a.aliases)})" if a.aliases else ""
    return f"{a.kind.value}: {a.name}{aliases}"


def _describe_gold_event(e: GoldEvent) -> str:
    when = str(e.when) if e.when is not None else "undated"
    who = ", ".join(e.participants)
    return f"{e.kind.value} {when} [{who}] «{e.evidence}»"


def _describe_event(e: Event, article: Article) -> str:
    when = str(e.when) if e.when is not None else "undated"
    who = ", ".join(_safe_name(article, pid) for pid in e.participants)
    quote = " … ".join(article.quote(s) for s in e.evidence)
    return f"{e.kind.value} {when} [{who}] «{quote}»"


def _safe_name(article: Article, actor_id: str) -> str:
    try:
        return article.actor(actor_id).name
    except KeyError:
        return actor_id


def _describe_agreement(a: GoldAgreement | Agreement) -> str:
    return f"{a.kind.value}: {a.title}"


def score_article(gold: GoldArticle | Mapping[str, Any], article: Article) -> FileReport:
    """Score one parsed article against its gold annotation (a record or parsed JSON)."""
    g = gold if isinstance(gold, GoldArticle) else gold_from_dict(gold)
    scores: list[CategoryScore] = []
    missed: list[Item] = []
    spurious: list[Item] = []

    # actors, per kind and overall
    total = CategoryScore("actors")
    for kind in ActorKind:
        gk = [a for a in g.actors if a.kind is kind]
        pk = [a for a in article.actors if a.kind is kind]
        pairs, miss, spur = _pair(gk, pk, _actor_match, _same_name)
        s = CategoryScore(f"actors.{kind.value}", len(pairs), len(spur), len(miss))
        total = total + s
        scores.append(s)
        missed.extend(Item("actors", _describe_actor(a)) for a in miss)
        spurious.extend(Item("actors", _describe_actor(a)) for a in spur)
    scores.insert(0, total)

    # places
    pairs_p, miss_p, spur_p = _pair(g.places, article.places, _place_match, _place_same)
    scores.append(CategoryScore("places", len(pairs_p), len(spur_p), len(miss_p)))
    missed.extend(Item("places", p.name) for p in miss_p)
    spurious.extend(Item("places", p.name) for p in spur_p)

    # events at three levels
    ev = _EventScorer(g, article)
    claimed = [e for e in article.events if e.modality in _CLAIMED]
    pairs_e, miss_e, spur_e = _pair(g.events, claimed, ev.full, ev.prefer)
    scores.append(CategoryScore("events", len(pairs_e), len(spur_e), len(miss_e)))
    missed.extend(Item("events", _describe_gold_event(e)) for e in miss_e)
    spurious.extend(Item("events", _describe_event(e, article)) for e in spur_e)
    for name, match in (("events.kind", ev.kind), ("events.kind+date", ev.kind_date)):
        pr, mi, sp = _pair(g.events, claimed, match, ev.prefer)
        scores.append(CategoryScore(name, len(pr), len(sp), len(mi)))

    # agreements, by title and by title and kind
    def by_title(a: GoldAgreement, b: Agreement) -> bool:
        return titles_match(a.title, b.title)

    def by_title_kind(a: GoldAgreement, b: Agreement) -> bool:
        return a.kind.value == b.kind.value and titles_match(a.title, b.title)

    def same_kind(a: GoldAgreement, b: Agreement) -> int:
        return int(a.kind.value == b.kind.value)

    pairs_a, miss_a, spur_a = _pair(g.agreements, article.agreements, by_title, same_kind)
    scores.append(CategoryScore("agreements", len(pairs_a), len(spur_a), len(miss_a)))
    missed.extend(Item("agreements", _describe_agreement(a)) for a in miss_a)
    spurious.extend(Item("agreements", _describe_agreement(a)) for a in spur_a)
    pairs_k, miss_k, spur_k = _pair(g.agreements, article.agreements, by_title_kind)
    scores.append(CategoryScore("agreements+kind", len(pairs_k), len(spur_k), len(miss_k)))

    # publication date
    pub = _score_published(g.published, article.published)
    scores.append(pub)
    if pub.fn:
        missed.append(Item("published", str(g.published)))
    if pub.fp:
        spurious.append(Item("published", str(article.published)))

    order = {c: i for i, c in enumerate(CATEGORIES)}
    scores.sort(key=lambda s: order[s.name])
    return FileReport(id=g.id, scores=tuple(scores), missed=tuple(missed), spurious=tuple(spurious))


def _score_published(gold: FuzzyDate | None, predicted: FuzzyDate | None) -> CategoryScore:
    """Right when the predicted interval overlaps the gold one and is no wider."""
    if gold is None:
        return CategoryScore("published", 0, int(predicted is not None), 0)
    if predicted is None:
        return CategoryScore("published", 0, 0, 1)
    if predicted.overlaps(gold) and predicted.days <= gold.days:
        return CategoryScore("published", 1, 0, 0)
    return CategoryScore("published", 0, 1, 1)


def score(pairs: Iterable[tuple[GoldArticle | Mapping[str, Any], Article]]) -> Report:
    """Score (gold, predicted article) pairs and micro-average them into one report."""
    return Report.of([score_article(g, a) for g, a in pairs])


def evaluate(
    gold_dir: str | Path,
    text_dir: str | Path,
    *,
    parser: Callable[[Path], Article] | None = None,
) -> Report:
    """Parse each article ``<id>.txt`` of ``text_dir`` that has a gold file ``<id>.json`` in
    ``gold_dir`` (with no publication date, so its inference is scored) and score it.

    ``parser`` replaces :func:`rusaz.parse_file` (for tests or other extractors).
    """
    from rusaz._parse import parse_file

    texts = Path(text_dir)
    if not texts.is_dir():
        raise ReadError("not a directory of article texts", texts)
    run = parser if parser is not None else parse_file
    pairs: list[tuple[GoldArticle, Article]] = []
    for gold in load_gold_dir(gold_dir):
        path = texts / f"{gold.id}.txt"
        if path.is_file():
            pairs.append((gold, run(path)))
    if not pairs:
        raise ReadError(f"no article <id>.txt here has a gold file <id>.json in {gold_dir}", texts)
    return score(pairs)
