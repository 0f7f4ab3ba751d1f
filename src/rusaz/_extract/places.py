"""Places: cities, regions, territories and venues named as locations.

A lexicon place is a Place unless every mention of it stands for a state ("Baku welcomed
the decision") or acts as a party ("between Azerbaijan and Dagestan"), or lies inside a
longer name ("Kazan Expo Center"). A country is a Place when the text only ever names it as
a location ("the war in Syria", "Aktau, Kazakhstan") and never lets it act. Unknown places
are capitalised names ending in a place word of ``place_patterns.toml`` ("Krasnodar
Territory", "Caspian State Museum") and towns placed in a country ("X, Kazakhstan").
"""

from __future__ import annotations

from functools import cache

import attrs

from rusaz._data import read_data
from rusaz._extract._names import Analysis, Found, _where, analyse, char_before, patterns, slug
from rusaz._lexicon import CountryEntry, Lexicon, OrganizationEntry, PlaceEntry
from rusaz._model import Mention, Place, Span
from rusaz._text import Document

__all__ = ["find_places"]


@cache
def _suffixes() -> frozenset[str]:
    data = read_data("place_patterns.toml")
    return frozenset(w for w in (*data["regions"], *data["venues"]) if " " not in w)


def _office_of_person(an: Analysis, f: Found, person_starts: set[int]) -> bool:
    """ "the head of Dagestan, Sergei Melikov", "Rais of the Republic of Tatarstan Rustam
    Minnikhanov": a place naming whose office a person's title is, not a location."""
    toks = an.tokens
    k = f.i - 1
    if k >= 0 and toks[k].low == "the":
        k -= 1
    if k < 1 or toks[k].low != "of":
        return False
    pat = patterns()
    phrase = ""
    for m in range(k - 1, max(k - 4, -1), -1):
        if an.gaps[m + 1].strip():
            break
        phrase = (toks[m].low + " " + phrase).strip()
        if phrase in pat.titles:
            break
    else:
        return False
    if phrase not in pat.titles:
        return False
    nxt = f.j + 1
    return nxt in person_starts and an.gaps[nxt].strip() in ("", ",")


@cache
def _event_tails() -> frozenset[str]:
    return frozenset(read_data("actor_patterns.toml")["organizations"].get("event_tails", ()))


_Phrases = dict[str, tuple[tuple[str, ...], ...]]  # word -> phrases (as word tuples)


@cache
def _vessels() -> tuple[_Phrases, _Phrases, bool]:
    """The vessel phrases by their last word (to read before a place) and by their first word
    (to read after it), and whether an empty phrase (which fits anywhere) is among them."""
    phrases = [tuple(w.split()) for w in read_data("place_patterns.toml").get("vessels", ())]
    by_last: dict[str, list[tuple[str, ...]]] = {}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in dict.fromkeys(phrases):
        if words:
            by_last.setdefault(words[-1], []).append(words)
            by_first.setdefault(words[0], []).append(words)
    return (
        {w: tuple(v) for w, v in by_last.items()},
        {w: tuple(v) for w, v in by_first.items()},
        () in phrases,
    )


def _vessel_name(an: Analysis, f: Found) -> bool:
    """ "the missile ship Dagestan", "the Dagestan missile ship": a ship named after a place."""
    by_last, by_first, empty = _vessels()
    if empty:
        return True
    toks = an.tokens
    gaps = an.gaps
    n = len(toks)
    # only the phrases ending with the word before the place, or opening the word after it
    if f.i > 0:
        for words in by_last.get(toks[f.i - 1].text, ()):
            before = f.i - len(words)
            if before >= 0 and all(
                toks[before + d].text == w and gaps[before + d + 1] == " "
                for d, w in enumerate(words)
            ):
                return True
    after = f.j + 1
    if after < n:
        for words in by_first.get(toks[after].text, ()):
            if after + len(words) <= n and all(
                toks[after + d].text == w and gaps[after + d] == " " for d, w in enumerate(words)
            ):
                return True
    return False


