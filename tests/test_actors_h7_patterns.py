"""Actors and places in further patterns of English news prose: bodies named as they were
called at the time, transliteration variants, naval ranks before a name, spellings written
before "district", outlets cited in the prose.

Every sentence here was written for these tests in the style of wire reports, official
readouts and digests; the bundled lexicon is used, so data and rules are tested together.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rusaz import Article, parse_text
from rusaz._lexicon import load_lexicon
from rusaz._model import ActorKind
from rusaz.exceptions import LexiconError


def _parse(text: str, published: date = date(2021, 4, 5)) -> Article:
    return parse_text(text, article_id="t", published=published)


def _actor_names(text: str, kind: ActorKind, published: date = date(2021, 4, 5)) -> set[str]:
    """The canonical names of the actors of one kind."""
    return {a.name for a in _parse(text, published).actors if a.kind is kind}


def _all_names(text: str, kind: ActorKind) -> set[str]:
    """Every name and alias of every actor of one kind."""
    return {n for a in _parse(text).actors if a.kind is kind for n in (a.name, *a.aliases)}


def _place_names(text: str) -> set[str]:
    return {n for p in _parse(text).places for n in (p.name, *p.aliases)}


# --- names of the time ---------------------------------------------------------------------------

_CSCE = (
    "President Heydar Aliyev said any force should be sent under the flag of the Conference "
    "on Security and Cooperation in Europe. The CSCE's Minsk Group has been sidelined by "
    "Russia's shuttle diplomacy."
)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (
            date(1994, 5, 17),
            {"Conference on Security and Co-operation in Europe", "CSCE Minsk Group"},
        ),
        (
            date(2010, 5, 17),
            {"Organization for Security and Co-operation in Europe", "OSCE Minsk Group"},
        ),
    ],
)
def test_renamed_body_is_named_as_it_was_called_at_the_time(
    published: date, expected: set[str]
) -> None:
    """A body renamed since (the CSCE, the OSCE from 1995) bears the name of the article's
    date; the text's own spelling stays an alias."""
    assert expected <= _actor_names(_CSCE, ActorKind.ORGANIZATION, published)


def test_former_name_is_matched_as_an_alias() -> None:
    """A former name in the lexicon is found in the text like any alias."""
    names = _all_names(
        "Moscow will seek the blessing of the CSCE for any deployment, Kozyrev said.",
        ActorKind.ORGANIZATION,
    )
    assert "CSCE" in names


@pytest.mark.parametrize(
    ("former", "needle"),
    [
        ('former = "CSCE"\n', "'former'"),
        ('former = [{ name = "CSCE" }]\n', "'former[0]'"),
        ('former = [{ name = " CSCE", until = 1994-12-31 }]\n', "'former[0].name'"),
        ('former = [{ name = "CSCE", until = "end" }]\n', "'former[0].until'"),
    ],
)
def test_malformed_former_name_names_the_field(tmp_path: Path, former: str, needle: str) -> None:
    """A malformed ``former`` table raises LexiconError naming the entry and the field."""
    path = tmp_path / "bad.toml"
    path.write_text('[[organization]]\nid = "org:x"\nname = "X"\n' + former, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicon([path], include_default=False)
    assert [] == [n for n in ("org:x", needle) if n not in str(info.value)]


def test_former_names_are_ordered_by_date(tmp_path: Path) -> None:
    """Of several former names, the one in use on the day is chosen."""
    path = tmp_path / "org.toml"
    path.write_text(
        '[[organization]]\nid = "org:x"\nname = "New Name"\n'
        'former = [{ name = "Middle Name", until = 2009-12-31 }, '
        '{ name = "Old Name", until = 1999-12-31 }]\n',
        encoding="utf-8",
    )
    (entry,) = load_lexicon([path], include_default=False).organizations
    got = [entry.name_on(d) for d in (date(1995, 1, 1), date(2005, 1, 1), date(2015, 1, 1), None)]
    assert ["Old Name", "Middle Name", "New Name", "New Name"] == got


# --- people --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian President Boris Yeltsin and Azerbaijani President Geidar Aliyev signed "
            "a treaty in the Kremlin on Thursday.",
            "Heydar Aliyev",
        ),
        (
            "Among those killed was Captain 1st Rank Ivan Kovgan, the deputy commander of "
            "the contingent.",
            "Ivan Kovgan",
        ),
        ("Captain Second Rank Oleg Petrov said the ship had left Baku on Monday.", "Oleg Petrov"),
    ],
)
def test_person_names(text: str, expected: str) -> None:
    """A Russian-style transliteration is the person the lexicon knows; a naval rank
    ("Captain 1st Rank") is a title, not part of the name."""
    assert expected in _actor_names(text, ActorKind.PERSON, date(1997, 7, 3))


