"""Shared machinery of the actor and place extractors: tokens, lexicon matching, patterns.

Both extractors see the same analysis of a text (:func:`analyse`): lexicon matches (longest
first, word-bounded), organizations found by institutional patterns, persons introduced by
title, apposition or a known given name, and for every capital or seat of power whether it
stands for its state ("Moscow welcomed the move") or names a location ("in Moscow").
All word lists come from ``rusaz/data/actor_patterns.toml`` and ``given_names.toml``.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache, lru_cache
from typing import Any, NamedTuple

import attrs

from rusaz._data import read_data
from rusaz._lexicon import CountryEntry, Lexicon, OrganizationEntry, PersonEntry, PlaceEntry

__all__ = [
    "Analysis",
    "Found",
    "Patterns",
    "Token",
    "analyse",
    "char_before",
    "fold",
    "name_key",
    "patterns",
    "sentence_spans",
    "slug",
    "tokenize",
]

Entry = PersonEntry | OrganizationEntry | CountryEntry | PlaceEntry

# --- text normalisation ---------------------------------------------------------------------

_CHAR_MAP = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u0259": "e",  # Azerbaijani schwa: Əliyev ~ Eliyev
    "\u018f": "E",
    "\u0131": "i",  # dotless i
    "\u00a0": " ",
}


def _fold_char(ch: str) -> str:
    mapped = _CHAR_MAP.get(ch)
    if mapped is not None:
        return mapped
    if ch.isascii():
        return ch
    base = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in base if not unicodedata.combining(c))
    return kept[0] if len(kept) == 1 else ch


class _FoldTable(dict[int, str]):
    """Translation table filled on demand: each character folded once per process."""

    def __missing__(self, code: int) -> str:
        value = _fold_char(chr(code))
        self[code] = value
        return value


_FOLD = _FoldTable()


# the characters fold() may change: all but ASCII other than the backquote
_FOLDABLE = re.compile(r"[^\x00-\x5f\x61-\x7f]+")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_FOLD)


def fold(text: str) -> str:
    """Accents, curly quotes and dashes folded, one character for one: offsets survive."""
    # translating only the runs that may change is several times faster than the whole text
    if text.isascii():
        return text.replace("`", "'")
    return _FOLDABLE.sub(_fold_run, text)


_KEY_DROP = re.compile(r"[.'\"]")
_KEY_SPACE = re.compile(r"[\s\-]+")


@lru_cache(maxsize=1 << 16)
def name_key(text: str, *, case: bool = False) -> str:
    """Key for comparing names: folded, periods and quotes dropped, hyphens as spaces.

    Cached: the same aliases and surfaces are compared again and again.
    """
    value = _KEY_SPACE.sub(" ", _KEY_DROP.sub("", fold(text))).strip()
    return value if case else value.casefold()


@lru_cache(maxsize=1 << 16)
def _folded_key(surface: str) -> str:
    """:func:`name_key` of text that is already folded."""
    return _KEY_SPACE.sub(" ", _KEY_DROP.sub("", surface)).strip().casefold()


@lru_cache(maxsize=4096)
def _gap_key(gap: str) -> str | None:
    """The part of a :func:`name_key` that the gap between two words gives (None across a line
    break, where no name runs on): the key of a span is its words' and gaps' keys joined."""
    if "\n" in gap:
        return None
    return _KEY_SPACE.sub(" ", _KEY_DROP.sub("", gap)).casefold()


@lru_cache(maxsize=1 << 14)
def slug(text: str) -> str:
    """Deterministic lower-case slug for ids: ``Ilham Aliyev`` -> ``ilham-aliyev``.

    Cached: the same lexicon ids and names come back article after article.
    """
    value = re.sub(r"[^a-z0-9]+", "-", fold(text).casefold()).strip("-")
    return value or "x"


# --- data -----------------------------------------------------------------------------------


def _load(name: str) -> dict[str, Any]:
    return read_data(name)


@attrs.frozen(kw_only=True)
class Patterns:
    """The word lists of ``actor_patterns.toml``, ``given_names.toml``, ``role_references.toml``."""

    titles: frozenset[str]
    title_last_words: frozenset[str]
    title_suffixes: frozenset[str]  # every ending of a title, a prefilter of look-ups
    single_name_ok: frozenset[str]
    regnal: frozenset[str]
    title_modifiers: frozenset[str]
    services: frozenset[str]
    not_name: frozenset[str]
    surname_endings: tuple[str, ...]
    patronymic_endings: tuple[str, ...]
    heads: frozenset[str]
    lower_heads: tuple[tuple[str, ...], ...]
    lower_head_firsts: frozenset[str]
    in_heads: frozenset[str]
    tail_lowercase: frozenset[str]
    state_words: frozenset[str]
    country_sides: frozenset[str]
    credits: tuple[str, ...]
    notices: tuple[str, ...]  # credit lines that run on beyond a short line (copyright)
    byline_starts: frozenset[str]
    byline_words: int
    lower_references: re.Pattern[str] | None
    # the same phrases lower-cased as ASCII bytes, for a literal search before the pattern
    # (None when one is empty or not ASCII)
    lower_phrases: tuple[bytes, ...] | None
    lower_targets: dict[str, str]
    modified_nouns: frozenset[str]
    state_ends: frozenset[str]  # "collapse" in "the collapse of the Soviet Union"
    lower_body_heads: frozenset[str]  # "commission" in "the intergovernmental commission"
    connectors: frozenset[str]
    seats: tuple[tuple[str, str], ...]
    verbs_after: frozenset[str]
    verbs_before: frozenset[str]
    phrases_before: frozenset[str]  # "stand by" in "would stand by Baku": the state acted on
    adverbs: frozenset[str]  # words between a capital and its verb ("Baku still needs")
    hosting: frozenset[str]  # verbs that make a capital the venue ("Baku will host")
    sources_before: frozenset[str]
    seat_nouns: frozenset[str]  # "officials" in "Kremlin officials": the seat modifies it
    reaction_nouns: frozenset[str]  # "reaction" in "a reaction in Yerevan": the state reacting
    locative: frozenset[str]
    trade_words: frozenset[str]  # "supplies" in "gas supplies from Russia"
    trade_prepositions: frozenset[str]
    people_from: frozenset[str]  # "lawmakers" in "lawmakers from Armenia"
    members_at: frozenset[str]  # "experts" in "experts at the Topchubashov Center"
    request_nouns: frozenset[str]  # "request" in "at France's request"
    given_names: frozenset[str]
    particles: frozenset[str]
    place_words: frozenset[str]
    venue_words: frozenset[str]  # "Square" of "Republic Square": a venue's last word
    named_heads: frozenset[str]  # "Media": a head only right after a name ("Abzas Media")
    governing_bodies: frozenset[str]  # "Management Committee" of "... of Gazprom"
    named_after: frozenset[str]
    venue_heads: frozenset[str]
    unit_heads: frozenset[str]  # "Regiment": a number before the name is part of it
    building_heads: frozenset[str]  # "Ministry" in "talks at the Defense Ministry"
    held_at: frozenset[str]  # "talks" there
    campus_heads: frozenset[str]  # "University": right after "at", the place of a visit
    type_words: frozenset[str]  # "town", "port": "the port of X" names a location
    makers: frozenset[str]  # "Embraer" in "an AZAL Embraer": a maker's model, not a unit
    products: frozenset[str]
    editions: frozenset[str]  # "Weekly" in "Caspian News Weekly": an outlet's edition
    branch_words: frozenset[str]
    event_tails: frozenset[str]
    lower_bodies_of: frozenset[str]
    local_levels: frozenset[str]  # "regional" in "the Astrakhan regional government"
    party_before: tuple[tuple[str, ...], ...]
    forces: tuple[tuple[str, ...], ...]
    roles: dict[str, Any] = attrs.field(eq=False, hash=False)


def _lower_references(rows: list[dict[str, str]]) -> re.Pattern[str] | None:
    """One pattern for the lower-case references of ``actor_patterns.toml``, longest first."""
    phrases = sorted((str(r["phrase"]) for r in rows), key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)


def _lower_phrases(rows: list[dict[str, str]]) -> tuple[bytes, ...] | None:
    """The lower-case reference phrases as lower-case ASCII bytes (None when one is empty or
    not ASCII: then no literal search can stand in for the pattern)."""
    phrases = [str(r["phrase"]) for r in rows]
    if not all(p and p.isascii() for p in phrases):
        return None
    return tuple(dict.fromkeys(p.lower().encode("ascii") for p in phrases))


@cache
def patterns() -> Patterns:
    """The pattern data, loaded once."""
    ap = _load("actor_patterns.toml")
    gn = _load("given_names.toml")
    rr = _load("role_references.toml")
    pp = _load("place_patterns.toml")
    titles = frozenset(t.casefold() for t in ap["titles"]["words"])
    return Patterns(
        titles=titles,
        title_last_words=frozenset(t.split()[-1] for t in titles),
        title_suffixes=frozenset(t[n:] for t in titles for n in range(len(t))),
        single_name_ok=frozenset(t.casefold() for t in ap["titles"]["single_name_ok"]),
        regnal=frozenset(t.casefold() for t in ap["titles"].get("regnal", ())),
        title_modifiers=frozenset(t.casefold() for t in ap["titles"]["modifiers"]),
        services=frozenset(t.casefold() for t in ap["titles"]["services"]),
        not_name=frozenset(ap["names"]["not_name"]),
        surname_endings=tuple(ap["names"]["surname_endings"]),
        patronymic_endings=tuple(ap["names"]["patronymic_endings"]),
        heads=frozenset(ap["organizations"]["heads"]),
        lower_heads=tuple(tuple(h.split()) for h in ap["organizations"]["lower_heads"]),
        lower_head_firsts=frozenset(h.split()[0] for h in ap["organizations"]["lower_heads"]),
        in_heads=frozenset(ap["organizations"]["in_heads"]),
        tail_lowercase=frozenset(ap["organizations"]["tail_lowercase"]),
        state_words=frozenset(ap["organizations"]["state_words"]),
        country_sides=frozenset(ap["organizations"]["country_sides"]),
        credits=tuple(c.casefold() for c in ap["credits"]["lines"]),
        notices=tuple(c.casefold() for c in ap["credits"].get("notices", ())),
        byline_starts=frozenset(w.casefold() for w in ap["credits"]["byline_starts"]),
        byline_words=int(ap["credits"]["byline_words"]),
        lower_references=_lower_references(ap.get("lower_reference", [])),
        lower_phrases=_lower_phrases(ap.get("lower_reference", [])),
        lower_targets={
            str(r["phrase"]).casefold(): str(r["organization"])
            for r in ap.get("lower_reference", [])
        },
        modified_nouns=frozenset(ap["organizations"]["modified_nouns"]),
        state_ends=frozenset(ap["organizations"].get("state_ends", ())),
        lower_body_heads=frozenset(ap["organizations"].get("lower_body_heads", ())),
        connectors=frozenset(ap["connectors"]["inside"]),
        seats=tuple((s["name"], s["country"]) for s in ap["metonyms"]["seats"]),
        verbs_after=frozenset(ap["metonyms"]["verbs_after"]),
        verbs_before=frozenset(ap["metonyms"]["verbs_before"]),
        phrases_before=frozenset(ap["metonyms"].get("phrases_before", ())),
        adverbs=frozenset(ap["metonyms"].get("adverbs", ())),
        hosting=frozenset(ap["metonyms"].get("hosting", ())),
        sources_before=frozenset(ap["metonyms"]["sources_before"]),
        reaction_nouns=frozenset(ap["metonyms"].get("reaction_nouns", ())),
        seat_nouns=frozenset(ap["metonyms"].get("seat_nouns", ())),
        locative=frozenset(ap["metonyms"]["locative"]),
        trade_words=frozenset(ap["metonyms"].get("trade_words", ())),
        trade_prepositions=frozenset(ap["metonyms"].get("trade_prepositions", ())),
        people_from=frozenset(ap["metonyms"].get("people_from", ())),
        members_at=frozenset(ap["organizations"].get("members_at", ())),
        request_nouns=frozenset(ap["metonyms"].get("request_nouns", ())),
        given_names=frozenset(gn["names"]),
        particles=frozenset(ap["names"]["particles"]),
        place_words=frozenset(w for w in (*pp["regions"], *pp["venues"]) if " " not in w),
        venue_words=frozenset(w for w in pp["venues"] if " " not in w),
        named_heads=frozenset(ap["organizations"].get("named_heads", ())),
        governing_bodies=frozenset(ap["organizations"].get("governing_bodies", ())),
        named_after=frozenset(ap["organizations"]["named_after"]),
        venue_heads=frozenset(ap["organizations"]["venue_heads"]),
        unit_heads=frozenset(ap["organizations"].get("unit_heads", ())),
        campus_heads=frozenset(ap["organizations"].get("campus_heads", ())),
        building_heads=frozenset(ap["organizations"].get("building_heads", ())),
        held_at=frozenset(ap["organizations"].get("held_at", ())),
        type_words=frozenset((*pp.get("town_words", ()), *pp.get("facilities_of", ()))),
        makers=frozenset(ap["organizations"].get("makers", ())),
        products=frozenset(ap["organizations"].get("products", ())),
        editions=frozenset(ap["organizations"].get("editions", ())),
        branch_words=frozenset(ap["organizations"].get("branch_words", ())),
        event_tails=frozenset(ap["organizations"].get("event_tails", ())),
        lower_bodies_of=frozenset(ap["organizations"].get("lower_bodies_of", ())),
        local_levels=frozenset(ap["organizations"].get("local_levels", ())),
        party_before=tuple(tuple(w.split()) for w in ap["organizations"]["party_before"]),
        forces=tuple(tuple(w.split()) for w in ap["organizations"]["forces"]),
        roles=rr,
    )


# --- tokens ---------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"([^\W_]+)")
_ASCII_TOKEN_RE = re.compile(r"([A-Za-z0-9]+)")  # the same on ASCII text


class Token(NamedTuple):
    """A run of letters and digits with its offsets in the text.

    A named tuple rather than an attrs class: a text has thousands of tokens, and a tuple is
    several times cheaper to build.
    """

    start: int
    end: int
    text: str
    low: str  # ``text`` case-folded
    cap: bool  # starts with an upper-case letter
    acronym: bool  # two or more letters, all upper case (CIS, OSCE, MIA)


def tokenize(text: str) -> tuple[Token, ...]:
    """Word tokens of a text (letters and digits), with offsets."""
    return _columns(text).tokens


class _Columns(NamedTuple):
    """The tokens of a text, and the same column by column for whole-list scans."""

    tokens: tuple[Token, ...]
    gaps: list[str]  # gaps[k]: the characters before token k ("" before the first)
    words: list[str]
    lows: list[str]
    caps: list[bool]
    acronyms: list[bool]
    acronym_at: list[int]  # the indices of the acronyms


def _columns(text: str) -> _Columns:
    """Tokens and gaps of a text in one split, with their columns."""
    # one split gives words and gaps alternately; offsets are running sums of their lengths.
    # Column by column: a text has thousands of tokens, and whole-list steps are cheaper.
    # on ASCII text (most news in English) letters and digits are a plain range, and the
    # regular expression engine scans a range faster than a Unicode category
    parts = (_ASCII_TOKEN_RE if text.isascii() else _TOKEN_RE).split(text)
    words = parts[1::2]
    n = len(words)
    pos = list(itertools.accumulate(map(len, parts), initial=0))
    gaps = [""]
    gaps += parts[2:-1:2]  # the text after the last token is no gap
    lows = list(map(str.casefold, words))
    caps = list(map(str.isupper, map(operator.itemgetter(0), words)))
    # an acronym is all upper case (so capitalised): only those few words need a closer look
    acronyms = list(map(str.isupper, words))
    upper = _where(acronyms)
    for k in upper:
        acronyms[k] = len(words[k]) >= 2 and words[k].isalpha()
    tokens = tuple(
        map(
            tuple.__new__,
            itertools.repeat(Token),
            zip(
                pos[1 : 2 * n : 2], pos[2 : 2 * n + 1 : 2], words, lows, caps, acronyms, strict=True
            ),
        )
    )
    return _Columns(tokens, gaps, words, lows, caps, acronyms, [k for k in upper if acronyms[k]])


def _where(flags: Iterable[object]) -> list[int]:
    """The indices of the true values of ``flags`` (a whole-list scan without a Python loop)."""
    return list(itertools.compress(itertools.count(), flags))


def char_before(text: str, pos: int, skip: str) -> str:
    """The last character before ``pos`` that is not in ``skip`` ("" when there is none).

    Same as ``text[:pos].rstrip(skip)[-1:]`` without copying the text before ``pos``.
    """
    while pos > 0 and text[pos - 1] in skip:
        pos -= 1
    return text[pos - 1] if pos > 0 else ""


_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“'‘(]*[A-Z0-9А-Я])|\n\s*\n|\n(?=\S)")


def sentence_spans(text: str, given: Sequence[tuple[int, int]] = ()) -> tuple[tuple[int, int], ...]:
    """Sentence spans: the reader's when it gave any, else a split at end punctuation."""
    if given:
        return tuple(given)
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return tuple(spans)


