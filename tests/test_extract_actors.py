"""Actor extraction: lexicon matches, recognition beyond the lexicon, resolution of mentions.

Every sentence here was written for these tests in the style of wire reports and official
readouts; the small lexicon below is built in the test so the rules are tested apart from
the bundled data.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz._extract.actors import find_actors
from rusaz._lexicon import CountryEntry, Lexicon, OrganizationEntry, PersonEntry, PlaceEntry
from rusaz._model import Actor, ActorKind, FuzzyDate, MentionKind, Role
from rusaz._text import Document


def _role(title: str, start: str, end: str | None = None) -> Role:
    return Role(
        title=title,
        start=date.fromisoformat(start),
        end=date.fromisoformat(end) if end else None,
    )


LEX = Lexicon(
    persons=(
        PersonEntry(
            id="person:vladimir-putin",
            name="Vladimir Putin",
            country="RU",
            aliases=("Putin",),
            roles=(_role("President of Russia", "2012-05-07"),),
        ),
        PersonEntry(
            id="person:ilham-aliyev",
            name="Ilham Aliyev",
            country="AZ",
            aliases=("Aliyev",),
            ambiguous=("Aliyev",),
            roles=(_role("President of Azerbaijan", "2003-10-31"),),
        ),
        PersonEntry(
            id="person:heydar-aliyev",
            name="Heydar Aliyev",
            country="AZ",
            aliases=("Aliyev",),
            ambiguous=("Aliyev",),
            roles=(_role("President of Azerbaijan", "1993-06-15", "2003-10-31"),),
        ),
        PersonEntry(
            id="person:mehriban-aliyeva",
            name="Mehriban Aliyeva",
            country="AZ",
            roles=(_role("First Vice-President of Azerbaijan", "2017-02-21"),),
        ),
        PersonEntry(
            id="person:sergey-lavrov",
            name="Sergey Lavrov",
            country="RU",
            aliases=("Lavrov",),
            roles=(_role("Minister of Foreign Affairs of Russia", "2004-03-09"),),
        ),
        PersonEntry(
            id="person:elmar-mammadyarov",
            name="Elmar Mammadyarov",
            country="AZ",
            roles=(_role("Minister of Foreign Affairs of Azerbaijan", "2004-04-02", "2020-07-16"),),
        ),
        PersonEntry(
            id="person:jeyhun-bayramov",
            name="Jeyhun Bayramov",
            country="AZ",
            roles=(_role("Minister of Foreign Affairs of Azerbaijan", "2020-07-16"),),
        ),
        PersonEntry(
            id="person:nikol-pashinyan",
            name="Nikol Pashinyan",
            country="AM",
            roles=(_role("Prime Minister of Armenia", "2018-05-08"),),
        ),
    ),
    organizations=(
        OrganizationEntry(
            id="organization:cis",
            name="Commonwealth of Independent States",
            abbreviations=("CIS",),
        ),
        OrganizationEntry(id="organization:state-duma", name="State Duma", country="RU"),
        OrganizationEntry(id="organization:tass", name="TASS", country="RU"),
    ),
    countries=(
        CountryEntry(
            id="country:russia",
            name="Russia",
            code="RU",
            aliases=("Russian Federation",),
            demonyms=("Russian",),
            capital="place:moscow",
        ),
        CountryEntry(
            id="country:azerbaijan",
            name="Azerbaijan",
            code="AZ",
            aliases=("Republic of Azerbaijan",),
            demonyms=("Azerbaijani",),
            capital="place:baku",
        ),
        CountryEntry(id="country:armenia", name="Armenia", code="AM", demonyms=("Armenian",)),
        CountryEntry(id="country:turkey", name="Turkey", code="TR", demonyms=("Turkish",)),
        CountryEntry(id="country:syria", name="Syria", code="SY", demonyms=("Syrian",)),
        CountryEntry(
            id="country:ussr", name="Soviet Union", code="SU", aliases=("USSR",), demonyms=()
        ),
    ),
    places=(
        PlaceEntry(id="place:moscow", name="Moscow", country="RU", latitude=55.75, longitude=37.62),
        PlaceEntry(id="place:baku", name="Baku", country="AZ", latitude=40.41, longitude=49.87),
        PlaceEntry(id="place:sochi", name="Sochi", country="RU", latitude=43.6, longitude=39.73),
        PlaceEntry(id="place:tatarstan", name="Tatarstan", country="RU", category="region"),
    ),
)

ON_2024 = FuzzyDate.parse("2024-04-22")


def actors_of(text: str, on: FuzzyDate | None = ON_2024) -> tuple[Actor, ...]:
    return find_actors(Document(text=text), LEX, on)


def by_name(actors: tuple[Actor, ...], name: str) -> Actor:
    matches = [a for a in actors if a.name == name]
    assert 1 == len(matches), f"{name!r} in {[a.name for a in actors]}"
    return matches[0]


def surfaces(actor: Actor, text: str, kind: MentionKind | None = None) -> list[str]:
    return [m.span.slice(text) for m in actor.mentions if kind is None or m.kind is kind]


# --- one row per phenomenon: (text, date, actor name, kind, surface, mention kind) -----------

FOUND = [
    # lexicon names, full and short, with curly apostrophes
    (
        "Vladimir Putin met the delegation on Tuesday.",
        ON_2024,
        "Vladimir Putin",
        ActorKind.PERSON,
        "Vladimir Putin",
        MentionKind.NAME,
    ),
    (
        "Lavrov told reporters the talks had been useful.",
        ON_2024,
        "Sergey Lavrov",
        ActorKind.PERSON,
        "Lavrov",
        MentionKind.NAME,
    ),
    (
        "The talks followed Putin\u2019s remarks on energy.",
        ON_2024,
        "Vladimir Putin",
        ActorKind.PERSON,
        "Putin",
        MentionKind.NAME,
    ),
    # persons beyond the lexicon: title, rank, apposition, known given name
    (
        "The fair was opened by Governor of Astrakhan Region Igor Babushkin.",
        ON_2024,
        "Igor Babushkin",
        ActorKind.PERSON,
        "Igor Babushkin",
        MentionKind.NAME,
    ),
    (
        "The delegation was led by Colonel General of Police Ivan Sidorenko.",
        ON_2024,
        "Ivan Sidorenko",
        ActorKind.PERSON,
        "Ivan Sidorenko",
        MentionKind.NAME,
    ),
    (
        "Anar Guliyev, head of the Baku Investment Agency, said the plan was ready.",
        ON_2024,
        "Anar Guliyev",
        ActorKind.PERSON,
        "Anar Guliyev",
        MentionKind.NAME,
    ),
    (
        "The meeting was also attended by Elnur Mammadli and other officials.",
        ON_2024,
        "Elnur Mammadli",
        ActorKind.PERSON,
        "Elnur Mammadli",
        MentionKind.NAME,
    ),
    (
        "Thomas de Waal, a senior fellow at a think tank, doubted it.",
        ON_2024,
        "Thomas de Waal",
        ActorKind.PERSON,
        "Thomas de Waal",
        MentionKind.NAME,
    ),
    # organizations by institutional patterns, definitions and abbreviations
    (
        "The Ministry of Emergency Situations of Azerbaijan sent rescuers.",
        ON_2024,
        "Ministry of Emergency Situations of Azerbaijan",
        ActorKind.ORGANIZATION,
        "Ministry of Emergency Situations of Azerbaijan",
        MentionKind.NAME,
    ),
    (
        "The State Migration Service (SMS) issued new rules. The SMS said they start in May.",
        ON_2024,
        "State Migration Service",
        ActorKind.ORGANIZATION,
        "SMS",
        MentionKind.NAME,
    ),
    (
        "A session of the Intergovernmental Commission on Economic Cooperation was held.",
        ON_2024,
        "Intergovernmental Commission on Economic Cooperation",
        ActorKind.ORGANIZATION,
        "Intergovernmental Commission on Economic Cooperation",
        MentionKind.NAME,
    ),
    (
        "The program was approved by the Government of the Russian Federation last year.",
        ON_2024,
        "Government of the Russian Federation",
        ActorKind.ORGANIZATION,
        "Government of the Russian Federation",
        MentionKind.NAME,
    ),
    (
        "The Syrian army launched an offensive.",
        ON_2024,
        "Syrian army",
        ActorKind.ORGANIZATION,
        "Syrian army",
        MentionKind.NAME,
    ),
    # short, patronymic and initial forms
    (
        "As Ilham Heydarovich Aliyev recalled, trade had grown.",
        ON_2024,
        "Ilham Aliyev",
        ActorKind.PERSON,
        "Ilham Heydarovich Aliyev",
        MentionKind.NAME,
    ),
    (
        "Anar Guliyev, head of the agency, spoke first.\n\n\u2013 Anar Rafikovich, what next?",
        ON_2024,
        "Anar Guliyev",
        ActorKind.PERSON,
        "Anar Rafikovich",
        MentionKind.NAME,
    ),
    (
        "Mehriban Aliyeva opened the exhibition. Later M. Aliyeva met the artists.",
        ON_2024,
        "Mehriban Aliyeva",
        ActorKind.PERSON,
        "M. Aliyeva",
        MentionKind.NAME,
    ),
    (
        "Mehriban Aliyeva opened the exhibition. The guests thanked Mehriban warmly.",
        ON_2024,
        "Mehriban Aliyeva",
        ActorKind.PERSON,
        "Mehriban",
        MentionKind.NAME,
    ),
    # role references resolved at the article's date
    (
        "The talks lasted three hours, the Russian leader said afterwards.",
        ON_2024,
        "Vladimir Putin",
        ActorKind.PERSON,
        "the Russian leader",
        MentionKind.ROLE,
    ),
    (
        "The visit was confirmed by the President of Russia on Monday.",
        ON_2024,
        "Vladimir Putin",
        ActorKind.PERSON,
        "the President of Russia",
        MentionKind.ROLE,
    ),
    (
        "The Azerbaijani foreign minister arrived in Moscow.",
        FuzzyDate.parse("2015-03"),
        "Elmar Mammadyarov",
        ActorKind.PERSON,
        "The Azerbaijani foreign minister",
        MentionKind.ROLE,
    ),
    (
        "The Azerbaijani foreign minister arrived in Moscow.",
        FuzzyDate.parse("2023-03"),
        "Jeyhun Bayramov",
        ActorKind.PERSON,
        "The Azerbaijani foreign minister",
        MentionKind.ROLE,
    ),
    (
        "Vladimir Putin received Ilham Aliyev. The Russian president and his Azerbaijani "
        "counterpart discussed transport.",
        ON_2024,
        "Ilham Aliyev",
        ActorKind.PERSON,
        "his Azerbaijani counterpart",
        MentionKind.ROLE,
    ),
    (
        "The talks in Baku were cut short. Azerbaijan's foreign minister left early.",
        FuzzyDate.parse("2023-05"),
        "Jeyhun Bayramov",
        ActorKind.PERSON,
        "Azerbaijan's foreign minister",
        MentionKind.ROLE,
    ),
    (
        "Vladimir Putin will host Nikol Pashinyan. The Armenian leader arrives on Monday.",
        ON_2024,
        "Nikol Pashinyan",
        ActorKind.PERSON,
        "The Armenian leader",
        MentionKind.ROLE,
    ),
    (
        "Ilham Aliyev opened the session. Then the head of state met the veterans.",
        ON_2024,
        "Ilham Aliyev",
        ActorKind.PERSON,
        "the head of state",
        MentionKind.ROLE,
    ),
    # capitals and seats for their states; the side of a state; bilateral compounds
    (
        "Moscow is concerned about the clashes.",
        ON_2024,
        "Russia",
        ActorKind.COUNTRY,
        "Moscow",
        MentionKind.METONYM,
    ),
    (
        "Baku claimed the village had been shelled.",
        ON_2024,
        "Azerbaijan",
        ActorKind.COUNTRY,
        "Baku",
        MentionKind.METONYM,
    ),
    (
        "Moscow's position on the corridor has not changed.",
        ON_2024,
        "Russia",
        ActorKind.COUNTRY,
        "Moscow",
        MentionKind.METONYM,
    ),
    (
        "The issue also worries Moscow.",
        ON_2024,
        "Russia",
        ActorKind.COUNTRY,
        "Moscow",
        MentionKind.METONYM,
    ),
    (
        "Moscow has tried to keep both Baku and Sochi guests happy.",
        ON_2024,
        "Azerbaijan",
        ActorKind.COUNTRY,
        "Baku",
        MentionKind.METONYM,
    ),
    (
        "The Russian side proposed a new schedule.",
        ON_2024,
        "Russia",
        ActorKind.COUNTRY,
        "Russian",
        MentionKind.METONYM,
    ),
    (
        "A joint Russian-Turkish center monitors the ceasefire.",
        ON_2024,
        "Turkey",
        ActorKind.COUNTRY,
        "Turkish",
        MentionKind.METONYM,
    ),
    (
        "Relations between Russia and Azerbaijan are strong.",
        ON_2024,
        "Azerbaijan",
        ActorKind.COUNTRY,
        "Azerbaijan",
        MentionKind.NAME,
    ),
    # a region acting as a party
    (
        "A commission on cooperation between Azerbaijan and Tatarstan met in Kazan.",
        ON_2024,
        "Tatarstan",
        ActorKind.ORGANIZATION,
        "Tatarstan",
        MentionKind.NAME,
    ),
]


@pytest.mark.parametrize(("text", "on", "name", "kind", "surface", "mkind"), FOUND)
def test_actor_found(
    text: str,
    on: FuzzyDate,
    name: str,
    kind: ActorKind,
    surface: str,
    mkind: MentionKind,
) -> None:
    """The actor is found, of the right kind, with a mention of that surface and kind."""
    actor = by_name(actors_of(text, on), name)
    assert kind == actor.kind
    assert surface in surfaces(actor, text, mkind)


NOT_ACTORS = [
    ("Markov said nothing about the deal.", "Markov"),  # lone sentence-initial word
    ("Russian companies invested in the region.", "Russia"),  # a demonym alone
    ("The talks were held in Moscow on Monday.", "Russia"),  # a capital as a location
    ("The war in Syria went on for years.", "Syria"),  # a country only as a location
    ("Natives of the former USSR countries joined them.", "Soviet Union"),  # classifier
    ("The statement was issued.\n\nBased on materials from TASS", "TASS"),  # credit line
    ("He reported to the Deputy Foreign Ministers of the region.", "Foreign Ministers"),
    ("Major General of the Internal Service Petr Popov attended.", "Internal Service"),
]


@pytest.mark.parametrize(("text", "name"), NOT_ACTORS)
def test_not_an_actor(text: str, name: str) -> None:
    """Words that do not act in the story yield no actor of that name."""
    assert [] == [a.name for a in actors_of(text) if a.name == name]


ROLES = [
    (
        "Russian Prime Minister Mikhail Mishustin visited Baku.",
        "Mikhail Mishustin",
        "Russian Prime Minister",
    ),
    (
        "The delegation was led by the Governor of St. Petersburg Alexander Beglov.",
        "Alexander Beglov",
        "Governor of St. Petersburg",
    ),
    (
        "Russian presidential spokesman Dmitry Peskov confirmed it.",
        "Dmitry Peskov",
        "Russian presidential spokesman",
    ),
    (
        "Dmitry Saveliev, head of the friendship group, commented on it.",
        "Dmitry Saveliev",
        "head of the friendship group",
    ),
    (
        "As you know, the national leader of Azerbaijan, Heydar Aliyev, oversaw it.",
        "Heydar Aliyev",
        "national leader of Azerbaijan",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), ROLES)
def test_roles_from_text(text: str, name: str, title: str) -> None:
    """The title the text gives a person is kept among the actor's roles."""
    actor = by_name(actors_of(text), name)
    assert title in [r.title for r in actor.roles]