# --- places --------------------------------------------------------------------------------------


def test_spelling_before_district_is_a_name_of_the_place() -> None:
    """ "the Kelbajar district": the spelling the text writes is a name of the place as well as
    the phrase with "district"."""
    names = _place_names(
        "Armenian forces control a swath of territory, including the Kelbajar district "
        "they seized in April 1993."
    )
    assert {"Kalbajar", "Kelbajar", "Kelbajar district"} <= names


# --- outlets cited in the prose ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guliyev told the Zerkalo news agency by telephone from Moscow.", "Zerkalo"),
        ("The presidents signed the agreement, Azerbaijani Lider TV reported.", "Lider TV"),
        (
            "According to the independent Ekspress newspaper, the talks ran late into the night.",
            "Ekspress",
        ),
        ("Kortal radio, citing a source in the ministry, reported the arrests.", "Kortal"),
        ("The minister told the Assa-Irada news agency that talks would continue.", "Assa-Irada"),
        ("The agreement was signed today, Azerbaijani ANS TV reported.", "ANS TV"),
    ],
)
def test_outlet_cited_in_prose(text: str, expected: str) -> None:
    """A capitalised name before an outlet noun, cited as a source ("told the ... news agency",
    "... TV reported"), is a news outlet named without the noun (but for "TV")."""
    assert expected in _actor_names(text, ActorKind.ORGANIZATION)


@pytest.mark.parametrize(
    "text",
    [
        "Russian television showed the two presidents shaking hands.",
        "The Russian news agency reported the talks on Monday.",
        "Moscow radio said the talks went well.",
        "Rovshan Zerkalo newspaper editors met the minister on Monday.",
    ],
)
def test_no_outlet_without_a_name_or_citation(text: str) -> None:
    """A demonym or a capital before an outlet noun, or a name not cited as a source, makes
    no outlet."""
    names = _actor_names(text, ActorKind.ORGANIZATION)
    assert set() == {n for n in names if "Russian" in n or "Moscow" in n or "Zerkalo" in n}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Caspian News Weekly is sent every Monday.", {"Caspian News"}),
        ("The Interfax Daily Digest is sent to subscribers.", {"Interfax"}),
    ],
)
def test_outlet_edition_is_not_a_body(text: str, expected: set[str]) -> None:
    """An outlet's name with "Weekly", "Daily" after it is its edition, not a unit of it."""
    assert expected == _actor_names(text, ActorKind.ORGANIZATION)


