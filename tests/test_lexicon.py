"""The domain lexicon: bundled data integrity, dated office queries, errors, extension."""

from __future__ import annotations

import importlib.util
import re
import tomllib
import unicodedata
from datetime import date
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz import lexicon
from rusaz._lexicon import BUNDLED_FILES, _date, _Where
from rusaz._model import Role
from rusaz.exceptions import LexiconError
from rusaz.lexicon import (
    CountryEntry,
    Lexicon,
    OrganizationEntry,
    PersonEntry,
    PlaceEntry,
    default_lexicon,
    load_lexicon,
    normalize_name,
)

ROOT = Path(__file__).resolve().parent.parent
LEX = default_lexicon()


def _raw(name: str) -> dict[str, Any]:
    text = (resources.files("rusaz") / "data" / name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return []


def _entries() -> list[PersonEntry | OrganizationEntry | CountryEntry | PlaceEntry]:
    return [*LEX.persons, *LEX.organizations, *LEX.countries, *LEX.places]


# --- generated table -------------------------------------------------------------------------


def _gen_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_countries", ROOT / "scripts" / "gen_countries.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_countries_table_is_regenerated() -> None:
    """countries.toml is exactly what scripts/gen_countries.py makes from pycountry + overlay."""
    pytest.importorskip("pycountry")
    committed = (resources.files("rusaz") / "data" / "countries.toml").read_text(encoding="utf-8")
    regenerated = _gen_module().render()
    assert regenerated == committed, "countries.toml is stale: run scripts/gen_countries.py"


# --- integrity --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*BUNDLED_FILES, "countries_overlay.toml"])
def test_file_is_headed_by_its_sources(name: str) -> None:
    """Every data file opens with a comment that names its sources."""
    text = (resources.files("rusaz") / "data" / name).read_text(encoding="utf-8")
    head = text.split("\n\n", 1)[0]
    assert head.startswith("# ")
    assert "Source" in head


@pytest.mark.parametrize("name", [*BUNDLED_FILES, "countries_overlay.toml"])
def test_text_is_nfc_without_stray_white_space(name: str) -> None:
    """Every string in the data is NFC and has no leading, trailing or doubled spaces."""
    bad = [
        s
        for s in _strings(_raw(name))
        if unicodedata.normalize("NFC", s) != s or s != s.strip() or "  " in s
    ]
    assert [] == bad


def test_ids_are_unique_across_files() -> None:
    """No id appears twice in the bundled files."""
    ids = [
        entry["id"]
        for name in BUNDLED_FILES
        for table in _raw(name).values()
        for entry in table
        if "id" in entry
    ]
    assert [] == sorted({i for i in ids if ids.count(i) > 1})


def test_country_codes_are_known() -> None:
    """Every country code of a person, role, organization or place is in countries.toml."""
    codes = {c.code for c in LEX.countries}
    used = [e.country for e in _entries() if not isinstance(e, CountryEntry) and e.country]
    used += [r.country for p in LEX.persons for r in p.roles if r.country]
    assert set() == set(used) - codes


def test_countries_are_sorted_with_unique_codes() -> None:
    """The generated country table is sorted by id and has one entry per code."""
    ids = [c.id for c in LEX.countries]
    codes = [c.code for c in LEX.countries]
    assert sorted(ids) == ids
    assert len(set(codes)) == len(codes)


def test_capitals_are_places() -> None:
    """A country's capital is a place id of places.toml."""
    places = {p.id for p in LEX.places}
    assert set() == {c.capital for c in LEX.countries if c.capital} - places


def test_role_dates_are_ordered() -> None:
    """Every role starts on or before it ends."""
    bad = [
        (p.id, r.title)
        for p in LEX.persons
        for r in p.roles
        if r.start and r.end and r.start > r.end
    ]
    assert [] == bad


def test_shared_person_names_are_marked_ambiguous() -> None:
    """A name two persons share is listed under ``ambiguous`` by each of them."""
    claims: dict[str, list[PersonEntry]] = {}
    for p in LEX.persons:
        for n in {normalize_name(x) for x in (p.name, *p.aliases)}:
            claims.setdefault(n, []).append(p)
    bad = [
        (n, p.id)
        for n, ps in claims.items()
        if len(ps) > 1
        for p in ps
        if n not in {normalize_name(a) for a in p.ambiguous}
    ]
    assert [] == bad


def test_no_entry_repeats_a_name() -> None:
    """No entry lists the same name twice (variants differing in case or accents stay:
    extractors matching text as written need them)."""
    bad = []
    for e in _entries():
        names = [e.name, *e.aliases]
        if len(set(names)) != len(names):
            bad.append(e.id)
    assert [] == bad


def test_role_titles_are_canonical() -> None:
    """Every role title is its own canonical office title (the naming scheme is kept)."""
    bad = sorted({r.title for p in LEX.persons for r in p.roles if LEX.office(r.title) != r.title})
    assert [] == bad


def test_places_have_coordinates_in_range() -> None:
    """Every place has WGS 84 coordinates and a known category."""
    categories = {"city", "region", "territory", "venue", "macro-region", "body-of-water", "route"}
    bad = [
        p.id
        for p in LEX.places
        if p.latitude is None
        or p.longitude is None
        or not -90 <= p.latitude <= 90
        or not -180 <= p.longitude <= 180
        or p.category not in categories
    ]
    assert [] == bad


def test_heads_of_state_have_no_gaps() -> None:
    """Russia and Azerbaijan have a president on every day since 1994."""
    for office in ("President of Russia", "President of Azerbaijan"):
        day = date(1994, 1, 1)
        while day < date(2026, 1, 1):
            assert LEX.who_held(office, day), (office, day)
            day = date.fromordinal(day.toordinal() + 30)


# --- queries ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("office", "on", "expected"),
    [
        ("President of Azerbaijan", date(2001, 1, 1), ("person:heydar-aliyev",)),
        ("President of Azerbaijan", date(2003, 10, 30), ("person:heydar-aliyev",)),
        (
            "President of Azerbaijan",
            date(2003, 10, 31),
            ("person:ilham-aliyev", "person:heydar-aliyev"),
        ),
        ("President of Azerbaijan", date(2003, 11, 1), ("person:ilham-aliyev",)),
        ("President of Russia", date(1995, 6, 1), ("person:boris-yeltsin",)),
        ("President of Russia", date(2008, 5, 6), ("person:vladimir-putin",)),
        ("President of Russia", date(2008, 5, 8), ("person:dmitry-medvedev",)),
        ("President of Russia", date(2012, 5, 8), ("person:vladimir-putin",)),
        ("Prime Minister of Russia", date(2010, 1, 1), ("person:vladimir-putin",)),
        ("Prime Minister of Russia", date(2013, 1, 1), ("person:dmitry-medvedev",)),
        ("Prime Minister of Russia", date(2021, 1, 1), ("person:mikhail-mishustin",)),
        ("Russian Foreign Minister", date(2000, 1, 1), ("person:igor-ivanov",)),
        ("Russian Foreign Minister", date(2010, 1, 1), ("person:sergey-lavrov",)),
        ("First Vice-President of Azerbaijan", date(2017, 2, 20), ()),
        ("First Vice-President of Azerbaijan", date(2017, 2, 21), ("person:mehriban-aliyeva",)),
        ("Minister of Defence of Russia", date(2020, 1, 1), ("person:sergei-shoigu",)),
        ("Minister of Defence of Russia", date(2024, 6, 1), ("person:andrei-belousov",)),
        (
            "Secretary of the Security Council of Russia",
            date(2019, 1, 1),
            ("person:nikolai-patrushev",),
        ),
        ("Kremlin spokesman", date(2024, 4, 17), ("person:dmitry-peskov",)),
        ("Azerbaijani Foreign Minister", date(2019, 1, 1), ("person:elmar-mammadyarov",)),
        ("Azerbaijani Foreign Minister", date(2021, 1, 1), ("person:jeyhun-bayramov",)),
        (
            "Minister of Internal Affairs of Azerbaijan",
            date(2021, 1, 1),
            ("person:vilayat-eyvazov",),
        ),
        ("Armenian Prime Minister", date(2020, 11, 10), ("person:nikol-pashinyan",)),
        ("Speaker of the Milli Majlis", date(2021, 1, 1), ("person:sahiba-gafarova",)),
        ("Turkish President", date(2019, 1, 1), ("person:recep-tayyip-erdogan",)),
        ("President of Russia", date(1985, 1, 1), ()),
        ("Emperor of Mars", date(2020, 1, 1), ()),
    ],
)
def test_who_held(office: str, on: date, expected: tuple[str, ...]) -> None:
    """The holders of an office on a day, newest first on handover days."""
    assert expected == tuple(p.id for p in lexicon.who_held(office, on=on))


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("President of Russia", "President of Russia"),
        ("Russian President", "President of Russia"),
        ("russian president", "President of Russia"),
        ("President of the Russian Federation", "President of Russia"),
        ("Russia's President", "President of Russia"),
        ("Azeri President", "President of Azerbaijan"),
        ("President of the Republic of Azerbaijan", "President of Azerbaijan"),
        ("Russian Foreign Minister", "Minister of Foreign Affairs of Russia"),
        ("Foreign Minister of Azerbaijan", "Minister of Foreign Affairs of Azerbaijan"),
        ("Russian Defense Minister", "Minister of Defence of Russia"),
        ("Russian Interior Minister", "Minister of Internal Affairs of Russia"),
        ("Russian presidential spokesman", "Press Secretary of the President of Russia"),
        ("Russian Ambassador to Azerbaijan", "Ambassador of Russia to Azerbaijan"),
        ("Azerbaijani Ambassador to the Russian Federation", "Ambassador of Azerbaijan to Russia"),
        ("State Duma Speaker", "Speaker of the State Duma"),
        ("Chairwoman of the Milli Majlis", "Speaker of the Milli Majlis"),
        ("Azerbaijani First Vice President", "First Vice-President of Azerbaijan"),
        ("US Secretary of State", "Secretary of State of the United States"),
        ("Emperor of Mars", None),
    ],
)
def test_office_variants(variant: str, canonical: str | None) -> None:
    """Office variants (demonym, formal country name, case) resolve to the canonical title."""
    assert canonical == lexicon.office(variant)


