"""Places the prose describes: towns introduced by their type, a sea port described with its
town, listed fields, a field named inside its consortium, a campus after "at", and a facility
named after a town the text names nowhere else. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz import parse_text


def _places(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.aliases for p in parse_text(text).places}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unknown town introduced by its type
        (
            "Gunmen seized a hospital in the Dagestani town of Pervomaiskoye on Tuesday.",
            "Pervomaiskoye",
        ),
        # a village, no adjective
        ("Shelling hit the village of Sofulu overnight, officials said.", "Sofulu"),
        # a province
        ("Gunmen attacked a police post in the Iranian province of Ardabilistan.", "Ardabilistan"),
        # a town of two words
        ("The convoy reached the border village of Yeni Yashma on Friday.", "Yeni Yashma"),
        # a sea port described with its town: the town and the sea, no facility
        ("Tankers will carry the oil to the Black Sea port of Novorossiysk.", "Novorossiysk"),
        ("Tankers will carry the oil to the Black Sea port of Novorossiysk.", "Black Sea"),
        # fields listed beside a known field: the demonym-like name is a field here
        ("The deal covers the Azeri, Chirag and Guneshli fields in the Caspian.", "Azeri"),
        ("The deal covers the Azeri, Chirag and Guneshli fields in the Caspian.", "Guneshli"),
        # a field named inside the consortium that develops it
        ("The Shah Deniz consortium chose a route to Europe in June.", "Shah Deniz"),
        # a campus right after "at"
        (
            "The president spoke to students at Baku State University on Wednesday.",
            "Baku State University",
        ),
    ],
)
def test_described_place_found(text: str, expected: str) -> None:
    """A place the prose introduces by its type or setting is found under its own name."""
    assert expected in _places(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the sea described with a port is no facility of the sea
        ("Tankers will carry the oil to the Black Sea port of Novorossiysk.", "Black Sea port"),
        (
            "Tankers will carry the oil to the Black Sea port of Novorossiysk.",
            "port of Novorossiysk",
        ),
        # a type word before "of" and a lower-case word is nothing
        ("The city of tomorrow was the theme of the forum.", "tomorrow"),
        # fields with no known field among them are no places
        ("Officials from Russian and Azerbaijani fields met in Baku.", "Russian"),
    ],
)
def test_described_place_not_found(text: str, absent: str) -> None:
    """A description that names no place yields none."""
    assert absent not in _places(text)


@pytest.mark.parametrize(
    ("text", "place", "alias"),
    [
        # the town named only inside the facility: its name is an alias of the facility
        (
            "Russia stopped operating the Gabala radar station last December.",
            "Gabala radar station",
            "Gabala",
        ),
        ("The pipeline runs through Georgia to the port of Supsa.", "port of Supsa", "Supsa"),
        # a hyphenated modifier inside the facility phrase
        (
            "The deal does not cover the Gabala early-warning radar station in the north.",
            "Gabala early-warning radar station",
            "Gabala",
        ),
        # the short form of the radar station
        ("Russia leased the Gabala radar until 2012.", "Gabala radar", "Gabala"),
    ],
)
def test_facility_takes_town_name(text: str, place: str, alias: str) -> None:
    """A facility named after a town the text names nowhere else carries the town's name."""
    assert alias in _places(text)[place]


def test_facility_and_town_stay_apart() -> None:
    """When the town is also named on its own it stays a place and the facility gets no alias."""
    found = _places("The Gabala radar station lies near Gabala, in the north.")
    assert ((), ()) == (found["Gabala radar station"], found["Gabala"])


@given(
    st.sampled_from(["town", "city", "village", "settlement"]),
    st.text(alphabet="abc ", max_size=12),
)
def test_type_word_before_lower_case_names_nothing(word: str, tail: str) -> None:
    """A type word followed by "of" and lower-case words never makes a place."""
    found = _places(f"Officials visited the {word} of {tail or 'x'} yesterday.")
    assert [] == [name for name in found if name.islower()]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town after a locative word, joined to a body by "and", stays a location
        ("Cargo passes through Makhachkala and the Russian Railways network.", "Makhachkala"),
        (
            "Traffic grew through the Caspian port of Makhachkala and the Baku International "
            "Sea Trade Port.",
            "Makhachkala",
        ),
    ],
)
def test_location_joined_to_body(text: str, place: str) -> None:
    """ "through X and <body>" keeps X a place; it acts as no party."""
    article = parse_text(text)
    assert (True, False) == (
        place in {p.name for p in article.places},
        place in {a.name for a in article.actors},
    )
