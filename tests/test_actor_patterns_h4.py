"""Actors and places in general patterns of English news prose: page furniture naming the
outlet, interviewer lines, summits that are no organizations, religious bodies and leaders,
short forms of hyphenated places, capitals acting for their state.

Every sentence here was written for these tests in the style of wire reports, official
readouts and interviews; the bundled lexicon is used, so data and rules are tested together.
"""

from __future__ import annotations

from datetime import date

import pytest

from rusaz import Article, parse_text
from rusaz._model import ActorKind


def _parse(text: str, published: date = date(2024, 5, 16)) -> Article:
    return parse_text(text, article_id="t", published=published)


def _actors(text: str, kind: ActorKind | None = None) -> list[str]:
    return sorted(a.name for a in _parse(text).actors if kind is None or a.kind is kind)


def _places(text: str) -> list[str]:
    return sorted(p.name for p in _parse(text).places)


def _names(text: str) -> set[str]:
    """Every name and alias of every actor."""
    return {n for a in _parse(text).actors for n in (a.name, *a.aliases)}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        pytest.param(
            "TASS / World / Politics & Diplomacy\n\n"
            "Lavrov and Bayramov hold talks in Moscow\n\n"
            "Russian Foreign Minister Sergei Lavrov met his Azerbaijani counterpart on Monday.",
            "TASS",
            id="breadcrumb-line",
        ),
        pytest.param(
            "Lavrov and Bayramov hold talks in Moscow\n\n"
            "Russian Foreign Minister Sergei Lavrov met his Azerbaijani counterpart on Monday.\n\n"
            "(c) TASS 2019",
            "TASS",
            id="copyright-line",
        ),
        pytest.param(
            "Bocharnikov on trade with Azerbaijan\n\n"
            "The ambassador spoke about the new rules.\n\n"
            "Interviewed by Leyla Mammadova\n\n"
            "Trade grew by a fifth, Mikhail Bocharnikov said.",
            "Leyla Mammadova",
            id="interviewer-line",
        ),
    ],
)
def test_page_furniture_names_no_actor(text: str, outlet: str) -> None:
    """A breadcrumb, copyright or interviewer line names no participant of the story."""
    assert outlet not in _names(text)


def test_outlet_cited_in_prose_is_actor() -> None:
    """ "Report informs" cites the outlet in the prose: it is an actor."""
    text = (
        "Freight on the corridor grew by a third in 2024, Report informs, citing "
        "Azerbaijan Railways."
    )
    assert "Report" in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Aliyev met on the sidelines of the fourth Caspian summit in Astrakhan.",
        "The sixth Caspian Summit is to be held in Ashgabat in 2022.",
    ],
)
def test_summit_is_no_organization(text: str) -> None:
    """A summit is a meeting (an event), not an organization."""
    assert [] == [n for n in _actors(text, ActorKind.ORGANIZATION) if "ummit" in n]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The government will continue to support the Russian Orthodox Church's eparchy "
            "in Baku, the president said.",
            "Russian Orthodox Church",
            id="church-possessive",
        ),
        pytest.param(
            "The delegation held meetings at the State Committee for Work with Religious "
            "Associations on Tuesday.",
            "State Committee for Work with Religious Associations",
            id="committee-for-work-with",
        ),
        pytest.param(
            "Yevgeny Primakov, head of the Federal Agency for the CIS, Compatriots Living "
            "Abroad and International Humanitarian Cooperation, arrived in Baku.",
            "Rossotrudnichestvo",
            id="agency-long-name-with-commas",
        ),
    ],
)
def test_named_body_is_organization(text: str, name: str) -> None:
    """Religious bodies, state committees and agencies with long official names are found
    whole, as organizations."""
    assert name in _actors(text, ActorKind.ORGANIZATION)
    assert name not in _places(text)


def test_long_agency_name_gives_no_person() -> None:
    """The words of an agency's long name ("Compatriots Living Abroad") are no person."""
    text = (
        "Yevgeny Primakov, head of the Federal Agency for the CIS, Compatriots Living Abroad "
        "and International Humanitarian Cooperation, arrived in Baku."
    )
    assert ["Yevgeny Primakov"] == _actors(text, ActorKind.PERSON)


