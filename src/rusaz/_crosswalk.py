"""Crosswalk from rusaz event kinds (and modality) to CAMEO and PLOVER codes.

(Interface fixed by the foundation; the table arrives with the events issue as package data.)
"""

from __future__ import annotations

from rusaz._model import EventKind, Modality

__all__ = ["cameo_code", "plover_code"]


def cameo_code(kind: EventKind, modality: Modality) -> str:
    """The CAMEO code of an event of this kind and modality."""
    del kind, modality
    return ""


def plover_code(kind: EventKind, modality: Modality) -> str:
    """The PLOVER event type of an event of this kind and modality."""
    del kind, modality
    return ""
