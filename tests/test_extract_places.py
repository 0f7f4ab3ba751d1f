"""Place extraction: lexicon places named as locations, countries only named as locations,
and unknown places by their place words. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz._extract.places import find_places
from rusaz._lexicon import CountryEntry, Lexicon, PlaceEntry
from rusaz._model import Place
from rusaz._text import Document

LEX = Lexicon(
    countries=(
        CountryEntry(
            id="country:russia",
            name="Russia",
            code="RU",
            demonyms=("Russian",),
            capital="place:moscow",
        ),
        CountryEntry(
            id="country:azerbaijan",
            name="Azerbaijan",
            code="AZ",
            demonyms=("Azerbaijani",),
            capital="place:baku",
        ),
        CountryEntry(id="country:syria", name="Syria", code="SY", demonyms=("Syrian",)),
        CountryEntry(id="country:kyrgyzstan", name="Kyrgyzstan", code="KG"),
    ),
    places=(
        PlaceEntry(id="place:moscow", name="Moscow", country="RU", latitude=55.75, longitude=37.62),
        PlaceEntry(id="place:baku", name="Baku", country="AZ", latitude=40.41, longitude=49.87),
        PlaceEntry(
            id="place:st-petersburg",
            name="Saint Petersburg",
            aliases=("St. Petersburg", "St Petersburg"),
            country="RU",
            latitude=59.94,
            longitude=30.31,
        ),
        PlaceEntry(id="place:krasnodar", name="Krasnodar", country="RU"),
        PlaceEntry(id="place:kremlin", name="Kremlin", country="RU", category="venue"),
        PlaceEntry(id="place:nagorno-karabakh", name="Nagorno-Karabakh", country="AZ"),
        PlaceEntry(id="place:astrakhan", name="Astrakhan", country="RU"),
    ),
)


def places_of(text: str) -> tuple[Place, ...]:
    return find_places(Document(text=text), LEX)


def names(text: str) -> list[str]:
    return [p.name for p in places_of(text)]


FOUND = [
    ("The talks were held in Moscow on Monday.", "Moscow", "Moscow"),
    ("The minister flew to St. Petersburg for the forum.", "Saint Petersburg", "St. Petersburg"),
    ("Exporters from Krasnodar Territory took part.", "Krasnodar Territory", "Krasnodar Territory"),
    ("Flowers were laid at Crocus City Hall.", "Crocus City Hall", "Crocus City Hall"),
    (
        "The book was presented in the Russian National Library.",
        "Russian National Library",
        "Russian National Library",
    ),
    (
        "The session took place in Cholpon-Ata, Kyrgyzstan, in September.",
        "Cholpon-Ata",
        "Cholpon-Ata",
    ),
    (
        "The session took place in Cholpon-Ata, Kyrgyzstan, in September.",
        "Kyrgyzstan",
        "Kyrgyzstan",
    ),
    ("Russia's involvement in the war in Syria grew.", "Syria", "Syria"),
    ("The leaders met in the Kremlin.", "Kremlin", "Kremlin"),
    ("Peacekeepers left Nagorno-Karabakh in June.", "Nagorno-Karabakh", "Nagorno-Karabakh"),
    (
        "The troupe performed at the Heydar Aliyev Center.",
        "Heydar Aliyev Center",
        "Heydar Aliyev Center",
    ),
]


@pytest.mark.parametrize(("text", "name", "surface"), FOUND)
def test_place_found(text: str, name: str, surface: str) -> None:
    """The place is found with a mention of that surface."""
    place = next(p for p in places_of(text) if p.name == name)
    assert surface in [m.span.slice(text) for m in place.mentions]


NOT_PLACES = [
    ("Moscow is concerned about the clashes.", "Moscow"),  # the state, not the city
    ("The region returned to Baku's control.", "Baku"),  # possessive: the state
    ("Russia highly appreciated the gesture.", "Russia"),  # a country acting
    ("The Astrakhan Business Center in Baku opened.", "Astrakhan"),  # inside a longer name
    ("It testifies to Kremlin's support.", "Kremlin"),  # a seat of power acting
    ("The fans of Spartak Moscow celebrated.", "Moscow"),  # part of a longer name
    ("According to the Kremlin, the talks went well.", "Kremlin"),  # a seat as a source
]


@pytest.mark.parametrize(("text", "name"), NOT_PLACES)
def test_not_a_place(text: str, name: str) -> None:
    """Names that stand for a state or sit inside another name are no places."""
    assert name not in names(text)


def test_country_acting_elsewhere_is_no_place() -> None:
    """A country that acts anywhere in the text is an actor, not a place, everywhere."""
    text = "Azerbaijan protested. Later the delegation flew to Azerbaijan."
    assert "Azerbaijan" not in names(text)


def test_coordinates_country_and_aliases() -> None:
    """Lexicon places carry the lexicon's country and coordinates and the forms as written."""
    text = "He came to St Petersburg, then to St. Petersburg again."
    spb = places_of(text)[0]
    assert ("place:st-petersburg", "RU", 59.94, 30.31) == (
        spb.id,
        spb.country,
        spb.latitude,
        spb.longitude,
    )
    assert ("St Petersburg", "St. Petersburg") == spb.aliases
    assert "place:st-petersburg" == spb.lexicon_id


def test_pattern_place_ids_and_country() -> None:
    """Unknown places get slug ids and the country their words point at."""
    text = "Exporters from Krasnodar Territory took part."
    place = places_of(text)[0]
    assert ("place:krasnodar-territory", "RU", None) == (place.id, place.country, place.lexicon_id)


_WORDS = [
    "the",
    "delegation",
    "arrived",
    "yesterday",
    "and",
    "officials",
    "said",
    "that",
    "talks",
    "went",
    "well",
    "after",
    "lunch",
]
_filler = st.lists(st.sampled_from(_WORDS), max_size=10).map(" ".join)


@given(before=_filler, after=_filler, place=st.sampled_from(["Moscow", "Baku", "Nagorno-Karabakh"]))
def test_place_after_preposition_found(before: str, after: str, place: str) -> None:
    """A lexicon place after "in" amid arbitrary words is found with a mention at its span."""
    prefix = ("Reports say " + before + " in ").replace("  ", " ")
    text = prefix + place + " " + after + "."
    found = next(p for p in places_of(text) if p.name == place)
    assert (len(prefix), len(prefix) + len(place)) in [
        (m.span.start, m.span.end) for m in found.mentions
    ]


@given(st.lists(st.sampled_from([row[0] for row in FOUND]), min_size=1, max_size=4))
def test_places_deterministic_unique(sentences: list[str]) -> None:
    """The same text gives the same places with unique ids; mentions lie in the text."""
    text = " ".join(sentences)
    first = places_of(text)
    assert first == find_places(Document(text=text), LEX)
    assert len({p.id for p in first}) == len(first)
    for p in first:
        for m in p.mentions:
            assert m.span.slice(text) in p.names


@given(st.text(max_size=80))
def test_any_text_gives_valid_places(text: str) -> None:
    """Any text yields places whose mentions lie inside it, without errors."""
    for place in places_of(text):
        for m in place.mentions:
            assert 0 <= m.span.start < m.span.end <= len(text)
