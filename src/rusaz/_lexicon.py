"""The domain lexicon: persons with dated offices, organizations, countries and places.

Package data lives in TOML files under ``rusaz/data/``; users extend or replace it by
passing their own files to :func:`load_lexicon`. (Record types fixed by the foundation;
loader, validation and data arrive with the actors issue.)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path

import attrs

from rusaz._model import Role

__all__ = [
    "CountryEntry",
    "Lexicon",
    "OrganizationEntry",
    "PersonEntry",
    "PlaceEntry",
    "default_lexicon",
    "load_lexicon",
]


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
class Lexicon:
    """All entries of one loaded lexicon."""

    persons: tuple[PersonEntry, ...] = ()
    organizations: tuple[OrganizationEntry, ...] = ()
    countries: tuple[CountryEntry, ...] = ()
    places: tuple[PlaceEntry, ...] = ()

    def lookup(
        self, alias: str
    ) -> tuple[PersonEntry | OrganizationEntry | CountryEntry | PlaceEntry, ...]:
        """Entries one of whose names is ``alias`` (case- and accent-insensitive)."""
        del alias
        return ()

    def who_held(self, office: str, on: date) -> tuple[PersonEntry, ...]:
        """Persons holding ``office`` (a role title such as "President of Azerbaijan") on a day."""
        del office, on
        return ()

    def roles_of(self, person: str, on: date | None = None) -> tuple[Role, ...]:
        """Roles of a person (id or name), only those held on ``on`` when given."""
        del person, on
        return ()


def load_lexicon(paths: Iterable[str | Path] = (), *, include_default: bool = True) -> Lexicon:
    """Load lexicon TOML files, on top of the bundled lexicon unless told otherwise."""
    del paths, include_default
    return Lexicon()


@cache
def default_lexicon() -> Lexicon:
    """The bundled lexicon, loaded once."""
    return load_lexicon()