def test_same_body_with_and_without_article_is_one() -> None:
    """ "of Moscow Patriarchate" in a headline and "of the Moscow Patriarchate" in the body
    name one department."""
    text = (
        "Aliyev received delegation led by Chairman of Department for External Church "
        "Relations of Moscow Patriarchate\n\n"
        "On May 16, President Ilham Aliyev received a delegation of the Department for "
        "External Church Relations of the Moscow Patriarchate."
    )
    orgs = [n for n in _actors(text, ActorKind.ORGANIZATION) if "Church Relations" in n]
    assert 1 == len(orgs)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Metropolitan Anthony conveyed the greetings of Patriarch Kirill of Moscow and All "
            "Russia to the head of state.",
            "Patriarch Kirill",
            id="patriarch",
        ),
        pytest.param(
            "Metropolitan Anthony of Volokolamsk said the delegation would visit Ganja.",
            "Metropolitan Anthony of Volokolamsk",
            id="metropolitan",
        ),
        pytest.param(
            "The delegation was received by Sheikh-ul-Islam Allahshukur Pashazade in Baku.",
            "Allahshukur Pashazade",
            id="hyphenated-title",
        ),
    ],
)
def test_religious_leaders(text: str, name: str) -> None:
    """Church and Muslim leaders are persons under the names the news uses, without the
    title's words."""
    assert name in _actors(text, ActorKind.PERSON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Putin, Aliyev discuss Karabakh\n\n"
            "The presidents discussed the situation around Nagorno-Karabakh in detail.",
            ["Nagorno-Karabakh"],
            id="short-form-in-headline",
        ),
        pytest.param(
            "Russian sappers have cleared more than 2,000 hectares of land in Karabakh.",
            ["Karabakh"],
            id="short-form-alone",
        ),
    ],
)
def test_short_form_of_hyphenated_place(text: str, expected: list[str]) -> None:
    """ "Karabakh" in a text that names "Nagorno-Karabakh" is the same place."""
    assert expected == [p for p in _places(text) if "Karabakh" in p]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "The talks took place in the Kremlin of Astrakhan before the plenary session.",
            "Astrakhan Kremlin",
            id="landmark-of-city",
        ),
        pytest.param(
            "The delegation will lay a wreath at the Alley of Honors tomorrow.",
            "Alley of Honors",
            id="memorial",
        ),
        pytest.param(
            "Russia will train Azerbaijani specialists at the Centre in Nakhabino.",
            "Nakhabino",
            id="small-town",
        ),
        pytest.param(
            "Transit cargo from Russia to Iran and further to the Gulf states grew.",
            "Gulf states",
            id="region",
        ),
    ],
)
def test_venues_towns_and_regions(text: str, place: str) -> None:
    """Landmarks, small towns and regions of the domain are places."""
    assert place in _places(text)


def test_kremlin_of_a_city_is_no_seat_of_power() -> None:
    """ "the Kremlin of Astrakhan" is a landmark, not the Kremlin standing for Russia."""
    assert "Kremlin" not in _places("The talks took place in the Kremlin of Astrakhan.")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Moscow is ready to offer more places. How many Azerbaijanis study in Russia?",
            id="capital-acts",
        ),
        pytest.param(
            "President Aliyev has demanded that Moscow admit guilt. Many migrants live in Russia.",
            id="subjunctive-after-demanded-that",
        ),
    ],
)
def test_state_acting_through_its_capital_is_no_place(text: str) -> None:
    """A state whose capital acts for it is an actor, not also a place."""
    art = _parse(text)
    assert "Russia" not in [p.name for p in art.places]
    assert "Moscow" not in [p.name for p in art.places]
    assert "Russia" in [a.name for a in art.actors]


@pytest.mark.parametrize(
    ("text", "place", "absent"),
    [
        pytest.param(
            "The frigate entered Baku port on Tuesday for a three-day visit.",
            "Baku port",
            "Baku",
            id="place-then-facility",
        ),
        pytest.param(
            "The cargo was unloaded in the port of Baku and sent on by rail.",
            "port of Baku",
            "Baku",
            id="facility-of-place",
        ),
        pytest.param(
            "Moscow leased the Gabala radar station from Baku until 2012.",
            "Gabala radar station",
            "Gabala",
            id="two-word-facility",
        ),
    ],
)
def test_facility_of_a_place_is_a_place(text: str, place: str, absent: str) -> None:
    """A port, radar station or river named by its place is one place of its own."""
    places = _places(text)
    assert place in places
    assert absent not in places


