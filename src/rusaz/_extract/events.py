"""Events and agreements: triggers, participants, place, date, modality, linked documents.

(Interface fixed by the foundation; the extractor arrives with the events issue.)
"""

from __future__ import annotations

from collections.abc import Sequence

from rusaz._dates import DateMention
from rusaz._model import Actor, Agreement, Event, FuzzyDate, Place
from rusaz._text import Document

__all__ = ["find_events_and_agreements"]


def find_events_and_agreements(
    doc: Document,
    dates: Sequence[DateMention],
    actors: Sequence[Actor],
    places: Sequence[Place],
    published: FuzzyDate | None,
) -> tuple[tuple[Event, ...], tuple[Agreement, ...]]:
    """Events and agreements of the document, signing events linked to what they sign."""
    del doc, dates, actors, places, published
    return (), ()
