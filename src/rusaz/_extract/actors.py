"""Actors: lexicon matches, recognition beyond the lexicon, resolution of every mention.

Recognition (see :mod:`rusaz._extract._names`) finds names; this module decides who each
name, short form, role reference and metonym refers to inside one article:

* surname-only, initial ("M. Aliyeva"), first-name and patronymic forms ("Dmitry Ivanovich",
  "Vladimir Vladimirovich Putin") go to the person the text named in full; a bare surname
  shared by several people goes to the one named in the same sentence, else to the one who
  holds an office on the article's date, else to the one named most recently;
* role references ("the Russian leader", "his Azerbaijani counterpart", "the President of
  Russia") go to the holder of the office on the article's date (``MentionKind.ROLE``);
* a capital or seat of power acting ("Moscow welcomed the move", "Baku's position") is its state
  (``MentionKind.METONYM``); "the Russian side" and bilateral compounds
  ("Russian-Turkish") are the states themselves;
* a country named only as a location ("the war in Syria") is a place, not an actor.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from typing import Any, AnyStr

import attrs

from rusaz._data import read_data
from rusaz._extract._names import (
    Analysis,
    Found,
    _where,
    analyse,
    name_key,
    patterns,
    slug,
)
from rusaz._lexicon import CountryEntry, Lexicon, OrganizationEntry, PersonEntry, PlaceEntry
from rusaz._model import Actor, ActorKind, FuzzyDate, Mention, MentionKind, Role, Span
from rusaz._text import Document

__all__ = ["find_actors"]

_KINDS = {
    "person": ActorKind.PERSON,
    "organization": ActorKind.ORGANIZATION,
    "country": ActorKind.COUNTRY,
}

_DEMONYM = "{demonym}"  # the slot of a role reference that a demonym fills


@attrs.define
class _Act:
    key: str
    kind: ActorKind
    name: str
    entry: PersonEntry | OrganizationEntry | CountryEntry | PlaceEntry | None = None
    country: str | None = None
    mentions: list[Mention] = attrs.Factory(list)
    # the (start, end) of ``mentions``, for a quick check
    spans: set[tuple[int, int]] = attrs.Factory(set)
    roles: list[str] = attrs.Factory(list)
    first: str | None = None
    last: str | None = None
    forms: list[str] = attrs.Factory(list)  # surface forms of NAME mentions
    abbreviations: list[str] = attrs.Factory(list)
    core: str = ""


def find_actors(doc: Document, lexicon: Lexicon, on: FuzzyDate | None) -> tuple[Actor, ...]:
    """Every actor of the document with all its mentions; ``on`` dates role references."""
    sentences = [(s.start, s.end) for s in doc.sentences]
    an = analyse(doc.text, lexicon, sentences)
    return _Resolver(an, lexicon, on, doc.outlet_span).run()


def _role_core(title: str, country_keys: Sequence[tuple[str, str]]) -> tuple[str, str | None]:
    """A role title without its country: "President of Azerbaijan" -> ("president", "AZ")."""
    low = " " + name_key(title) + " "
    found: str | None = None
    for key, code in country_keys:
        if key in low:
            low = low.replace(key, " ")
            found = found or code
    words = low.split()
    while words and words[-1] in ("of", "the"):
        words.pop()
    while words and words[0] in ("the",):
        words.pop(0)
    return " ".join(words), found


class _Resolver:
    """Turns one analysis into actors."""

    def __init__(
        self,
        an: Analysis,
        lexicon: Lexicon,
        on: FuzzyDate | None,
        credit: Span | None = None,
    ):
        self.an = an
        self.credit = credit
        self.text = an.text
        self.lexicon = lexicon
        self.on = on
        self.pat = patterns()
        self.acts: dict[str, _Act] = {}
        self.person_list: list[_Act] | None = None  # the persons of ``acts``, set on first use
        # the same by surname and by first name, in the same order, set with it
        self.by_last: dict[str | None, list[_Act]] = {}
        self.by_first: dict[str | None, list[_Act]] = {}
        self.owned = [False] * len(an.tokens)
        self.person_mentions: list[tuple[int, _Act]] = []  # (offset, actor) of persons
        # the same by actor: id(actor) -> (offset, place in ``person_mentions``)
        self.person_offsets: dict[int, list[tuple[int, int]]] = {}
        # memo: depends only on the patterns
        self.office_by_core: dict[str, str] = {}
        self.person_starts = {f.start for f in an.found if f.kind == "person"}
        self.sentence_starts: list[int] | None = None  # set on first use when in order
        self.token_starts: list[int] | None = None  # the tokens' starts, set on first use
        # where the names of news outlets start (a reporter's byline runs into one)
        self.media_starts = {
            f.start
            for f in an.found
            if isinstance(f.entry, OrganizationEntry) and f.entry.category == "media"
        }
        # ... also inside a longer name ("APA" of "APA-Economics")
        self.outlet_starts = self.media_starts | {
            f.start
            for f in an.nested
            if isinstance(f.entry, OrganizationEntry) and f.entry.category == "media"
        }

    # bookkeeping
    def act(self, key: str, kind: ActorKind, name: str, **kw: Any) -> _Act:
        a = self.acts.get(key)
        if a is None:
            a = _Act(key=key, kind=kind, name=name, **kw)
            self.acts[key] = a
            self.person_list = None
        return a

    def mention(self, a: _Act, start: int, end: int, rule: str, kind: MentionKind) -> None:
        if (start, end) in a.spans:
            return
        a.mentions.append(Mention(Span(start, end), rule, kind))
        a.spans.add((start, end))
        if kind is MentionKind.NAME:
            a.forms.append(self.text[start:end])
        if a.kind is ActorKind.PERSON:
            self.person_offsets.setdefault(id(a), []).append((start, len(self.person_mentions)))
            self.person_mentions.append((start, a))

    def own(self, f: Found) -> None:
        self.owned[f.i : f.j + 1] = [True] * (f.j + 1 - f.i)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The first sentence holding ``offset`` (the whole text when none does)."""
        sentences = self.an.sentences
        if self.sentence_starts is None:
            ordered = all(max(e, s + 1) <= s2 for (s, e), (s2, _) in itertools.pairwise(sentences))
            self.sentence_starts = [s for s, _ in sentences] if ordered else []
        if self.sentence_starts or not sentences:
            i = bisect_right(self.sentence_starts, offset) - 1
            if i >= 0:
                s, e = sentences[i]
                if offset < max(e, s + 1):
                    return s, e
            return 0, len(self.text)
        for s, e in sentences:
            if s <= offset < max(e, s + 1):
                return s, e
        return 0, len(self.text)

    # the passes
    def run(self) -> tuple[Actor, ...]:
        deferred: list[Found] = []
        country_uses: dict[str, list[tuple[Found, bool]]] = {}
        self.reporters()
        owners = self.owners_of_parts()
        for f in self.an.found:
            if self.credited(f):
                self.own(f)
                continue  # the outlet credited for the story is no participant
            if f.kind == "person":
                self.own(f)
                if self.person_full(f) is None:
                    deferred.append(f)
            elif f.kind == "organization":
                self.own(f)
                if f.start not in owners:
                    self.organization(f)
            elif f.kind == "country":
                self.own(f)
                assert isinstance(f.entry, CountryEntry)
                country_uses.setdefault(f.entry.id, []).append((f, f.locative or f.classifier))
            elif f.kind == "place":
                self.own(f)
                if (f.metonym or f.host) and f.country:
                    self.metonym(f)
                elif f.party:
                    self.region_party(f)
        for f in self.an.nested:
            if f.kind == "place" and f.party:
                self.region_party(f)
        for uses in country_uses.values():
            if all(loc for _, loc in uses):
                continue
            for f, _ in uses:
                assert isinstance(f.entry, CountryEntry)
                a = self.country_act(f.entry)
                self.mention(a, f.start, f.end, f.rule, MentionKind.NAME)
        self.subject_bodies()
        self.cited_outlets()
        self.local_authorities()
        self.lower_bodies()
        self.owned_bodies()
        self.demonyms()
        self.abbreviations()
        self.short_forms(deferred)
        self.persons_offices()
        self.role_references()
        self.lower_references()
        self.subject_tails()
        self.merge_organizations()
        self.drop_authors()
        self.drop_settings()
        return self.build()

    def reporters(self) -> None:
        """ "Baku. Elnur Hasanov - APA-Economics.": the reporter named before the outlet in a
        dateline is no participant, nor is anyone named in a credit line; their words are taken
        before short forms read them (a surname alone would go to a known person of that
        name)."""
        for s, e in self.an.credits:
            # "Read also: Lavrov: Moscow welcomes ...": a credit line names no participant
            self.own_span(s, e)
        # outlets, also inside a longer name ("APA-Economics")
        for at in self.outlet_starts:
            line_start = self.text.rfind("\n", 0, at) + 1
            if at - line_start > 90:
                continue  # the name opens the line, within 30 characters, and has three words
            m = _REPORTER_BEFORE.search(self.text, line_start, at)
            if m is None or m.end() != at or m.start("name") - line_start > 30:
                continue
            self.own_span(m.start("name"), m.end("name"))

    def owners_of_parts(self) -> set[int]:
        """The starts of bodies named in the possessive before a part of their own: "the
        Organization for Security and Cooperation in Europe's Minsk Group" is the group (the
        lexicon names it "OSCE Minsk Group"), and the OSCE there only says whose it is."""
        out: set[int] = set()
        orgs = [f for f in self.an.found if f.kind == "organization"]
        by_start = {f.start: f for f in orgs}
        for f in orgs:
            m = _POSSESSIVE.match(self.an.folded, f.end)
            if m is None or not isinstance(f.entry, OrganizationEntry):
                continue
            g = by_start.get(m.end())
            if g is None or not isinstance(g.entry, OrganizationEntry) or g.entry is f.entry:
                continue
            words = set(g.entry.name.split())
            if words & {f.entry.name, *f.entry.abbreviations}:
                out.add(f.start)
        return out

    def credited(self, f: Found) -> bool:
        """The outlet of the story in its credit or dateline: no participant (cited in the
        prose, "Trend reports", "told Interfax", it is an actor)."""
        credit = self.credit
        if credit is not None and credit.start < f.end and f.start < credit.end:  # overlap
            return True
        if f.kind == "person":
            # "Baku. Teymur Aliyev – APA.": the reporter in the dateline, before the outlet
            m = _DASH_AFTER.match(self.text, f.end)
            near_start = f.start - (self.text.rfind("\n", 0, f.start) + 1) <= 30
            return near_start and m is not None and m.end() in self.outlet_starts
        if f.kind != "organization":
            return False
        if f.start in self.outlet_starts and not self.text[: f.start].strip():
            line_end = self.text.find("\n", f.start)
            rest = self.text[f.end : line_end if line_end >= 0 else len(self.text)]
            if (
                len(rest) <= 60
                and not rest.lstrip().startswith(":")  # "Interfax: Baku and Moscow agree ..."
                and not rest.rstrip().endswith((".", "!", "?", ":"))
            ):
                # "ITAR-TASS WORLD SERVICE", "Rossiyskaya Gazeta - Federal issue No 150"
                # opening the text, no sentence: the masthead
                return True
        entry = f.entry
        if isinstance(entry, OrganizationEntry) and entry.category == "media":
            line_start = self.text.rfind("\n", 0, f.start) + 1
            prefix = self.text[line_start : f.start].rstrip()
            if not prefix and _BREADCRUMB.match(self.text, f.end):
                return True  # "TASS / World / Politics": the site's navigation line
            if not prefix and _TRANSMISSION.match(self.text, f.end):
                return True  # "AP-NY-05-17-94 0941EDT": the wire's transmission stamp
            if prefix.endswith(":") and prefix.strip("(: \t").casefold() in _credit_labels():
                return True  # "Publication: Eurasia Daily Monitor", "(Source: ANS TV, Baku"
            # "Moscow. APA. President ...", "BAKU, Oct 11 (Interfax) -": a dateline credit
            return len(prefix) <= 30 and prefix[-1:] in (".", "-", "\u2013", "(", "/", ",")
        return False

    # persons
    def person_full(self, f: Found) -> _Act | None:
        surface = self.text[f.start : f.end]
        if f.surname:
            surface = f"{surface} {f.surname}"  # "Ziyaddin [and Huseyn] Safarov"
        toks = surface.split()  # words: "Renaud-Basso" is one
        if isinstance(f.entry, PersonEntry):
            if len(toks) == 1:
                return None
            a = self.person_act(f.entry)
        else:
            parts = [t for t in toks if not self.is_patronymic(t)] or toks
            if len(toks) >= 3 and len(parts) < len(toks):
                entry = self.lexicon_person(" ".join((parts[0], parts[-1])))
            else:
                entry = self.lexicon_person(surface)
            if entry is not None:
                a = self.person_act(entry)
            else:
                full = " ".join(parts) if len(parts) >= 2 else surface
                same = [
                    x
                    for x in self.acts.values()
                    if x.kind is ActorKind.PERSON and x.first == parts[0] and x.last == parts[-1]
                ]
                a = (
                    same[0]
                    if same
                    else self.act(
                        "p:" + name_key(full),
                        ActorKind.PERSON,
                        full,
                        first=parts[0],
                        last=parts[-1],
                    )
                )
        self.mention(a, f.start, f.end, f.rule, MentionKind.NAME)
        for r in f.roles:
            if r not in a.roles:
                a.roles.append(r)
        if a.country is None:
            for r in f.roles:
                a.country = self.country_of_text(r)
                if a.country:
                    break
        return a

    def is_patronymic(self, word: str) -> bool:
        return len(word) > 5 and word.casefold().endswith(self.pat.patronymic_endings)

    def lexicon_person(self, surface: str) -> PersonEntry | None:
        cands = self.an.index.names.get(name_key(surface), ())
        persons = [
            e
            for k, e, al in cands
            if isinstance(e, PersonEntry)
            and name_key(al, case=True) == name_key(surface, case=True)
        ]
        return persons[0] if len(persons) == 1 else None

    def person_act(self, entry: PersonEntry) -> _Act:
        a = self.acts.get(entry.id)
        if a is not None:
            return a  # what :meth:`act` gives for a key it has
        parts = entry.name.split()
        return self.act(
            entry.id,
            ActorKind.PERSON,
            entry.name,
            entry=entry,
            country=entry.country,
            first=parts[0] if len(parts) > 1 else None,
            last=parts[-1],
        )

    def country_act(self, entry: CountryEntry) -> _Act:
        a = self.acts.get(entry.id)
        if a is not None:
            return a  # what :meth:`act` gives for a key it has
        return self.act(entry.id, ActorKind.COUNTRY, entry.name, entry=entry, country=entry.code)

    def country_of_text(self, text: str) -> str | None:
        idx = self.an.index
        for word in text.replace("-", " ").split():
            w = word.strip(",.;:()'\"")
            if w in idx.demonyms:
                return idx.demonyms[w].code
            if w in idx.country_words:
                return idx.country_words[w].code
        for key, cands in idx.names.items():
            del key
            del cands
            break
        return None

    # organizations
    def organization(self, f: Found) -> None:
        surface = self.text[f.start : f.end]
        if self.described_forces(f, surface):
            return
        if isinstance(f.entry, OrganizationEntry):
            e = f.entry
            a = self.act(e.id, ActorKind.ORGANIZATION, e.name, entry=e, country=e.country)
        else:
            core, code = self.org_core(surface)
            a = self.act(
                "o:" + core + "|" + (code or ""),
                ActorKind.ORGANIZATION,
                surface,
                country=code or f.country,
                core=core,
            )
        self.mention(a, f.start, f.end, f.rule, MentionKind.NAME)
        if f.abbreviation and f.abbreviation not in a.abbreviations:
            a.abbreviations.append(f.abbreviation)
            # "Caspian Research Institute (CRI) of the Academy of Sciences" is also named without it
            plain = " ".join(surface.replace(f"({f.abbreviation})", " ").split())
            if plain != surface and plain not in a.forms:
                a.forms.append(plain)

    def org_core(self, surface: str) -> tuple[str, str | None]:
        """An organization name without its country words, and that country."""
        idx = self.an.index
        words = surface.replace("(", " ").replace(")", " ").split()
        code: str | None = None
        kept: list[str] = []
        m = 0
        while m < len(words):
            hit = None
            for size in (3, 2, 1):
                piece = " ".join(words[m : m + size])
                c = idx.country_words.get(name_key(piece, case=True)) or (
                    idx.demonyms.get(piece) if size == 1 else None
                )
                if c is not None:
                    hit = (size, c)
                    break
            if hit is not None:
                code = code or hit[1].code
                m += hit[0]
                if m < len(words) and words[m] in self.pat.state_words:
                    m += 1
                continue
            kept.append(words[m])
            m += 1
        while kept and kept[-1].casefold() in ("of", "the", "for"):
            kept.pop()
        # "of Moscow Patriarchate" in a headline, "of the Moscow Patriarchate" in the body
        kept = [w for w in kept if w.casefold() != "the"]
        return name_key(" ".join(kept)), code

    def merge_organizations(self) -> None:
        """ "Russian Ministry" and "MIA of Russia" join the one ministry of that country;
        a name defined "(SOCAR)" joins the lexicon's SOCAR."""
        for a in list(self.acts.values()):
            if a.entry is not None or not a.abbreviations:
                continue
            for ab in a.abbreviations:
                lex = [
                    e
                    for kind, e, _ in self.an.index.names.get(name_key(ab), ())
                    if kind == "organization" and isinstance(e, OrganizationEntry)
                ]
                if len(lex) == 1:
                    e = lex[0]
                    b = self.act(e.id, ActorKind.ORGANIZATION, e.name, entry=e, country=e.country)
                    b.mentions.extend(a.mentions)
                    b.spans.update(a.spans)
                    b.forms.extend(a.forms)
                    del self.acts[a.key]
                    self.person_list = None
                    break
        cores = self.an.index.entry_cores  # the lexicon's names: remembered on its index
        for a in self.acts.values():
            if a.kind is ActorKind.ORGANIZATION and not a.core and a.entry is not None:
                core = cores.get(a.entry.name)
                if core is None:
                    core = cores[a.entry.name] = self.org_core(a.entry.name)[0]
                a.core = core
        orgs = [
            a
            for a in self.acts.values()
            if a.kind is ActorKind.ORGANIZATION and a.core and a.entry is None
        ]
        for a in orgs:
            words = a.core.split()
            target: _Act | None = None
            if a.country is None and len(words) > 1:
                # "Foreign Ministry spokeswoman" after "the Russian Foreign Ministry": the one
                # body of that name the text has qualified by its state before (a bare name
                # first refers back to none: "The Defense Ministry said ..." before "Armenian
                # Defense Ministry spokesman" is another ministry)
                first = min(m.span.start for m in a.mentions)
                same = [
                    b
                    for b in self.acts.values()
                    if b is not a
                    and b.kind is ActorKind.ORGANIZATION
                    and b.country is not None
                    and any(self.org_core(form) == (a.core, b.country) for form in b.forms)
                    and any(m.span.start < first for m in b.mentions)
                ]
                if len(same) == 1:
                    target = same[0]
            if len(words) == 1 and words[0].isalpha() and a.country:
                if a.forms and a.forms[0].replace("-", " ").split()[-1].isupper():
                    initials = a.forms[0].split()[0]
                else:
                    initials = ""
                same = [
                    b
                    for b in self.acts.values()
                    if b is not a
                    and b.kind is ActorKind.ORGANIZATION
                    and (b.country == a.country)
                    and (
                        (b.core.split()[:1] == words and len(b.core.split()) > 1)
                        or (initials and _initials(b.core) == initials.casefold())
                    )
                ]
                if len(same) == 1:
                    target = same[0]
            if target is not None:
                target.mentions.extend(a.mentions)
                target.spans.update(a.spans)
                target.forms.extend(a.forms)
                del self.acts[a.key]
                self.person_list = None

    # countries by other words
    def metonym(self, f: Found) -> None:
        entry = self.an.index.countries_by_code.get(f.country or "")
        if entry is None:
            return
        if self.seat_speaks(f):
            # "the Kremlin said", "the Kremlin has confirmed": the presidential office speaking,
            # a body of its own
            name = self.text[f.start : f.end]
            a = self.act("seat:" + name, ActorKind.ORGANIZATION, name, country=entry.code)
            self.mention(a, f.start, f.end, "pattern:seat-speaks", MentionKind.NAME)
            return
        a = self.country_act(entry)
        self.mention(a, f.start, f.end, "metonym:capital", MentionKind.METONYM)

    def seat_speaks(self, f: Found) -> bool:
        """A speaking seat of ``speaking_seats`` followed by a verb of saying ("the Kremlin
        said", "the Kremlin has confirmed", "the Kremlin played down") or after "<verb>ed by"
        ("an inquiry ordered by the Kremlin")."""
        data = _seat_speech()
        if self.text[f.start : f.end] not in data[0]:
            return False
        lows = self.an.lows
        gaps = self.an.gaps
        k = f.j + 1
        while k < len(lows) and gaps[k] == " " and lows[k] in data[2]:
            k += 1  # "has", "had": to the verb
        if k < len(lows) and gaps[k] == " " and lows[k] in data[1]:
            return True
        k = f.j + 1
        if (
            k + 1 < len(lows)
            and lows[k] == "s"
            and gaps[k] in ("'", "\u2019")
            and lows[k + 1] in _seat_documents()
        ):
            return True  # "the Kremlin's readout of the call said": the office's own paper
        m = f.i - 1
        if m >= 0 and lows[m] == "the":
            m -= 1
        return m >= 1 and lows[m] == "by" and lows[m - 1].endswith("ed")

    def region_party(self, f: Found) -> None:
        assert isinstance(f.entry, PlaceEntry)
        e = f.entry
        a = self.act("r:" + e.id, ActorKind.ORGANIZATION, e.name, entry=e, country=e.country)
        self.mention(a, f.start, f.end, "pattern:region-party", MentionKind.NAME)

    def demonyms(self) -> None:
        """Bilateral compounds ("Russian-Turkish"), "the Russian side", leaders' countries."""
        an = self.an
        toks = an.tokens
        idx = an.index
        demonyms = idx.demonyms
        gaps = an.gaps  # gaps[k]: the text between tokens k - 1 and k
        # the words after a demonym read below: the first, and those of the longest force
        # (at most four)
        reach = min(4, max([1, *map(len, self.pat.forces)]))
        for k in _where(map(demonyms.__contains__, an.words)):
            tok = toks[k]
            c = demonyms[tok.text]
            if self.owned[k]:
                continue
            prev_dem = k > 0 and gaps[k] == "-" and (toks[k - 1].text in idx.demonyms)
            next_dem = k + 1 < len(toks) and gaps[k + 1] == "-" and toks[k + 1].text in idx.demonyms
            rule = ""
            after = self.words_after(k, reach)
            if prev_dem or next_dem:
                rule = "demonym:bilateral"
            elif (
                after[:1]
                and after[0] in self.pat.country_sides
                and self.words_before(k, 1) == ["the"]
            ):
                rule = "demonym:side"
            else:
                self.forces(k, c, after)
            if rule:
                a = self.country_act(c)
                self.mention(a, tok.start, tok.end, rule, MentionKind.METONYM)

    def described_forces(self, f: Found, surface: str) -> bool:
        """ "the withdrawal of the Armenian armed forces": a state's forces named in lower
        case as the complement of a noun describe them; no participant."""
        words = surface.split()
        if not (
            isinstance(f.entry, OrganizationEntry)
            and f.entry.category == "military"
            and len(words) > 1
            and words[0] in self.an.index.demonyms
            and all(w.islower() for w in words[1:])
        ):
            return False
        before = [w for w in self.words_before(f.i, 3) if w not in ("the", "former")]
        return before[-1:] == ["of"]

    def forces(self, k: int, c: CountryEntry, after: list[str]) -> None:
        """ "the Syrian army": the armed forces of a state, an organization (not as the
        complement of a noun: "units of the former Soviet army", "the withdrawal of the
        Armenian armed forces" name the forces as a description)."""
        before = [w for w in self.words_before(k, 3) if w not in ("the", "former")]
        if before[-1:] == ["of"]:
            return
        for words in self.pat.forces:
            if tuple(after[: len(words)]) == words:
                toks = self.an.tokens
                end = toks[k + len(words)].end
                surface = self.text[toks[k].start : end]
                a = self.act(
                    "o:" + " ".join(words) + "|" + c.code,
                    ActorKind.ORGANIZATION,
                    surface,
                    country=c.code,
                    core=" ".join(words),
                )
                self.mention(a, toks[k].start, end, "demonym:forces", MentionKind.NAME)
                for m in range(k, k + len(words) + 1):
                    self.owned[m] = True
                return

    def words_after(self, k: int, count: int) -> list[str]:
        """Up to ``count`` words after token k, across blanks and hyphens only."""
        gaps = self.an.gaps
        m = k + 1
        stop = min(len(gaps), k + 1 + count)
        while m < stop and (gaps[m] == " " or gaps[m].strip() in ("", "-")):
            m += 1
        return list(self.an.lows[k + 1 : m])

    def words_before(self, k: int, count: int) -> list[str]:
        toks = self.an.tokens
        out: list[str] = []
        m = k - 1
        while m >= 0 and len(out) < count:
            gap = self.an.gaps[m + 1]
            if gap.strip():
                break
            out.insert(0, toks[m].low)
            m -= 1
        return out

    def person_at(self, k: int) -> bool:
        toks = self.an.tokens
        if not (0 <= k < len(toks)):
            return False
        start = toks[k].start
        return start in self.person_starts or toks[k].text in self.pat.given_names

    # abbreviations
    def abbreviations(self) -> None:
        """Acronyms defined "(ABBR)" or spelling an organization's initials name it."""
        defined: dict[str, _Act] = {}
        for a in self.acts.values():
            for ab in a.abbreviations:
                defined.setdefault(ab, a)
        orgs = [
            (a, _initials(a.core))
            for a in self.acts.values()
            if a.kind is ActorKind.ORGANIZATION and a.core
        ]
        toks = self.an.tokens
        for k in self.an.acronym_at:
            tok = toks[k]
            if self.owned[k]:
                continue
            hit = defined.get(tok.text)
            if hit is None:
                cands = [b for b, initials in orgs if initials == tok.low]
                hit = cands[0] if len(cands) == 1 else None
            if hit is not None:
                a = hit
                self.owned[k] = True
                self.mention(a, tok.start, tok.end, "abbreviation", MentionKind.NAME)

    # short forms
    def short_forms(self, deferred: list[Found]) -> None:
        """Surnames, first names, initials and patronymic forms of persons."""
        an = self.an
        toks = an.tokens
        pending = {f.i: f for f in deferred}
        n = len(toks)
        after = 0  # the first token not taken by a two-word form
        # only a capitalised word (an acronym only when the analysis found a name there)
        words = list(an.name_like)
        extra = [k for k in pending if toks[k].cap and toks[k].acronym and toks[k].text.isalpha()]
        if extra:
            words = sorted(words + extra)
        # a word owned already is skipped (tokens are only ever taken below, never given back)
        owned = self.owned
        words = [k for k in words if not owned[k] or k in pending]
        surnames = an.index.surnames
        for k in words:
            if k < after:
                continue
            f = pending.get(k)
            if self.owned[k] and f is None:
                continue
            tok = toks[k]
            if f is None and len(tok.text) != 1:
                # no initial: a word no person of the text or the lexicon has (as surname or
                # first name) gives no form below
                self.persons()  # fresh indexes by surname and first name
                word = tok.text
                if word not in self.by_last and word not in self.by_first and word not in surnames:
                    continue
            nxt_plain = k + 1 < n and an.gaps[k + 1] == " "
            # "M. Aliyeva"
            if (
                len(tok.text) == 1
                and an.folded[tok.end : tok.end + 1] == "."
                and k + 1 < n
                and toks[k + 1].start - tok.end <= 2
            ):
                surname = toks[k + 1].text
                cands = [
                    a
                    for a in self.persons()
                    if a.last == surname and (a.first or "")[:1] == tok.text
                ]
                if len(cands) == 1 and not self.owned[k + 1]:
                    self.mention(
                        cands[0], tok.start, toks[k + 1].end, "short:initial", MentionKind.NAME
                    )
                    self.owned[k] = self.owned[k + 1] = True
                    after = k + 2
                    continue
            # "Dmitry Ivanovich"
            if nxt_plain and self.is_patronymic(toks[k + 1].text) and not self.owned[k + 1]:
                cands = [a for a in self.persons() if a.first == tok.text]
                if len(cands) == 1:
                    self.mention(
                        cands[0], tok.start, toks[k + 1].end, "short:patronymic", MentionKind.NAME
                    )
                    self.owned[k] = self.owned[k + 1] = True
                    after = k + 2
                    continue
            if nxt_plain and toks[k + 1].cap and f is None:
                continue
            if f is None:
                self.persons()  # fresh indexes by surname and first name
                word = tok.text
                if word not in self.by_last and word not in self.by_first and word not in surnames:
                    continue  # no person of the text or the lexicon: resolve_single gives none
            a = self.resolve_single(tok.text, tok.start, f)
            if a is not None:
                rule = f.rule if f is not None else "short:name"
                self.mention(a, tok.start, tok.end, rule, MentionKind.NAME)
                self.owned[k] = True

    def persons(self) -> list[_Act]:
        """The persons found so far, in order of discovery (kept until an actor comes or goes)."""
        if self.person_list is None:
            self.person_list = [a for a in self.acts.values() if a.kind is ActorKind.PERSON]
            self.by_last = {}
            self.by_first = {}
            for a in self.person_list:
                self.by_last.setdefault(a.last, []).append(a)
                self.by_first.setdefault(a.first, []).append(a)
        return self.person_list

    def resolve_single(self, word: str, offset: int, f: Found | None) -> _Act | None:
        self.persons()  # fresh indexes by surname and first name
        by_last = self.by_last.get(word)
        if by_last:
            return self.choose(by_last, offset)
        by_first = self.by_first.get(word, ())
        if len(by_first) == 1 and len(word) > 3:
            return by_first[0]
        idx = self.an.index
        if f is not None:
            # the lexicon's own claim: "Patrushev" is an alias of one person only
            claimants = [
                e
                for kind, e, alias in idx.names.get(name_key(word), ())
                if isinstance(e, PersonEntry) and name_key(alias, case=True) == word
            ]
            if len(claimants) == 1:
                return self.person_act(claimants[0])
        entries: list[PersonEntry] = list(idx.surnames.get(word, ()))
        if f is not None and isinstance(f.entry, PersonEntry) and f.entry not in entries:
            entries.append(f.entry)
        if f is not None:
            for kind, e, _ in idx.names.get(name_key(word), ()):
                if kind == "person" and isinstance(e, PersonEntry) and e not in entries:
                    entries.append(e)
        if not entries:
            return None
        if len(entries) == 1:
            return self.person_act(entries[0])
        holders = [e for e in entries if self.holds_any(e)]
        if len(holders) == 1:
            return self.person_act(holders[0])
        if self.on is not None and not holders:
            active = [e for e in entries if any(self.held(r) for r in e.roles)]
            if len(active) == 1:
                return self.person_act(active[0])
        return None

    def choose(self, cands: list[_Act], offset: int) -> _Act:
        """The person a bare surname means: same sentence, office holder, most recent."""
        if len(cands) == 1:
            return cands[0]
        s, _ = self.sentence_of(offset)
        # the candidates' earlier mentions in the order they were made (by identity: every
        # actor is one object), without walking the mentions of everybody else
        unique = {id(a): a for a in cands}
        earlier = sorted(
            (seq, o, a)
            for a in unique.values()
            for o, seq in self.person_offsets.get(id(a), ())
            if o < offset
        )
        recent = [(o, a) for _, o, a in earlier]
        same = [(o, a) for o, a in recent if o >= s]
        if same:
            return max(same, key=lambda x: x[0])[1]
        holders = [a for a in cands if isinstance(a.entry, PersonEntry) and self.holds_any(a.entry)]
        if len(holders) == 1:
            return holders[0]
        if recent:
            return max(recent, key=lambda x: x[0])[1]
        return cands[0]

    # offices
    def held(self, role: Role) -> bool:
        if self.on is None:
            return True
        start = role.start or date.min
        end = role.end or date.max
        return start <= self.on.end and self.on.start <= end

    def holds_any(self, e: PersonEntry) -> bool:
        if self.on is None:
            return False
        return any(self.held(r) for r in e.roles if self.office_of(r, e)[0])

    def office_of(self, role: Role, person: PersonEntry) -> tuple[str, str | None]:
        """Office key and country of a lexicon role, or ("", None) when no office matches."""
        cores = self.an.index.role_cores
        hit = cores.get(role.title)
        if hit is None:
            hit = cores[role.title] = _role_core(role.title, self.an.index.country_keys)
        core, code = hit
        country = role.country or code or person.country
        key = self.office_by_core.get(core)
        if key is None:
            key = next(
                (k for k, office in self.pat.roles["offices"].items() if core in office["cores"]),
                "",
            )
            self.office_by_core[core] = key
        return key, country

    def holders(self, office: str, country: str | None) -> list[PersonEntry]:
        """Lexicon persons holding ``office`` (for ``country``) on the article's date."""
        # without a date every role is held: the widest window overlaps every term
        lo, hi = (self.on.start, self.on.end) if self.on is not None else (date.min, date.max)
        # remembered on the lexicon index: the answer depends on the lexicon and the dates only
        memo = self.an.index.holders_on
        out = memo.get((office, country, lo, hi))
        if out is None:
            out = [
                p
                for p, terms in self.office_roles().get(office, ())
                if any(
                    (country is None or c == country) and s <= hi and lo <= e for c, s, e in terms
                )
            ]
            if len(memo) > 1 << 14:
                memo.clear()
            memo[(office, country, lo, hi)] = out
        return list(out)

    def office_roles(
        self,
    ) -> dict[str, list[tuple[PersonEntry, tuple[tuple[str | None, date, date], ...]]]]:
        """Lexicon persons by office key, with the country and term (open ends filled) of each
        of their roles in that office (built once per lexicon: it does not depend on the
        article)."""
        table = self.an.index.office_roles
        if not table:
            for p in self.lexicon.persons:
                mine: dict[str, list[tuple[str | None, date, date]]] = {}
                for r in p.roles:
                    key, c = self.office_of(r, p)
                    mine.setdefault(key, []).append((c, r.start or date.min, r.end or date.max))
                for key, terms in mine.items():
                    table.setdefault(key, []).append((p, tuple(terms)))
        return table

    def leader_office(self, country: str) -> str:
        for o in self.pat.roles.get("leader_overrides", ()):
            if o["country"] == country and (self.on is None or self.on.end >= o["start"]):
                return str(o["office"])
        return "leader"

    def role_references(self) -> None:
        """ "the Russian leader", "the President of Russia", "his Azerbaijani counterpart"."""
        an = self.an
        toks = an.tokens
        dets, refs, by_first = _role_refs()
        indexed = "" not in by_first
        idx = an.index
        countries = {f.i: f for f in an.found if f.kind == "country"}
        first_country: dict[int, Found] = {}
        for found in an.found:
            if found.kind == "country":
                first_country.setdefault(found.i, found)
        # only a country or a determiner can start a reference
        det_at = _where(map(dets.__contains__, an.lows))
        if indexed:
            # a determiner only when a reference may start with the next word (after a demonym)
            lows = an.lows
            gaps = an.gaps
            n = len(lows)
            kept: list[int] = []
            for k in det_at:
                m = k + 1
                if m < n and an.words[m] in idx.demonyms and gaps[m] == " ":
                    m += 1
                if m < n and lows[m] in by_first:
                    kept.append(k)
            det_at = kept
        starts = sorted({*countries, *det_at})
        for k in starts:
            tok = toks[k]
            m = k + 1
            country: str | None = None
            owner = countries.get(k)
            if owner is not None and _POSSESSIVE.match(an.folded, owner.end):
                # "Azerbaijan's foreign minister"
                assert isinstance(owner.entry, CountryEntry)
                country = owner.entry.code
                m = owner.j + 2
                if m >= len(toks) or toks[m - 1].text != "s":
                    continue
            elif tok.low not in dets:
                continue
            elif m < len(toks) and toks[m].text in idx.demonyms and self.plain(m):
                country = idx.demonyms[toks[m].text].code
                m += 1
            if indexed and (m >= len(toks) or toks[m].low not in by_first):
                continue  # no reference starts with the next word
            words = self.words_after(m - 1, 6)
            fitting = by_first.get(words[0], []) if indexed and words else refs
            hit = next(((r, key) for r, key in fitting if self.ref_fits(r, words, m)), None)
            if hit is None:
                continue
            ref, office = hit
            if _DEMONYM in ref:  # "the head of the Azerbaijani state"
                inner = idx.demonyms[toks[m + ref.index(_DEMONYM)].text].code
                if country is not None and country != inner:
                    continue
                country = inner
            end_tok = m + len(ref) - 1
            if any(an.gaps[q] not in (" ", "-") for q in range(m, end_tok + 1)):
                continue
            after = self.words_after(end_tok, 2)
            if after[:1] == ["of"]:
                q = end_tok + 2
                if after[1:] == ["the"]:
                    q += 1
                f = first_country.get(q)
                if f is None or country is not None:
                    continue
                assert isinstance(f.entry, CountryEntry)
                country = f.entry.code
                end_tok = f.j
            if self.person_at(end_tok + 1) or self.apposed_person(end_tok):
                continue  # a title introducing a name, not a reference
            a = self.resolve_role(office, country, toks[k].start)
            before = self.words_before(k, 2)
            in_title = (
                len(before) == 2
                and before[1] in ("to", "of", "for")
                and (before[0] in self.pat.title_last_words or before[0] in self.pat.titles)
            )
            if (
                a is not None
                and in_title
                and not any(m.span.start < toks[k].start for m in a.mentions)
            ):
                a = None  # "an aide to the President of Azerbaijan" names an office, not him
            if a is not None:
                self.mention(
                    a, toks[k].start, toks[end_tok].end, f"role:{office}", MentionKind.ROLE
                )

    def ref_fits(self, ref: tuple[str, ...], words: list[str], m: int) -> bool:
        """Whether the words from token ``m`` on read ``ref``; its ``{demonym}`` slot takes a
        capitalised demonym ("head of the Azerbaijani state")."""
        if len(words) < len(ref):
            return False
        for i, (r, w) in enumerate(zip(ref, words, strict=False)):
            if r == _DEMONYM:
                if self.an.tokens[m + i].text not in self.an.index.demonyms:
                    return False
            elif r != w:
                return False
        return True

    def lower_references(self) -> None:
        """ "the intergovernmental commission": a lower-case phrase of ``actor_patterns.toml``
        that stands for a lexicon organization (capitalised forms are lexicon names)."""
        pattern = self.pat.lower_references
        if pattern is None:
            return
        matches = _lower_reference_matches(pattern, self.text)
        if not matches:
            return
        taken = [(s, e, a) for a in self.acts.values() for s, e in a.spans]
        for m in matches:
            phrase = m.group()
            if not self.lower_form(phrase):
                continue
            entry = self.lexicon.get(self.pat.lower_targets[phrase.casefold()])
            if not isinstance(entry, OrganizationEntry):
                continue
            inside = [(s, e, b) for s, e, b in taken if s < m.end() and m.start() < e]
            # "the press service of the Azerbaijani President": a title inside the phrase is
            # part of the body's name, not a reference to the president
            roles = [
                (s, e, b)
                for s, e, b in inside
                if m.start() <= s
                and e <= m.end()
                and b.entry is not entry
                and (
                    b.kind is ActorKind.COUNTRY  # "Azerbaijan's embassy in Moscow"
                    or any(
                        x.kind is MentionKind.ROLE and (x.span.start, x.span.end) == (s, e)
                        for x in b.mentions
                    )
                )
            ]
            inside = [x for x in inside if x not in roles]
            if any(
                b.entry is not entry or not (m.start() <= s and e <= m.end()) for s, e, b in inside
            ):
                continue  # another name there, or one reaching beyond the phrase
            for s, e, b in roles:
                self.unmention(b, s, e)
            a = self.act(entry.id, ActorKind.ORGANIZATION, entry.name, entry=entry)
            a.country = a.country or entry.country
            for s, e, _ in inside:
                # "the joint Russian-Turkish monitoring center": the longer form of a name found
                self.unmention(a, s, e)
            self.mention(a, m.start(), m.end(), "lower-reference", MentionKind.NAME)

    def subject_bodies(self) -> None:
        """ "the bilateral working group on the Caspian", "a working group on the North-South
        corridor": a body named in lower case by its subject, a capitalised name."""
        core_pattern, lead_pattern, bodies = _subject_patterns()
        if core_pattern is None or not any(b in self.text for b in bodies):
            return
        idx = self.an.index
        taken: list[tuple[int, int]] | None = None
        for m in _matches_at(core_pattern, self.text, bodies):
            start = m.start()
            code: str | None = None
            before = lead_pattern.search(self.text, max(0, start - 40), start)
            if before is not None:
                lead = before.group("lead")
                parts = lead.split("-")
                if not lead[:1].isupper():
                    start = before.start()
                elif all(p in idx.demonyms for p in parts):
                    start = before.start()
                    code = idx.demonyms[parts[0]].code
            if taken is None:
                taken = [(s, e) for a in self.acts.values() for s, e in a.spans]
            if any(s < m.end() and start < e for s, e in taken):
                continue
            surface = self.text[start : m.end()]
            core = name_key(surface)
            a = self.act("o:" + core + "|", ActorKind.ORGANIZATION, surface, core=core)
            a.country = a.country or code
            self.mention(a, start, m.end(), "pattern:subject-body", MentionKind.NAME)
            self.own_span(start, m.end())

    def persons_offices(self) -> None:
        """ "Mr. Aliyev's office said": the office of a person holding a presidency on the
        article's date is the body of that presidency (the presidential administration)."""
        bodies = _office_bodies()
        if not bodies or "office" not in self.text:
            return
        for a in list(self.acts.values()):
            if not isinstance(a.entry, PersonEntry):
                continue
            held = {r.title for r in a.entry.roles if r.title in bodies and self.held(r)}
            if len(held) != 1:
                continue  # no presidency on the day, or no one date to choose by
            entry = self.lexicon.get(bodies[held.pop()])
            if not isinstance(entry, OrganizationEntry):
                continue
            for m in list(a.mentions):
                if m.kind is not MentionKind.NAME:
                    continue
                after = _OFFICE_AFTER.match(self.text, m.span.end)
                if after is None:
                    continue
                start = m.span.start
                title = _HONORIFIC_BEFORE.search(self.text, max(0, start - 6), start)
                if title is not None:
                    start = title.start()  # "Mr. Aliyev's office"
                body = self.act(entry.id, ActorKind.ORGANIZATION, entry.name, entry=entry)
                body.country = body.country or entry.country
                self.mention(body, start, after.end(), "pattern:persons-office", MentionKind.NAME)

    def local_authorities(self) -> None:
        """ "local Armenian authorities agreed", "the Dagestani leadership objected": the
        authorities of a region or of a local community, a body of its own (not the state)."""
        pattern = _local_authority_pattern()
        if pattern is None:
            return
        idx = self.an.index
        regional = _local_authority_data()[1]
        taken: list[tuple[int, int]] | None = None
        for m in pattern.finditer(self.text):
            who = m.group("who")
            if not (m.group("local") or who in regional):
                continue  # "Armenian authorities": the state's (read as the country)
            if m.group("local") and who not in idx.demonyms and who not in regional:
                continue
            if taken is None:
                taken = [(s, e) for a in self.acts.values() for s, e in a.spans]
            start, end = m.start("body"), m.end("body")
            if any(s < end and start < e for s, e in taken):
                continue
            name = self.text[start:end]
            code = idx.demonyms[who].code if who in idx.demonyms else None
            a = self.act("local:" + name_key(name), ActorKind.ORGANIZATION, name, country=code)
            self.mention(a, start, end, "pattern:local-authority", MentionKind.NAME)
            self.own_span(start, end)

    def cited_outlets(self) -> None:
        """ "told the Assa-Irada news agency", "Azerbaijani ANS TV reported": a capitalised
        name the lexicon does not know, before an outlet noun, cited as a source in the prose
        is a news outlet (named without the noun, but for "TV")."""
        pattern, cue_before, cue_after = _outlet_patterns()
        if pattern is None:
            return
        idx = self.an.index
        found = [(f.start, f.end) for f in self.an.found]
        for m in pattern.finditer(self.text):
            words = m.group("name").split()
            start = m.start("name")
            while words and (
                words[0] in idx.demonyms
                or name_key(words[0], case=True) in idx.country_words
                or words[0] in self.pat.not_name
            ):
                start = self.text.index(words[0], start) + len(words[0])
                start += len(self.text[start:]) - len(self.text[start:].lstrip())
                words = words[1:]
            if not words:
                continue
            end = m.end("name")
            noun = m.group("noun")
            before = self.text[max(0, start - 60) : start]
            after = self.text[m.end() : m.end() + 80]
            if not (cue_before.search(before) or cue_after.match(after)):
                continue
            if any(s < m.end() and start < e for s, e in found):
                continue  # a name the lexicon or the recognisers know
            if any(s < m.end() and start < e for a in self.acts.values() for s, e in a.spans):
                continue
            if noun == "TV":
                end = m.end()
            name = self.text[start:end]
            a = self.act("outlet:" + name_key(name), ActorKind.ORGANIZATION, name)
            self.mention(a, start, end, "pattern:cited-outlet", MentionKind.NAME)
            self.own_span(start, m.end())

    def lower_bodies(self) -> None:
        """ "a joint commission", "the inter-parliamentary commission", "the commissions on
        the delimitation of the border between Azerbaijan and Armenia": a body named in lower
        case by a modifier or a lower-case subject (not "a state commission")."""
        pattern = _lower_body_pattern()
        if pattern is None:
            return
        taken: list[tuple[int, int]] | None = None
        idx = self.an.index
        for m in pattern.finditer(self.text):
            if not (m.group("mod") or m.group("subj")):
                continue
            start, end = m.start(), m.end()
            own_start = start
            lead = m.group("lead")
            if lead:
                own_start = m.end("lead")
                parts = lead.split()[0].split("-")
                if not all(
                    p in idx.demonyms or name_key(p, case=True) in idx.country_words for p in parts
                ):
                    start = own_start  # "Moscow-based ..." is no compound of states
            # the states after "between" and in a leading compound stay actors of their own;
            # the rest must be free
            own_end = m.start("btw") if m.group("btw") else end
            if taken is None:
                taken = [(s, e) for a in self.acts.values() for s, e in a.spans]
            if any(s < own_end and own_start < e for s, e in taken):
                continue
            surface = self.text[start:end]
            core = name_key(surface)
            a = self.act("o:" + core + "|", ActorKind.ORGANIZATION, surface, core=core)
            self.mention(a, start, end, "pattern:lower-body", MentionKind.NAME)
            self.own_span(own_start, own_end)

    def drop_authors(self) -> None:
        """ "Alexander Ostrovsky's comedy", "the grave of Soviet-era poet Samad Vurgun": a
        person named only as the author of a work or as an artist honoured at a grave or
        monument is no participant of the story."""
        works, artists, memorials = _author_words()
        if not works and not artists:
            return
        for key, a in list(self.acts.items()):
            if a.kind is not ActorKind.PERSON or not a.mentions:
                continue
            if all(
                self.authored(m.span.start, m.span.end, works, artists, memorials)
                for m in a.mentions
            ):
                del self.acts[key]
                self.person_list = None

    def drop_settings(self) -> None:
        """ "a source in the Azerbaijani government told ...", "the formation of the new
        Russian government": a body named only as where an anonymous source sits or as what is
        being formed is no participant."""
        phrases = _setting_phrases()
        if not phrases:
            return
        for key, a in list(self.acts.items()):
            if a.kind is not ActorKind.ORGANIZATION or not a.mentions:
                continue
            if all(
                " ".join(
                    self.text[max(0, m.span.start - 40) : m.span.start].casefold().split()
                ).endswith(phrases)
                for m in a.mentions
            ):
                del self.acts[key]

    def authored(
        self,
        start: int,
        end: int,
        works: frozenset[str],
        artists: frozenset[str],
        memorials: frozenset[str],
    ) -> bool:
        """The person mention at ``start``-``end`` names an author ("X's comedy") or an
        honoured artist ("the grave of poet X")."""
        after = _AUTHOR_AFTER.match(self.text, end)
        if after is not None and (after.group(1) in works or not after.group(1).isalpha()):
            return True  # "X's comedy", 'X's "The Cherry Orchard"': the author of a work
        before = self.text[max(0, start - 80) : start].casefold().split()
        if not before or before[-1] not in artists:
            return False
        # "the grave of (Soviet-era) poet X", "a monument to the composer X"
        return any(w in memorials for w in before[-6:-1])

    def owned_bodies(self) -> None:
        """ "Azerbaijan did not join ..., and its parliament voted", "the Milli Majlis, the
        country's parliament": a state's body named by a possessive. "its" is the state the
        sentence opens with, "the country's" the state named last; the body is that state's
        lexicon body of the category when the text names it, else "<Body> of <State>"."""
        pattern, categories = _owned_body_pattern()
        if pattern is None or not any(w in self.text for w in categories):
            return
        countries = sorted(
            (
                (m.span.start, a)
                for a in self.acts.values()
                if a.kind is ActorKind.COUNTRY
                for m in a.mentions
            ),
            key=lambda c: c[0],
        )
        if not countries:
            return
        starts = [c[0] for c in countries]
        taken = {span for a in self.acts.values() for span in a.spans}
        for m in pattern.finditer(self.text):
            owner, word = m.group("owner").casefold(), m.group("body")
            start, end = m.start("body"), m.end("body")
            if (start, end) in taken:
                continue
            before = bisect_right(starts, m.start()) - 1
            if before < 0:
                continue
            if owner == "its":
                s, _ = self.sentence_of(m.start())
                first = bisect_right(starts, s - 1)
                if first > before:
                    continue
                state = countries[first][1]
            else:
                state = countries[before][1]
            code = state.country
            category = categories[word.casefold()]
            named = [
                a
                for a in self.acts.values()
                if isinstance(a.entry, OrganizationEntry)
                and a.entry.category == category
                and a.country == code
            ]
            if len(named) == 1:
                a = named[0]
            else:
                name = f"{word[:1].upper()}{word[1:]} of {state.name}"
                a = self.act("owned:" + name_key(name), ActorKind.ORGANIZATION, name, country=code)
            self.mention(a, start, end, "pattern:owned-body", MentionKind.NAME)
            self.own_span(start, end)

    def own_span(self, start: int, end: int) -> None:
        """The tokens inside ``start``-``end`` are taken."""
        if self.token_starts is None:
            self.token_starts = [t.start for t in self.an.tokens]
        starts = self.token_starts
        for k in range(bisect_right(starts, start - 1), bisect_right(starts, end - 1)):
            self.owned[k] = True

    def subject_tails(self) -> None:
        """ "the Azerbaijan-Russia intergovernmental commission on socio-economic cooperation":
        a known body named by a lower-case head takes the subject after it into the mention."""
        pattern = _subject_tail()
        if pattern is None:
            return
        heads = tuple(" " + h for h in self.pat.lower_body_heads)
        text = self.text
        for a in self.acts.values():
            if a.kind is not ActorKind.ORGANIZATION or a.entry is None:
                continue
            for m in list(a.mentions):
                end = m.span.end
                # " on " right after a lower-case head word (few mentions pass the first test)
                if not (text.startswith(" on ", end) and text.endswith(heads, m.span.start, end)):
                    continue
                if m.kind is not MentionKind.NAME:
                    continue
                tail = pattern.match(text, end)
                if tail is None:
                    continue
                self.unmention(a, m.span.start, m.span.end)
                self.mention(a, m.span.start, tail.end(), m.rule, MentionKind.NAME)

    def lower_form(self, phrase: str) -> bool:
        """A reference written as a description: in lower case but for demonyms and country
        names ("Russian peacekeepers"); a capitalised head word makes a name the lexicon reads."""
        idx = self.an.index
        for word in _WORD_SPLIT.split(phrase):
            word = _POSSESSIVE_END.sub("", word)  # "Azerbaijan's embassy"
            if word[:1].isupper() and not (
                word in idx.demonyms
                or name_key(word, case=True) in idx.country_words
                or word.casefold() in self.pat.single_name_ok  # "of the Azerbaijani President"
                or name_key(word, case=True) in idx.capitals  # "embassy in Moscow"
            ):
                return False
        return True

    def unmention(self, a: _Act, start: int, end: int) -> None:
        """Takes back the name mention of ``a`` at ``start``-``end``."""
        for m in a.mentions:
            if (m.span.start, m.span.end) == (start, end):
                a.mentions.remove(m)
                a.spans.discard((start, end))
                surface = self.text[start:end]
                if m.kind is MentionKind.NAME and surface in a.forms:
                    a.forms.remove(surface)
                return

    def plain(self, m: int) -> bool:
        return m > 0 and self.an.gaps[m] == " "

    def apposed_person(self, j: int) -> bool:
        toks = self.an.tokens
        if j + 1 >= len(toks) or self.an.folded[toks[j].end : toks[j + 1].start].strip() != ",":
            return False
        return self.person_at(j + 1)

    def resolve_role(self, office: str, country: str | None, offset: int) -> _Act | None:
        if office == "counterpart":
            if country is None:
                return None
            before = [(o, a) for o, a in self.person_mentions if o < offset]
            if not before:
                return None
            ante = max(before, key=lambda x: x[0])[1]
            if not isinstance(ante.entry, PersonEntry):
                return None
            office = ""
            for r in ante.entry.roles:
                key, _ = self.office_of(r, ante.entry)
                if key and self.held(r):
                    office = key
                    break
            if not office:
                return None
        if office == "leader":
            office = self.leader_office(country) if country else "leader"
            if office == "leader":
                office = "president"
        if country is None:
            # "the head of state": the office holder the text has been talking about
            recent = [a for o, a in sorted(self.person_mentions, key=lambda x: x[0]) if o < offset]
            for a in reversed(recent):
                if isinstance(a.entry, PersonEntry) and any(
                    self.office_of(r, a.entry)[0] == office and self.held(r) for r in a.entry.roles
                ):
                    return a
            return None
        holders = self.holders(office, country)
        if self.on is None:
            present = [h for h in holders if h.id in self.acts]
            holders = present
        if not holders:
            return None
        present = [h for h in holders if h.id in self.acts]
        pick = present[0] if len(present) == 1 else None
        if pick is None:
            pick = max(holders, key=lambda p: max((r.start or date.min) for r in p.roles))
        return self.person_act(pick)

    # output
    def build(self) -> tuple[Actor, ...]:
        out: list[Actor] = []
        used: set[str] = set()
        acts = sorted(
            (a for a in self.acts.values() if a.mentions),
            key=lambda a: min(m.span.start for m in a.mentions),
        )
        for a in acts:
            name = self.canonical(a)
            kind_word = a.kind.value
            lex_id: str | None = None
            if a.entry is not None and not isinstance(a.entry, PlaceEntry):
                lex_id = a.entry.id
                base = f"{kind_word}:{slug(lex_id.split(':', 1)[-1])}"
            else:
                base = f"{kind_word}:{slug(name)}"
                if isinstance(a.entry, PlaceEntry):
                    lex_id = a.entry.id
            ident = base
            n = 2
            while ident in used:
                ident = f"{base}-{n}"
                n += 1
            used.add(ident)
            aliases: list[str] = []
            for form in a.forms + a.abbreviations:
                if form != name and form not in aliases:
                    aliases.append(form)
            roles = tuple(
                Role(title=r, country=self.country_of_text(r) or a.country) for r in a.roles
            )
            out.append(
                Actor(
                    id=ident,
                    name=name,
                    kind=a.kind,
                    aliases=tuple(aliases),
                    country=a.country,
                    roles=roles,
                    mentions=tuple(sorted(a.mentions, key=lambda m: (m.span.start, m.span.end))),
                    lexicon_id=lex_id,
                )
            )
        return tuple(out)

    def canonical(self, a: _Act) -> str:
        if isinstance(a.entry, OrganizationEntry) and a.entry.former and self.on is not None:
            return a.entry.name_on(self.on.end)  # "CSCE Minsk Group" in a text of 1994
        if a.entry is not None or a.kind is not ActorKind.ORGANIZATION:
            return a.name
        if a.key.startswith(("owned:", "local:")):
            # "Parliament of Azerbaijan" for "its parliament"; "local Armenian authorities"
            return a.name
        counts: dict[str, int] = {}
        for f in a.forms:
            if f not in a.abbreviations:
                counts[f] = counts.get(f, 0) + 1
        if not counts:
            return a.name
        best = max(counts, key=lambda f: (counts[f], len(f), -a.forms.index(f)))
        return best[:1].upper() + best[1:]  # "government of the Astrakhan Region" as a name


