"""The domain lexicon: persons with dated offices, organizations, countries and places.

Package data lives in TOML files under ``rusaz/data/`` (persons, organizations, countries,
places, offices); users extend or replace it by passing their own files to
:func:`load_lexicon`. Every file is validated into frozen records; a malformed one raises
:class:`~rusaz.exceptions.LexiconError` naming the file, the entry and the field.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeAlias

import attrs

from rusaz._model import Role
from rusaz.exceptions import LexiconError

__all__ = [
    "CountryEntry",
    "Entry",
    "Lexicon",
    "OfficeEntry",
    "OfficeTemplate",
    "OrganizationEntry",
    "PersonEntry",
    "PlaceEntry",
    "default_lexicon",
    "load_lexicon",
    "normalize_name",
    "normalize_office",
]

# The bundled files, in load order (offices last: they refer to nothing, nothing to them).
BUNDLED_FILES = (
    "persons.toml",
    "organizations.toml",
    "countries.toml",
    "places.toml",
    "offices.toml",
)


@attrs.frozen(kw_only=True)
class PersonEntry:
    """A known person: canonical name, surface forms, affiliation and dated offices."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    roles: tuple[Role, ...] = ()
    ambiguous: tuple[str, ...] = ()  # aliases knowingly shared with another person


@attrs.frozen(kw_only=True)
class OrganizationEntry:
    """A known organization with its abbreviations, category and country."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    category: str = "organization"
    country: str | None = None
    # names the body bore until a renaming, with the last day of each ("CSCE Minsk Group" until
    # 1994-12-31): a text of that time is answered in its own name; each is also an alias
    former: tuple[tuple[str, date], ...] = ()

    def name_on(self, day: date | None) -> str:
        """The name in use on ``day`` (the present name when ``day`` is None)."""
        if day is not None:
            for old, until in sorted(self.former, key=lambda f: f[1]):
                if day <= until:
                    return old
        return self.name


@attrs.frozen(kw_only=True)
class CountryEntry:
    """A country: ISO code, short and formal names, demonyms and capital."""

    id: str
    name: str
    code: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None


@attrs.frozen(kw_only=True)
class PlaceEntry:
    """A city, region, territory or venue with its country and coordinates."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    category: str = "city"


@attrs.frozen(kw_only=True)
class OfficeEntry:
    """A canonical office title, the state it belongs to and the variants prose uses."""

    title: str
    country: str | None = None
    stateless: bool = False  # an office of an international body or unrecognised entity
    aliases: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class OfficeTemplate:
    """A title shape ("President of {country}") and the variants every match gets."""

    pattern: str
    variants: tuple[str, ...] = ()


Entry: TypeAlias = PersonEntry | OrganizationEntry | CountryEntry | PlaceEntry


# --- normalisation ----------------------------------------------------------------------------

