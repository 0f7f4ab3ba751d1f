"""Crosswalk: every kind and modality maps to CAMEO and PLOVER codes from the data table."""

from __future__ import annotations

import re

import pytest

from rusaz._crosswalk import cameo_code, crosswalk_table, plover_code
from rusaz._model import Event, EventKind, Modality, Span

PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
    "OTHER",
}


def test_table_covers_every_kind_and_modality() -> None:
    """The table has a row for every (kind, modality) pair."""
    assert {(k, m) for k in EventKind for m in Modality} == set(crosswalk_table())


@pytest.mark.parametrize(("kind", "modality"), [(k, m) for k in EventKind for m in Modality])
def test_codes_are_well_formed(kind: EventKind, modality: Modality) -> None:
    """CAMEO codes are 3-4 digits (or empty); PLOVER types come from the PLOVER list."""
    cameo, plover = cameo_code(kind, modality), plover_code(kind, modality)
    assert cameo == "" or re.fullmatch(r"\d{3,4}", cameo)
    assert plover == "" or plover in PLOVER


@pytest.mark.parametrize(
    ("kind", "modality", "cameo", "plover"),
    [
        (EventKind.VISIT, Modality.HAPPENED, "042", "CONSULT"),
        (EventKind.MEETING, Modality.HAPPENED, "040", "CONSULT"),
        (EventKind.MEETING, Modality.PLANNED, "036", "CONSULT"),
        (EventKind.CALL, Modality.HAPPENED, "041", "CONSULT"),
        (EventKind.SIGNING, Modality.HAPPENED, "057", "AGREE"),
        (EventKind.STATEMENT, Modality.HAPPENED, "010", "OTHER"),
        (EventKind.CEASEFIRE, Modality.HAPPENED, "0871", "CONCEDE"),
        (EventKind.ATTACK, Modality.HAPPENED, "180", "ASSAULT"),
        (EventKind.MEETING, Modality.NEGATED, "", ""),
        (EventKind.VISIT, Modality.HYPOTHETICAL, "", ""),
    ],
)
def test_examples(kind: EventKind, modality: Modality, cameo: str, plover: str) -> None:
    """Known rows of the table."""
    assert (cameo, plover) == (cameo_code(kind, modality), plover_code(kind, modality))


def test_event_exposes_codes() -> None:
    """Event.cameo and Event.plover read the table."""
    ev = Event(id="event:1", kind=EventKind.CALL, evidence=(Span(0, 1),))
    assert ("041", "CONSULT") == (ev.cameo, ev.plover)