# a name and a dash right before an outlet: "Baku. Elnur Hasanov - " before "APA"
_REPORTER_BEFORE = re.compile(
    r"(?:^|(?<=[.:]\s))(?P<name>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){1,2})"
    r"[ \t]*[-\u2013\u2014][ \t]*",
    re.M,
)
_DASH_AFTER = re.compile(r"[ \t]*[-\u2013\u2014][ \t]*")
# a breadcrumb separator right after a name that opens its line ("TASS / World / Politics")
_BREADCRUMB = re.compile(r"[ \t]*(?:/|\||\u00bb|>|\u203a)[ \t]*\S")
# "'s office" after a person's name, not "'s office in Baku" read as a place ("of" follows)
_OFFICE_AFTER = re.compile(r"['\u2019]s office\b(?![ \t]+of\b)")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms)\.?[ \t]+$")
# a wire's desk code and date after its name, opening the line ("AP-NY-05-17-94 0941EDT")
_TRANSMISSION = re.compile(r"-[A-Z]{1,4}-\d\d-\d\d-\d\d\b")
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
_POSSESSIVE = re.compile(r"['\"]s ")  # "Azerbaijan's foreign minister"
_WORD_SPLIT = re.compile(r"[\s\-]+")
_Ref = tuple[tuple[str, ...], str]
# a character that a case-insensitive pattern may match with an ASCII letter ("K", "ı", ...)
_ASCII_CASED = re.compile("[a-z]", re.I)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _lower_reference_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where a phrase starts.

    The pattern (the phrases, case-insensitive, between word boundaries) is tried at every
    position by ``finditer``; on a text whose characters outside ASCII match no ASCII letter
    case-insensitively, a phrase matches only where its lower-case form is found in the text
    lowered, so the pattern is tried there alone, left to right, as ``finditer`` would.
    """
    phrases = patterns().lower_phrases
    if phrases is None or not (
        text.isascii() or not any(map(_ASCII_CASED.match, set(_NON_ASCII.findall(text))))
    ):
        return list(pattern.finditer(text))
    # one byte per character: offsets in ``low`` are offsets in ``text``
    low = text.encode("ascii", "replace").lower()
    return _match_at_starts(pattern, text, _occurrences(low, phrases))


@cache
def _subject_tail() -> re.Pattern[str] | None:
    """ " on socio-economic cooperation" after a body's lower-case head, from the
    ``subject_tails`` words of ``actor_patterns.toml``."""
    words = read_data("actor_patterns.toml")["organizations"].get("subject_tails", ())
    if not words:
        return None
    last = "|".join(re.escape(str(w)) for w in words)
    return re.compile(rf"[ \t]+on[ \t]+(?:[a-z][a-z-]*[ \t]+){{0,3}}(?:{last})\b")


def _matches_at(pattern: re.Pattern[str], text: str, words: Sequence[str]) -> list[re.Match[str]]:
    """The matches of ``pattern`` starting where one of ``words`` (its literal openings) is
    found in ``text``, left to right without overlaps, as ``finditer`` would give them."""
    return _match_at_starts(pattern, text, _occurrences(text, words))


def _occurrences(haystack: AnyStr, needles: Iterable[AnyStr]) -> set[int]:
    """Every offset where one of ``needles`` starts in ``haystack`` (overlaps included)."""
    starts: set[int] = set()
    for needle in needles:
        at = haystack.find(needle)
        while at >= 0:
            starts.add(at)
            at = haystack.find(needle, at + 1)
    return starts


def _match_at_starts(pattern: re.Pattern[str], text: str, starts: set[int]) -> list[re.Match[str]]:
    """The matches of ``pattern`` tried at ``starts`` only, left to right without overlaps,
    as ``finditer`` would give them."""
    out: list[re.Match[str]] = []
    pos = 0
    for at in sorted(starts):
        if at < pos:
            continue
        m = pattern.match(text, at)
        if m is not None:
            out.append(m)
            pos = max(m.end(), at + 1)
    return out


@cache
def _local_authority_data() -> tuple[frozenset[str], frozenset[str]]:
    """The body words ("authorities") and the regional demonyms ("Dagestani")."""
    data = read_data("actor_patterns.toml").get("local_authorities", {})
    return frozenset(data.get("bodies", ())), frozenset(data.get("regional_demonyms", ()))


@cache
def _local_authority_pattern() -> re.Pattern[str] | None:
    """ "(local) <Demonym> <authorities|leadership>", from ``local_authorities``."""
    bodies, _ = _local_authority_data()
    if not bodies:
        return None
    body = "|".join(re.escape(b) for b in sorted(bodies, key=len, reverse=True))
    return re.compile(
        rf"(?P<body>(?:(?P<local>local)[ \t]+)?(?P<who>[A-Z][a-z]+)[ \t]+(?:{body}))\b"
    )


@cache
def _outlet_patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str], re.Pattern[str]]:
    """From the ``cited_outlets`` of ``actor_patterns.toml``: "<Capitalised name> <outlet
    noun>", and the cues before ("told the") and after ("reported") that cite it."""
    data = read_data("actor_patterns.toml").get("cited_outlets", {})
    nouns = sorted((str(n) for n in data.get("nouns", ())), key=len, reverse=True)
    before = "|".join(re.escape(str(w)) for w in data.get("before", ()))
    after = "|".join(re.escape(str(w)) for w in data.get("after", ()))
    between = "|".join(re.escape(str(w)) for w in data.get("between", ()))
    # the cue, then up to three lower-case or demonym words ("told the Azerbaijani private")
    cue_before = re.compile(
        rf"\b(?:{before or '(?!)'})(?:[ \t]+(?:{between or '(?!)'}|[A-Z][a-z]+))*[ \t]+$"
    )
    cue_after = re.compile(rf"(?:,[^,.]{{0,40}},)?[ \t]+(?:{after or '(?!)'})\b")
    if not nouns:
        return None, cue_before, cue_after
    word = r"[A-Z][\w'-]*[\w]"
    noun = "|".join(re.escape(n) for n in nouns)
    core = re.compile(rf"\b(?P<name>{word}(?:[ \t]+{word}){{0,2}})[ \t]+(?P<noun>{noun})\b")
    return core, cue_before, cue_after