# --- seats of power ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The Kremlin's readout of the call said that Putin took note of the apology.",
            ActorKind.ORGANIZATION,
        ),
        ("The Kremlin's statement gave no details of the talks.", ActorKind.ORGANIZATION),
        (
            "The Kremlin hopes to present some progress at the Caspian summit.",
            ActorKind.ORGANIZATION,
        ),
        ("The Kremlin was irritated by Baku's refusal to join the union.", ActorKind.COUNTRY),
    ],
)
def test_seat_speaking_through_its_papers(text: str, kind: ActorKind) -> None:
    """The Kremlin speaking, also through its readout or statement, is the presidential office
    (an organization named "Kremlin"); acting otherwise it stands for Russia."""
    got = {
        a.kind
        for a in _parse(text).actors
        if any("Kremlin" == text[m.span.start : m.span.end] for m in a.mentions)
    }
    assert {kind} == got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "A visit to the Russian-built Mingechevir power station has been dropped.",
            "Mingechevir power station",
            "",
        ),
        (
            "Putin laid flowers at the Eternal Flame monument in Baku on Monday.",
            "Eternal Flame monument",
            "",
        ),
        (
            "The first gas from Shah Deniz reached Georgia via the South Caucasus Pipeline.",
            "South Caucasus Pipeline",
            "South Caucasus",
        ),
    ],
)
def test_named_facilities_are_places(text: str, expected: str, absent: str) -> None:
    """A power station of a known town, a monument named by capitalised words and a pipeline
    the lexicon knows are places; the region inside the pipeline's name is none."""
    names = {p.name for p in _parse(text).places}
    assert (True, False) == (expected in names, absent in names)


def test_monument_of_a_person_is_no_place_name() -> None:
    """ "the Heydar Aliyev monument" is not read as a place named by capitalised words."""
    names = {p.name for p in _parse("The Heydar Aliyev monument was unveiled in May.").places}
    assert set() == {n for n in names if "monument" in n}


# --- bodies named in lower case ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aliyev offered his apologies, according to the Azerbaijani presidential press "
            "service.",
            "Press service of the President of Azerbaijan",
        ),
        (
            "Ilham Aliyev had a phone conversation with Vladimir Putin, APA reports, citing "
            "the press service of the Azerbaijani President.",
            "Press service of the President of Azerbaijan",
        ),
        (
            "The Russian presidential press service said the call was held at the Azerbaijani "
            "side's initiative.",
            "Kremlin press service",
        ),
    ],
)
def test_press_service_named_in_lower_case(text: str, expected: str) -> None:
    """A president's press service described in lower case (with the capitalised title of
    the president) is that body, and the title inside it refers to no person."""
    article = _parse(text)
    names = {a.name for a in article.actors if a.kind is ActorKind.ORGANIZATION}
    roles = [
        text[m.span.start : m.span.end]
        for a in article.actors
        if a.kind is ActorKind.PERSON
        for m in a.mentions
        if "President" in text[m.span.start : m.span.end]
    ]
    assert (True, []) == (expected in names, roles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The forum will not be held this spring, a spokesperson for the Astrakhan regional "
            "government told reporters.",
            "Astrakhan regional government",
        ),
        (
            "The Baku city administration said several roads would be closed on Friday.",
            "Baku city administration",
        ),
        (
            "The government of the Astrakhan Region signed the agreement on Monday.",
            "Government of the Astrakhan Region",
        ),
    ],
)
def test_regional_body_named_with_its_place(text: str, expected: str) -> None:
    """A region's or city's own government named in lower case with the place, before or
    after it, is a body of its own; the place there is no location."""
    article = _parse(text)
    names = {a.name for a in article.actors if a.kind is ActorKind.ORGANIZATION}
    assert (True, ()) == (expected in names, article.places)