SAME_SURNAME = [
    # named in the same sentence: that one
    ("Heydar Aliyev founded the party, and Aliyev led it for a decade.", "Heydar Aliyev"),
    # otherwise the office holder on the article's date
    (
        "The visit honoured Ilham Aliyev's father, national leader Heydar Aliyev. "
        "Later Putin and Aliyev held talks.",
        "Ilham Aliyev",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_SURNAME)
def test_bare_surname_shared(text: str, expected: str) -> None:
    """A bare surname shared by two persons goes to the right one."""
    found = actors_of(text)
    last = max(
        (
            (m.span.start, a.name)
            for a in found
            for m in a.mentions
            if m.span.slice(text) == "Aliyev"
        ),
    )
    assert expected == last[1]


def test_variants_of_one_organization_merge() -> None:
    """Word-order variants and a bare "Russian Ministry" are one organization."""
    text = (
        "The USSR Council of Ministers approved the plan. The Council of Ministers of the USSR "
        "met again. The Ministry of Internal Affairs of the Russian Federation and the "
        "Russian Ministry agreed."
    )
    found = actors_of(text)
    orgs = sorted(a.name for a in found if a.kind is ActorKind.ORGANIZATION)
    assert 2 == len(orgs)
    ministry = next(a for a in found if "Internal" in a.name)
    assert "Russian Ministry" in ministry.aliases


def test_lexicon_ids_and_aliases() -> None:
    """Lexicon actors keep the lexicon id; aliases are the other surface forms in the text."""
    text = "Vladimir Putin spoke first. Putin then left."
    putin = by_name(actors_of(text), "Vladimir Putin")
    assert "person:vladimir-putin" == putin.id
    assert "person:vladimir-putin" == putin.lexicon_id
    assert ("Putin",) == putin.aliases


def test_pattern_ids_are_slugs() -> None:
    """Actors beyond the lexicon get kind-prefixed slugs of their names."""
    text = "The Ministry of Emergency Situations of Azerbaijan sent rescuers."
    org = actors_of(text)[0]
    assert "organization:ministry-of-emergency-situations-of-azerbaijan" == org.id
    assert org.lexicon_id is None


def test_no_date_no_role_guess() -> None:
    """Without a date a role reference resolves only to an office holder the text names."""
    assert () == actors_of("The Russian leader said so.", None)
    text = "Vladimir Putin arrived. The Russian leader said so."
    putin = by_name(actors_of(text, None), "Vladimir Putin")
    assert ["The Russian leader"] == surfaces(putin, text, MentionKind.ROLE)


def test_empty_text() -> None:
    """An empty document has no actors."""
    assert () == actors_of("")


# --- properties -------------------------------------------------------------------------------

_WORDS = [
    "the",
    "talks",
    "were",
    "held",
    "on",
    "monday",
    "and",
    "they",
    "agreed",
    "to",
    "continue",
    "trade",
    "grew",
    "sharply",
    "officials",
    "said",
    "in",
    "a",
    "statement",
]
_filler = st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join)
_NAMES = [(p.name, p.id) for p in LEX.persons] + [
    ("Commonwealth of Independent States", "organization:cis"),
    ("State Duma", "organization:state-duma"),
]