# Letters that Unicode does not decompose but transliteration maps to plain Latin letters
# (Azerbaijani schwa and dotless i, a few European letters).
_FOLD = str.maketrans(
    {"ə": "a", "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "æ": "ae", "œ": "oe"}
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-"})
_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")
_THE = re.compile(r"\bthe\b")
_POSSESSIVE = re.compile(r"'s\b")


def _fold(text: str) -> str:
    if text.isascii():
        return text.casefold()  # what the steps below give for ASCII, without them
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.translate(_FOLD)


@lru_cache(maxsize=1 << 16)
def normalize_name(text: str) -> str:
    """The key under which :meth:`Lexicon.lookup` files a name.

    Case-folded, accents stripped (NFKD), "ə" read as "a", quotes and dashes unified, a
    possessive "'s" and full stops dropped ("U.S." = "US"), white space collapsed and a
    leading "the" dropped.
    """
    text = _POSSESSIVE.sub("", _fold(text).translate(_QUOTES)).replace(".", " ")
    text = _SPACE.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


@lru_cache(maxsize=1 << 16)
def normalize_office(text: str) -> str:
    """The key of an office title: like :func:`normalize_name`, ignoring "the", "'s" and
    punctuation ("Russia's President" = "Russia President")."""
    text = _fold(text).translate(_QUOTES).replace("'s ", " ").replace(".", "")
    text = _NON_WORD.sub(" ", text)
    text = _THE.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


# --- the lexicon --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Lexicon:
    """All entries of one loaded lexicon, with its name and office indexes."""

    persons: tuple[PersonEntry, ...] = ()
    organizations: tuple[OrganizationEntry, ...] = ()
    countries: tuple[CountryEntry, ...] = ()
    places: tuple[PlaceEntry, ...] = ()
    offices: tuple[OfficeEntry, ...] = ()
    templates: tuple[OfficeTemplate, ...] = ()
    _by_id: dict[str, Entry] = attrs.field(init=False, repr=False, eq=False)
    _names: dict[str, tuple[Entry, ...]] = attrs.field(init=False, repr=False, eq=False)
    _office_keys: dict[str, str] = attrs.field(init=False, repr=False, eq=False)
    _office_country: dict[str, str | None] = attrs.field(init=False, repr=False, eq=False)
    _holders: dict[str, tuple[tuple[Role, PersonEntry], ...]] = attrs.field(
        init=False, repr=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        by_id: dict[str, Entry] = {}
        names: dict[str, list[Entry]] = {}
        entries: Iterable[Entry] = itertools.chain(
            self.persons, self.organizations, self.countries, self.places
        )
        for entry in entries:
            by_id[entry.id] = entry
            for name in _names_of(entry):
                bucket = names.setdefault(normalize_name(name), [])
                if entry not in bucket:
                    bucket.append(entry)
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_names", {k: tuple(v) for k, v in names.items()})
        keys, countries = _office_index(self)
        object.__setattr__(self, "_office_keys", keys)
        object.__setattr__(self, "_office_country", countries)
        holders: dict[str, list[tuple[Role, PersonEntry]]] = {}
        for person in self.persons:
            for role in person.roles:
                holders.setdefault(normalize_office(role.title), []).append((role, person))
        object.__setattr__(self, "_holders", {k: tuple(v) for k, v in holders.items()})

    # --- names ---

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        return self._by_id.get(entry_id)

    def lookup(self, alias: str) -> tuple[Entry, ...]:
        """Entries one of whose names is ``alias`` (case- and accent-insensitive).

        Names are canonical names, aliases and abbreviations (not demonyms: see
        :meth:`country_of_demonym`). A shared alias ("Aliyev") returns every claimant.
        """
        return self._names.get(normalize_name(alias), ())

    def country(self, key: str) -> CountryEntry | None:
        """The country with this ISO code, id or name (case-insensitive), or None."""
        for country in self.countries:
            if key in (country.code, country.id):
                return country
        for entry in self.lookup(key):
            if isinstance(entry, CountryEntry):
                return entry
        return None

    def country_of_demonym(self, word: str) -> CountryEntry | None:
        """The country whose demonym is ``word`` ("Azeri" -> Azerbaijan), or None."""
        key = normalize_name(word)
        for country in self.countries:
            if any(normalize_name(d) == key for d in country.demonyms):
                return country
        return None

    def person(self, key: str) -> PersonEntry | None:
        """The person with this id or name; among several, the one whose canonical name it is."""
        entry = self._by_id.get(key)
        if isinstance(entry, PersonEntry):
            return entry
        found = [e for e in self.lookup(key) if isinstance(e, PersonEntry)]
        if len(found) == 1:
            return found[0]
        exact = [e for e in found if normalize_name(e.name) == normalize_name(key)]
        return exact[0] if len(exact) == 1 else None

    # --- offices ---

    def office(self, title: str) -> str | None:
        """The canonical title of an office given in any known form, or None.

        ``office("Russian President")`` and ``office("President of the Russian Federation")``
        are both ``"President of Russia"``.
        """
        return self._office_keys.get(normalize_office(title))

    def office_country(self, title: str) -> str | None:
        """The ISO code of the state an office (any known form) belongs to, or None."""
        canonical = self.office(title)
        return None if canonical is None else self._office_country.get(canonical)

    def office_variants(self) -> Mapping[str, str]:
        """Every known office form (normalised with :func:`normalize_office`) -> canonical."""
        return self._office_keys

    def who_held(self, office: str, on: date) -> tuple[PersonEntry, ...]:
        """Persons holding ``office`` on a day, latest appointed first.

        ``office`` is a canonical title ("President of Azerbaijan") or any known variant
        ("Azerbaijani President"). On a handover day both holders are returned.
        """
        canonical = self.office(office)
        key = normalize_office(canonical if canonical is not None else office)
        held = [(r, p) for r, p in self._holders.get(key, ()) if r.held_on(on)]
        held.sort(key=lambda rp: rp[0].start or date.min, reverse=True)
        out: list[PersonEntry] = []
        for _, person in held:
            if person not in out:
                out.append(person)
        return tuple(out)

    def roles_of(self, person: str, on: date | None = None) -> tuple[Role, ...]:
        """Roles of a person (id or unambiguous name), only those held on ``on`` when given.

        An unknown or ambiguous name gives no roles; use the person's id to be sure.
        """
        entry = self.person(person)
        if entry is None:
            return ()
        return tuple(r for r in entry.roles if on is None or r.held_on(on))


def _names_of(entry: Entry) -> Iterator[str]:
    yield entry.name
    yield from entry.aliases
    if isinstance(entry, OrganizationEntry):
        yield from entry.abbreviations


_PLACEHOLDER = re.compile(r"\{(country2?|demonym2?|office)\}")


def _template_regex(pattern: str) -> re.Pattern[str]:
    parts: list[str] = []
    last = 0
    for m in _PLACEHOLDER.finditer(pattern):
        parts.append(re.escape(pattern[last : m.start()]))
        name = m.group(1)
        parts.append(f"(?P<{name}>.+?)" if name == "office" else f"(?P<{name}>.+)")
        last = m.end()
    parts.append(re.escape(pattern[last:]))
    return re.compile("^" + "".join(parts) + "$", re.IGNORECASE)


def _expand(variant: str, values: Mapping[str, tuple[str, ...]]) -> Iterator[str]:
    names = [m.group(1) for m in _PLACEHOLDER.finditer(variant)]
    if any(n not in values for n in names):
        return
    for combo in itertools.product(*(values[n] for n in names)):
        text = variant
        for n, v in zip(names, combo, strict=True):
            text = text.replace("{" + n + "}", v, 1)
        yield text


def _office_index(lex: Lexicon) -> tuple[dict[str, str], dict[str, str | None]]:
    """Office forms -> canonical title, and canonical title -> country code."""
    country_names: dict[str, CountryEntry] = {}
    for c in lex.countries:
        for n in (c.name, *c.aliases):
            country_names.setdefault(normalize_office(n), c)
    titles: list[str] = [o.title for o in lex.offices]
    titles += [r.title for p in lex.persons for r in p.roles]
    titles = list(dict.fromkeys(titles))
    keys: dict[str, str] = {}
    countries: dict[str, str | None] = {}
    for title in titles:
        keys.setdefault(normalize_office(title), title)
    for office in lex.offices:
        countries[office.title] = None if office.stateless else office.country
        for alias in office.aliases:
            keys.setdefault(normalize_office(alias), office.title)
    regexes = [(_template_regex(t.pattern), t) for t in lex.templates]
    for title in titles:
        for regex, template in regexes:
            m = regex.match(title)
            if m is None:
                continue
            values: dict[str, tuple[str, ...]] = {}
            ok = True
            for group, text in m.groupdict().items():
                if group == "office":
                    values["office"] = (text,)
                    continue
                found = country_names.get(normalize_office(text))
                if found is None:
                    ok = False
                    break
                suffix = "2" if group.endswith("2") else ""
                values["country" + suffix] = (found.name, *found.aliases)
                if found.demonyms:
                    values["demonym" + suffix] = found.demonyms
                if not suffix:
                    countries.setdefault(title, found.code)
            if not ok:
                continue
            for variant in template.variants:
                for text in _expand(variant, values):
                    keys.setdefault(normalize_office(text), title)
    return keys, countries


# --- loading ------------------------------------------------------------------------------------

_ID_RE = re.compile(r"^[a-z]+:[a-z0-9][a-z0-9._-]*$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")

_TABLES = {
    "person": "person",
    "organization": "org",
    "country": "country",
    "place": "place",
    "office": None,
    "template": None,
}
_FIELDS = {
    "person": {"id", "name", "aliases", "ambiguous", "country", "roles"},
    "organization": {"id", "name", "aliases", "abbreviations", "category", "country", "former"},
    "country": {"id", "name", "code", "aliases", "demonyms", "capital"},
    "place": {"id", "name", "aliases", "country", "latitude", "longitude", "category"},
    "office": {"title", "country", "stateless", "aliases"},
    "template": {"pattern", "variants"},
}
_ROLE_FIELDS = {"title", "country", "organization", "start", "end"}


def _label(value: Any) -> str | None:
    """An entry's id or title for messages, when it is a string."""
    return value if isinstance(value, str) else None


class _Where:
    """Names the file and entry a problem sits in, for error messages."""

    def __init__(self, source: str, kind: str, key: str | None) -> None:
        self.source, self.kind, self.key = source, kind, key

    def error(self, field: str, problem: str) -> LexiconError:
        entry = f"{self.kind} {self.key!r}" if self.key else f"a {self.kind} entry"
        return LexiconError(f"{self.source}: {entry}, field {field!r}: {problem}")


def _string(raw: Mapping[str, Any], field: str, where: _Where, *, required: bool) -> str | None:
    value = raw.get(field)
    if value is None:
        if required:
            raise where.error(field, "missing")
        return None
    if not isinstance(value, str):
        raise where.error(field, f"must be a string, got {type(value).__name__}")
    if not value.strip():
        raise where.error(field, "must not be empty")
    if value != value.strip() or "  " in value:
        raise where.error(field, f"stray white space in {value!r}")
    return value


def _strings(raw: Mapping[str, Any], field: str, where: _Where) -> tuple[str, ...]:
    value = raw.get(field, [])
    if not isinstance(value, list):
        raise where.error(field, f"must be a list of strings, got {type(value).__name__}")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise where.error(f"{field}[{i}]", f"must be a non-empty string, got {item!r}")
        if item != item.strip() or "  " in item:
            raise where.error(f"{field}[{i}]", f"stray white space in {item!r}")
        out.append(item)
    return tuple(out)


def _country_code(raw: Mapping[str, Any], field: str, where: _Where) -> str | None:
    code = _string(raw, field, where, required=False)
    if code is not None and not _COUNTRY_RE.match(code):
        raise where.error(field, f"must be an ISO 3166-1 alpha-2 code like 'AZ', got {code!r}")
    return code


def _date(value: Any, field: str, where: _Where, *, end: bool) -> date | None:
    """A TOML date or an ISO string, possibly partial ("2019-04", "1995")."""
    if value is None:
        return None
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str):
        m = _PARTIAL_DATE.match(value)
        if m is not None:
            year, month, day = int(m[1]), m[2], m[3]
            try:
                if day is not None:
                    return date(year, int(month), int(day))
                if month is not None:
                    first = date(year, int(month), 1)
                    if not end:
                        return first
                    following = date(year + (first.month == 12), first.month % 12 + 1, 1)
                    return date.fromordinal(following.toordinal() - 1)
                return date(year, 12, 31) if end else date(year, 1, 1)
            except ValueError as exc:
                raise where.error(field, f"not a valid date {value!r}: {exc}") from None
    raise where.error(field, f"must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got {value!r}")


def _check_id(raw: Mapping[str, Any], prefix: str, where: _Where) -> str:
    entry_id = _string(raw, "id", where, required=True)
    assert entry_id is not None
    if not _ID_RE.match(entry_id) or not entry_id.startswith(prefix + ":"):
        raise where.error("id", f"must look like '{prefix}:<lower-case-slug>', got {entry_id!r}")
    return entry_id


def _check_fields(raw: Mapping[str, Any], allowed: set[str], where: _Where) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise where.error(unknown[0], f"unknown field (allowed: {', '.join(sorted(allowed))})")


def _role(
    raw: Any,
    i: int,
    person_country: str | None,
    offices: Mapping[str, OfficeEntry],
    where: _Where,
) -> Role:
    field = f"roles[{i}]"
    if not isinstance(raw, dict):
        raise where.error(field, f"must be a table, got {type(raw).__name__}")
    unknown = sorted(set(raw) - _ROLE_FIELDS)
    if unknown:
        raise where.error(f"{field}.{unknown[0]}", "unknown field")
    inner = _Prefixed(where, field)
    title = _string(raw, "title", inner, required=True)
    assert title is not None
    start = _date(raw.get("start"), f"{field}.start", where, end=False)
    end = _date(raw.get("end"), f"{field}.end", where, end=True)
    if start is not None and end is not None and start > end:
        raise where.error(f"{field}.start", f"starts {start} after it ends {end}")
    country = _country_code(raw, "country", inner)
    organization = _string(raw, "organization", inner, required=False)
    if "country" not in raw:
        office = offices.get(normalize_office(title))
        if office is not None:
            country = None if office.stateless else office.country
        else:
            country = person_country
    return Role(title=title, country=country, organization=organization, start=start, end=end)


def _former(raw: Any, where: _Where) -> tuple[tuple[str, date], ...]:
    """``former = [{ name = "CSCE Minsk Group", until = 1994-12-31 }]``: earlier names."""
    if not isinstance(raw, list):
        raise where.error("former", f"must be a list of tables, got {type(raw).__name__}")
    out: list[tuple[str, date]] = []
    for i, item in enumerate(raw):
        field = f"former[{i}]"
        if not isinstance(item, dict) or set(item) != {"name", "until"}:
            raise where.error(field, "must be a table with exactly 'name' and 'until'")
        name = item["name"]
        if not isinstance(name, str) or not name.strip() or name != name.strip():
            raise where.error(f"{field}.name", f"must be a trimmed non-empty string, got {name!r}")
        until = _date(item["until"], f"{field}.until", where, end=True)
        assert until is not None
        out.append((name, until))
    return tuple(out)


class _Prefixed(_Where):
    """A :class:`_Where` whose field names sit under a prefix ("roles[2].title")."""

    def __init__(self, inner: _Where, prefix: str) -> None:
        super().__init__(inner.source, inner.kind, inner.key)
        self.prefix = prefix

    def error(self, field: str, problem: str) -> LexiconError:
        return super().error(f"{self.prefix}.{field}", problem)


def _coordinate(raw: Mapping[str, Any], field: str, limit: float, where: _Where) -> float | None:
    value = raw.get(field)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise where.error(field, f"must be a number, got {value!r}")
    if not -limit <= value <= limit:
        raise where.error(field, f"must lie within +-{limit}, got {value!r}")
    return float(value)


@attrs.define
class _Raw:
    """Parsed tables of one file, before records are built."""

    source: str
    tables: dict[str, list[dict[str, Any]]]


def _parse(text: str, source: str) -> _Raw:
    import tomllib  # imported on first load: keeps `import rusaz` light

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{source}: not valid TOML: {exc}") from None
    tables: dict[str, list[dict[str, Any]]] = {}
    for key, value in data.items():
        if key not in _TABLES:
            known = ", ".join(f"[[{t}]]" for t in _TABLES)
            raise LexiconError(f"{source}: unknown table {key!r} (expected {known})")
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise LexiconError(f"{source}: {key!r} must be an array of tables [[{key}]]")
        tables[key] = value
    return _Raw(source, tables)


@cache
def _bundled() -> tuple[_Raw, ...]:
    """The parsed bundled files (parsed once; records are rebuilt on every load)."""
    root = resources.files("rusaz") / "data"
    return tuple(
        _parse((root / name).read_text(encoding="utf-8"), f"rusaz/data/{name}")
        for name in BUNDLED_FILES
    )


def _read(path: str | Path) -> _Raw:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{p}: cannot read lexicon file: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{p}: not UTF-8 text: {exc}") from None
    return _Raw(str(p), _parse(text, str(p)).tables)


def _build(raws: list[_Raw], n_bundled: int) -> Lexicon:
    # Offices first: role countries come from them.
    offices: dict[str, OfficeEntry] = {}
    templates: dict[str, OfficeTemplate] = {}
    for raw in raws:
        seen: set[str] = set()
        for item in raw.tables.get("office", []):
            where = _Where(raw.source, "office", _label(item.get("title")))
            _check_fields(item, _FIELDS["office"], where)
            title = _string(item, "title", where, required=True)
            assert title is not None
            key = normalize_office(title)
            if key in seen:
                raise where.error("title", "duplicate office in this file")
            seen.add(key)
            stateless = item.get("stateless", False)
            if not isinstance(stateless, bool):
                raise where.error("stateless", f"must be true or false, got {stateless!r}")
            offices[key] = OfficeEntry(
                title=title,
                country=_country_code(item, "country", where),
                stateless=stateless,
                aliases=_strings(item, "aliases", where),
            )
        for item in raw.tables.get("template", []):
            where = _Where(raw.source, "template", _label(item.get("pattern")))
            _check_fields(item, _FIELDS["template"], where)
            pattern = _string(item, "pattern", where, required=True)
            assert pattern is not None
            templates[pattern] = OfficeTemplate(
                pattern=pattern, variants=_strings(item, "variants", where)
            )

    entries: dict[str, dict[str, Entry]] = {
        k: {} for k in ("person", "organization", "country", "place")
    }
    origin: dict[str, str] = {}
    for index, raw in enumerate(raws):
        seen_ids: set[str] = set()
        for kind in ("person", "organization", "country", "place"):
            prefix = _TABLES[kind]
            assert prefix is not None
            for item in raw.tables.get(kind, []):
                where = _Where(raw.source, kind, _label(item.get("id")))
                _check_fields(item, _FIELDS[kind], where)
                entry_id = _check_id(item, prefix, where)
                if entry_id in seen_ids:
                    raise where.error("id", "duplicate id in this file")
                if index < n_bundled and entry_id in origin:
                    raise where.error("id", f"duplicate id, already in {origin[entry_id]}")
                seen_ids.add(entry_id)
                entry = _entry(kind, item, entry_id, offices, where)
                for other in entries.values():
                    other.pop(entry_id, None)
                entries[kind][entry_id] = entry
                origin[entry_id] = raw.source

    persons = tuple(e for e in entries["person"].values() if isinstance(e, PersonEntry))
    _check_shared_aliases(persons, origin)
    return Lexicon(
        persons=persons,
        organizations=tuple(
            e for e in entries["organization"].values() if isinstance(e, OrganizationEntry)
        ),
        countries=tuple(e for e in entries["country"].values() if isinstance(e, CountryEntry)),
        places=tuple(e for e in entries["place"].values() if isinstance(e, PlaceEntry)),
        offices=tuple(offices.values()),
        templates=tuple(templates.values()),
    )


def _entry(
    kind: str,
    item: Mapping[str, Any],
    entry_id: str,
    offices: Mapping[str, OfficeEntry],
    where: _Where,
) -> Entry:
    name = _string(item, "name", where, required=True)
    assert name is not None
    aliases = _strings(item, "aliases", where)
    if kind == "person":
        country = _country_code(item, "country", where)
        roles_raw = item.get("roles", [])
        if not isinstance(roles_raw, list):
            raise where.error("roles", f"must be a list of tables, got {type(roles_raw).__name__}")
        roles = tuple(_role(r, i, country, offices, where) for i, r in enumerate(roles_raw))
        ambiguous = _strings(item, "ambiguous", where)
        own = {normalize_name(n) for n in (name, *aliases)}
        for i, alias in enumerate(ambiguous):
            if normalize_name(alias) not in own:
                raise where.error(f"ambiguous[{i}]", f"{alias!r} is not one of the person's names")
        return PersonEntry(
            id=entry_id,
            name=name,
            aliases=aliases,
            country=country,
            roles=roles,
            ambiguous=ambiguous,
        )
    if kind == "organization":
        former = _former(item.get("former", []), where)
        return OrganizationEntry(
            id=entry_id,
            name=name,
            aliases=(*aliases, *(f for f, _ in former if f != name and f not in aliases)),
            former=former,
            abbreviations=_strings(item, "abbreviations", where),
            category=_string(item, "category", where, required=False) or "organization",
            country=_country_code(item, "country", where),
        )
    if kind == "country":
        code = _country_code(item, "code", where)
        if code is None:
            raise where.error("code", "missing")
        capital = _string(item, "capital", where, required=False)
        if capital is not None and not (_ID_RE.match(capital) and capital.startswith("place:")):
            raise where.error("capital", f"must be a place id like 'place:baku', got {capital!r}")
        return CountryEntry(
            id=entry_id,
            name=name,
            code=code,
            aliases=aliases,
            demonyms=_strings(item, "demonyms", where),
            capital=capital,
        )
    return PlaceEntry(
        id=entry_id,
        name=name,
        aliases=aliases,
        country=_country_code(item, "country", where),
        latitude=_coordinate(item, "latitude", 90.0, where),
        longitude=_coordinate(item, "longitude", 180.0, where),
        category=_string(item, "category", where, required=False) or "city",
    )


def _check_shared_aliases(persons: tuple[PersonEntry, ...], origin: Mapping[str, str]) -> None:
    """An alias two persons claim must be marked ``ambiguous`` by both."""
    claims: dict[str, list[PersonEntry]] = {}
    for person in persons:
        for name in {normalize_name(n) for n in (person.name, *person.aliases)}:
            claims.setdefault(name, []).append(person)
    for name, claimants in claims.items():
        if len(claimants) < 2:
            continue
        for person in claimants:
            if name not in {normalize_name(a) for a in person.ambiguous}:
                others = ", ".join(p.id for p in claimants if p is not person)
                where = _Where(origin[person.id], "person", person.id)
                raise where.error(
                    "aliases",
                    f"name {name!r} is also claimed by {others}; list it under 'ambiguous' "
                    "in every entry that shares it",
                )


def load_lexicon(paths: Iterable[str | Path] = (), *, include_default: bool = True) -> Lexicon:
    """Load lexicon TOML files, on top of the bundled lexicon unless told otherwise.

    Entries of later files replace earlier entries with the same id (offices with the same
    title); the bundled files come first. Raises :class:`LexiconError` naming the file,
    entry and field of the first problem.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    bundled = list(_bundled()) if include_default else []
    user = [_read(p) for p in paths]
    return _build(bundled + user, len(bundled))


@cache
def default_lexicon() -> Lexicon:
    """The bundled lexicon, loaded once."""
    return load_lexicon()