@pytest.mark.parametrize(
    "text",
    [
        "Kozyrev said Russia would not act alone.\n\nAP-NY-05-17-94 0941EDT\n",
        "Kozyrev said Russia would not act alone.\n\nAP-DC-11-02-95 1730EST\n",
    ],
)
def test_transmission_stamp_names_no_body(text: str) -> None:
    """A wire's trailing transmission stamp ("AP-NY-05-17-94 0941EDT") names no organization,
    neither the stamp nor the wire it opens with."""
    assert set() == _actor_names(text, ActorKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 104th Guards Airborne Division arrived in Pskov.", "104th Airborne Division"),
        ("The COP29 Organizing Committee met in Baku on Monday.", "COP29 Organizing Committee"),
    ],
)
def test_names_with_numbers_stay_names(text: str, expected: str) -> None:
    """Ordinals of units and letters fused with digits ("COP29") stay inside names."""
    assert expected in _actor_names(text, ActorKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Medvedev met Ilham Aliyev in Baku. Mr. Aliyev's office said at the time that "
            "Azerbaijan expected Russia to remain impartial.",
            date(2010, 9, 3),
            {"Presidential Administration of Azerbaijan"},
        ),
        (
            "Vladimir Putin's office said the call had taken place at Baku's request.",
            date(2021, 4, 5),
            {"Presidential Administration of Russia"},
        ),
        (
            # Ilham Aliyev held no presidency in 1999: his office is no state body
            "Ilham Aliyev met Russian officials. Mr. Aliyev's office said the talks were useful.",
            date(1999, 5, 1),
            set(),
        ),
    ],
)
def test_presidents_office_is_the_administration(
    text: str, published: date, expected: set[str]
) -> None:
    """ "Mr. Aliyev's office said": the office of a sitting president is the presidential
    administration; the office of someone holding no presidency that day is no body."""
    names = _actor_names(text, ActorKind.ORGANIZATION, published)
    assert expected == {n for n in names if "Administration" in n}


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        (
            "Gas supplies from Russia to Azerbaijan were halted from 1 January, officials said.",
            True,
            False,
        ),
        (
            "The sides discussed illegal deliveries of Russian weapons to Armenia.",
            True,
            False,
        ),
        ("The plant plans to export part of its trucks to Armenia next year.", False, True),
        ("The delegation flew to Armenia on Monday.", False, True),
    ],
)
def test_country_in_a_flow_of_goods_is_a_party(text: str, actor: bool, place: bool) -> None:
    """A country after "from"/"to" in a flow of goods ("gas supplies from Russia",
    "deliveries of weapons to Armenia") is a party to the trade; a market a verb sends goods
    to, or a destination of travel, stays a location."""
    article = _parse(text)
    country = "Russia" if "supplies from Russia" in text else "Armenia"
    got = (
        any(a.name == country for a in article.actors if a.kind is ActorKind.COUNTRY),
        any(p.name == country for p in article.places),
    )
    assert (actor, place) == got


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        (
            "Grachev hosted his Armenian counterpart for six hours of talks at the Defense "
            "Ministry on Monday.",
            True,
            False,
        ),
        (
            "Lavrov and Bayramov held talks at the Russian Foreign Ministry on Monday.",
            True,
            False,
        ),
        ("The Defense Ministry said the talks would continue on Tuesday.", False, True),
    ],
)
def test_ministry_hosting_talks_is_their_venue(text: str, place: bool, body: bool) -> None:
    """ "talks at the Defense Ministry": the ministry's building is the venue of the talks (a
    place); speaking, the ministry is a body."""
    article = _parse(text)
    got = (
        any("Ministry" in p.name for p in article.places),
        any("Ministry" in n for a in article.actors for n in (a.name, *a.aliases)),
    )
    assert (place, body) == got


def test_shorter_facility_name_is_the_same_facility() -> None:
    """ "Gabala radar" in a headline and "the Gabala radar station" in the text are one place."""
    text = (
        "Presidents sign Gabala radar lease\n\n"
        "The presidents signed an agreement on the Gabala radar station on Friday."
    )
    places = [p for p in _parse(text).places if "radar" in p.name]
    assert [("Gabala radar station", 2)] == [(p.name, len(p.mentions)) for p in places]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That is precisely why Ankara, too, will want a say in the corridor.", "Turkey"),
        ("Moscow, however, insists on keeping control of the route.", "Russia"),
    ],
)
def test_capital_acting_after_an_aside(text: str, expected: str) -> None:
    """A capital followed by an adverb set off by commas and a verb ("Ankara, too, will")
    stands for its state."""
    article = _parse(text)
    assert (True, ()) == (
        expected in {a.name for a in article.actors if a.kind is ActorKind.COUNTRY},
        article.places,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Moscow's gamble\n\nPublication: Eurasia Daily Monitor\nJanuary 14, 2021\n\n"
        "Putin met Aliyev in Moscow.",
        "Presidents meet\n\nPutin met Aliyev in Moscow.\n\n"
        "(Source: Assa-Irada news agency, Baku, in English 1220 gmt 25 Jan 02)",
    ],
)
def test_outlet_in_a_labelled_credit_line_is_no_actor(text: str) -> None:
    """An outlet after a credit label ("Publication:", "(Source:") is credited, not cited: no
    actor, and the place inside its name ("Eurasia") is no location."""
    article = _parse(text)
    got = (
        {a.name for a in article.actors if a.kind is ActorKind.ORGANIZATION},
        {p.name for p in article.places} - {"Moscow", "Baku"},
    )
    assert (set(), set()) == got