@cache
def _facility_words() -> tuple[_Phrases, frozenset[str]]:
    """Facility phrases after a place by their first word, longest first (an empty phrase,
    which fits anywhere, under "" and after every word's), and the facility words before
    "of"."""
    data = read_data("place_patterns.toml")
    # hyphenated words are split, the part after a hyphen marked "-": "early-warning radar"
    # is ("early", "-warning", "radar")
    after = sorted(
        (
            tuple(
                p if i == 0 else "-" + p for w in phrase.split() for i, p in enumerate(w.split("-"))
            )
            for phrase in data.get("facilities", ())
        ),
        key=len,
        reverse=True,
    )
    empty = [words for words in after if not words]
    by_first: dict[str, list[tuple[str, ...]]] = {"": []}
    for words in after:
        if words:
            by_first.setdefault(words[0], []).append(words)
    return {w: tuple(v + empty) for w, v in by_first.items()}, frozenset(
        data.get("facilities_of", ())
    )


@attrs.define
class _Pl:
    key: str
    name: str
    entry: PlaceEntry | CountryEntry | None = None
    country: str | None = None
    mentions: list[Mention] = attrs.Factory(list)
    # the (start, end) of ``mentions``, for a quick check
    spans: set[tuple[int, int]] = attrs.Factory(set)
    forms: list[str] = attrs.Factory(list)
    # names the text gives the place only inside a longer mention ("Gabala" of "the Gabala
    # radar station" when the town is named nowhere else)
    inner_names: list[str] = attrs.Factory(list)


def find_places(doc: Document, lexicon: Lexicon) -> tuple[Place, ...]:
    """Every place named as a location in the document, with its mentions."""
    an = analyse(doc.text, lexicon, [(s.start, s.end) for s in doc.sentences])
    found: dict[str, _Pl] = {}
    text = an.text

    def add(
        key: str,
        name: str,
        entry: PlaceEntry | CountryEntry | None,
        country: str | None,
        start: int,
        end: int,
        rule: str,
    ) -> None:
        have = found.get(key)
        if have is None:
            have = found[key] = _Pl(key=key, name=name, entry=entry, country=country)
        if (start, end) not in have.spans:
            have.spans.add((start, end))
            have.mentions.append(Mention(Span(start, end), rule))
            have.forms.append(text[start:end])

    owner = _owners(an)
    person_starts = {f.i for f in an.found if f.kind == "person"}
    patterned = _patterned(an, owner) + _facilities(an) + _described(an, owner)
    taken = [(p.start, p.end) for p in patterned]
    countries: dict[str, list[Found]] = {}
    outlet = doc.outlet_span
    n_tokens = len(an.tokens)
    lows = an.lows
    after_words = frozenset(("in", *_district_words()))  # "Astara in Iran", "Aghdam district"
    for f in an.found:
        if outlet is not None and outlet.start < f.end and f.start < outlet.end:  # overlap
            continue
        if f.kind == "place" and f.entry is None:
            name = text[f.start : f.end]
            add("pattern:" + name, name, None, f.country, f.start, f.end, f.rule)
        elif f.kind == "place" and not (
            f.metonym
            or f.party
            or f.affiliation
            or any(s <= f.start and f.end <= e for s, e in taken)
            or _named_before(an, f, owner)
            or _vessel_name(an, f)
            or _office_of_person(an, f, person_starts)
            or _type_name(an, f)
        ):
            assert isinstance(f.entry, PlaceEntry)
            e = f.entry
            end = f.end
            after = f.j + 1
            if after < n_tokens and an.gaps[after] == ", ":
                e = _placed(an, f, e, lexicon, owner)  # "Astara, Iran"
            elif after < n_tokens and lows[after] in after_words:
                e = _placed(an, f, e, lexicon, owner)  # "Astara in Iran"
                end = _district_end(an, f, e)  # "the Aghdam district"
            add(e.id, e.name, e, e.country, f.start, end, "lexicon")
            bare = text[f.start : f.end]
            if end != f.end and bare != e.name and bare not in found[e.id].inner_names:
                # "the Kelbajar district": the spelling written before "district" is a name
                # of the place too
                found[e.id].inner_names.append(bare)
        elif f.kind == "country" and isinstance(f.entry, CountryEntry):
            countries.setdefault(f.entry.id, []).append(f)
        elif (
            f.kind == "organization" and isinstance(f.entry, OrganizationEntry) and _venue(an, f)
        ):  # "a meeting in the Russian House": the body's building
            body = f.entry
            add("venue:" + body.id, body.name, None, None, f.start, f.end, "lexicon:venue")
    # "the Shah Deniz consortium": a body named after the field it develops leaves the field a
    # place (unlike "Kazan Expo Center", where the town only names the body)
    bodies = _field_bodies()
    if bodies:
        for f in an.nested:
            if f.kind != "place" or not isinstance(f.entry, PlaceEntry):
                continue
            unit = owner.get(f.i)
            if (
                unit is not None
                and unit.kind == "organization"
                and unit.j > f.j
                and an.lows[unit.j] in bodies
                and an.tokens[unit.j].text.islower()
            ):
                pe = f.entry
                add(pe.id, pe.name, pe, pe.country, f.start, f.end, "lexicon:field-body")
    # a state whose capital or seat acts ("Moscow is ready to ...") acts itself
    acting = {f.country for f in an.found if f.kind == "place" and f.metonym and f.country}
    for uses in countries.values():
        if any(not (f.locative or f.classifier) for f in uses):
            continue  # the country acts somewhere in the text: it is an actor
        if any(isinstance(f.entry, CountryEntry) and f.entry.code in acting for f in uses):
            continue
        for f in uses:
            if f.locative:
                assert isinstance(f.entry, CountryEntry)
                ce = f.entry
                add(ce.id, ce.name, ce, ce.code, f.start, f.end, "lexicon:country")
    forms = _sea_short_forms()[0]
    if any(name in text for name in forms):
        patterned += _short_forms(an, owner, lexicon)
    # "the Gabala radar" of a headline and "the Gabala radar station": the shorter facility
    # name opens the longer one, and names the same facility
    facilities = {p.key: p for p in patterned if p.rule == "pattern:facility"}
    for i, p in enumerate(patterned):
        if p.rule == "pattern:facility":
            fuller = [q for q in facilities.values() if q.name.startswith(p.name + " ")]
            if len(fuller) == 1:
                p = patterned[i] = attrs.evolve(
                    fuller[0], start=p.start, end=p.end, mentions=[], spans=set(), forms=[]
                )
        if p.key not in found:
            found[p.key] = p
        add(p.key, p.name, p.entry, p.country, p.start, p.end, p.rule)
    # "the Gabala radar station", "the port of Supsa" with the town named nowhere else: news
    # calls the facility by the town's name ("Russia left Gabala"), an alias of it
    for p in patterned:
        if p.towns and p.towns[0] not in found:
            town = lexicon.get(p.towns[0])
            have = found[p.key]
            if isinstance(town, PlaceEntry) and town.name not in have.inner_names:
                have.inner_names.append(town.name)
    _join_short_forms(found)
    if len(found) > 1:
        _join_same_names(found)
    return _build(found.values())


