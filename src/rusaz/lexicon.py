"""The domain lexicon, public face: dated offices, names and how to extend them.

Quick queries run against the bundled lexicon::

    from datetime import date
    from rusaz import lexicon

    lexicon.who_held("President of Azerbaijan", on=date(2001, 1, 1))  # Heydar Aliyev
    lexicon.roles_of("Sergey Lavrov", on=date(2020, 1, 1))
    lexicon.lookup("Əliyev")  # both Aliyevs: the alias is marked ambiguous

Load your own files on top of (or instead of) the bundled data with :func:`load_lexicon`;
see ``docs/lexicon.md`` for the file format.
"""

from __future__ import annotations

from datetime import date

from rusaz._lexicon import (
    CountryEntry,
    Entry,
    Lexicon,
    OfficeEntry,
    OfficeTemplate,
    OrganizationEntry,
    PersonEntry,
    PlaceEntry,
    default_lexicon,
    load_lexicon,
    normalize_name,
    normalize_office,
)
from rusaz._model import Role

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
    "lookup",
    "normalize_name",
    "normalize_office",
    "office",
    "roles_of",
    "who_held",
]


def who_held(office: str, on: date) -> tuple[PersonEntry, ...]:
    """Persons of the bundled lexicon holding ``office`` (any known form) on a day."""
    return default_lexicon().who_held(office, on)


def roles_of(person: str, on: date | None = None) -> tuple[Role, ...]:
    """Roles of a person (id or unambiguous name), only those held on ``on`` when given."""
    return default_lexicon().roles_of(person, on)


def lookup(alias: str) -> tuple[Entry, ...]:
    """Bundled entries one of whose names is ``alias`` (case- and accent-insensitive)."""
    return default_lexicon().lookup(alias)


def office(title: str) -> str | None:
    """The canonical title of an office given in any known form ("Russian President")."""
    return default_lexicon().office(title)