@pytest.mark.parametrize(
    ("text", "country", "actor"),
    [
        (
            "The cease-fire took effect under a protocol which lawmakers from Armenia and "
            "Azerbaijan agreed at talks on May 5.",
            "Armenia",
            True,
        ),
        ("We discussed the issue with our partners from the United States.", "United States", True),
        ("Refugees from Armenia arrived in the city on Monday.", "Armenia", False),
    ],
)
def test_people_from_a_country_make_it_a_party(text: str, country: str, actor: bool) -> None:
    """ "lawmakers from Armenia", "partners from the United States": people acting for a
    state make it a party (an actor); other people "from" a country leave it a location."""
    article = _parse(text)
    got = (
        any(a.name == country for a in article.actors if a.kind is ActorKind.COUNTRY),
        any(p.name == country for p in article.places),
    )
    assert (actor, not actor) == got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Less than 24 hours later, local Armenian authorities agreed to a ceasefire.",
            {"local Armenian authorities"},
        ),
        (
            "The Dagestani leadership, which had objected to the compromise in the spring, has "
            "dropped its objections.",
            {"Dagestani leadership"},
        ),
        ("The Chechen authorities denied the report on Friday.", {"Chechen authorities"}),
        ("The local authorities closed the road on Friday.", set()),
    ],
)
def test_local_and_regional_authorities_are_bodies(text: str, expected: set[str]) -> None:
    """Authorities of a local community ("local Armenian authorities") or of a region ("the
    Dagestani leadership") are bodies of their own; bare "local authorities" name none."""
    assert expected == _actor_names(text, ActorKind.ORGANIZATION)


def test_national_authorities_stay_the_state() -> None:
    """ "The Armenian authorities rejected the claim": the state acting, no body."""
    article = _parse("The Armenian authorities rejected the claim on Monday.")
    got = {(a.kind, a.name) for a in article.actors}
    assert {(ActorKind.COUNTRY, "Armenia")} == got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vafa Guluzade, Aliyev's foreign policy adviser, said the talks would go on.",
            "Vafa Guluzade",
        ),
        (
            "A Swedish diplomat who chairs the group, Jan Eliasson, is due in Moscow on May 24.",
            "Jan Eliasson",
        ),
    ],
)
def test_given_names_of_the_period(text: str, expected: str) -> None:
    """Given names of the 1990s diplomacy ("Vafa", "Jan") open a person's name."""
    assert expected in _actor_names(text, ActorKind.PERSON, date(1994, 5, 17))


def test_month_abbreviation_is_no_given_name() -> None:
    """ "Jan 25" in a source line is a date, not a person named Jan."""
    text = "Putin met Aliyev in Moscow.\n\n(Source: ANS TV, Baku, in Azeri 1500 gmt 25 Jan 02)"
    assert set() == {n for n in _actor_names(text, ActorKind.PERSON) if n.startswith("Jan")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AZAL said it would resume flights to Makhachkala and Mineralnye Vody from April 1.",
            {"Makhachkala", "Mineralnye Vody"},
        ),
        ("The delegation travelled on to Gubadly and Khudat on Friday.", {"Gubadly", "Khudat"}),
        ("Moscow had built a new Voronezh-type station near Armavir.", {"Armavir"}),
    ],
)
def test_towns_of_the_region(text: str, expected: set[str]) -> None:
    """Regional centres of Russia and districts of Azerbaijan are known places; a town naming
    a type of things ("a Voronezh-type station") is no location."""
    assert expected == {p.name for p in _parse(text).places}