def _placed(
    an: Analysis, f: Found, e: PlaceEntry, lexicon: Lexicon, owner: dict[int, Found]
) -> PlaceEntry:
    """ "Astara in Iran", "Astara, Iran": of two places of one name, the one in the country the
    text places it in."""
    k = f.j + 1
    toks = an.tokens
    if k + 1 >= len(toks) or not (
        (toks[k].low == "in" and an.gaps[k] == " " and an.gaps[k + 1] == " ")
        or an.gaps[k].strip() == ","
    ):
        return e
    m = k + 1 if toks[k].low == "in" else k
    country = owner.get(m)
    if country is None or country.i != m or not isinstance(country.entry, CountryEntry):
        return e
    code = country.entry.code
    if e.country == code:
        return e
    base = e.name.split(" (")[0]
    for other in _places_named(lexicon).get(base, ()):
        if other.country == code:
            return other
    return e


_NAMED: dict[int, tuple[Lexicon, dict[str, tuple[PlaceEntry, ...]]]] = {}


def _places_named(lexicon: Lexicon) -> dict[str, tuple[PlaceEntry, ...]]:
    """Lexicon places by their name without a parenthesised country ("Astara (Iran)")."""
    hit = _NAMED.get(id(lexicon))
    if hit is not None and hit[0] is lexicon:
        return hit[1]
    table: dict[str, list[PlaceEntry]] = {}
    for p in lexicon.places:
        table.setdefault(p.name.split(" (")[0], []).append(p)
    built = {k: tuple(v) for k, v in table.items()}
    if len(_NAMED) > 8:
        _NAMED.clear()
    _NAMED[id(lexicon)] = (lexicon, built)
    return built