def test_roles_of() -> None:
    """Roles of a person by id or name, filtered by day; ambiguous or unknown names give none."""
    titles = {r.title for r in lexicon.roles_of("Ilham Aliyev", on=date(2003, 9, 1))}
    assert {"First Vice-President of SOCAR", "Prime Minister of Azerbaijan"} == titles
    assert ("President of Russia",) == tuple(
        r.title for r in lexicon.roles_of("person:vladimir-putin", on=date(2020, 1, 1))
    )
    assert lexicon.roles_of("Lavrov") == LEX.roles_of("person:sergey-lavrov")
    assert () == lexicon.roles_of("Aliyev")
    assert () == lexicon.roles_of("Nobody Inparticular")


def test_role_countries() -> None:
    """Roles take their state from the office table, international offices none."""
    bordyuzha = {r.title: r.country for r in LEX.roles_of("person:nikolai-bordyuzha")}
    assert "RU" == bordyuzha["Secretary of the Security Council of Russia"]
    assert None is bordyuzha["Secretary General of the CSTO"]


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Aliyev", {"person:heydar-aliyev", "person:ilham-aliyev"}),
        ("Aliyev's", {"person:heydar-aliyev", "person:ilham-aliyev"}),
        ("Putin’s", {"person:vladimir-putin"}),
        ("Əliyev", {"person:heydar-aliyev", "person:ilham-aliyev"}),
        ("Ilham Heydarovich Aliyev", {"person:ilham-aliyev"}),
        ("Vladimir Vladimirovich Putin", {"person:vladimir-putin"}),
        ("ERDOGAN", {"person:recep-tayyip-erdogan"}),
        ("Mammedyarov", {"person:elmar-mammadyarov"}),
        ("Pashinian", {"person:nikol-pashinyan"}),
        ("Türkiye", {"country:turkey"}),
        ("Republic of Azerbaijan", {"country:azerbaijan"}),
        ("USSR", {"country:soviet-union"}),
        ("MIA of Russia", {"org:ru-mia"}),
        ("CSTO", {"org:csto"}),
        ("Stepanakert", {"place:khankendi"}),
        ("Shushi", {"place:shusha"}),
        ("the Kremlin", {"place:kremlin"}),
        ("St Petersburg", {"place:saint-petersburg"}),
        ("Nobody Inparticular", set()),
    ],
)
def test_lookup(alias: str, expected: set[str]) -> None:
    """Aliases, transliterations, formal names and abbreviations find their entries."""
    assert expected == {e.id for e in lexicon.lookup(alias)}


