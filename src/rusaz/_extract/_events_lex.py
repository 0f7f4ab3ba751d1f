"""Loads and validates the event and agreement data (``triggers.toml``, ``agreements.toml``).

Patterns are compiled once; a malformed file raises :class:`~rusaz.exceptions.LexiconError`
naming the file and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import attrs

from rusaz._data import read_data
from rusaz._model import AgreementKind, EventKind, Modality
from rusaz.exceptions import LexiconError

__all__ = ["AgreementLexicon", "EventLexicon", "Trigger", "agreement_lexicon", "event_lexicon"]


@attrs.frozen(kw_only=True)
class Trigger:
    """One event trigger: a pattern, the kind it signals and how it behaves."""

    id: str
    kind: EventKind
    pattern: re.Pattern[str]
    order: int
    weak: bool = False
    role: str | None = None
    anaphoric: bool = False
    needs_actor: bool = False
    not_after: re.Pattern[str] | None = None
    anniversary: bool = False
    speaker: bool = False
    phone: bool = False


@attrs.frozen(kw_only=True)
class EventLexicon:
    """Everything ``triggers.toml`` states, compiled."""

    triggers: tuple[Trigger, ...]
    any_trigger: re.Pattern[str] | None
    modality: tuple[tuple[Modality, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]], ...]
    clause_boundaries: tuple[re.Pattern[str], ...]
    coordinated: re.Pattern[str]
    coordinated_after: re.Pattern[str]
    predicates: re.Pattern[str]
    collective_context: tuple[re.Pattern[str], ...]
    collective_heads: tuple[re.Pattern[str], ...]
    head_titles: tuple[str, ...]
    head_exclude: tuple[str, ...]
    roles: tuple[tuple[str, re.Pattern[str]], ...]
    anaphora: re.Pattern[str]
    demonstratives: frozenset[str]
    definites: frozenset[str]
    delegation_nouns: frozenset[str]
    anaphora_nouns: dict[str, EventKind]
    demonyms: dict[str, str]
    documents: re.Pattern[str]
    attributive: re.Pattern[str]
    reference: re.Pattern[str]
    validity: re.Pattern[str]
    same_time: re.Pattern[str]
    ongoing: re.Pattern[str]
    same_day: re.Pattern[str]
    follow_up: re.Pattern[str]
    witnessed: re.Pattern[str]
    upcoming: re.Pattern[str]


@attrs.frozen(kw_only=True)
class Head:
    """A document head noun and the kind of agreement it names."""

    kind: AgreementKind
    pattern: re.Pattern[str]
    needs: str | None = None
    modifiers: frozenset[str] = frozenset()


@attrs.frozen(kw_only=True)
class AgreementLexicon:
    """Everything ``agreements.toml`` states, compiled."""

    heads: tuple[Head, ...]
    modifiers: frozenset[str]
    openers: frozenset[str]
    stops: frozenset[str]
    coordination_window: int
    max_words: int
    generic: tuple[str, ...]
    signing_verbs: re.Pattern[str]
    numbers: dict[str, int]
    duration: re.Pattern[str]
    renewal: re.Pattern[str]
    automatic: re.Pattern[str]
    notice: re.Pattern[str]
    valid_until: re.Pattern[str]
    links: tuple[tuple[str, re.Pattern[str]], ...]


def _load(name: str) -> dict[str, Any]:
    return read_data(name)


def _compile(pattern: Any, where: str, flags: int = re.I) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise LexiconError(f"{where}: a pattern must be a non-empty string")
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise LexiconError(f"{where}: bad pattern {pattern!r} ({exc})") from exc


def _top_level_branches(pattern: str) -> list[str]:
    """The alternatives of a regex source at nesting depth 0 (``a|(b|c)`` -> ``a``, ``(b|c)``)."""
    branches: list[str] = []
    depth = 0
    start = 0
    i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]" or pattern[i + 1 : i + 3] == "^]":
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


_NUMBERED_REFERENCE = re.compile(r"\\\d|\(\?\(")


def _union(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str] | None:
    """A zero-width pattern matching wherever one of ``patterns`` (all case-insensitive)
    matches; None when they cannot be joined (clashing group names, numbered references).

    Alternatives that start with ``\\b`` are tried at word boundaries only, which lets the
    engine pass over the other positions at once."""
    sources = [p.pattern for p in patterns]
    if any(_NUMBERED_REFERENCE.search(s) for s in sources):
        return None
    branches = [b for s in sources for b in _top_level_branches(s)]
    bounded = [b for b in branches if b.startswith("\\b")]
    other = [b for b in branches if not b.startswith("\\b")]
    parts = []
    if bounded:
        parts.append("\\b(?=" + "|".join(f"(?:{b})" for b in bounded) + ")")
    if other:
        parts.append("(?=" + "|".join(f"(?:{b})" for b in other) + ")")
    try:
        return re.compile("|".join(parts) or "(?!)", re.I)
    except re.error:
        return None


@cache
def event_lexicon() -> EventLexicon:
    """The bundled trigger lexicon (loaded once)."""
    data = _load("triggers.toml")
    where = "triggers.toml"
    triggers: list[Trigger] = []
    seen: set[str] = set()
    for i, row in enumerate(data["trigger"]):
        tid = row.get("id")
        if not isinstance(tid, str) or tid in seen:
            raise LexiconError(f"{where}: trigger {i} has a missing or duplicate id {tid!r}")
        seen.add(tid)
        try:
            kind = EventKind(row["kind"])
        except (KeyError, ValueError) as exc:
            raise LexiconError(f"{where}: trigger {tid} has a bad kind") from exc
        triggers.append(
            Trigger(
                id=tid,
                kind=kind,
                pattern=_compile(row.get("pattern"), f"{where}: {tid}"),
                order=i,
                weak=bool(row.get("weak", False)),
                role=row.get("role"),
                anaphoric=bool(row.get("anaphoric", False)),
                needs_actor=bool(row.get("needs_actor", False)),
                anniversary=bool(row.get("anniversary", False)),
                speaker=bool(row.get("speaker", False)),
                phone=bool(row.get("phone", False)),
                not_after=(
                    _compile(row["not_after"], f"{where}: {tid}.not_after")
                    if "not_after" in row
                    else None
                ),
            )
        )
    modality = []
    for mod in (Modality.NEGATED, Modality.HYPOTHETICAL, Modality.PLANNED):
        cues = data["modality"][mod.value]
        modality.append(
            (
                mod,
                tuple(_compile(p, f"{where}: modality.{mod.value}") for p in cues["before"]),
                tuple(_compile(p, f"{where}: modality.{mod.value}") for p in cues["after"]),
            )
        )
    col = data["collective"]
    cues = data["cues"]
    return EventLexicon(
        triggers=tuple(triggers),
        any_trigger=_union(t.pattern for t in triggers),
        modality=tuple(modality),
        clause_boundaries=tuple(
            _compile(p, f"{where}: clauses") for p in data["clauses"]["boundaries"]
        ),
        coordinated=_compile(data["clauses"]["coordinated"], f"{where}: clauses.coordinated"),
        coordinated_after=_compile(
            data["clauses"]["coordinated_after"], f"{where}: clauses.coordinated_after"
        ),
        predicates=_compile(data["clauses"]["predicates"], f"{where}: clauses.predicates"),
        collective_context=tuple(_compile(p, f"{where}: collective") for p in col["context"]),
        collective_heads=tuple(_compile(p, f"{where}: collective", 0) for p in col["heads"]),
        head_titles=tuple(str(t).casefold() for t in col["head_titles"]),
        head_exclude=tuple(str(t).casefold() for t in col["head_exclude"]),
        roles=tuple(
            (str(r["role"]), _compile(r["pattern"], f"{where}: role")) for r in data["role"]
        ),
        anaphora=_compile(data["anaphora"]["pattern"], f"{where}: anaphora"),
        demonstratives=frozenset(str(d).casefold() for d in data["anaphora"]["demonstratives"]),
        definites=frozenset(str(d).casefold() for d in data["anaphora"]["definites"]),
        delegation_nouns=frozenset(str(d).casefold() for d in data["delegations"]["nouns"]),
        attributive=_compile(data["dates"]["attributive"], f"{where}: dates.attributive"),
        documents=_compile(data["signing"]["documents"], f"{where}: signing.documents"),
        reference=_compile(cues.get("reference"), f"{where}: cues.reference"),
        validity=_compile(cues.get("validity"), f"{where}: cues.validity"),
        same_time=_compile(cues.get("same_time"), f"{where}: cues.same_time"),
        ongoing=_compile(cues.get("ongoing"), f"{where}: cues.ongoing"),
        same_day=_compile(cues.get("same_day"), f"{where}: cues.same_day"),
        follow_up=_compile(cues.get("follow_up"), f"{where}: cues.follow_up"),
        witnessed=_compile(cues.get("witnessed"), f"{where}: cues.witnessed"),
        upcoming=_compile(cues.get("upcoming"), f"{where}: cues.upcoming"),
        demonyms={
            str(word).casefold(): str(code)
            for code, words in data["demonyms"].items()
            for word in words
        },
        anaphora_nouns={
            str(k).casefold(): EventKind(v) for k, v in data["anaphora"]["nouns"].items()
        },
    )


@cache
def agreement_lexicon() -> AgreementLexicon:
    """The bundled agreement lexicon (loaded once)."""
    data = _load("agreements.toml")
    where = "agreements.toml"
    heads = []
    for i, row in enumerate(data["head"]):
        try:
            kind = AgreementKind(row["kind"])
        except (KeyError, ValueError) as exc:
            raise LexiconError(f"{where}: head {i} has a bad kind") from exc
        heads.append(
            Head(
                kind=kind,
                pattern=_compile(row.get("pattern"), f"{where}: head {i}"),
                needs=row.get("needs"),
                modifiers=frozenset(str(m).casefold() for m in row.get("modifiers", ())),
            )
        )
    title = data["title"]
    terms = data["terms"]
    return AgreementLexicon(
        heads=tuple(heads),
        modifiers=frozenset(str(m).casefold() for m in title["modifiers"]),
        openers=frozenset(str(m).casefold() for m in title["complement_openers"]),
        stops=frozenset(str(m).casefold() for m in title["stops"]),
        coordination_window=int(title["coordination_window"]),
        max_words=int(title["max_words"]),
        generic=tuple(str(g).casefold() for g in title["generic"]),
        signing_verbs=_compile(title["signing_verbs"], f"{where}: signing_verbs"),
        numbers={str(k): int(v) for k, v in terms["numbers"].items()},
        duration=_compile(terms["duration"], f"{where}: terms.duration"),
        renewal=_compile(terms["renewal"], f"{where}: terms.renewal"),
        automatic=_compile(terms["automatic"], f"{where}: terms.automatic"),
        notice=_compile(terms["notice"], f"{where}: terms.notice"),
        valid_until=_compile(terms["valid_until"], f"{where}: terms.valid_until"),
        links=tuple(
            (str(r["relation"]), _compile(r["pattern"], f"{where}: link")) for r in data["link"]
        ),
    )