@cache
def _subject_patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str], tuple[str, ...]]:
    """From the ``subject_bodies`` of ``actor_patterns.toml``: "<body> on the <Capitalised
    name> [<tail>]", the modifier or demonym compound that may stand right before it, and the
    body words (a text without one needs no look)."""
    data = read_data("actor_patterns.toml").get("subject_bodies", {})
    bodies = tuple(str(b) for b in data.get("bodies", ()))
    modifiers = "|".join(re.escape(str(w)) for w in data.get("modifiers", ()))
    lead = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+"
    if modifiers:
        lead = modifiers + "|" + lead
    lead_pattern = re.compile(rf"\b(?P<lead>{lead})[ \t]+$")
    if not bodies:
        return None, lead_pattern, bodies
    tails = "|".join(re.escape(str(w)) for w in data.get("tails", ()))
    body = "|".join(re.escape(b) for b in sorted(bodies, key=len, reverse=True))
    name = r"[A-Z][\w'-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'-]*)*"
    tail = rf"(?:[ \t]+(?:{tails})\b)?" if tails else ""
    core = re.compile(rf"\b(?:{body})[ \t]+on[ \t]+the[ \t]+{name}{tail}")
    return core, lead_pattern, bodies


@cache
def _role_refs() -> tuple[frozenset[str], list[_Ref], dict[str, list[_Ref]]]:
    """Determiners, the role references (longest first) with their office, and the same by
    first word (an empty reference, which would fit any words, under "")."""
    rr = patterns().roles
    refs: list[_Ref] = []
    for key, office in rr["offices"].items():
        refs.extend((tuple(r.split()), key) for r in office["refs"])
    refs.extend((tuple(r.split()), "counterpart") for r in rr["counterpart"]["refs"])
    refs.sort(key=lambda x: len(x[0]), reverse=True)
    by_first: dict[str, list[_Ref]] = {}
    for r, key in refs:
        by_first.setdefault(r[0] if r else "", []).append((r, key))
    return frozenset(rr["determiners"]), refs, by_first