def test_plural_facilities_name_the_places() -> None:
    """ "the Yalama and Astara border stations" name the two towns."""
    places = _places("In December, 612,000 tons went through the Yalama and Astara stations.")
    assert {"Yalama", "Astara"} <= set(places)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On June 27, two brothers, Ziyaddin and Huseyn Safarov, died in custody.",
            ["Huseyn Safarov", "Ziyaddin Safarov"],
            id="brothers",
        ),
        pytest.param(
            "The deputies Ruslan and Aslan Guliyev signed the appeal.",
            ["Aslan Guliyev", "Ruslan Guliyev"],
            id="known-given-names",
        ),
        pytest.param(
            "On Monday, Lavrov and Sergei Shoigu arrived in Baku.",
            ["Sergei Shoigu", "Sergey Lavrov"],
            id="surname-before-and-stays-own",
        ),
    ],
)
def test_given_names_sharing_a_surname(text: str, expected: list[str]) -> None:
    """A lone given name joined by "and" to a full name shares its surname."""
    assert expected == _actors(text, ActorKind.PERSON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Aliyev, Duterte and King Abdullah II of Jordan took part in the session.",
            "King Abdullah II of Jordan",
            id="king-number-realm",
        ),
        pytest.param(
            "Queen Elizabeth II sent a message to the president.",
            "Queen Elizabeth II",
            id="queen-number",
        ),
    ],
)
def test_monarch_named_with_title(text: str, expected: str) -> None:
    """A monarch's name holds the title, the regnal number and the realm."""
    assert expected in _actors(text, ActorKind.PERSON)
    assert [] == [n for n in _actors(text, ActorKind.ORGANIZATION) if "II" in n]


@pytest.mark.parametrize(
    "text",
    [
        "The march went down King Street.",
        "The Shah Deniz field supplies gas to Europe.",
    ],
)
def test_title_word_in_other_names_is_no_monarch(text: str) -> None:
    """ "King Street", "Shah Deniz": a title word before a word that is no given name, with
    no number or realm, names no monarch."""
    assert [] == _actors(text, ActorKind.PERSON)


def test_unqualified_ministry_joins_the_qualified_one() -> None:
    """ "Foreign Ministry spokeswoman" after "the Russian Foreign Ministry" is that ministry."""
    text = (
        "On July 1, the Russian Foreign Ministry summoned the ambassador. Foreign Ministry "
        "spokeswoman Maria Zakharova said the deaths were being investigated."
    )
    assert ["Ministry of Foreign Affairs of Russia"] == _actors(text, ActorKind.ORGANIZATION)


def test_unqualified_ministry_stays_apart_when_two_could_be_meant() -> None:
    """With both states' foreign ministries named, a bare "Foreign Ministry" joins neither."""
    text = (
        "The Russian Foreign Ministry and the Azerbaijani Foreign Ministry held talks. "
        "The Foreign Ministry said nothing more."
    )
    assert "Foreign Ministry" in _actors(text, ActorKind.ORGANIZATION)


def test_unknown_body_with_and_without_article_is_one() -> None:
    """An unknown body written "of Caspian Studies" and "of the Caspian Studies" is one."""
    text = (
        "Director of Institute for Regional Security of Caspian States visits Baku\n\n"
        "The Institute for Regional Security of the Caspian States opened an office in Baku."
    )
    orgs = [n for n in _actors(text, ActorKind.ORGANIZATION) if "Regional Security" in n]
    assert 1 == len(orgs)


@pytest.mark.parametrize(
    "text",
    [
        "The head of state thanked Russia for the supply of Sputnik V vaccine.",
        "The Sputnik vaccine was registered in Azerbaijan in 2021.",
    ],
)
def test_product_named_after_a_body_is_no_mention(text: str) -> None:
    """ "the Sputnik V vaccine" names a product, not the news agency."""
    assert [] == [n for n in _actors(text, ActorKind.ORGANIZATION) if "Sputnik" in n]


def test_outlet_before_its_country_is_still_an_actor() -> None:
    """Without a product noun the outlet stays an actor ("Sputnik Azerbaijan reported")."""
    assert "Sputnik" in _actors("Sputnik Azerbaijan reported the news on Monday.")