def _district_end(an: Analysis, f: Found, e: PlaceEntry) -> int:
    """ "the Aghdam district": a town's district named with it in lower case is the mention."""
    k = f.j + 1
    if (
        e.category in ("city", "region")
        and k < len(an.tokens)
        and an.gaps[k] == " "
        and an.tokens[k].text in _district_words()
    ):
        return an.tokens[k].end
    return f.end


@cache
def _district_words() -> frozenset[str]:
    return frozenset(read_data("place_patterns.toml").get("districts", ()))


@cache
def _sea_short_forms() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """Short names of seas ("the Caspian") with their place ids, the words after which the
    short name is still the sea, and the bodies whose subject it may name."""
    data = read_data("place_patterns.toml").get("short_forms", {})
    forms = {str(r["name"]): str(r["place"]) for r in data.get("names", ())}
    return forms, frozenset(data.get("followers", ())), frozenset(data.get("bodies", ()))


def _short_forms(an: Analysis, owner: dict[int, Found], lexicon: Lexicon) -> list[_Pattern]:
    """ "cooperation on the Caspian": a sea's short name as a noun (not "the Caspian states")."""
    forms, followers, bodies = _sea_short_forms()
    out: list[_Pattern] = []
    toks = an.tokens
    n = len(toks)
    for k in _where(map(forms.__contains__, an.words)):
        if k == 0 or k in owner or toks[k - 1].low != "the" or an.gaps[k] != " ":
            continue
        if k + 1 < n and an.gaps[k + 1] in (" ", "-") and toks[k + 1].low not in followers:
            continue  # "the Caspian states", "the Caspian Sea": a modifier or a longer name
        if k >= 3 and toks[k - 2].low in ("on", "for") and toks[k - 3].low in bodies:
            continue  # "the working group on the Caspian": the subject of a body's name
        e = lexicon.get(forms[toks[k].text])
        if not isinstance(e, PlaceEntry):
            continue
        out.append(
            _Pattern(
                key=e.id,
                name=e.name,
                entry=e,
                country=e.country,
                start=toks[k].start,
                end=toks[k].end,
                rule="pattern:sea-short",
            )
        )
    return out


def _join_same_names(found: dict[str, _Pl]) -> None:
    """ "the Gabala Radar Station" and "the Gabala radar station" found by two rules are one
    place: places whose names differ only in case join the first found."""
    if len({p.name.casefold() for p in found.values()}) == len(found):
        return  # no two names alike (most texts)
    first: dict[str, _Pl] = {}
    for key, p in sorted(found.items(), key=lambda kv: min(m.span.start for m in kv[1].mentions)):
        folded = p.name.casefold()
        q = first.get(folded)
        if q is None:
            first[folded] = p
            continue
        for m, form in zip(p.mentions, p.forms, strict=True):
            if (m.span.start, m.span.end) not in q.spans:
                q.spans.add((m.span.start, m.span.end))
                q.mentions.append(m)
                q.forms.append(form)
        del found[key]


def _join_short_forms(found: dict[str, _Pl]) -> None:
    """ "Karabakh" in a text that also names "Nagorno-Karabakh" is a short form of it: the
    place named by the last part of a hyphenated name joins that place."""
    by_tail: dict[str, list[_Pl]] = {}
    for p in found.values():
        if "-" in p.name and " " not in p.name:
            by_tail.setdefault(p.name.rsplit("-", 1)[1], []).append(p)
    for key, p in list(found.items()):
        longer = by_tail.get(p.name, [])
        if len(longer) != 1 or longer[0] is p or longer[0].country != p.country:
            continue
        q = longer[0]
        for m, form in zip(p.mentions, p.forms, strict=True):
            if (m.span.start, m.span.end) not in q.spans:
                q.spans.add((m.span.start, m.span.end))
                q.mentions.append(m)
                q.forms.append(form)
        del found[key]