@cache
def _lower_body_pattern() -> re.Pattern[str] | None:
    """One pattern for the lower-case bodies of ``actor_patterns.toml`` ``[lower_bodies]``:
    an optional compound of states ("Azerbaijan-Russia"), up to two modifiers, the head, an
    optional "on the <subject>" and "between A and B"."""
    data = read_data("actor_patterns.toml").get("lower_bodies", {})
    heads = sorted(data.get("heads", ()), key=len, reverse=True)
    if not heads:
        return None
    mods = sorted(data.get("modifiers", ()), key=len, reverse=True)
    stops = "|".join(re.escape(w) for w in data.get("stops", ()))
    word = rf"(?!(?:{stops})\b)(?![a-z-]+ed\b)[a-z][a-z-]*" if stops else r"[a-z][a-z-]*"
    name = r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    mod = "|".join(re.escape(w) for w in mods) or "(?!)"
    return re.compile(
        r"(?P<lead>\b[A-Z][a-z]+(?:-[A-Z][a-z]+)+\s+)?"
        rf"\b(?:(?P<mod>(?:{mod})(?:\s+(?:{mod}))?)\s+)?"
        rf"(?:{'|'.join(re.escape(h) for h in heads)})\b"
        rf"(?P<subj>\s+on\s+the\s+{word}(?:\s+of(?:\s+the)?(?:\s+{word}){{1,3}})?"
        rf"(?P<btw>\s+between\s+{name}\s+and\s+{name})?)?"
    )