@given(before=_filler, after=_filler, pick=st.sampled_from(_NAMES))
def test_alias_found_anywhere(before: str, after: str, pick: tuple[str, str]) -> None:
    """A lexicon name in arbitrary surrounding words is found with a mention at its span."""
    name, ident = pick
    prefix = ("It was reported that " + before + " ").replace("  ", " ")
    text = prefix + name + " " + after + "."
    actor = next(a for a in actors_of(text) if a.id == ident)
    assert (len(prefix), len(prefix) + len(name)) in [
        (m.span.start, m.span.end) for m in actor.mentions
    ]


_SENTENCES = [row[0] for row in FOUND] + [row[0] for row in ROLES]


@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=4))
def test_mentions_are_surface_forms(sentences: list[str]) -> None:
    """Every name mention's text is the actor's name or an alias; others are roles/metonyms."""
    text = " ".join(sentences)
    for actor in actors_of(text):
        for m in actor.mentions:
            if m.kind is MentionKind.NAME:
                assert m.span.slice(text) in actor.names
            else:
                assert m.kind in (MentionKind.ROLE, MentionKind.METONYM)
                assert m.rule


@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=4))
def test_ids_deterministic_and_unique(sentences: list[str]) -> None:
    """The same text gives the same actors with unique ids, every time."""
    text = " ".join(sentences)
    first = actors_of(text)
    assert first == find_actors(Document(text=text), LEX, ON_2024)
    assert len({a.id for a in first}) == len(first)


_PIECES = st.sampled_from(
    [
        "Putin",
        "Aliyev",
        "M.",
        "the Russian leader",
        "(SMS)",
        "Ministry of",
        "Council",
        ", head of the",
        "Moscow",
        "'s",
        "Baku",
        " ",
        ".",
        "\n\n",
        "Russian-Turkish",
        "Dmitry Ivanovich",
        "of the",
        "Governor",
        "and",
        "between",
        "\u2019s",
        "\u0259",
        "–",
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=25).map(" ".join))
def test_any_text_gives_valid_actors(text: str) -> None:
    """Any text yields actors whose mentions lie inside it, without errors."""
    for actor in actors_of(text):
        assert actor.mentions
        for m in actor.mentions:
            assert 0 <= m.span.start < m.span.end <= len(text)