def _venue(an: Analysis, f: Found) -> bool:
    """A body whose name ends in a venue word ("House", "Centre") named after "in the" or
    "at the": its building, a place."""
    if an.tokens[f.j].text not in patterns().venue_heads or f.i < 2:
        return False
    before = an.lows[f.i - 2 : f.i]
    return before[1] == "the" and before[0] in ("in", "at") and an.gaps[f.i] == " "


def _owners(an: Analysis) -> dict[int, Found]:
    """Token index -> the name found over it."""
    owner: dict[int, Found] = {}
    for f in an.found:
        for k in range(f.i, f.j + 1):
            owner[k] = f
    return owner


def _named_before(an: Analysis, f: Found, owner: dict[int, Found]) -> bool:
    """ "Carnegie Europe", "Spartak Moscow": an unknown capitalised word makes a longer name."""
    k = f.i - 1
    if k < 0 or an.folded[an.tokens[k].end : an.tokens[f.i].start] != " ":
        return False
    tok = an.tokens[k]
    pat = patterns()
    if not (tok.cap and tok.text.isalpha()) or tok.text in pat.not_name:
        return False
    if k in owner or tok.text in an.index.demonyms:
        return False
    low = tok.low
    if low in pat.titles or low in pat.title_modifiers or low in pat.place_words:
        return False
    before = char_before(an.folded, tok.start, " \t\"'(")
    return bool(before) and before not in ".!?:\n"


@attrs.define
class _Pattern(_Pl):
    start: int = 0
    end: int = 0
    rule: str = ""
    # the lexicon ids of the towns a facility is named after ("the Gabala radar station")
    towns: list[str] = attrs.Factory(list)


def _patterned(an: Analysis, owner: dict[int, Found]) -> list[_Pattern]:
    """Unknown places: "<Capitalised ...> Territory", "X, <Country>"."""
    suffixes = _suffixes()
    toks = an.tokens
    text = an.folded
    out: list[_Pattern] = []
    for k in _where(map(suffixes.__contains__, an.words)):
        tok = toks[k]
        if k == 0:
            continue
        o = owner.get(k)
        if o is not None:
            continue
        if k + 1 < len(toks) and an.gaps[k + 1] == " " and toks[k + 1].text in _event_tails():
            continue  # "Chekhov International Theatre Festival": an event's name goes on
        first = k
        country: str | None = None
        while first - 1 >= 0:
            gap = text[toks[first - 1].end : toks[first].start]
            if gap == ". " and toks[first - 1].text in ("St", "Mt"):
                gap = " "  # "St. George Hall", "Mt. Shahdag"
            if gap not in (" ", "-") or not toks[first - 1].cap:
                break
            prev = owner.get(first - 1)
            if prev is not None and prev.kind not in ("place",):
                if prev.kind == "country" or prev.entry is None:
                    pass
                else:
                    break
            if prev is not None and prev.kind in ("organization", "person"):
                break
            if prev is not None and prev.country:
                country = country or prev.country
            first -= 1
        while first < k and toks[first].text in ("The", "A", "An"):
            first += 1
        if first == k:
            continue
        dem = next((an.index.demonyms.get(toks[m].text) for m in range(first, k)), None)
        if dem is not None:
            country = country or dem.code
        name = an.text[toks[first].start : tok.end]
        out.append(
            _Pattern(
                key="pattern:" + name,
                name=name,
                country=country,
                start=toks[first].start,
                end=tok.end,
                rule="pattern:place-suffix",
            )
        )
    # "the Eternal Flame monument": unknown capitalised words before a lower-case monument word
    monuments = _monument_words()
    for k in _where(map(monuments.__contains__, an.words)):
        if k < 2 or an.gaps[k] != " " or not toks[k].text.islower() or owner.get(k) is not None:
            continue
        first = k
        while (
            first - 1 >= 0
            and an.gaps[first] == " "
            and toks[first - 1].cap
            and owner.get(first - 1) is None
            and toks[first - 1].text not in ("The", "A", "An")
        ):
            first -= 1
        if first == k or first == 0 or an.lows[first - 1] != "the":
            continue
        name = an.text[toks[first].start : toks[k].end]
        out.append(
            _Pattern(
                key="pattern:" + name,
                name=name,
                start=toks[first].start,
                end=toks[k].end,
                rule="pattern:monument",
            )
        )
    # "Aktau, Kazakhstan": an unknown capitalised name placed in a country
    for f in an.found:
        if f.kind != "country" or not f.locative or f.i == 0:
            continue
        if text[toks[f.i - 1].end : toks[f.i].start].strip() != ",":
            continue
        last = f.i - 1
        if owner.get(last) is not None or not toks[last].cap:
            continue
        first = last
        while first - 1 >= 0 and text[toks[first - 1].end : toks[first].start] in ("-", " "):
            if not toks[first - 1].cap or owner.get(first - 1) is not None:
                break
            first -= 1
        name = an.text[toks[first].start : toks[last].end]
        assert isinstance(f.entry, CountryEntry)
        out.append(
            _Pattern(
                key="pattern:" + name,
                name=name,
                country=f.entry.code,
                start=toks[first].start,
                end=toks[last].end,
                rule="pattern:place-in-country",
            )
        )
    return out