@cache
def _owned_body_pattern() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """ "its parliament", "the country's parliament": the possessives and bodies of
    ``[owned_bodies]``, with each body's lexicon category."""
    data = read_data("actor_patterns.toml").get("owned_bodies", {})
    bodies = {str(k).casefold(): str(v) for k, v in data.get("bodies", {}).items()}
    owners = data.get("owners", ())
    if not bodies or not owners:
        return None, bodies
    return (
        re.compile(
            rf"\b(?P<owner>{'|'.join(re.escape(o) for o in owners)})\s+"
            rf"(?P<body>{'|'.join(re.escape(b) for b in bodies)})\b"
        ),
        bodies,
    )


# "'s comedy", "'s \"The...": a possessive and the next word or an opening quote
_AUTHOR_AFTER = re.compile(r"['\u2019]s\s+([a-z]+|[\"\u201c\u00ab])")


@cache
def _setting_phrases() -> tuple[str, ...]:
    """The phrases of ``[settings]`` ("source in the"), each with a leading blank."""
    before = read_data("actor_patterns.toml").get("settings", {}).get("before", ())
    return tuple(" " + str(p).casefold() for p in before)


@cache
def _author_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The work nouns, artists' titles and memorial nouns of ``[authors]``."""
    data = read_data("actor_patterns.toml").get("authors", {})
    return (
        frozenset(data.get("works", ())),
        frozenset(data.get("artists", ())),
        frozenset(data.get("memorials", ())),
    )