def test_three_plus_three_platform() -> None:
    """The "3+3" regional platform is a body the lexicon knows, also by its short forms."""
    text = "Lavrov said the next meeting of the 3+3 platform would be held in Baku in May."
    assert {"3+3 regional consultative platform"} == _actor_names(text, ActorKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The talks took place in the Kremlin's Green Drawing Room.", {"Kremlin"}),
        (
            "Putin met Aliyev in the Kremlin's St. George Hall on Monday.",
            {"Kremlin", "St. George Hall"},
        ),
    ],
)
def test_seat_with_a_named_part_is_a_location(text: str, places: set[str]) -> None:
    """ "in the Kremlin's Green Drawing Room": a seat of power owning a named room is a
    location, not the state acting."""
    article = _parse(text)
    got = ({p.name for p in article.places}, {a.kind for a in article.actors} - {ActorKind.PERSON})
    assert (places, set()) == got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Human Rights Watch and Amnesty International urged the authorities to release "
            "the journalists.",
            {"Human Rights Watch", "Amnesty International"},
        ),
        (
            "The court upheld the sentences of journalists from Abzas Media on Tuesday.",
            {"Abzas Media"},
        ),
        (
            "Experts at the Baku-based Topchubashov Center said relations had reached a low point.",
            {"Topchubashov Center"},
        ),
        ("An amnesty was declared for some prisoners in May.", set()),
    ],
)
def test_groups_outlets_and_think_tanks(text: str, expected: set[str]) -> None:
    """Rights groups the lexicon knows, outlets named "<Name> Media", and a think tank whose
    experts speak (its seat "Baku-based" no part of its name) are organizations."""
    assert expected == _actor_names(text, ActorKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "places", "organizations"),
    [
        (
            "Thousands of protesters gathered in Yerevan's Republic Square on Wednesday.",
            {"Yerevan", "Republic Square"},
            set(),
        ),
        (
            "The UN Security Council will meet on Thursday at France's request.",
            set(),
            {"United Nations Security Council"},
        ),
        (
            "The wounded were taken to Armenia's Syunik province on Friday.",
            {"Armenia", "Syunik"},
            set(),
        ),
    ],
)
def test_squares_and_requests(text: str, places: set[str], organizations: set[str]) -> None:
    """A name ending in a venue word ("Republic Square") is a place even with an organization
    word inside; a country "at" whose request something happens asks, no location."""
    article = _parse(text)
    got = (
        {p.name for p in article.places},
        {a.name for a in article.actors if a.kind is ActorKind.ORGANIZATION},
    )
    assert (places, organizations) == got


def test_country_owning_a_request_is_an_actor() -> None:
    """ "at France's request": France is a country actor."""
    text = "The UN Security Council will meet on Thursday at France's request."
    assert {"France"} == _actor_names(text, ActorKind.COUNTRY)


def test_media_after_a_connector_is_no_outlet_head() -> None:
    """ "the Representative on Freedom of the Media": "Media" after "the" is a subject, so no
    body named "... Freedom of the Media" is made of it."""
    text = "The Representative on Freedom of the Media called for their release on Friday."
    assert set() == {n for n in _actor_names(text, ActorKind.ORGANIZATION) if "Media" in n}


@pytest.mark.parametrize(
    "text",
    [
        "The OSCE Representative on Freedom of the Media Jan Braathu called for their release.",
        "The OSCE Representative Jan Braathu called for their release on Friday.",
    ],
)
def test_person_after_a_bodys_title_is_no_part_of_it(text: str) -> None:
    """ "The OSCE Representative ... Jan Braathu": the person after the body's title is a
    person, and the body is the OSCE (with "The" before it as without)."""
    article = _parse(text)
    got = (
        {a.name for a in article.actors if a.kind is ActorKind.PERSON},
        {a.name for a in article.actors if a.kind is ActorKind.ORGANIZATION},
    )
    assert ({"Jan Braathu"}, {"Organization for Security and Co-operation in Europe"}) == got