def _type_name(an: Analysis, f: Found) -> bool:
    """ "a Voronezh-type radar station", "a Buyan-class corvette": a place naming a type or a
    class of things, not a location."""
    k = f.j + 1
    return k < len(an.tokens) and an.gaps[k] == "-" and an.lows[k] in _type_suffixes()


@cache
def _type_suffixes() -> frozenset[str]:
    return frozenset(read_data("place_patterns.toml").get("type_suffixes", ()))


@cache
def _monument_words() -> frozenset[str]:
    return frozenset(read_data("place_patterns.toml").get("monuments", ()))


@cache
def _field_bodies() -> frozenset[str]:
    return frozenset(read_data("place_patterns.toml").get("field_bodies", ()))


@cache
def _described_words() -> tuple[frozenset[str], frozenset[str]]:
    data = read_data("place_patterns.toml")
    return frozenset(data.get("town_words", ())), frozenset(data.get("field_words", ()))


def _described(an: Analysis, owner: dict[int, Found]) -> list[_Pattern]:
    """Unknown places the prose introduces by their type: "the Dagestani town of Kizlyar",
    "the village of Sofulu"; and names listed before a field word beside a known field ("the
    Azeri, Chirag and Guneshli fields")."""
    towns, fields = _described_words()
    toks = an.tokens
    gaps = an.gaps
    n = len(toks)
    out: list[_Pattern] = []

    def emit(i: int, j: int, rule: str) -> None:
        name = an.text[toks[i].start : toks[j].end]
        out.append(
            _Pattern(
                key="pattern:" + name,
                name=name,
                start=toks[i].start,
                end=toks[j].end,
                rule=rule,
            )
        )

    for k in _where(map(towns.__contains__, an.lows)):
        m = k + 2
        if not (
            k > 0
            and m < n
            and toks[k].text.islower()
            and toks[k + 1].text == "of"
            and gaps[k + 1] == " "
            and gaps[m] == " "
            and toks[m].cap
            and toks[m].text.isalpha()
            and m not in owner
            and toks[m].text not in patterns().not_name
        ):
            continue
        j = m
        while j + 1 < n and gaps[j + 1] in (" ", "-") and toks[j + 1].cap and j + 1 not in owner:
            j += 1
        emit(m, j, "pattern:place-described")
    for k in _where(map(fields.__contains__, an.lows)):
        # walk back over "A, B and C": single capitalised words joined by commas and "and"
        names: list[int] = []
        m = k - 1
        while m >= 0 and toks[m].cap and toks[m].text.isalpha():
            names.append(m)
            if m == 0:
                break
            g = gaps[m].strip()
            if g == "," and gaps[m] == ", ":
                m -= 1
            elif gaps[m] == " " and m >= 2 and toks[m - 1].low == "and" and gaps[m - 1] == " ":
                m -= 2
            else:
                break
        known = [
            x for x in names if (o := owner.get(x)) is not None and isinstance(o.entry, PlaceEntry)
        ]
        if len(names) < 2 or not known:
            continue
        for x in names:
            o = owner.get(x)
            if o is None or (o.i == o.j and o.kind == "country"):
                emit(x, x, "pattern:field-list")  # "Azeri" here is a field, not a people
    return out


