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


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the seat speaking: a body of its own
        ("The Kremlin played down the criticism on Wednesday.", "organization"),
        ("The Kremlin has confirmed that its troops are leaving.", "organization"),
        ("Peskov said the inquiry ordered by the Kremlin would go on.", "organization"),
        # the seat acting otherwise: the state
        ("The Kremlin was irritated by the refusal to join the union.", "country"),
        ("The Kremlin took three days to apologise for the crash.", "country"),
    ],
)
def test_speaking_seat(text: str, kind: str) -> None:
    """A seat of power followed by a verb of saying is the body "Kremlin"; otherwise the state."""
    found = _actors(text)
    assert kind == (
        "organization" if "Kremlin" in found else "country" if "Russia" in found else ""
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a seat modifying a noun names no location
        ("The first Kremlin state visit to Baku began on Tuesday.", None),
        ("Kremlin officials declined to comment on the talks.", None),
        # a seat after "in the" is the location
        ("Putin met Aliyev in the Kremlin on Thursday.", "Kremlin"),
    ],
)
def test_seat_as_modifier(text: str, place: str | None) -> None:
    """ "the first Kremlin state visit" is no place; "in the Kremlin" is."""
    names = {p.name for p in parse_text(text).places}
    assert place == ("Kremlin" if "Kremlin" in names else None)


@pytest.mark.parametrize(
    ("text", "country", "place"),
    [
        # a capital after a noun of reacting is the state reacting
        ("The remark drew an immediate reaction in Yerevan on Tuesday.", "Armenia", None),
        ("We are still waiting for a constructive response from Yerevan.", "Armenia", None),
        # a capital after other nouns stays a location
        ("Protests in Yerevan continued for a week.", None, "Yerevan"),
    ],
)
def test_reaction_in_capital(text: str, country: str | None, place: str | None) -> None:
    """ "a reaction in Yerevan" is Armenia reacting; "protests in Yerevan" happen there."""
    article = parse_text(text)
    countries = {a.name for a in article.actors if a.kind.value == "country"}
    places = {p.name for p in article.places}
    assert (country, place) == (
        country if country in countries else None,
        place if place in places else None,
    )


def test_credit_line_names_no_actor() -> None:
    """Outlets in a "With reporting by" credit line are no actors."""
    text = "Lavrov met Bayramov in Moscow on Friday.\n\nWith reporting by Reuters, AFP, and TASS"
    assert [] == [a.name for a in parse_text(text).actors if a.name in ("Reuters", "TASS", "AFP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modifier names the body
        (
            "Weapons will be divided by a joint commission, which meets in Ganja.",
            "joint commission",
        ),
        (
            "The deputies cancelled a session of the inter-parliamentary commission.",
            "inter-parliamentary commission",
        ),
        # two modifiers
        (
            "The sides hailed the work of the joint inter-parliamentary commission.",
            "joint inter-parliamentary commission",
        ),
        # a leading compound of states
        (
            "Deputies of the Azerbaijan-Russia interparliamentary friendship group met.",
            "Azerbaijan-Russia interparliamentary friendship group",
        ),
        # modifiers naming the task
        (
            "They discussed the work of the border delimitation commissions.",
            "border delimitation commissions",
        ),
        # a compound that is no pair of states stays out of the name
        ("The Moscow-based joint commission met on Monday.", "joint commission"),
        # a lower-case subject after "on the", up to a participle
        (
            "They discussed the joint commission on the demarcation of the state border "
            "established in 2010.",
            "joint commission on the demarcation of the state border",
        ),
        # a plural head, with the states after "between"
        (
            "In May the commissions on the delimitation of the border between Azerbaijan "
            "and Armenia met.",
            "commissions on the delimitation of the border between Azerbaijan and Armenia",
        ),
    ],
)
def test_lower_body(text: str, expected: str) -> None:
    """A body named in lower case by a modifier or subject is an organization with that name."""
    names = {a.name.casefold(): a.kind.value for a in parse_text(text).actors}
    assert "organization" == names.get(expected.casefold())


@pytest.mark.parametrize(
    "text",
    [
        "The government has set up a state commission to investigate the crash.",
        "A commission will be formed later, the ministry said.",
        # "on the ground", "on the sidelines": no subject of a body
        "The commissions on the ground reported calm.",
        "The commission on the sidelines of the summit met.",
    ],
)
def test_bare_commission_is_no_body(text: str) -> None:
    """A bare "commission" or "state commission" names no body."""
    assert [] == [a.name for a in parse_text(text).actors if "ommission" in a.name]


def test_states_after_between_stay_actors() -> None:
    """The states named after "between" in a body's name are actors of their own."""
    text = (
        "In May the commissions on the delimitation of the border between Azerbaijan and "
        "Armenia met."
    )
    names = {a.name for a in parse_text(text).actors if a.kind.value == "country"}
    assert {"Azerbaijan", "Armenia"} == names