@cache
def _seat_speech() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The seats that speak as bodies, the verbs of saying, the auxiliaries before them."""
    data = read_data("actor_patterns.toml")["metonyms"]
    return (
        frozenset(data.get("speaking_seats", ())),
        frozenset(data.get("speech_verbs", ())),
        frozenset(data.get("speech_auxiliaries", ())),
    )


@cache
def _office_bodies() -> dict[str, str]:
    """Role title -> the lexicon body that is the office of its holder ("Mr. Aliyev's office")."""
    rows = read_data("actor_patterns.toml").get("office_bodies", ())
    return {str(r["role"]): str(r["organization"]) for r in rows}


@cache
def _credit_labels() -> frozenset[str]:
    """Labels opening a credit line ("Publication:", "(Source:"): an outlet there is none."""
    return frozenset(read_data("actor_patterns.toml").get("credit_lines", {}).get("labels", ()))


@cache
def _seat_documents() -> frozenset[str]:
    """Nouns of the papers a seat issues ("the Kremlin's readout"): the seat then speaks."""
    return frozenset(read_data("actor_patterns.toml")["metonyms"].get("speech_documents", ()))


def _initials(core: str) -> str:
    words = [w for w in core.split() if w not in ("of", "the", "and", "for", "on", "in")]
    return "".join(w[0] for w in words if w)