# --- lexicon index --------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Index:
    names: dict[str, tuple[tuple[str, Entry, str], ...]] = attrs.field(eq=False)
    # every prefix of a key of ``names``: a span whose key is none cannot grow into a name
    key_prefixes: frozenset[str]
    max_tokens: int
    demonyms: dict[str, CountryEntry] = attrs.field(eq=False)
    countries_by_code: dict[str, CountryEntry] = attrs.field(eq=False)
    country_words: dict[str, CountryEntry] = attrs.field(eq=False)
    capitals: dict[str, str] = attrs.field(eq=False)
    surnames: dict[str, tuple[PersonEntry, ...]] = attrs.field(eq=False)
    first_names: frozenset[str]
    places_by_id: dict[str, PlaceEntry] = attrs.field(eq=False)
    first_words: frozenset[str]
    # words name_token() never takes for a person's: a prefilter of its word-list checks
    not_person_words: frozenset[str]
    role_cores: dict[str, tuple[str, str | None]] = attrs.field(eq=False)
    # office key -> persons with the (country, first day, last day) of each of their terms in
    # that office, in lexicon order; filled once by the actor resolver
    office_roles: dict[str, list[tuple[PersonEntry, tuple[tuple[str | None, date, date], ...]]]] = (
        attrs.field(eq=False)
    )
    country_keys: tuple[tuple[str, str], ...]
    # (office, country, first day, last day) -> the lexicon persons holding the office in
    # those days; filled by the actor resolver as it asks
    holders_on: dict[tuple[str, str | None, date, date], list[PersonEntry]] = attrs.field(
        eq=False, factory=dict
    )
    # surface -> the entry it names (see _Analyser.pick), filled as surfaces are met
    picks: dict[str, tuple[str, Entry] | None] = attrs.field(eq=False, factory=dict)
    # lexicon name -> its organization core (see the actor resolver), filled as names are met
    entry_cores: dict[str, str] = attrs.field(eq=False, factory=dict)


def _description(alias: str, demonyms: set[str], forces: set[str]) -> bool:
    """ "Russian diplomats", "joint Russian-Iranian commission": a description, not a name.

    News prose uses such phrases as modifiers ("Azerbaijani gas exports"); only a state's
    armed forces ("Syrian army") are named this way.
    """
    if alias[:1].islower():
        return True
    words = alias.split()
    if len(words) < 2 or words[0] not in demonyms:
        return False
    rest = words[1:]
    return all(w.islower() for w in rest) and rest[-1] not in forces


