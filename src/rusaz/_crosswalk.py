"""Crosswalk from rusaz event kinds (and modality) to CAMEO and PLOVER codes.

The table is package data (``data/crosswalk.toml``, documented in ``docs/events.md``):
a reported event takes its kind's codes, a planned one the intent code where the scheme has
one, and hypothetical or negated events have no code (the empty string).
"""

from __future__ import annotations

from functools import cache

from rusaz._data import read_data
from rusaz._model import EventKind, Modality
from rusaz.exceptions import LexiconError

__all__ = ["cameo_code", "crosswalk_table", "plover_code"]

_Table = dict[tuple[EventKind, Modality], tuple[str, str]]


@cache
def crosswalk_table() -> _Table:
    """(kind, modality) -> (CAMEO, PLOVER) for every kind and modality."""
    data = read_data("crosswalk.toml")
    table: _Table = {}
    for kind in EventKind:
        row = data["kind"].get(kind.value)
        if row is None:
            raise LexiconError(f"crosswalk.toml: no row for kind {kind.value!r}")
        base = (str(row["cameo"]), str(row["plover"]))
        planned = data["planned"].get(kind.value)
        table[kind, Modality.HAPPENED] = base
        table[kind, Modality.PLANNED] = (
            (str(planned["cameo"]), str(planned["plover"])) if planned else base
        )
        table[kind, Modality.HYPOTHETICAL] = ("", "")
        table[kind, Modality.NEGATED] = ("", "")
    return table


def cameo_code(kind: EventKind, modality: Modality) -> str:
    """The CAMEO code of an event of this kind and modality ("" when none applies)."""
    return crosswalk_table()[kind, modality][0]


def plover_code(kind: EventKind, modality: Modality) -> str:
    """The PLOVER event type of an event of this kind and modality ("" when none applies)."""
    return crosswalk_table()[kind, modality][1]