def _facilities(an: Analysis) -> list[_Pattern]:
    """ "Aktau airport", "the Yalama-Astara line", "the port of Baku": a facility of known
    places, itself a place (the places inside it are not named as locations there)."""
    after, before_of = _facility_words()
    toks = an.tokens
    n = len(toks)
    out: list[_Pattern] = []
    places = [f for f in an.found if f.kind == "place" and isinstance(f.entry, PlaceEntry)]
    by_start = {f.i: f for f in places}
    used: set[int] = set()
    for f in places:
        if f.i in used or f.metonym:
            continue
        first, last = f, f
        # "Yalama-Astara": places joined by a dash
        while last.j + 2 < n and an.gaps[last.j + 1] == "-" and (last.j + 1) in by_start:
            last = by_start[last.j + 1]
            used.add(last.i)
        k = last.j + 1
        hit = None
        # only the phrases opening with the word after the place (first fit, longest first)
        for words in after.get(toks[k].text, after[""]) if k < n else after[""]:
            m = k + len(words)
            if m <= n and all(
                (an.gaps[k + d], toks[k + d].text) == (("-", w[1:]) if w[:1] == "-" else (" ", w))
                for d, w in enumerate(words)
            ):
                hit = m - 1
                break
        start = toks[first.i].start
        if hit is None:
            # "the port of Baku"
            if not (
                first.i >= 2
                and first is last
                and toks[first.i - 1].text == "of"
                and toks[first.i - 2].text in before_of
                and an.gaps[first.i - 1] == " "
                and an.gaps[first.i] == " "
                and not _modified(an, first.i - 2)
            ):
                continue
            start = toks[first.i - 2].start
            end = toks[last.j].end
        else:
            if (
                hit + 2 < n
                and toks[hit].text in before_of
                and toks[hit + 1].text == "of"
                and (hit + 2) in by_start
            ):
                continue  # "the Black Sea port of Novorossiysk": the town, described
            end = toks[hit].end
        name = an.text[start:end]
        country = first.country if first.country == last.country else None
        out.append(
            _Pattern(
                key="pattern:" + name,
                name=name,
                country=country,
                start=start,
                end=end,
                rule="pattern:facility",
                towns=[first.entry.id]
                if first is last and isinstance(first.entry, PlaceEntry)
                else [],
            )
        )
    return out


def _modified(an: Analysis, k: int) -> bool:
    """ "the Black Sea port of Novorossiysk", "the Caspian port of Aktau": a word other than
    an article before the facility word makes "<word> of <town>" a description of the town."""
    if k == 0 or an.gaps[k] != " ":
        return False
    before = an.tokens[k - 1]
    return before.low not in ("the", "a", "its", "their", "his", "her", "this", "that")


def _build(items: object) -> tuple[Place, ...]:
    out: list[Place] = []
    used: set[str] = set()
    pls = sorted(
        (p for p in items if isinstance(p, _Pl) and p.mentions),  # type: ignore[attr-defined]
        key=lambda p: min(m.span.start for m in p.mentions),
    )
    for p in pls:
        lat = lon = None
        lex_id: str | None = None
        if isinstance(p.entry, PlaceEntry):
            lat, lon = p.entry.latitude, p.entry.longitude
            lex_id = p.entry.id
            base = "place:" + slug(lex_id.split(":", 1)[-1])
        elif isinstance(p.entry, CountryEntry):
            lex_id = p.entry.id
            base = "place:" + slug(p.entry.name)
        else:
            base = "place:" + slug(p.name)
        ident = base
        n = 2
        while ident in used:
            ident = f"{base}-{n}"
            n += 1
        used.add(ident)
        aliases: list[str] = []
        for form in (*p.forms, *p.inner_names):
            if form != p.name and form not in aliases:
                aliases.append(form)
        out.append(
            Place(
                id=ident,
                name=p.name,
                country=p.country,
                latitude=lat,
                longitude=lon,
                aliases=tuple(aliases),
                mentions=tuple(sorted(p.mentions, key=lambda m: (m.span.start, m.span.end))),
                lexicon_id=lex_id,
            )
        )
    return tuple(out)