@pytest.mark.parametrize(
    "text",
    [
        "The contract was signed by Chairman of the Management Committee of Gazprom Alexey "
        "Miller on Friday.",
        "Shahbazov met with Deputy Chairman of the Board of Gazprom Vitaly Markelov in Baku.",
    ],
)
def test_company_organ_in_a_title_names_the_company(text: str) -> None:
    """ "Chairman of the Management Committee of Gazprom": the company's organ inside a title
    is no body of its own; the company is named."""
    assert {"Gazprom"} == _actor_names(text, ActorKind.ORGANIZATION)


def test_acg_block_is_one_place() -> None:
    """ "the Azeri-Chirag-Gunashli block" is one place, not three fields."""
    text = "The Azeri-Chirag-Gunashli block remains the backbone of Azerbaijan's oil output."
    assert {"Azeri-Chirag-Gunashli"} == {p.name for p in _parse(text).places}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Tbilisi, for its part, has watched the quarrel closely.", "Georgia"),
        ('"The Kremlin is trying to punish Baku," the analyst said.', "Azerbaijan"),
    ],
)
def test_capital_acting_after_a_longer_aside_or_punished(text: str, country: str) -> None:
    """A capital before ", for its part," and a verb, or after "punish", stands for its
    state."""
    assert country in _actor_names(text, ActorKind.COUNTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The All-Russian Azerbaijani Congress was banned by the Supreme Court in 2020.",
            "All-Russian Azerbaijani Congress",
        ),
        ("Georgian Dream officials have avoided comment on the quarrel.", "Georgian Dream"),
    ],
)
def test_names_opening_with_all_and_parties(text: str, expected: str) -> None:
    """ "All-" opening a body's name stays in it; the ruling parties of the neighbours are
    known bodies."""
    assert expected in _actor_names(text, ActorKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan's embassy in Moscow is providing legal assistance to the detained.",
            {"Embassy of Azerbaijan in Russia"},
        ),
        (
            "The Russian embassy in Baku said it had received no official note.",
            {"Embassy of Russia in Azerbaijan"},
        ),
        (
            "The Azerbaijani Consulate General in Yekaterinburg is providing legal assistance.",
            {"Azerbaijani Consulate General in Yekaterinburg"},
        ),
    ],
)
def test_embassies_and_consulates(text: str, expected: set[str]) -> None:
    """The two states' embassies named with "embassy" in lower case are the lexicon's; a
    "Consulate General" keeps both words and its town."""
    assert expected == _actor_names(text, ActorKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ITAR-TASS WORLD SERVICE\n\nMOSCOW, July 3 -- Yeltsin and Aliyev signed a treaty.",
            set(),
        ),
        (
            "Interfax\n\nBAKU, May 2 - Aliyev met Lavrov, Interfax reported.",
            {"Interfax"},
        ),
    ],
)
def test_masthead_outlet_is_no_actor(text: str, expected: set[str]) -> None:
    """An outlet opening the text (its masthead) is no actor; cited in the prose it is."""
    assert expected == _actor_names(text, ActorKind.ORGANIZATION)


@pytest.mark.parametrize(
    "text",
    [
        "Sputnik Azerbaijan reported the news on Monday.",
        "Interfax: Russia and Azerbaijan agree on gas deal\n\nThe deal was signed on Monday.",
    ],
)
def test_outlet_opening_a_sentence_or_headline_is_cited(text: str) -> None:
    """An outlet opening a sentence or a headline ("Interfax: ...") is cited, not a masthead."""
    assert 1 == len(_actor_names(text, ActorKind.ORGANIZATION))