def test_realm_of_a_monarch_is_no_actor() -> None:
    """ "King Abdullah II of Jordan": Jordan is part of his name, not a state acting."""
    text = "Aliyev, Duterte and King Abdullah II of Jordan took part in the session."
    assert "Jordan" not in _actors(text, ActorKind.COUNTRY)


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        pytest.param(
            "The Baku branch of Moscow State University, which opened in 2008, is popular.",
            "Baku branch of Moscow State University",
            "Lomonosov Moscow State University",
            id="lexicon-parent",
        ),
        pytest.param(
            "Students of the Ganja branch of the Azerbaijan State Pedagogical University met.",
            "Ganja branch of the Azerbaijan State Pedagogical University",
            "Azerbaijan State Pedagogical University",
            id="pattern-parent",
        ),
    ],
)
def test_branch_in_a_place_is_a_body(text: str, name: str, absent: str) -> None:
    """A branch of a body in a place is an organization of its own."""
    orgs = _actors(text, ActorKind.ORGANIZATION)
    assert name in orgs
    assert absent not in orgs


def test_body_named_as_its_building_is_also_a_place() -> None:
    """ "a meeting in the Russian House": the body acts elsewhere and its building is a
    place."""
    text = (
        "The Russian House organised the Olympiad. On Friday, we will hold a meeting with "
        "parents in the Russian House."
    )
    assert "Russian House" in _actors(text, ActorKind.ORGANIZATION)
    assert "Russian House" in _places(text)


def test_body_not_named_as_a_building_is_no_place() -> None:
    """A body whose name ends in "House" is no place when it only acts."""
    assert "Russian House" not in _places("The Russian House organised the Olympiad.")


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        pytest.param(
            "Gas talks in Baku\n\nThe sides met on Friday.\n\n"
            "Reporting by Nigar Huseynova; Additional reporting by Reuters in Moscow; Writing "
            "by Anna Petrova; Editing by Mark Hollings",
            "Nigar Huseynova",
            id="long-semicolon-credit-line",
        ),
        pytest.param(
            "Gas talks in Baku\n\nThe sides met on Friday.\n\n"
            "(Reporting by Reuters; Writing by Vladimir Sokolov; Editing by Mark Hollings)",
            "Vladimir Sokolov",
            id="credit-line-in-brackets",
        ),
        pytest.param(
            "Sputnik office searched\n\n"
            "Baku. Rauf Hasanli – APA. Police searched the office of the agency, APA reports.",
            "Rauf Hasanli",
            id="reporter-before-outlet-in-dateline",
        ),
    ],
)
def test_reporters_are_no_actors(text: str, reporter: str) -> None:
    """Reporters and editors in credit lines and datelines are no participants."""
    assert reporter not in _names(text)


def test_person_named_after_a_body_in_prose_is_kept() -> None:
    """A person after a dash in the prose, far from the line start, stays an actor."""
    text = (
        "The ceasefire held on Monday, said the minister of the interior of the republic, "
        "Rauf Hasanli - APA could not confirm it."
    )
    assert "Rauf Hasanli" in _names(text)


def test_body_stops_before_an_unknown_person() -> None:
    """ "Chief of General Staff of the Azerbaijani Armed Forces Najmaddin Sadigov": the body's
    name ends before the person's."""
    text = (
        "Chief of General Staff of the Azerbaijani Armed Forces Najmaddin Sadigov took part in "
        "the talks."
    )
    assert "Najmaddin Sadigov" in _actors(text, ActorKind.PERSON)
    assert [] == [n for n in _actors(text, ActorKind.ORGANIZATION) if "Sadigov" in n]