@pytest.mark.parametrize(
    ("text", "country", "place"),
    [
        # ", where" after a country makes it the setting: a location, not an actor
        (
            "Russia will not bring in visas, unlike Georgia, where a visa regime applies.",
            None,
            "Georgia",
        ),
        # a capital after a phrasal verb of support is the state
        (
            "Cavusoglu said Ankara would stand by Baku on the field and at the table.",
            "Azerbaijan",
            None,
        ),
        ("Yerevan still relies on Moscow for its security.", "Russia", None),
    ],
)
def test_setting_and_support(text: str, country: str | None, place: str | None) -> None:
    """ "Georgia, where ..." is a place; "stand by Baku" and "relies on Moscow" are states."""
    article = parse_text(text)
    countries = {a.name for a in article.actors if a.kind.value == "country"}
    places = {p.name for p in article.places}
    assert (country, place) == (
        country if country in countries else None,
        place if place in places and place not in countries else None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soldiers of the 366th Motor Rifle Regiment left the town in March.",
            "366th Motor Rifle Regiment",
        ),
        ("Troops of the 23rd Division left Ganja last week.", "23rd Division"),
        ("The 7th Army was put on alert on Monday.", "7th Army"),
        ("The 1st Separate Brigade held drills near the border.", "1st Separate Brigade"),
    ],
)
def test_numbered_unit(text: str, expected: str) -> None:
    """A military unit's number is part of its name."""
    assert "organization" == _actors(text).get(expected)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a bare name after the qualified one refers back to it
        (
            "The Russian Foreign Ministry protested. A Foreign Ministry spokeswoman said more "
            "would follow.",
            1,
        ),
        # a bare name before the qualified one is another body
        (
            "The Defense Ministry said the ships would return on Thursday. Armenian Defense "
            "Ministry spokesman Artsrun Hovhannisyan criticised the sales.",
            2,
        ),
    ],
)
def test_bare_body_refers_back(text: str, count: int) -> None:
    """A bare ministry joins a ministry qualified by its state earlier in the text only."""
    found = [a for a in parse_text(text).actors if "Ministry" in a.name]
    assert count == len(found)


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        # forces acting are a body
        ("The Syrian army launched an offensive on Monday.", True),
        ("The Armenian armed forces withdrew from the district.", True),
        # forces as the complement of a noun describe them
        ("Baku accused units of the former Soviet army of arming the rebels.", False),
        ("The withdrawal of the Armenian armed forces began on Sunday.", False),
    ],
)
def test_forces_as_complement(text: str, forces: bool) -> None:
    """A state's forces after "of (the) (former)" are a description, not an actor."""
    found = [a for a in parse_text(text).actors if a.kind.value == "organization"]
    assert forces == bool(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" is the state the sentence opens with, not the one named last
        (
            "Azerbaijan stayed out of the treaty that Russia and five other states signed in May, "
            "and its parliament voted against joining the union.",
            "Parliament of Azerbaijan",
        ),
        # "the country's" is the state named last
        (
            "Armenia joined the bloc in 2015. Last year the country's parliament ratified the "
            "treaty.",
            "Parliament of Armenia",
        ),
        # the state's parliament the text names takes the mention
        (
            "The Milli Majlis met on Monday. Azerbaijan signed the protocol, and its parliament "
            "ratified it.",
            "Milli Majlis",
        ),
    ],
)
def test_owned_parliament(text: str, expected: str) -> None:
    """ "its parliament" is the parliament of the state the possessive refers to."""
    found = {a.name: a.aliases for a in parse_text(text).actors}
    assert "parliament" in found.get(expected, ())


@pytest.mark.parametrize(
    "text",
    [
        # the reporter before a longer outlet name in the dateline
        "Baku. Ilkin Mammadov - APA-Economics. SOCAR and Gazprom signed a contract today.",
        "Baku. Teymur Aliyev \u2013 APA. The talks began in the morning.",
    ],
)
def test_dateline_reporter_is_no_actor(text: str) -> None:
    """A reporter named before the outlet in a dateline is no participant."""
    assert [] == [a.name for a in parse_text(text).actors if a.kind.value == "person"]


@pytest.mark.parametrize(
    ("text", "person", "kept"),
    [
        # the author of a work staged or quoted
        (
            "The troupe will stage Alexander Ostrovsky's comedy on Friday.",
            "Alexander Ostrovsky",
            False,
        ),
        ('The programme includes Anton Chekhov\'s "The Cherry Orchard".', "Anton Chekhov", False),
        # an artist honoured at a memorial
        ("Putin laid flowers at the grave of Soviet-era poet Samad Vurgun.", "Samad Vurgun", False),
        # a living artist who acts is a participant
        ("Azerbaijani poet Ramiz Rovshan met the ambassador on Monday.", "Ramiz Rovshan", True),
        # a statesman honoured at his grave stays an actor
        (
            "Aliyev laid a wreath at the grave of national leader Heydar Aliyev.",
            "Heydar Aliyev",
            True,
        ),
        # a possessive that is no work
        ("Putin's remarks were welcomed in Baku.", "Vladimir Putin", True),
    ],
)
def test_authors_and_honoured_artists(text: str, person: str, kept: bool) -> None:
    """Authors of works and artists honoured at memorials are no actors; others stay."""
    assert kept == (person in _actors(text))


@pytest.mark.parametrize(
    ("text", "body", "kept"),
    [
        # where an anonymous source sits
        (
            "A source in the Azerbaijani government told OC Media on condition of anonymity.",
            "Government of Azerbaijan",
            False,
        ),
        # what is being formed
        (
            "The visit was put off until the formation of the new Russian government.",
            "Government of Russia",
            False,
        ),
        # the body acting elsewhere in the text stays
        (
            "The Azerbaijani government set up a commission. A source in the Azerbaijani "
            "government said it would report in May.",
            "Government of Azerbaijan",
            True,
        ),
    ],
)
def test_body_as_setting(text: str, body: str, kept: bool) -> None:
    """A body named only as an anonymous source's place or as being formed is no actor."""
    assert kept == (body in _actors(text))