def test_demonyms_and_countries() -> None:
    """Demonyms, codes and names find their country."""
    assert "AZ" == LEX.country_of_demonym("Azeri").code  # type: ignore[union-attr]
    assert "country:russia" == LEX.country("RU").id  # type: ignore[union-attr]
    assert "RU" == LEX.country("Russian Federation").code  # type: ignore[union-attr]
    assert None is LEX.country_of_demonym("Martian")


# --- malformed files ----------------------------------------------------------------------------

_PERSON = '[[person]]\nid = "person:test-person"\nname = "Test Person"\n'


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        ('[[person]]\nid = "person:x"\nname = 5\n', ["person:x", "'name'", "must be a string"]),
        ('[[person]]\nid = "person:x"\n', ["person:x", "'name'", "missing"]),
        ('[[person]]\nname = "X"\n', ["'id'", "missing"]),
        ('[[person]]\nid = "Person X"\nname = "X"\n', ["'id'", "person:"]),
        (_PERSON + 'country = "Russia"\n', ["person:test-person", "'country'", "alpha-2"]),
        (
            _PERSON + 'roles = [{ title = "President of Testland", start = "2003-13-01" }]\n',
            ["person:test-person", "'roles[0].start'"],
        ),
        (
            _PERSON + 'roles = [{ title = "President of Testland", start = 2005-01-01, '
            "end = 2003-01-01 }]\n",
            ["person:test-person", "'roles[0].start'", "after it ends"],
        ),
        (
            _PERSON + "roles = [{ start = 2005-01-01 }]\n",
            ["person:test-person", "'roles[0].title'", "missing"],
        ),
        (_PERSON + 'roles = [{ title = "X", since = 2005 }]\n', ["'roles[0].since'", "unknown"]),
        (_PERSON + "aliases = [1]\n", ["person:test-person", "'aliases[0]'"]),
        (_PERSON + 'aliases = "Person"\n', ["person:test-person", "'aliases'", "list"]),
        (
            _PERSON + 'aliases = [" Person"]\n',
            ["person:test-person", "'aliases[0]'", "white space"],
        ),
        (_PERSON + 'ambiguous = ["Other"]\n', ["person:test-person", "'ambiguous[0]'"]),
        (_PERSON + 'title = "Dr"\n', ["person:test-person", "'title'", "unknown field"]),
        (_PERSON + _PERSON, ["person:test-person", "'id'", "duplicate"]),
        (
            _PERSON + 'aliases = ["Smith"]\n[[person]]\nid = "person:other"\nname = "Other"\n'
            'aliases = ["Smith"]\n',
            ["'aliases'", "smith", "ambiguous"],
        ),
        (
            '[[place]]\nid = "place:x"\nname = "X"\nlatitude = 123.0\n',
            ["place:x", "'latitude'"],
        ),
        ('[[country]]\nid = "country:x"\nname = "X"\n', ["country:x", "'code'", "missing"]),
        (
            '[[country]]\nid = "country:x"\nname = "X"\ncode = "XX"\ncapital = "Paris"\n',
            ["country:x", "'capital'"],
        ),
        ('[[office]]\ntitle = "X"\nstateless = "yes"\n', ["office 'X'", "'stateless'"]),
        ('[[organisation]]\nid = "org:x"\n', ["unknown table"]),
        ("[[person]\n", ["not valid TOML"]),
    ],
)
def test_malformed_file_names_entry_and_field(
    tmp_path: Path, text: str, needles: list[str]
) -> None:
    """A malformed lexicon file raises LexiconError naming the file, the entry and the field."""
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicon([path], include_default=False)
    message = str(info.value)
    assert [] == [n for n in ["bad.toml", *needles] if n not in message]


