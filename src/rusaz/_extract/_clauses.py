"""Sentences, clauses and mention lookups shared by the event and agreement extractors.

A sentence is split into clauses at the boundaries of ``triggers.toml``; an event takes its
actors, date and place from its own clause first and from the rest of its sentence after.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

import attrs

from rusaz._dates import DateMention
from rusaz._extract._events_lex import event_lexicon
from rusaz._model import Actor, MentionKind, Place, Span
from rusaz._text import Document

__all__ = [
    "Clause",
    "DatesByOffset",
    "MentionIndex",
    "ParagraphIndex",
    "clauses_of",
    "sentences_of",
]

_FALLBACK_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|to|near|outside|from|into|around)\s+(?:the\s+)?$", re.I)


def sentences_of(doc: Document) -> tuple[Span, ...]:
    """The document's sentences; a plain punctuation split when the reader gave none."""
    if doc.sentences:
        return doc.sentences
    out: list[Span] = []
    areas = doc.paragraphs or (Span(0, len(doc.text)),)
    for area in areas:
        for m in _FALLBACK_SENT.finditer(doc.text, area.start, area.end):
            start, end = m.start(), m.end()
            while start < end and doc.text[start].isspace():
                start += 1
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            if end > start:
                out.append(Span(start, end))
    return tuple(out)


class ParagraphIndex:
    """The paragraph holding an offset: by bisection when the paragraphs are in order and
    disjoint (as the reader gives them), else the first that holds it, by a scan."""

    def __init__(self, paragraphs: Sequence[Span]) -> None:
        self.paragraphs = paragraphs
        self.starts = [p.start for p in paragraphs]
        self.ordered = all(a.end <= b.start for a, b in itertools.pairwise(paragraphs))

    def of(self, offset: int) -> int:
        """Index of the paragraph holding ``offset``, -1 when none does."""
        if not self.ordered:
            return next((i for i, p in enumerate(self.paragraphs) if p.start <= offset < p.end), -1)
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return i
        return -1


class DatesByOffset:
    """Date mentions whose start falls in a span, in their given order (a bisection when
    they come sorted by start, as :func:`rusaz._dates.find_dates` gives them)."""

    def __init__(self, dates: Sequence[DateMention]) -> None:
        self.dates = dates
        self.starts = [d.span.start for d in dates]
        self.ordered = all(a <= b for a, b in itertools.pairwise(self.starts))

    def starting_in(self, span: Span) -> list[DateMention]:
        """The mentions with ``span.start <= start < span.end``."""
        if not self.ordered:
            return [d for d in self.dates if span.start <= d.span.start < span.end]
        lo = bisect_left(self.starts, span.start)
        hi = bisect_left(self.starts, span.end, lo)
        return list(self.dates[lo:hi])


@attrs.frozen
class Clause:
    """One clause of a sentence: its span and the sentence it belongs to."""

    span: Span
    sentence: Span


@lru_cache(maxsize=4096)
def clauses_of(text: str, sentence: Span) -> tuple[Clause, ...]:
    """The clauses of one sentence, in order, covering it without gaps (cached: the event
    and agreement extractors both ask for every sentence)."""
    lex = event_lexicon()
    cuts = {sentence.start, sentence.end}
    for pattern in lex.clause_boundaries:
        for m in pattern.finditer(text, sentence.start, sentence.end):
            cuts.add(m.start(1) if pattern.groups else m.start())
    for m in lex.coordinated.finditer(text, sentence.start, sentence.end):
        if lex.coordinated_after.search(text, sentence.start, m.start()):
            cuts.add(m.start())
    for m in lex.predicates.finditer(text, sentence.start, sentence.end):
        cuts.add(m.start())
    points = sorted(cuts)
    return tuple(Clause(Span(a, b), sentence) for a, b in itertools.pairwise(points) if b > a)


def clause_at(clauses: Sequence[Clause], pos: int) -> Clause:
    """The clause that holds offset ``pos`` (the last one when past the end)."""
    for c in clauses:
        if c.span.start <= pos < c.span.end:
            return c
    return clauses[-1]


@attrs.frozen
class _Hit:
    start: int
    end: int
    item: str
    kind: MentionKind


class MentionIndex:
    """Actor and place mentions by offset; nested actor mentions give way to outer ones."""

    def __init__(self, text: str, actors: Sequence[Actor], places: Sequence[Place]) -> None:
        self.text = text
        raw = sorted(
            (
                _Hit(m.span.start, m.span.end, a.id, m.kind)
                for a in actors
                for m in a.mentions
                if m.span.end <= len(text)
            ),
            key=lambda h: (h.start, -h.end, h.item),
        )
        outer: list[_Hit] = []
        for h in raw:
            if outer and outer[-1].start <= h.start and h.end <= outer[-1].end:
                continue
            outer.append(h)
        self.actor_hits = outer
        self._actor_starts = [h.start for h in outer]
        self.place_hits = sorted(
            (
                _Hit(m.span.start, m.span.end, p.id, m.kind)
                for p in places
                for m in p.mentions
                if m.span.end <= len(text)
            ),
            key=lambda h: (h.start, h.end, h.item),
        )
        self._place_starts = [h.start for h in self.place_hits]
        self.actors = {a.id: a for a in actors}
        # answers the extractors worked out from these mentions, kept for this text only
        self.interviewee: _Hit | None = None  # set by the event extractor per text
        self.memo: dict[tuple[object, ...], list[str]] = {}

    def actors_in(self, span: Span) -> list[_Hit]:
        """Actor mentions inside ``span`` (metonyms after a locative preposition skipped)."""
        i = bisect_right(self._actor_starts, span.start - 1)
        out: list[_Hit] = []
        for h in self.actor_hits[i:]:
            if h.start >= span.end:
                break
            if h.end > span.end:
                continue
            if (
                h.kind is MentionKind.METONYM
                and not self.text.startswith(("'s", "’s"), h.end)
                and _LOCATIVE_BEFORE.search(self.text, max(0, h.start - 12), h.start)
            ):
                continue
            out.append(h)
        return out

    def names_around(self, span: Span) -> bool:
        """Whether an actor mention strictly contains ``span`` (a word inside a name)."""
        i = bisect_right(self._actor_starts, span.start)
        return any(
            h.start <= span.start
            and span.end <= h.end
            and (h.start, h.end) != (span.start, span.end)
            for h in self.actor_hits[max(0, i - 3) : i]
        )

    def places_in(self, span: Span) -> list[_Hit]:
        """Place mentions inside ``span``."""
        i = bisect_right(self._place_starts, span.start - 1)
        out: list[_Hit] = []
        for h in self.place_hits[i:]:
            if h.start >= span.end:
                break
            if h.end <= span.end:
                out.append(h)
        return out

    def locative(self, hit: _Hit) -> bool:
        """True when a locative preposition ("in", "at", "to") introduces the mention."""
        return _LOCATIVE_BEFORE.search(self.text, max(0, hit.start - 12), hit.start) is not None