@pytest.mark.parametrize(
    "text",
    [
        "A detachment led by the missile ship Dagestan arrived in Baku on Monday.",
        "A detachment led by the Dagestan missile ship called at Baku on Monday.",
    ],
)
def test_ship_named_after_a_place_is_no_place(text: str) -> None:
    """ "the missile ship Dagestan" names a vessel, not the region."""
    assert "Dagestan" not in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "The route gives Russia access to the Indian Ocean.", "Indian Ocean", id="ocean"
        ),
        pytest.param(
            "Police in the Sverdlovsk region detained nine people.",
            "Sverdlovsk Region",
            id="oblast",
        ),
        pytest.param("The road to East Zangezur was reopened.", "East Zangezur", id="az-region"),
    ],
)
def test_more_places_of_the_domain(text: str, place: str) -> None:
    """Oceans, Russian regions and Azerbaijani economic regions of the domain are places."""
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The Russian Information and Cultural Centre in Baku hosted the exhibition.",
            "Russian Information and Cultural Centre in Baku",
            id="and-before-head",
        ),
        pytest.param(
            "The Azerbaijan State Academic Opera and Ballet Theatre opened its season.",
            "Azerbaijan State Academic Opera and Ballet Theatre",
            id="state-name-then-and",
        ),
        pytest.param(
            "The Caspian Sea Research Council on Monday presented a report.",
            "Caspian Sea Research Council",
            id="no-weekday-after-on",
        ),
    ],
)
def test_body_name_joined_by_and_before_its_head(text: str, name: str) -> None:
    """ "Opera and Ballet Theatre": words joined by "and" before the head are one name, and a
    weekday after "on" is no part of it."""
    assert name in _actors(text, ActorKind.ORGANIZATION)


def test_and_between_two_names_still_splits() -> None:
    """ "Azerbaijan and Russian Railways" names a state and a company, not one body."""
    art = _parse("Azerbaijan and Russian Railways signed a deal on Monday.")
    assert ["Azerbaijan", "Russian Railways"] == sorted(a.name for a in art.actors)


def test_sea_joined_to_a_country_is_no_party() -> None:
    """ "with the Persian Gulf and India": a sea is a place, never an acting party."""
    art = _parse("The corridor will connect Northern Europe with the Persian Gulf and India.")
    assert "Persian Gulf" in [p.name for p in art.places]
    assert "Persian Gulf" not in [a.name for a in art.actors]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("The International Army Games opened in Moscow.", "Army Games", id="games"),
        pytest.param(
            "The Chekhov International Theatre Festival was held in Moscow.",
            "Theatre",
            id="festival",
        ),
        pytest.param(
            "The next test comes in November, when Baku hosts the COP29 climate conference.",
            "COP29",
            id="conference",
        ),
    ],
)
def test_named_events_are_no_bodies_or_places(text: str, absent: str) -> None:
    """Games, festivals and conferences are events: neither organizations nor places."""
    art = _parse(text)
    names = [a.name for a in art.actors] + [p.name for p in art.places]
    assert [] == [n for n in names if absent in n]


def test_airliner_model_is_no_body() -> None:
    """ "the Azerbaijan Airlines Embraer passenger jet": the airline, not a body "Airlines
    Embraer"."""
    text = "The Azerbaijan Airlines Embraer passenger jet tried to land at Grozny airport."
    assert ["Azerbaijan Airlines"] == _actors(text, ActorKind.ORGANIZATION)


def test_region_government_in_lower_case_is_a_body() -> None:
    """ "the government of the Astrakhan Region" is the region's government; the region is no
    location there."""
    art = _parse(
        "The government of the Astrakhan Region and the Azerbaijan Caspian Shipping Company "
        "(ASCO) signed a memorandum on shipbuilding."
    )
    orgs = [a.name for a in art.actors if a.kind is ActorKind.ORGANIZATION]
    assert "Government of the Astrakhan Region" in orgs
    assert "Astrakhan Region" not in orgs
    assert "Astrakhan Region" not in [p.name for p in art.places]


def test_region_joined_to_a_body_acts_as_a_party() -> None:
    """ "Tatarstan and the Ministry of Economy of Azerbaijan concluded a roadmap": the region
    acts."""
    art = _parse(
        "Tatarstan and the Ministry of Economy of Azerbaijan concluded a roadmap on trade."
    )
    assert "Tatarstan" in [a.name for a in art.actors]
    assert "Tatarstan" not in [p.name for p in art.places]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The forum was not attended by the head of Dagestan, Sergei Melikov.", id="comma"
        ),
        pytest.param(
            "The session was attended by Rais of the Republic of Tatarstan Rustam Minnikhanov.",
            id="title-name",
        ),
    ],
)
def test_place_in_a_persons_title_is_no_location(text: str) -> None:
    """A region naming whose office a person holds is not a location of the story."""
    assert [] == _places(text)


def test_place_after_of_without_a_person_is_a_location() -> None:
    """ "the capital of Dagestan" with no person after it still names a location."""
    assert ["Dagestan"] == _places("Floods hit the south of Dagestan on Monday.")