def test_missing_file_is_a_lexicon_error(tmp_path: Path) -> None:
    """A lexicon path that does not exist raises LexiconError naming it."""
    with pytest.raises(LexiconError, match=r"nope\.toml"):
        load_lexicon([tmp_path / "nope.toml"])


def test_shared_alias_with_bundled_person_must_be_marked(tmp_path: Path) -> None:
    """A user person claiming "Putin" without marking it ambiguous is refused."""
    path = tmp_path / "mine.toml"
    path.write_text(_PERSON + 'aliases = ["Putin"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="person:"):
        load_lexicon([path])


# --- extension and replacement ------------------------------------------------------------------


def test_user_file_extends_the_bundled_lexicon(tmp_path: Path) -> None:
    """A user's person and office join the bundled entries and answer queries."""
    path = tmp_path / "mine.toml"
    path.write_text(
        _PERSON
        + 'country = "AZ"\naliases = ["T. Person"]\n'
        'roles = [{ title = "Governor of Testland", start = 2019-04 }]\n'
        '[[office]]\ntitle = "Governor of Testland"\ncountry = "AZ"\n'
        'aliases = ["Testland Governor"]\n'.replace("2019-04", '"2019-04"'),
        encoding="utf-8",
    )
    lex = load_lexicon([path])
    assert ("person:test-person",) == tuple(
        p.id for p in lex.who_held("Testland Governor", date(2019, 4, 1))
    )
    assert () == lex.who_held("Testland Governor", date(2019, 3, 31))
    assert {"person:test-person"} == {e.id for e in lex.lookup("t. person")}
    assert lex.lookup("Putin")
    assert "AZ" == lex.roles_of("Test Person")[0].country


def test_user_entry_replaces_bundled_entry_with_same_id(tmp_path: Path) -> None:
    """An entry with a bundled id replaces the bundled entry."""
    path = tmp_path / "mine.toml"
    path.write_text(
        '[[place]]\nid = "place:baku"\nname = "Baku City"\ncountry = "AZ"\n', encoding="utf-8"
    )
    lex = load_lexicon([path])
    bakus = [p for p in lex.places if p.id == "place:baku"]
    assert ["Baku City"] == [p.name for p in bakus]
    assert () == tuple(e for e in lex.lookup("Bakı") if e.id == "place:baku")
    assert len(LEX.places) == len(lex.places)


def test_include_default_false_loads_only_user_files(tmp_path: Path) -> None:
    """Without the bundled data only the user's entries are there."""
    path = tmp_path / "mine.toml"
    path.write_text(_PERSON, encoding="utf-8")
    lex = load_lexicon([path], include_default=False)
    assert ["person:test-person"] == [p.id for p in lex.persons]
    assert () == lex.lookup("Putin")


def test_single_path_and_empty_lexicon(tmp_path: Path) -> None:
    """A single path may be passed bare; an empty Lexicon answers every query with nothing."""
    path = tmp_path / "mine.toml"
    path.write_text(_PERSON, encoding="utf-8")
    assert ["person:test-person"] == [
        p.id for p in load_lexicon(str(path), include_default=False).persons
    ]
    empty = Lexicon()
    assert () == empty.who_held("President of Russia", date(2020, 1, 1))
    assert () == empty.lookup("Putin")
    assert None is empty.office("President of Russia")


def test_default_lexicon_is_cached() -> None:
    """default_lexicon() returns one object, the one the module-level queries use."""
    assert default_lexicon() is default_lexicon()
    assert isinstance(default_lexicon(), Lexicon)


# --- properties ----------------------------------------------------------------------------------

_ALL_NAMES = sorted({(n, e.id) for e in _entries() for n in (e.name, *e.aliases)})


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@given(st.sampled_from(_ALL_NAMES), st.lists(st.booleans(), min_size=60, max_size=60))
def test_lookup_ignores_case(pair: tuple[str, str], flips: list[bool]) -> None:
    """Changing the case of any letters of a name still finds its entry."""
    name, entry_id = pair
    changed = "".join(
        (c.upper() if f else c.lower())
        for c, f in zip(name, flips + [False] * len(name), strict=False)
    )
    assert entry_id in {e.id for e in lexicon.lookup(changed)}


@given(
    st.sampled_from(_ALL_NAMES),
    st.sampled_from(["\u0301", "\u0308", "\u0306", "\u0327"]),
    st.data(),
)
def test_lookup_ignores_accents(pair: tuple[str, str], mark: str, data: st.DataObject) -> None:
    """Stripping accents from a name, or adding some, still finds its entry."""
    name, entry_id = pair
    assert entry_id in {e.id for e in lexicon.lookup(_strip_accents(name))}
    letters = [i for i, c in enumerate(name) if "a" <= c.lower() <= "z"]
    if letters:
        i = data.draw(st.sampled_from(letters))
        accented = unicodedata.normalize("NFC", name[: i + 1] + mark + name[i + 1 :])
        assert entry_id in {e.id for e in lexicon.lookup(accented)}


@given(st.text())
def test_normalize_name_is_idempotent(text: str) -> None:
    """Normalising a normalised name changes nothing."""
    once = normalize_name(text)
    assert once == normalize_name(once)


@given(st.integers(1900, 2100), st.integers(1, 12))
def test_partial_dates_cover_their_unit(year: int, month: int) -> None:
    """A partial date starts on the first and ends on the last day of its month or year."""
    where = _Where("f.toml", "person", "person:x")
    text = f"{year:04d}-{month:02d}"
    start = _date(text, "start", where, end=False)
    end = _date(text, "end", where, end=True)
    assert start is not None
    assert end is not None
    assert (year, month, 1) == (start.year, start.month, start.day)
    assert (year, month) == (end.year, end.month)
    assert end.month != date.fromordinal(end.toordinal() + 1).month
    assert date(year, 1, 1) == _date(str(year), "start", where, end=False)
    assert date(year, 12, 31) == _date(str(year), "end", where, end=True)


_HELD = [(p.id, r) for p in LEX.persons for r in p.roles if r.start is not None]


@given(st.sampled_from(_HELD), st.integers(0, 40_000))
def test_every_dated_role_answers_who_held(pair: tuple[str, Role], offset: int) -> None:
    """On any day of a dated role its holder is among who_held() for that title."""
    person_id, role = pair
    assert role.start is not None
    last = role.end or date(2026, 1, 1)
    day = date.fromordinal(min(role.start.toordinal() + offset, last.toordinal()))
    assert person_id in {p.id for p in LEX.who_held(role.title, day)}
    assert role in LEX.roles_of(person_id, on=day)


_TITLES = sorted({r.title for p in LEX.persons for r in p.roles} | {o.title for o in LEX.offices})


@given(st.sampled_from(_TITLES), st.lists(st.booleans(), min_size=120, max_size=120))
def test_office_titles_resolve_to_themselves(title: str, flips: list[bool]) -> None:
    """Every canonical office title, in any letter case, resolves to itself."""
    changed = "".join(c.upper() if f else c.lower() for c, f in zip(title, flips, strict=False))
    changed += title[len(flips) :]
    assert title == LEX.office(changed)


def test_public_module_all_is_sorted() -> None:
    """rusaz.lexicon exports a sorted __all__ whose names all exist."""
    assert sorted(lexicon.__all__) == lexicon.__all__
    assert [] == [n for n in lexicon.__all__ if not hasattr(lexicon, n)]
    assert re.match(r"^[A-Za-z_]+$", "".join(lexicon.__all__))
