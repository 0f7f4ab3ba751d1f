"""Actor patterns of news prose: a maker's model after an airline, title-case headlines, a
campus after "at", parties and troops of the lexicon, brothers sharing a surname. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz import parse_text


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in parse_text(text).actors}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a maker after an airline names its aircraft, not a unit of the airline
        ("An AZAL Embraer crashed near Aktau on Wednesday.", "Azerbaijan Airlines", "AZAL Embraer"),
        ("The Aeroflot Sukhoi landed safely in Sochi.", "Aeroflot", "Aeroflot Sukhoi"),
        # a headline in title case: the capitalised noun after a company is no part of its name
        (
            "Putin Flies to Baku With Warships and a Rosneft Deal\n\nThe visit began.",
            "Rosneft",
            "Rosneft Deal",
        ),
        # a campus right after "at" is a place, not an actor
        (
            "Putin will speak to students at Baku State University on Wednesday.",
            "Vladimir Putin",
            "Baku State University",
        ),
    ],
)
def test_name_not_extended(text: str, expected: str, absent: str) -> None:
    """The body is found and the longer, wrong name is not."""
    found = _actors(text)
    assert (True, False) == (expected in found, absent in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opposition party named with a lower-case "party"
        (
            "The opposition Musavat party said on Wednesday that the deal adds nothing new.",
            "Musavat",
        ),
        # troops of a ministry are a body of their own
        (
            "Security will be ensured by Russian Interior Ministry troops until the region calms.",
            "Internal Troops of the Ministry of Internal Affairs of Russia",
        ),
        # a unit named with its number
        (
            "The accord covers the 104th Airborne Division based in Ganja.",
            "104th Airborne Division",
        ),
        # an outlet cited in the prose
        (
            "Trains now cross in under two hours, the minister told Eurasianet in an interview.",
            "Eurasianet",
        ),
        (
            "Pashinyan told Armenian Public Television on Friday that talks would go on.",
            "Armenian Public Television",
        ),
        # a subsidiary named after its parent stays a body
        ("Gazprom Export signed the contract on Monday.", "Gazprom Export"),
    ],
)
def test_body_found(text: str, expected: str) -> None:
    """The body the sentence names is an actor."""
    assert "organization" == _actors(text).get(expected)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Two brothers, Huseyn and Ziyaddin Safarov, died in custody.",
            ("Huseyn Safarov", "Ziyaddin Safarov"),
        ),
        (
            "Two sisters, Leyla and Gulnara Aliyeva, were detained.",
            ("Leyla Aliyeva", "Gulnara Aliyeva"),
        ),
    ],
)
def test_shared_surname(text: str, names: tuple[str, ...]) -> None:
    """Given names joined by "and" before one surname are two persons of that surname."""
    found = _actors(text)
    assert names == tuple(n for n in names if found.get(n) == "person")


@given(st.sampled_from(["Embraer", "Boeing", "Airbus", "Sukhoi"]))
def test_maker_never_joins_airline(maker: str) -> None:
    """No actor is named "<airline> <maker>"."""
    found = _actors(f"An AZAL {maker} flying from Baku landed in Aktau.")
    assert [] == [n for n in found if n.endswith(maker)]