def _is_abbreviation(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _entry_names(kind: str, entry: Entry) -> Iterable[str]:
    yield entry.name
    yield from entry.aliases
    if isinstance(entry, OrganizationEntry):
        yield from entry.abbreviations


_INDEX_CACHE: dict[int, tuple[Lexicon, _Index]] = {}


def _index(lexicon: Lexicon) -> _Index:
    hit = _INDEX_CACHE.get(id(lexicon))
    if hit is not None and hit[0] is lexicon:
        return hit[1]
    built = _build_index(lexicon)
    if len(_INDEX_CACHE) > 8:
        _INDEX_CACHE.clear()
    _INDEX_CACHE[id(lexicon)] = (lexicon, built)
    return built


def _build_index(lexicon: Lexicon) -> _Index:
    table: dict[str, list[tuple[str, Entry, str]]] = {}
    longest = 1
    groups: tuple[tuple[str, Sequence[Entry]], ...] = (
        ("person", lexicon.persons),
        ("organization", lexicon.organizations),
        ("country", lexicon.countries),
        ("place", lexicon.places),
    )
    firsts_of_aliases: set[str] = set()
    demonym_words = {d for c in lexicon.countries for d in c.demonyms}
    forces = {words[-1] for words in patterns().forces}
    for kind, entries in groups:
        for entry in entries:
            for alias in _entry_names(kind, entry):
                if not alias.strip() or _description(alias, demonym_words, forces):
                    continue
                key = name_key(alias)
                table.setdefault(key, []).append((kind, entry, alias))
                parts = tokenize(fold(alias))
                if parts:
                    firsts_of_aliases.add(parts[0].low)
                longest = max(longest, len(parts))
    demonyms: dict[str, CountryEntry] = {}
    country_words: dict[str, CountryEntry] = {}
    by_code: dict[str, CountryEntry] = {}
    for c in lexicon.countries:
        by_code.setdefault(c.code, c)
        for d in c.demonyms:
            demonyms.setdefault(name_key(d, case=True), c)
        for n in (c.name, *c.aliases):
            country_words.setdefault(name_key(n, case=True), c)
    places_by_id = {p.id: p for p in lexicon.places}
    capitals: dict[str, str] = {}
    for c in lexicon.countries:
        if c.capital:
            place = places_by_id.get(c.capital)
            names = (place.name, *place.aliases) if place is not None else (c.capital,)
            for n in names:
                capitals.setdefault(name_key(n, case=True), c.code)
    for name, code in patterns().seats:
        capitals.setdefault(name_key(name, case=True), code)
    surnames: dict[str, list[PersonEntry]] = {}
    firsts: set[str] = set()
    for p in lexicon.persons:
        parts = tokenize(p.name)
        if len(parts) >= 2:
            surnames.setdefault(name_key(parts[-1].text, case=True), []).append(p)
            firsts.add(parts[0].text)
    country_keys = sorted(
        {
            (" " + name_key(n) + " ", c.code)
            for c in lexicon.countries
            for n in (c.name, *c.aliases, *c.demonyms)
            if n.strip()
        },
        key=lambda kc: len(kc[0]),
        reverse=True,
    )
    pat = patterns()
    return _Index(
        first_words=frozenset(firsts_of_aliases),
        not_person_words=frozenset(
            (*pat.not_name, *pat.heads, *pat.place_words, *demonyms, *country_words)
        ),
        role_cores={},
        office_roles={},
        country_keys=tuple(country_keys),
        names={k: tuple(v) for k, v in table.items()},
        key_prefixes=frozenset(k[:n] for k in table for n in range(len(k) + 1)),
        max_tokens=min(longest, 14),
        demonyms=demonyms,
        countries_by_code=by_code,
        country_words=country_words,
        capitals=capitals,
        surnames={k: tuple(v) for k, v in surnames.items()},
        first_names=frozenset(firsts),
        places_by_id=places_by_id,
    )


# --- analysis -------------------------------------------------------------------------------


@attrs.define
class Found:
    """One recognised name in the text (internal to the extractors)."""

    start: int
    end: int
    i: int  # first token index
    j: int  # last token index (inclusive)
    kind: str  # person, organization, country, place
    rule: str
    entry: Entry | None = None
    country: str | None = None
    abbreviation: str | None = None
    roles: list[str] = attrs.Factory(list)
    metonym: bool = False  # a capital or seat standing for its state
    locative: bool = False  # named as a location ("in Syria")
    classifier: bool = False  # a country classifying a noun ("the Caspian Sea countries")
    party: bool = False  # a region acting as a party ("between Azerbaijan and Dagestan")
    affiliation: bool = False  # a seat naming whose office a title is ("Kremlin spokesman")
    host: bool = False  # a capital hosting an event: a location, and its state the host
    nested: bool = False  # inside a longer organization or person name
    # the surname a lone given name shares with the next person ("Ziyaddin and Huseyn Safarov")
    surname: str | None = None


@attrs.frozen(kw_only=True)
class Analysis:
    """Everything both extractors need to know about one text."""

    text: str
    folded: str
    tokens: tuple[Token, ...]
    gaps: tuple[str, ...]  # gaps[k]: the characters between token k-1 and token k
    # columns of the tokens, for whole-list scans
    words: tuple[str, ...]
    lows: tuple[str, ...]
    acronyms: tuple[bool, ...]
    acronym_at: tuple[int, ...]  # the indices of the acronyms
    name_like: tuple[int, ...]  # capitalised tokens of letters only, no acronym
    sentences: tuple[tuple[int, int], ...]
    # the spans of the lines crediting a source or an author (no participants named there)
    credits: tuple[tuple[int, int], ...]
    found: tuple[Found, ...] = attrs.field(eq=False)
    nested: tuple[Found, ...] = attrs.field(eq=False)
    index: _Index = attrs.field(eq=False)


_ANALYSIS_CACHE: dict[tuple[str, int, tuple[tuple[int, int], ...]], tuple[Lexicon, Analysis]] = {}


def analyse(text: str, lexicon: Lexicon, sentences: Sequence[tuple[int, int]] = ()) -> Analysis:
    """Analyse a text once for both extractors (cached for the last few texts)."""
    key = (text, id(lexicon), tuple(sentences))
    hit = _ANALYSIS_CACHE.get(key)
    if hit is not None and hit[0] is lexicon:
        return hit[1]
    result = _Analyser(text, lexicon, sentences).run()
    if len(_ANALYSIS_CACHE) > 4:
        _ANALYSIS_CACHE.clear()
    _ANALYSIS_CACHE[key] = (lexicon, result)
    return result


_DETERMINERS = frozenset({"the", "a", "an"})
# place categories that never act as a party (see the place categories of places.toml)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")

_NO_PARTY = frozenset({"body-of-water", "macro-region", "venue", "route"})
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")  # a regnal number: "II", "XIV"
# gaps (stripped) an organization's name may run across, besides spaces, "-" and "'"
_RUN_GAPS = frozenset({"(", ")", ",", "."})
# lower-case words an organization's name may run across
_RUN_WORDS = frozenset({"of", "for", "on", "the", "de", "and", "between"})
_QUANTIFIERS = frozenset({"the", "both", "either", "neither", "all", "each"})
_LEXICON_RULES = {k: f"lexicon:{k}" for k in ("person", "organization", "country", "place")}
_POSSESSIVE_S = re.compile(r"['\"]s\b")  # "Moscow's", after a name
# an aside set off by commas after a name: "Tbilisi, for its part, has watched"
_ASIDE = re.compile(
    r",[ \t]+(?:for its part|for their part|in turn|in response|in return|in particular"
    r"|meanwhile|for now),[ \t]+"
)
_POSSESSIVE_S_SPACE = re.compile(r"['\"]s ")  # "Russia's Gazprom"
# characters before a word that opens a clause ("" at the start of the text)
_CLAUSE_OPEN = frozenset({"", ".", "!", "?", ";", ":", "\n"})
# a staff line under a byline: a few capitalised words ("Associated Press Writer")
_STAFF_LINE = re.compile(r"[A-Z][\w'&.-]*(?:[ \t]+[A-Z][\w'&.-]*){1,3}")
_APPOSITION = re.compile(r"\s*,\s*(?:(?:an?|the)\s+)?([^,.;:()\n]+)")


class _Analyser:
    """One pass of recognition over a text; see :func:`analyse`."""

    def __init__(self, text: str, lexicon: Lexicon, sentences: Sequence[tuple[int, int]]):
        self.text = text
        self.folded = fold(text)
        self.lexicon = lexicon
        self.idx = _index(lexicon)
        self.pat = patterns()
        # gaps[k]: the characters between token k-1 and token k ("" before the first)
        cols = _columns(self.folded)
        self.tokens = cols.tokens
        self.gaps = cols.gaps
        self.words = cols.words
        self.lows = cols.lows
        self.caps = cols.caps
        self.acronyms = cols.acronyms
        self.acronym_at = cols.acronym_at
        # plains[k]: token k follows token k-1 with only spaces or tabs between
        self.plains = list(map(" ".__eq__, self.gaps))
        other = _where(map(operator.not_, self.plains))  # the gaps other than one space
        for k in other:
            g = self.gaps[k]
            self.plains[k] = g != "" and not g.strip(" \t")
        plains = self.plains
        self.non_plain = [k for k in other if not plains[k]]  # the tokens not plain
        self.sentences = sentence_spans(text, sentences)
        self.sent_starts = {s for s, _ in self.sentences}
        self.owner: list[Found | None] = [None] * len(self.tokens)
        # the tokens that may be a word of a name: capitalised, letters only, no acronym
        acronyms = self.acronyms
        words = self.words
        self.capitals = _where(self.caps)  # the capitalised tokens
        capitals = self.capitals
        if len(capitals) >= 2:  # picked column by column (one index gives no tuple)
            pick = operator.itemgetter(*capitals)
            flags = map(
                operator.and_, map(operator.not_, pick(acronyms)), map(str.isalpha, pick(words))
            )
            self.name_like = list(itertools.compress(capitals, flags))
        else:
            self.name_like = [k for k in capitals if not acronyms[k] and words[k].isalpha()]
        self.title_ends: dict[int, int | None] = {}  # memo of :meth:`ends_title`
        self.seat_keys = frozenset(name_key(name, case=True) for name, _ in self.pat.seats)

    # small helpers
    def gap(self, k: int) -> str:
        """The characters between token k-1 and token k."""
        if k <= 0 or k >= len(self.gaps):
            return ""
        return self.gaps[k]

    def low(self, k: int) -> str:
        return self.tokens[k].low if 0 <= k < len(self.tokens) else ""

    def sentence_initial(self, k: int) -> bool:
        """True when token k opens a sentence, a line or a quotation."""
        if k == 0:
            return True
        before = char_before(self.folded, self.tokens[k].start, " \t\"'(-")
        if not before:
            return True
        return before in ".!?:\n" or self.tokens[k].start in self.sent_starts

    def plain(self, k: int) -> bool:
        """Token k follows token k-1 with only spaces between (same line)."""
        return 0 < k < len(self.plains) and self.plains[k]

    def hyphened(self, k: int) -> bool:
        return self.gap(k) == "-"

    def title_at(self, i: int, j: int) -> bool:
        """Tokens i..j spell a title word or phrase ("Prime Minister", "spokesman")."""
        if i < 0 or j >= len(self.tokens) or i > j:
            return False
        # the phrase case-folded ends with its last word case-folded: a word no title ends
        # with ends none (most words), without cutting and folding the phrase
        if self.tokens[j].low not in self.pat.title_suffixes:
            return False
        phrase = self.folded[self.tokens[i].start : self.tokens[j].end].casefold()
        return phrase in self.pat.titles

    def ends_title(self, k: int) -> int | None:
        """Start token of the longest title phrase ending at token k, if any."""
        if k in self.title_ends:
            return self.title_ends[k]
        found = None
        # every phrase tried ends with token k: a word no title ends with ends none
        if 0 <= k < len(self.lows) and self.lows[k] in self.pat.title_suffixes:
            for n in (3, 2, 1):
                if self.title_at(k - n + 1, k):
                    found = k - n + 1
                    break
        self.title_ends[k] = found
        return found

    # passes
    def run(self) -> Analysis:
        found = self.lexicon_matches()
        found += self.state_names(found)
        self.claim_all(found)
        orgs = self.organizations(found)
        kept: list[Found] = []
        nested: list[Found] = []
        # the organizations by first token, and reach[p]: the last token of the first p + 1 of
        # them, so a name i..j lies inside one of them exactly when the reach of those
        # starting at or before i is j or beyond
        spans = sorted((o.i, o.j) for o in orgs)
        firsts = [i for i, _ in spans]
        reach = list(itertools.accumulate((j for _, j in spans), max))
        for f in found:
            at = bisect.bisect_right(firsts, f.i) - 1 if firsts else -1
            if at >= 0 and reach[at] >= f.j:
                f.nested = True
                nested.append(f)
            else:
                kept.append(f)
        self.owner = [None] * len(self.tokens)
        self.claim_all(kept + orgs)
        persons = self.persons()
        self.claim_all(persons)
        shared = self.shared_surnames(kept + persons)
        self.claim_all(shared)
        persons += shared
        # "King Abdullah II of Jordan": the realm is part of the name
        for p in persons:
            if p.rule == "pattern:regnal":
                inner = [f for f in kept if p.i <= f.i and f.j <= p.j]
                for f in inner:
                    kept.remove(f)
                    f.nested = True
                    nested.append(f)
        # "the Sputnik V vaccine": a product named after a body is no mention of it
        for f in [f for f in kept + orgs if f.kind == "organization" and self.product_after(f)]:
            (kept if f in kept else orgs).remove(f)
        for b, place in self.regional_bodies(kept):
            kept.remove(place)
            place.nested = True
            nested.append(place)
            orgs.append(b)
            self.claim(b)
        branches = self.branches(kept + orgs)
        for b, inner in branches:
            for f in inner:
                if f in kept:
                    kept.remove(f)
                    f.nested = True
                    nested.append(f)
                elif f in orgs:
                    orgs.remove(f)
            orgs.append(b)
            self.claim(b)
        for f in kept:
            if f.kind == "person":
                title = self.title_before(f.i)
                if title:
                    f.roles.append(title)
        for f in kept + persons:
            if f.kind == "person":
                role = self.apposition_text(f.j)
                if role and role not in f.roles:
                    f.roles.append(role)
        credits = self.credit_lines()
        allf = kept + orgs + persons
        if credits:
            allf = [f for f in allf if not any(s <= f.start < e for s, e in credits)]
        for f in allf:
            if (
                f.kind == "organization"
                and self.tokens[f.j].text in self.pat.building_heads
                and self.prev_words(f.i, 3)[:1] in ([w] for w in self.pat.held_at)
                and self.prev_words(f.i, 3)[1:] == ["at", "the"]
            ):
                # "six hours of talks at the Defense Ministry": the building, the talks' venue
                f.kind = "place"
                f.entry = None
                f.rule = "pattern:venue"
            elif f.kind == "organization" and f.entry is None:
                prev = self.prev_words(f.i, 2)
                last = self.tokens[f.j].text
                if (
                    last in self.pat.venue_heads
                    and ("at" in prev[-2:] or prev[-1:] == ["in"])
                    and not self.member_at(f.i)
                ):
                    f.kind = "place"  # "performed at the Heydar Aliyev Center"
                    f.rule = "pattern:venue"
            elif (
                f.kind == "organization"
                and self.tokens[f.j].text in self.pat.campus_heads
                and f.i > 0
                and self.low(f.i - 1) == "at"
                and self.gaps[f.i] == " "
            ):
                # "to address students at Baku State University": the campus, a place
                f.kind = "place"
                f.entry = None
                f.rule = "pattern:venue"
        allf.sort(key=operator.attrgetter("start"))
        self.mark_uses(allf)
        self.mark_parties(allf + nested)
        return Analysis(
            text=self.text,
            folded=self.folded,
            tokens=self.tokens,
            gaps=tuple(self.gaps),
            words=tuple(self.words),
            lows=tuple(self.lows),
            acronyms=tuple(self.acronyms),
            acronym_at=tuple(self.acronym_at),
            name_like=tuple(self.name_like),
            sentences=self.sentences,
            credits=tuple(credits),
            found=tuple(allf),
            nested=tuple(nested),
            index=self.idx,
        )

    def claim(self, f: Found) -> None:
        """Tokens f.i..f.j are f's."""
        self.owner[f.i : f.j + 1] = [f] * (f.j + 1 - f.i)

    def claim_all(self, found: Iterable[Found]) -> None:
        """The tokens of each name are its own (later names over earlier ones)."""
        owner = self.owner
        for f in found:
            owner[f.i : f.j + 1] = [f] * (f.j + 1 - f.i)

    def lexicon_matches(self) -> list[Found]:
        """Lexicon names, longest first, word-bounded; case-sensitive for persons."""
        out: list[Found] = []
        toks = self.tokens
        n = len(toks)
        lows = self.lows
        first_words = self.idx.first_words
        starts = _where(map(first_words.__contains__, lows))
        gaps = self.gaps
        key_prefixes = self.idx.key_prefixes
        max_tokens = self.idx.max_tokens
        names = self.idx.names
        picks = self.idx.picks
        folded = self.folded
        free = 0  # the first token not inside a name already found
        for i in starts:
            if i < free:
                continue
            hit: Found | None = None
            # the keys of the spans from token i that may still start a name: a longer span's
            # key extends a shorter one's, and a line break stays in every longer span
            # (the key of a span is the keys of its words joined by the keys of its gaps)
            key = lows[i]
            if key not in key_prefixes:
                continue
            keys = [key]
            for j in range(i + 1, min(i + max_tokens, n)):
                gap: str | None = gaps[j]
                if gap != " ":  # a single space is its own key
                    gap = _gap_key(gaps[j])
                    if gap is None:
                        break
                key = key + gap + lows[j]
                if key not in key_prefixes:
                    break
                keys.append(key)
            for size in range(len(keys), 0, -1):
                cands = names.get(keys[size - 1])
                if not cands:
                    continue
                j = i + size - 1
                start = toks[i].start
                end = toks[j].end
                surface = folded[start:end]
                chosen = picks[surface] if surface in picks else self.pick(surface, cands)
                if chosen is not None:
                    kind, entry = chosen
                    hit = Found(
                        start, end, i, j, kind, _LEXICON_RULES[kind], entry, _entry_country(entry)
                    )
                    break
            if hit is None:
                continue
            if (
                hit.kind == "person"
                and hit.i == hit.j
                and i > 0
                and self.plain(i)
                and toks[i - 1].cap
                and toks[i - 1].text.isalpha()
                and toks[i - 1].text not in self.pat.not_name
                and self.ends_title(i - 1) is None
                and not (out and out[-1].j == i - 1)
            ):
                continue  # "Ilham Heydarovich Aliyev": a fuller name the patterns will read
            if hit.kind == "person" and hit.j + 1 < n and self.plain(hit.j + 1):
                nxt = toks[hit.j + 1].text
                if nxt in self.pat.heads or nxt in self.pat.named_after:
                    free = hit.j + 1  # "Heydar Aliyev Center": a name, not the person
                    continue
            out.append(hit)
            free = hit.j + 1
        return out

    def pick(
        self, surface: str, cands: Sequence[tuple[str, Entry, str]]
    ) -> tuple[str, Entry] | None:
        """The lexicon entry a surface names among the entries of its key (None: none fits).

        Remembered per surface on the lexicon index: the candidates follow from the surface.
        """
        picks = self.idx.picks
        if surface in picks:
            return picks[surface]
        if len(picks) > 1 << 16:
            picks.clear()
        picked = picks[surface] = self.pick_among(surface, cands)
        return picked

    def pick_among(
        self, surface: str, cands: Sequence[tuple[str, Entry, str]]
    ) -> tuple[str, Entry] | None:
        exact = name_key(surface, case=True)
        for kind, entry, alias in cands:
            akey = name_key(alias, case=True)
            if akey == exact:
                return kind, entry
            if kind in ("place", "country") and len(exact) > 3 and exact.isupper():
                return kind, entry  # "MOSCOW, December 28": datelines and headlines in capitals
            if kind == "person" or _is_abbreviation(alias):
                continue
            if akey[:1] == exact[:1] and " " in akey:
                return kind, entry
        return None

    def state_names(self, found: list[Found]) -> list[Found]:
        """ "Azerbaijani Republic", "Azerbaijan Republic": a demonym or name plus a state word."""
        out: list[Found] = []
        state_words = self.pat.state_words
        # the words before a state word
        before = [m - 1 for m in _where(map(state_words.__contains__, self.words)) if m]
        if not before:
            return out
        starts = {f.i: f for f in found}
        covered = {k for f in found for k in range(f.i, f.j + 1)}
        toks = self.tokens
        for k in before:
            tok = toks[k]
            nxt = toks[k + 1]
            if not self.plain(k + 1):
                continue
            if k + 1 in covered:
                continue
            country: CountryEntry | None = self.idx.demonyms.get(tok.text)
            f = starts.get(k)
            if country is None and f is not None and f.kind == "country" and f.j == k:
                assert isinstance(f.entry, CountryEntry)
                country = f.entry
            if country is None or (k in covered and (f is None or f.j != k)):
                continue
            if f is not None:
                found.remove(f)
            out.append(
                Found(tok.start, nxt.end, k, k + 1, "country", "state-name", country, country.code)
            )
        return out

    # organizations
    def organizations(self, found: list[Found]) -> list[Found]:
        """Institutional names: head words, "(ABBR)" definitions, sub-units of known bodies."""
        out: list[Found] = []
        after = 0  # the first token after the last organization found
        owner = self.owner
        gaps = self.gaps
        for k in self.org_starts(found):
            if k < after or ((o := owner[k]) is not None and o.kind == "person") or gaps[k] == "-":
                continue  # inside the last one, a person's or after a hyphen
            run = self.org_run(k)
            if run is not None:
                out.append(run)
                after = run.j + 1
        return out

    def org_starts(self, found: list[Found]) -> list[int]:
        """Capitalised tokens from which :meth:`org_run` may find a name, in text order.

        :meth:`make_org` keeps a name only with a head word, a lower-case head, an acronym
        followed by "of" and a country, or a known organization (of ``found``) starting it;
        and a run crosses a gap other than spaces or a hyphen only on the few conditions
        of :meth:`org_run`. A token that reaches none of these before a gap no run crosses
        starts nothing, and is skipped without walking the run.
        """
        words = self.words
        lows = self.lows
        caps = self.caps
        gaps = self.gaps
        owner = self.owner
        n = len(words)
        head_like = set(_where(map(self.pat.heads.__contains__, words)))
        head_like.update(_where(map(self.pat.lower_head_firsts.__contains__, lows)))
        head_like.update(f.i for f in found if f.kind == "organization")
        for k in self.acronym_at:
            # "MIA of Russia": a unit of a country's body
            if k + 2 < n and lows[k + 1] == "of":
                o = owner[k + 2]
                if o is not None and o.kind == "country":
                    head_like.add(k)
        # the tokens after a gap no run crosses, and the first token
        hard = [0]
        for k in self.non_plain:
            if not k:
                continue
            g = gaps[k]
            if g == "-":
                continue
            g = g.strip()
            if not (
                (g == "," and caps[k])  # "on A, B and C"
                or (g == "." and caps[k] and caps[k - 1] and len(words[k - 1]) <= 2)  # "St. P"
                or (g == "(" and self.acronyms[k])  # "(CRI)"
                or (g == ")" and lows[k] in ("of", "for", "on"))  # "(CRI) of the ..."
                or (gaps[k] == "'" and words[k] == "s")  # "Prosecutor General's Office"
            ):
                hard.append(k)
        capitals = self.capitals
        heads = self.pat.heads
        out: list[int] = []
        after = 0  # the first token not yet given out
        for h in sorted(head_like):
            # the capitalised tokens from the start of h's stretch (or after the last) to h
            first = max(hard[bisect.bisect_right(hard, h) - 1], after)
            # a run stops at a lower-case word other than a connector, unless a head word
            # follows within three words ("bilateral working Group")
            for m in range(h - 1, first - 1, -1):
                if (
                    not caps[m]
                    and lows[m] not in _RUN_WORDS
                    and not words[m][0].isdigit()
                    and not any(w in heads for w in words[m + 1 : m + 4])
                ):
                    first = m + 1
                    break
            out += capitals[bisect.bisect_left(capitals, first) : bisect.bisect_right(capitals, h)]
            after = h + 1
        return out

    def is_person_or_place(self, k: int) -> bool:
        o = self.owner[k]
        return o is not None and o.kind == "person"

    def lex_kind(self, k: int) -> str | None:
        o = self.owner[k]
        return o.kind if o is not None else None

    def org_run(self, start: int) -> Found | None:
        toks = self.tokens
        n = len(toks)
        pat = self.pat
        gaps = self.gaps
        plains = self.plains
        lows = self.lows  # the indices below are tokens of the text (checked against n)
        end = start
        heads: list[int] = []
        abbr: str | None = None
        abbr_span: tuple[int, int] | None = None
        on_list = False
        between = False
        if toks[start].text in pat.heads and self.lex_kind(start) is None:
            heads.append(start)
        # the run starts with a known organization (the start stays)
        first = start
        while first + 1 < n and lows[first] in _DETERMINERS and plains[first + 1]:
            first += 1  # "The OSCE Representative ...": led by the OSCE all the same
        lead = self.owner[first]
        led = lead is not None and lead.kind == "organization" and lead.i == first
        k = start + 1
        while k < n:
            tok = toks[k]
            g = gaps[k]
            owner = self.owner[k]
            if owner is not None and owner.kind == "person":
                break
            if g == "-":
                end = k
                k += 1
                continue
            gs = "" if g == " " else g.strip()  # the gap stripped (most are one space)
            if gs == "(" and tok.acronym and k + 1 < n and gaps[k + 1].strip() == ")":
                if heads:
                    abbr = tok.text
                    abbr_span = (tok.start, tok.end)
                    # "(CRI) of the Academy ...", "(SRC) of Russia": the name goes on
                    c = k + 1
                    if c < n and gaps[c].strip() == ")" and lows[c] in ("of", "for", "on"):
                        nxt = c + 1
                        while nxt < n and lows[nxt] == "the" and plains[nxt]:
                            nxt += 1
                        if nxt < n and plains[nxt] and (toks[nxt].cap or toks[nxt].acronym):
                            k = nxt
                            continue
                break
            if (
                g == "'"
                and tok.text == "s"
                and k + 1 < n
                and plains[k + 1]
                and toks[k + 1].text in pat.heads
            ):
                k += 1  # "Prosecutor General's Office"
                continue
            if gs == "," and on_list and tok.cap:
                end = k
                k += 1
                continue
            if not plains[k]:
                if gs == "." and len(toks[k - 1].text) <= 2 and toks[k - 1].cap and tok.cap:
                    end = k  # "St. Petersburg"
                    k += 1
                    continue
                break
            word = tok.text
            lw = tok.low
            if tok.cap or tok.acronym or word[:1].isdigit():
                if plains[k] and f"{toks[k - 1].text} {word}" in pat.heads:
                    heads.append(k)  # "Consulate General": a head of two words
                    end = k
                    k += 1
                    continue
                if (heads or led) and self.ends_title(k) is not None and self.lex_kind(k) is None:
                    while end > start and lows[end] in pat.title_modifiers:
                        end -= 1  # "CIS Executive Secretary": "Executive" is the title's
                    break  # "Security Council Secretary ...", "CIS Executive Secretary ..."
                if (
                    word in pat.heads
                    and self.lex_kind(k) is None
                    and not self.hyphened(k)
                    and not (word in pat.named_heads and lows[k - 1] in pat.connectors)
                ):
                    # ("Freedom of the Media": after a connector "Media" is a subject)
                    heads.append(k)
                if (heads or led) and word in pat.given_names and k + 1 < n and plains[k + 1]:
                    break  # "... Agency Ivan Petrov": a person starts
                if heads and toks[end].text in pat.heads and self.person_starts_at(k):
                    break  # "... Armed Forces Najmaddin Sadigov": a person starts
                end = k
                k += 1
                continue
            if lw in ("of", "for", "on", "the", "de"):
                nxt = k + 1
                while nxt < n and lows[nxt] == "the" and plains[nxt]:
                    nxt += 1
                if (
                    nxt < n
                    and plains[nxt]
                    and (toks[nxt].cap or toks[nxt].acronym)
                    and toks[nxt].text not in pat.not_name  # "... Theatre on Monday"
                ):
                    if lw == "on" and heads:
                        on_list = True
                    k = nxt
                    continue
                if lw == "of" and nxt < n and self.tail_lower(nxt):
                    k = nxt
                    continue
                break
            if lw == "and":
                prev = self.owner[k - 1]
                nxt = k + 1
                if not (nxt < n and plains[nxt] and toks[nxt].cap):
                    break
                if not (heads or on_list or between or self.head_within(nxt)):
                    break  # "Opera and Ballet Theatre": a head ends the joined words
                if (
                    not (on_list or between)
                    and prev is not None
                    and prev.kind
                    in (
                        "country",
                        "place",
                    )
                ):
                    break
                if not (on_list or between) and self.owner[nxt] is not None:
                    break
                k = nxt
                continue
            if lw == "under" and heads and toks[end].text in pat.heads:
                # "Operational Headquarters under the Cabinet of Ministers", "the Migration
                # Service under the Ministry of Interior": a body attached to another is named
                # with it
                nxt = k + 1
                if nxt < n and lows[nxt] == "the" and plains[nxt]:
                    nxt += 1
                o = self.owner[nxt] if nxt < n else None
                if (
                    nxt < n
                    and plains[nxt]
                    and toks[nxt].cap
                    and (
                        (o is not None and o.kind == "organization" and o.i == nxt)
                        or toks[nxt].text in pat.heads
                    )
                ):
                    k = nxt
                    continue
            if lw == "between" and heads and k + 1 < n and toks[k + 1].cap:
                between = True
                k += 1
                continue
            # "Russian Trade Mission in Azerbaijan" (not a lone "the Centre in Nakhabino": a
            # common noun referring back, and a place)
            if lw == "in" and heads and toks[end].text in pat.in_heads and end > start:
                nxt = k + 1
                while nxt < n and lows[nxt] == "the":
                    nxt += 1
                o = self.owner[nxt] if nxt < n else None
                if o is not None and o.kind in ("country", "place") and o.i == nxt:
                    end = o.j
                break
            if self.tail_lower(k) and toks[end].acronym:
                end = k
                while end + 1 < n and self.hyphened(end + 1):
                    end += 1
                break
            lower = self.lower_head(k)
            if lower is not None:
                heads.append(lower)
                end = lower
                break
            # lower-case adjectives before a capitalised head: "bilateral working Group"
            look = k
            while look < n and look - k < 3 and plains[look] and toks[look].text.islower():
                if toks[look].text in ("the", "of", "and", "a", "an", "to", "in"):
                    break
                look += 1
            if (
                look > k
                and look < n
                and plains[look]
                and toks[look].text in pat.heads
                and toks[start].cap
            ):
                heads.append(look)
                end = look
                k = look + 1
                continue
            break
        return self.make_org(start, end, heads, abbr, abbr_span)

    def head_within(self, k: int) -> bool:
        """A head word ends the capitalised words from token k within three words."""
        toks = self.tokens
        for m in range(k, min(k + 3, len(toks))):
            if m > k and not self.plain(m):
                return False
            if not toks[m].cap or self.owner[m] is not None:
                return False
            if toks[m].text in self.pat.heads:
                # "Opera and Ballet Theatre", not "Heads of States and Government": a word of
                # the name stands between "and" and the head
                return m > k
        return False

    def person_starts_at(self, k: int) -> bool:
        """Tokens k, k+1 read "Given Surname" (an unknown given name, a surname ending) with
        no head word after them ("Heydar Aliyev Foundation" is a body)."""
        toks = self.tokens
        pat = self.pat
        if k + 1 >= len(toks) or not self.plain(k + 1) or self.owner[k] is not None:
            return False
        first, last = toks[k].text, toks[k + 1].text
        if not (first.isalpha() and last.isalpha() and toks[k + 1].cap) or first in pat.heads:
            return False
        if last in pat.heads or len(last) <= 5 or not last.casefold().endswith(pat.surname_endings):
            return False
        after = toks[k + 2].text if k + 2 < len(toks) and self.plain(k + 2) else ""
        return after not in pat.heads and after not in pat.named_after

    def tail_lower(self, k: int) -> bool:
        toks = self.tokens
        j = k
        while j + 1 < len(toks) and self.hyphened(j + 1):
            j += 1
        phrase = self.folded[toks[k].start : toks[j].end]
        return phrase in self.pat.tail_lowercase

    def lower_head(self, k: int) -> int | None:
        first = self.low(k)
        for words in self.pat.lower_heads:
            if words and words[0] != first:
                continue
            size = len(words)
            seq = [self.low(k + m) for m in range(size)]
            if seq == list(words) and all(self.plain(k + m) for m in range(size)):
                return k + size - 1
        return None

    def make_org(
        self,
        start: int,
        end: int,
        heads: list[int],
        abbr: str | None,
        abbr_span: tuple[int, int] | None,
    ) -> Found | None:
        toks = self.tokens
        lows = self.lows  # start..end are tokens of the text
        pat = self.pat
        # drop a leading title: "Head of the Directorate ...", "Deputy Chairman of the Board ..."
        first_head = heads[0] if heads else end
        for k in range(first_head - 1, start - 1, -1):
            if lows[k + 1] == "of" and self.ends_title(k) is not None:
                start = k + 2
                while start <= end and lows[start] == "the":
                    start += 1
                break
        while (
            start <= end
            and (toks[start].text in pat.not_name or lows[start] in _DETERMINERS)
            and not (start < end and self.gaps[start + 1] == "-")  # "All-Russian ..."
        ):
            start += 1
        if start + 2 <= end and lows[start + 1] == "based" and self.gaps[start + 1] == "-":
            start += 2  # "the Baku-based Topchubashov Center": where it sits, not its name
        while end >= start and lows[end] in pat.connectors:
            end -= 1
        heads = [h for h in heads if start <= h <= end]
        if start > end:
            return None
        lead = self.owner[start]
        sub_unit = (
            toks[start].acronym
            and not _ROMAN.fullmatch(toks[start].text)
            and start + 2 <= end
            and self.low(start + 1) == "of"
            and self.lex_kind(start + 2) == "country"
        ) or (
            # "MFA of Russia Office for the Volga Region": a unit of a body
            lead is not None
            and lead.kind == "organization"
            and lead.i == start
            and lead.j < end
            and (toks[lead.j + 1].cap or toks[lead.j + 1].acronym)
            and not (lead.j + 1 == end and self.model_mark(end))  # "Sputnik V": a model
            and toks[lead.j + 1].text not in pat.makers  # "an AZAL Embraer": the airline's jet
            and toks[lead.j + 1].text not in pat.editions  # "Caspian News Weekly": an edition
            and not self.title_case_line(start)  # "Putin Arrives With a Rosneft Deal"
        )
        if not heads and not sub_unit:
            return None
        if any(
            toks[k].text[:1].isdigit() and not _ORDINAL.fullmatch(toks[k].text)
            for k in range(start, end + 1)
        ):
            return None  # "AP-NY-05-17-94 0941EDT": a wire's transmission stamp, no name
        if not heads and any(w in pat.products for w in self.next_words(end, 2)):
            return None  # "the Azerbaijan Airlines Embraer passenger jet": a maker's model
        # "the 366th Motor Rifle Regiment": a unit's number is part of its name
        if (
            start > 0
            and toks[end].text in pat.unit_heads
            and self.gaps[start] == " "
            and _ORDINAL.fullmatch(toks[start - 1].text)
        ):
            start -= 1
        if end == start:
            return None
        owner = self.owner[start]
        if owner is not None and owner.i == start and owner.j == end:
            return None  # exactly a lexicon name: the lexicon knows it better
        if toks[end].text in pat.event_tails:
            return None  # "International Army Games": an event's name
        for k in range(start + 1, end):
            if lows[k] == "of" and self.plain(k) and self.plain(k + 1):
                body = " ".join(toks[m].text for m in range(start, k))
                tail = self.owner[k + 1]
                if (
                    body in pat.governing_bodies
                    and tail is not None
                    and tail.kind == "organization"
                    and tail.i == k + 1
                    and tail.j == end
                ):
                    # "Chairman of the Management Committee of Gazprom": the company's organ
                    # in a title, the company named
                    return None
                break
        if (
            toks[end].text in pat.venue_words
            and toks[end].text not in pat.heads
            and not any(lows[k] in ("of", "for") for k in range(start, end))
        ):
            return None  # "Republic Square", "Freedom Park": a place's name, ending in its word
        # a rank's service is part of the rank: "Colonel General of the Police"
        phrase = self.folded[toks[start].start : toks[end].end].casefold()
        if self.low(start - 1) in ("of", "the") and any(
            phrase == s or phrase.startswith(s + " ") for s in pat.services
        ):
            return None
        # a country in a list of heads only: "Russia and Azerbaijan" etc. never reach here
        if all(self.lex_kind(k) in ("country", "place") for k in range(start, end + 1)):
            return None
        # a lone head with a demonym ("Russian Ministry") is kept; resolution merges it
        f = Found(toks[start].start, toks[end].end, start, end, "organization", "pattern:org")
        f.abbreviation = abbr
        if abbr_span is not None:
            f.roles = []
        f.country = self.country_in(start, end)
        return f

    def title_case_line(self, k: int) -> bool:
        """Token k stands in a headline set in title case ("Putin Arrives in Baku With a
        Rosneft Deal"): capitalised words there name nothing by their case alone."""
        text = self.text
        pos = self.tokens[k].start
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        line = text[start : end if end >= 0 else len(text)]
        words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
        if len(words) < 4 or line.rstrip().endswith((".", ":", ";")):
            return False
        return all(w[0].isupper() for w in words)

    def country_in(self, i: int, j: int) -> str | None:
        """The first country a name's words point at (name, demonym, place)."""
        for k in range(i, j + 1):
            o = self.owner[k]
            if o is not None and o.kind in ("country", "place") and o.country:
                return o.country
            dem = self.idx.demonyms.get(self.tokens[k].text)
            if dem is not None:
                return dem.code
        return None

    # persons
    def name_token(self, k: int) -> bool:
        if not (0 <= k < len(self.tokens)) or self.owner[k] is not None:
            return False
        tok = self.tokens[k]
        if not tok.cap or tok.acronym or not tok.text.isalpha():
            return False
        # not a word of the lists (not_name, heads, place words, demonyms, country names)
        if tok.text in self.idx.not_person_words:
            return False
        low = tok.low
        pat = self.pat
        if low in pat.title_modifiers or low.rstrip("s") in pat.title_last_words:
            return False
        if (k > 0 and self.lows[k - 1] in ("of", "the")) and (
            low in self.pat.services
            or self.folded[tok.start : self.tokens[min(k + 1, len(self.tokens) - 1)].end].casefold()
            in self.pat.services
        ):
            return False
        return self.ends_title(k) is None

    def initial(self, k: int) -> bool:
        tok = self.tokens[k] if 0 <= k < len(self.tokens) else None
        return (
            tok is not None
            and len(tok.text) == 1
            and tok.text.isupper()
            and self.folded[tok.end : tok.end + 1] == "."
        )

    def persons(self) -> list[Found]:
        """Persons beyond the lexicon: by title, apposition or a known given name."""
        out: list[Found] = []
        toks = self.tokens
        n = len(toks)
        after = 0  # the first token after the last person found
        words = self.words
        not_person = self.idx.not_person_words
        # j + 1 below is a token after the first: its gap, plainness and word are the lists'
        gaps = self.gaps
        plains = self.plains
        lows = self.lows
        owner = self.owner
        particles = self.pat.particles
        name_token = self.name_token
        for k in [k for k in self.name_like if words[k] not in not_person]:
            if k < after or not name_token(k):
                continue
            j = k
            size = 1
            while j + 1 < n and size < 4:
                if gaps[j + 1] == "-" and toks[j + 1].cap and owner[j + 1] is None:
                    j += 1  # "Renaud-Basso", "Jean-Yves": one word of the name
                    continue
                if (
                    size >= 1
                    and lows[j + 1] in particles
                    and plains[j + 1]
                    and self.plain(j + 2)
                    and name_token(j + 2)
                ):
                    j += 2  # "Thomas de Waal", "Ursula von der Leyen" (one particle)
                    size += 1
                    continue
                if not (plains[j + 1] and name_token(j + 1)):
                    break
                j += 1
                size += 1
            found = self.person_here(k, j, size)
            if found is not None:
                out.append(found)
                after = found.j + 1
        return out

    def product_after(self, f: Found) -> bool:
        """ "the Sputnik V vaccine", "Iskander missiles": a product noun follows the name
        (after at most one number or letter)."""
        plains = self.plains  # k is a token after the first (checked against the length)
        lows = self.lows
        k = f.j + 1
        if self.model_mark(k):
            return True  # "the first batch of Sputnik V arrived": a model's name
        if k < len(self.tokens) and plains[k] and not self.tokens[k].text.islower():
            if not (_ROMAN.fullmatch(self.tokens[k].text) or self.tokens[k].text.isdigit()):
                return False
            k += 1
        return k < len(self.tokens) and plains[k] and lows[k] in self.pat.products

    def model_mark(self, k: int) -> bool:
        """Token k is a model's mark after a name: a Roman numeral or a capital letter, with no
        capitalised word or full stop after it ("Sputnik V", not "Sputnik V. Ivanov")."""
        toks = self.tokens
        if not (0 < k < len(toks) and self.plains[k]):
            return False
        word = toks[k].text
        if len(word) > 4 or word == "I" or not word.isupper():
            return False  # most words: no mark
        if not (len(word) == 1 or _ROMAN.fullmatch(word)):
            return False
        if self.folded[toks[k].end : toks[k].end + 1] == ".":
            return False
        return not (k + 1 < len(toks) and self.plains[k + 1] and self.caps[k + 1])

    def regional_bodies(self, found: list[Found]) -> list[tuple[Found, Found]]:
        """ "the government of the Astrakhan Region": a region's or city's own body, named in
        lower case with the place (countries' bodies are in the lexicon)."""
        out: list[tuple[Found, Found]] = []
        toks = self.tokens
        for p in found:
            if p.kind != "place" or p.metonym or not isinstance(p.entry, PlaceEntry):
                continue
            if p.entry.category not in ("region", "city", "territory"):
                continue
            # "the Astrakhan regional government", "the Baku city administration"
            k = p.j + 1
            if (
                self.low(k) in self.pat.local_levels
                and self.low(k + 1) in self.pat.lower_bodies_of
                and self.plain(k)
                and self.plain(k + 1)
                and toks[k].text.islower()
                and toks[k + 1].text.islower()
            ):
                b = Found(
                    p.start, toks[k + 1].end, p.i, k + 1, "organization", "pattern:regional-body"
                )
                b.country = p.country
                out.append((b, p))
                continue
            k = p.i - 1
            if self.low(k) == "the" and self.plain(k + 1):
                k -= 1
            if not (self.low(k) == "of" and self.plain(k + 1) and self.plain(k)):
                continue
            head = k - 1
            if head < 0 or toks[head].text not in self.pat.lower_bodies_of:
                continue  # lower case only: "Government of ..." is a name the lexicon knows
            b = Found(toks[head].start, p.end, head, p.j, "organization", "pattern:regional-body")
            b.country = p.country
            out.append((b, p))
        return out

    def branches(self, found: list[Found]) -> list[tuple[Found, list[Found]]]:
        """ "the Baku branch of Moscow State University": a branch in a place is a body of its
        own, named with the place and the parent body."""
        out: list[tuple[Found, list[Found]]] = []
        by_start = {f.i: f for f in found}
        for p in found:
            if p.kind != "place" or p.metonym:
                continue
            k = p.j + 1
            if not (
                self.low(k) in self.pat.branch_words
                and self.low(k + 1) == "of"
                and self.plain(k)
                and self.plain(k + 1)
            ):
                continue
            m = k + 2
            while self.low(m) == "the" and self.plain(m):
                m += 1
            o = by_start.get(m)
            if o is None or o.kind != "organization" or not self.plain(m):
                continue
            b = Found(p.start, o.end, p.i, o.j, "organization", "pattern:branch")
            b.country = p.country
            out.append((b, [p, o]))
        return out

    def shared_surnames(self, found: list[Found]) -> list[Found]:
        """ "brothers Ziyaddin and Huseyn Safarov", "Ilham and Mehriban Aliyev": a lone given
        name joined by "and" to a full name shares its surname."""
        out: list[Found] = []
        toks = self.tokens
        for f in found:
            k = f.i - 2
            if f.kind != "person" or f.j - f.i < 1 or k < 0:
                continue
            if not (self.low(f.i - 1) == "and" and self.plain(f.i - 1) and self.plain(f.i)):
                continue
            first = toks[f.i].text
            if not (first in self.pat.given_names or first in self.idx.first_names):
                continue  # the full name must open with a given name
            if not self.name_token(k):
                continue
            before = self.gap(k).strip()
            if k > 0 and not before and (toks[k - 1].cap or self.title_before(k)):
                continue  # "Ivan Petrov and ...", "President X and ...": no lone given name
            if toks[k].text in self.idx.surnames and toks[k].text not in self.pat.given_names:
                continue  # "Mammadov and Huseyn Safarov": a surname, not a given name
            g = Found(toks[k].start, toks[k].end, k, k, "person", "pattern:shared-surname")
            g.surname = self.text[toks[f.j].start : toks[f.j].end]
            out.append(g)
        return out

    def person_here(self, i: int, j: int, size: int) -> Found | None:
        toks = self.tokens
        pat = self.pat
        title = self.title_before(i)
        first = toks[i].text
        last = toks[j].text
        rule = ""
        if size == 2 and last.casefold().endswith(pat.patronymic_endings) and len(last) > 5:
            return None  # "Dmitry Ivanovich": an address form, resolved later
        if size >= 2 and title:
            rule = "pattern:title-name"
        elif size >= 2 and self.apposition_after(j):
            rule = "pattern:name-apposition"
        elif size >= 2 and (first in pat.given_names or first in self.idx.first_names):
            rule = "pattern:given-name"
        elif (
            size == 1
            and title
            and title.split()[-1].casefold() in pat.single_name_ok
            and last.casefold().endswith(pat.surname_endings)
        ):
            rule = "pattern:title-surname"
        elif (
            size == 2
            and not self.sentence_initial(i)
            and last.casefold().endswith(pat.surname_endings)
            and len(last) > 4
            and first.casefold().endswith(pat.patronymic_endings) is False
            and not toks[i].low.endswith(pat.surname_endings)
        ):
            rule = "pattern:surname-form"
        if not rule and size == 1 and title and self.plain(i):
            t0 = self.ends_title(i - 1)
            if t0 is not None:
                phrase = self.text[toks[t0].start : toks[i - 1].end]
                if phrase.casefold() in pat.regnal:
                    return self.regnal_person(i, phrase)
        if not rule:
            return None
        f = Found(toks[i].start, toks[j].end, i, j, "person", rule)
        if title:
            f.roles.append(title)
        return f

    def regnal_person(self, i: int, title: str) -> Found | None:
        """ "King Abdullah II of Jordan", "Patriarch Bartholomew": a monarch's or church
        leader's name holds the title, a regnal number and "of <place>"."""
        toks = self.tokens
        n = len(toks)
        first = i - len(title.split())
        if first < 0 or self.owner[first] is not None:
            return None
        j = i
        if j + 1 < n and self.plain(j + 1) and _ROMAN.fullmatch(toks[j + 1].text):
            j += 1
        if j + 2 < n and self.low(j + 1) == "of" and self.plain(j + 1) and self.plain(j + 2):
            o = self.owner[j + 2]
            if o is not None and o.kind in ("country", "place") and o.i == j + 2:
                j = o.j
        name = toks[i].text
        if j == i and name not in self.pat.given_names and name not in self.idx.first_names:
            return None  # "King Street": a given name, a number or a realm makes a monarch
        f = Found(toks[first].start, toks[j].end, first, j, "person", "pattern:regnal")
        f.roles.append(title)
        return f

    def title_before(self, i: int) -> str:
        """The title phrase right before token i ("Russian Prime Minister"), or ""."""
        toks = self.tokens
        pat = self.pat
        k = i - 1
        if k < 0:
            return ""
        if not self.plain(i):
            return self.title_segment_before(i) if self.gap(i).strip() == "," else ""
        # from here 0 < i < len(tokens): the tokens and gaps up to i are the lists'
        lows = self.lows
        gaps = self.gaps
        plains = self.plains
        ends_title = self.ends_title
        if ends_title(k) is None:
            # "... Mayor of Moscow Sergei Sobyanin": title + of + name before
            probe = k
            steps = 0
            while probe >= 0 and steps < 8:
                if lows[probe] == "of" and ends_title(probe - 1) is not None:
                    if not any(toks[m].cap for m in range(probe + 1, k + 1)):
                        return ""  # "Minister of Internal Affairs": a domain, not a name
                    break
                if (
                    probe < i - 1
                    and not (plains[probe + 1] or gaps[probe + 1] == "-")
                    and not (gaps[probe + 1].strip() == "." and len(toks[probe].text) <= 2)
                ):
                    return ""
                if not (toks[probe].cap or lows[probe] in ("of", "the", "and")):
                    return ""
                probe -= 1
                steps += 1
            else:
                return ""
            if probe < 0:
                return ""
        first = k
        owner = self.owner
        while first - 1 >= 0:
            p = first - 1
            if not (plains[first] or gaps[first] == "-") and not (
                gaps[first].strip() == "." and len(toks[p].text) <= 2
            ):
                break
            lw = lows[p]
            o = owner[p]
            if o is not None and o.kind == "person":
                break
            if (
                toks[p].cap
                or lw in pat.title_last_words
                or lw in pat.title_modifiers
                or lw in ("of", "the", "and", "for")
                or self.title_at(p, p)
            ):
                first = p
                continue
            break
        while first <= k and (
            lows[first] in ("the", "a", "an", "and", "of", "for")
            or (toks[first].text in pat.not_name and ends_title(first) is None)
        ):
            first += 1
        if first > k:
            return ""
        return self.text[toks[first].start : toks[k].end]

    def title_segment_before(self, i: int) -> str:
        """ "the foreign minister of Russia, Sergei Lavrov": a title clause before a comma."""
        toks = self.tokens
        k = i - 1
        first = k
        while first - 1 >= 0 and k - first < 14:
            g = self.gap(first)
            if g.strip() not in ("", "-", ".") or "\n" in g:
                break
            first -= 1
        while first <= k and self.low(first) in ("and", "the", "a", "an", "by", "with", "to"):
            first += 1
        if first > k:
            return ""
        m = first
        while m <= k and self.low(m) in self.pat.title_modifiers:
            m += 1
        for n in (3, 2, 1):
            if self.title_at(m, m + n - 1) and (m + n > k or self.low(m + n) in ("of", "to")):
                return self.text[toks[first].start : toks[k].end]
        return ""

    def credit_lines(self) -> list[tuple[int, int]]:
        """Short lines crediting a source ("Based on materials from TASS") or an author ("By
        Reuters Staff"): no participants."""
        out: list[tuple[int, int]] = []
        pos = 0
        starts = self.pat.credits
        byline_starts = self.pat.byline_starts
        after_byline = False  # the last line with text was a byline
        for line in self.folded.split("\n"):
            if after_byline and _STAFF_LINE.fullmatch(line.strip()):
                # "By Anna Petrova\nAssociated Press Writer": the reporter's staff line
                out.append((pos, pos + len(line)))
                pos += len(line) + 1
                after_byline = False
                continue
            if line.strip():
                after_byline = False
            low = line.strip().casefold()
            if low.startswith("(") and not low.startswith(starts):
                low = low[1:]  # "(Reporting by Reuters; Writing by ...)"
            # the first word first: the whole line is split only when it opens a byline
            first = low.split(None, 1)[:1]
            byline = (
                bool(first)
                and first[0] in byline_starts
                and len(low.split()) <= self.pat.byline_words
                and not low.endswith(".")
            )
            after_byline = after_byline or byline
            if byline or (
                low.startswith(starts)
                and (
                    len(low) < 120
                    # "Copyright 1997 The Associated Press. All rights reserved. This material
                    # may not be published ...": the notice runs on
                    or low.startswith(self.pat.notices)
                    # "Reporting by A; Additional reporting by B; Writing by C; Editing by D"
                    or (";" in low and all(" by " in f" {part.strip()}" for part in low.split(";")))
                )
            ):
                out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return out

    def apposition_text(self, j: int) -> str:
        """The title in "Name, head of the ... group," when one follows the name."""
        if not self.apposition_after(j):
            return ""
        m = _APPOSITION.match(self.text, self.tokens[j].end)
        return m.group(1).strip() if m else ""

    def apposition_after(self, j: int) -> bool:
        """ "Ivan Petrov, director of ...": a comma and a title follow the name."""
        toks = self.tokens
        # k and m are tokens after the first (checked against the length)
        gaps = self.gaps
        lows = self.lows
        k = j + 1
        if k >= len(toks) or gaps[k].strip() != ",":
            return False
        while k < len(toks) and lows[k] in _DETERMINERS:
            k += 1
        for m in range(k, min(k + 4, len(toks))):
            if self.ends_title(m) is not None and (
                m == k or self.title_at(k, m) or lows[m - 1] in self.pat.title_modifiers
            ):
                return True
            if lows[m] not in self.pat.title_modifiers and not toks[m].cap:
                break
        return False

    # uses of names
    def mark_uses(self, found: list[Found]) -> None:
        """Capitals/seats standing for their state; countries named as locations."""
        pat = self.pat
        capitals = self.idx.capitals
        sources_before = tuple(pat.sources_before)
        by_end = {f.j: f for f in found}
        for f in found:
            if f.kind == "place":
                # only a capital or seat is read further
                code = capitals.get(name_key(self.text[f.start : f.end], case=True))
                if code is None:
                    continue
                # the three words before (the two before are their last two)
                prev3 = self.prev_words(f.i, 3)
                prev_words = prev3[-2:]
            elif f.kind == "country":
                prev_words = self.prev_words(f.i, 2)
            else:
                continue
            loc = bool(prev_words) and prev_words[-1] in pat.locative
            if not loc and len(prev_words) == 2 and prev_words[-1] == "the":
                loc = prev_words[0] in pat.locative
            if f.kind == "country" and loc and self.trade_party(f.i):
                loc = False  # "gas supplies from Russia", "deliveries of weapons to Armenia"
            if (
                f.kind == "country"
                and loc
                and _POSSESSIVE_S.match(self.folded[f.end : f.end + 3])
                and self.next_words(f.j + 1, 1)[:1] in ([w] for w in pat.request_nouns)
            ):
                loc = False  # "at France's request", "at Russia's initiative": the state asking
            if f.kind == "country" and loc:
                words = [w for w in self.prev_words(f.i, 3) if w != "the"]
                if words[-2:-1] and words[-1] == "from" and words[-2] in pat.people_from:
                    loc = False  # "lawmakers from Armenia": people of the state, a party
            if f.kind == "country":
                nxt = self.next_words(f.j, 1)
                f.classifier = (
                    (bool(nxt) and nxt[0] in pat.modified_nouns)
                    or self.in_title(f.i)
                    or self.affiliation(f)
                    or self.state_ended(f.i)
                )
                f.locative = (
                    loc
                    or self.after_place_comma(f)
                    or self.joined_location(f, by_end)
                    or self.where_after(f.j)
                )
                continue
            after = self.folded[f.end : f.end + 3]
            possessive = bool(_POSSESSIVE_S.match(after))
            if possessive and loc and f.j + 2 < len(self.tokens) and self.caps[f.j + 2]:
                # "in the Kremlin's Green Drawing Room": a named part of the place, a location
                possessive = False
            source = " ".join(w for w in prev3 if w != "the")[-40:]
            source_hit = source.endswith(sources_before)
            reacting = (
                loc
                and len(prev3) >= 2
                and prev3[-1] in ("in", "from")
                and prev3[-2] in self.pat.reaction_nouns
            )  # "a reaction in Yerevan", "a response from Baku": the state reacting
            if loc and not (possessive or source_hit or reacting):
                continue
            nxt = self.next_words(f.j, 2)
            if any(w in pat.hosting for w in self.next_words(f.j, 4)):
                # "Baku will host the forum": the venue, a location, and its state the host
                f.host = True
                f.country = code
                continue
            acts = self.verb_after(f.j)
            content = [w for w in prev3 if w not in _QUANTIFIERS]
            acted_on = bool(content) and content[-1] in pat.verbs_before
            if not acted_on and len(prev3) >= 2:
                # "Ankara would stand by Baku", "relies on Moscow": a phrasal verb before
                acted_on = " ".join(prev3[-2:]) in pat.phrases_before
            titled = bool(nxt) and self.ends_title(f.j + 1) is not None and self.plain(f.j + 1)
            # "For Moscow, the withdrawal removes an irritant": the state's point of view
            viewpoint = (
                prev_words[-1:] == ["for"]
                and self.folded[f.end : f.end + 1] == ","
                and char_before(self.folded, self.tokens[f.i - 1].start, " \t\"'") in _CLAUSE_OPEN
            )
            if nxt[:1] in (["and"], ["nor"], ["or"]) and not acts:
                # "Baku and Yerevan stop ...": two capitals acting together
                other = self.owner[f.j + 2] if f.j + 2 < len(self.tokens) else None
                if other is not None and other.i == f.j + 2:
                    key = name_key(self.text[other.start : other.end], case=True)
                    acts = key in self.idx.capitals and self.verb_after(other.j)
            if (
                (titled or (not loc and self.attributive(f.j)))
                and not (possessive or acts or acted_on or source_hit or viewpoint)
                and name_key(self.text[f.start : f.end], case=True) in self.seat_keys
            ):
                # "the first Kremlin state visit", "Kremlin officials": a seat modifying a noun
                # "Kremlin spokesman Dmitry Peskov": whose office, neither a location nor the
                # state acting
                f.affiliation = True
                continue
            if possessive or acts or acted_on or source_hit or titled or viewpoint or reacting:
                f.metonym = True
                f.country = code
        self.coordinate_metonyms(found)

    def coordinate_metonyms(self, found: list[Found]) -> None:
        """ "keep both Baku and Yerevan close": capitals joined by "and" share their use."""
        by_start = {f.i: f for f in found}
        for f in found:
            if not f.metonym:
                continue
            nxt = self.next_words(f.j, 1)
            other = by_start.get(f.j + 2) if nxt in (["and"], ["or"], ["nor"]) else None
            if other is not None and other.kind == "place" and not other.metonym:
                code = self.idx.capitals.get(
                    name_key(self.text[other.start : other.end], case=True)
                )
                if code is not None:
                    other.metonym = True
                    other.country = code

    def joined_location(self, f: Found, by_end: dict[int, Found]) -> bool:
        """ "in Poland and the Czech Republic", "with the Persian Gulf and India": a country
        joined by "and"/"or" to a location is one too."""
        k = f.i - 1
        if k >= 1 and self.lows[k] == "the":
            k -= 1
        if k < 1 or self.lows[k] not in ("and", "or") or self.gaps[k].strip():
            return False
        before = by_end.get(k - 1)
        if before is None:
            return False
        if before.kind == "country":
            # not "partners from the United States and France": people of, not places
            m = before.i - 1
            if m >= 0 and self.lows[m] == "the":
                m -= 1
            return before.locative and (m < 0 or self.lows[m] != "from")
        return (
            before.kind == "place"
            and not before.metonym
            and isinstance(before.entry, PlaceEntry)
            and before.entry.category not in ("venue",)
            and not self.idx.capitals.get(name_key(self.text[before.start : before.end], case=True))
        )

    def where_after(self, j: int) -> bool:
        """ "unlike Georgia, where a visa regime applies": ", where" after a name makes it the
        setting of what follows, a location."""
        k = j + 1
        return k < len(self.tokens) and self.gaps[k] == ", " and self.lows[k] == "where"

    def attributive(self, j: int) -> bool:
        """A noun of ``seat_nouns`` follows token j directly ("Kremlin state visit", "Kremlin
        officials"): the name modifies it."""
        k = j + 1
        if k >= len(self.tokens) or self.gaps[k] != " ":
            return False
        tok = self.tokens[k]
        return tok.text.islower() and tok.low in self.pat.seat_nouns

    def verb_after(self, j: int) -> bool:
        """A verb of ``verbs_after`` follows token j, across up to two adverbs ("politely",
        "no longer", "still") and an opening quote ('Baku "regrets" the decision')."""
        lows = self.lows
        gaps = self.gaps
        n = len(lows)
        k = j + 1
        aside = _ASIDE.match(self.folded, self.tokens[j].end)
        if aside is not None:
            # "Tbilisi, for its part, has watched": past the aside to the verb
            while k < n and self.tokens[k].start < aside.end():
                k += 1
            return k < n and lows[k] in self.pat.verbs_after
        closing = False  # the comma after an aside ("Ankara, too, will ...") comes next
        for _ in range(3):
            if k >= n or "\n" in gaps[k]:
                return False
            gap = gaps[k].strip(" \t\"'")
            if closing and gap == ",":
                closing = False
            elif gap:
                if not (
                    gap == ","
                    and k + 1 < n
                    and gaps[k + 1].strip() == ","
                    and (lows[k] in self.pat.adverbs or lows[k] == "however")
                ):
                    return False
                closing = True
                k += 1
                continue
            word = lows[k]
            if word in self.pat.verbs_after:
                return True
            if not (word.endswith("ly") or word in self.pat.adverbs):
                return False
            k += 1
        return False

    def state_ended(self, i: int) -> bool:
        """ "after the collapse of the Soviet Union": a state named as the end of its history,
        a point in time, not a participant."""
        if i < 2 or self.lows[i - 1] not in ("of", "the"):
            return False
        prev = self.prev_words(i, 4)
        if prev[-1:] == ["the"]:
            prev = prev[:-1]
        return len(prev) >= 2 and prev[-1] == "of" and prev[-2] in self.pat.state_ends

    def in_title(self, i: int) -> bool:
        """ "the President of Azerbaijan": a country naming whose office a title is."""
        k = i - 1
        steps = 0
        # 1 <= k < i: the tokens' columns directly
        lows = self.lows
        caps = self.caps
        plains = self.plains
        while k >= 1 and steps < 8 and plains[k + 1]:
            if (
                lows[k] in ("of", "for", "to")
                and (
                    self.ends_title(k - 1) is not None
                    # "the Presidents of Azerbaijan and Armenia": a plural title, capitalised as a
                    # formal one ("the presidents of Azerbaijan, Iran and Russia signed" may make
                    # the states the parties)
                    or (
                        caps[k - 1]
                        and lows[k - 1][-1:] == "s"
                        and lows[k - 1][:-1] in self.pat.title_last_words
                    )
                )
            ):
                return True
            if not (caps[k] or lows[k] in ("of", "the", "for", "and")):
                return False
            k -= 1
            steps += 1
        return False

    def affiliation(self, f: Found) -> bool:
        """ "Russia's Gazprom": a possessive country naming whose company follows."""
        after = self.folded[f.end : f.end + 3]
        if not _POSSESSIVE_S_SPACE.match(after):
            return False
        k = f.j + 2
        if k >= len(self.tokens) or not self.plain(k):
            return False
        # "Azerbaijan's president" names an office, like "the President of Azerbaijan"
        return self.tokens[k].cap or self.ends_title(k) is not None or self.title_at(k, k + 1)

    def after_place_comma(self, f: Found) -> bool:
        """ "Aktau, Kazakhstan": a country after a place and a comma locates it."""
        if f.i == 0 or self.gap(f.i).strip() != ",":
            return False
        prev = self.owner[f.i - 1]
        if prev is not None and prev.kind == "place":
            return True
        word = self.tokens[f.i - 1].text
        return (
            self.tokens[f.i - 1].cap
            and prev is None
            and word not in self.pat.not_name
            # "According to the MP, Russia's parliament ...": a title and an owner, no town
            and not self.acronyms[f.i - 1]
            and not _POSSESSIVE_S.match(self.folded, f.end)
        )

    def member_at(self, i: int) -> bool:
        """ "experts at the Topchubashov Center said": people of a body before "at (the)",
        whose body it is, not a venue."""
        words = [w for w in self.prev_words(i, 3) if w != "the"]
        return len(words) >= 2 and words[-1] == "at" and words[-2] in self.pat.members_at

    def trade_party(self, i: int) -> bool:
        """A country after "from"/"to"/"through" in a flow of goods ("gas supplies from
        Russia", "deliveries of Russian weapons to Armenia", "imports from Russia"): a party
        to the trade, not a location."""
        words = self.prev_words(i, 6)
        if not words or words[-1] not in self.pat.trade_prepositions:
            return False
        return any(w in self.pat.trade_words for w in words[:-1])

    def prev_words(self, i: int, count: int) -> list[str]:
        """Up to ``count`` words right before token i, back to the first gap that is not blank."""
        gaps = self.gaps
        k = i - 1
        stop = max(i - count, 0)
        while k >= stop and (gaps[k + 1] == " " or not gaps[k + 1].strip()):
            k -= 1
        return self.lows[k + 1 : i]

    def next_words(self, j: int, count: int) -> list[str]:
        """Up to ``count`` words right after token j, up to the first gap that is not blank."""
        gaps = self.gaps
        k = j + 1
        stop = min(len(gaps), j + 1 + count)
        while k < stop and (gaps[k] == " " or not gaps[k].strip()):
            k += 1
        return self.lows[j + 1 : k]

    def mark_parties(self, found: list[Found]) -> None:
        """Regions acting as parties ("between Azerbaijan and Tatarstan", "delegation of X")."""
        by_start = {f.i: f for f in found}
        by_end = {f.j: f for f in found}
        for f in found:
            if f.kind != "place" or f.metonym:
                continue
            if self.idx.capitals.get(name_key(self.text[f.start : f.end], case=True)):
                continue
            if isinstance(f.entry, PlaceEntry) and f.entry.category in _NO_PARTY:
                continue  # "with the Persian Gulf and India": a sea or a venue never acts
            prev = self.prev_words(f.i, 2)
            if tuple(prev) in self.pat.party_before:
                f.party = True
                continue
            if prev[-1:] and (
                prev[-1] in self.pat.locative
                or (prev[-1] == "of" and prev[0] in self.pat.type_words)
            ):
                continue  # "through Makhachkala and ...", "the port of Aktau and ...": a location
            # "<country> and <place>" or "<place> and (the) <country>"
            # "Tatarstan and the Ministry of Economy": with a body, only a region standing alone
            # ("the government of the Astrakhan Region and ASCO": the government is the party)
            partners = ("country",) if f.nested else ("country", "organization")
            if prev[-1:] == ["and"]:
                other = by_end.get(f.i - 2)
                if other is not None and other.kind in partners:
                    f.party = True
                    continue
            nxt = self.next_words(f.j, 2)
            if nxt[:1] == ["and"]:
                k = f.j + 2
                if nxt[1:] == ["the"]:
                    k += 1
                other = by_start.get(k)
                if other is not None and other.kind in partners:
                    f.party = True


def _entry_country(entry: Entry) -> str | None:
    if isinstance(entry, CountryEntry):
        return entry.code
    return entry.country
