"""Cross-article resolution: one corpus-level record per real-world actor, place, event, agreement.

Articles are resolved one at a time; a corpus needs the next step: the "Ilham Aliyev" of one
article and the "President Aliyev" of another are one actor, and a meeting reported by three
outlets is one event. :func:`resolve` does that, keeping every piece of evidence with its
article id, recording which fields the reports agree on and which conflict, and how each
conflict was settled (see :class:`Conflict` and the rules in ``docs/corpus.md``).

The result depends only on the *set* of articles: inputs are put in a canonical order
(article id, then record id) before anything is compared, and articles repeated under the
same id are counted once, so resolution is order-independent and idempotent.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import date, timedelta
from typing import Any, TypeVar

import attrs

from rusaz._model import (
    ActorKind,
    AgreementKind,
    Article,
    EventKind,
    FuzzyDate,
    MentionKind,
    Modality,
    Precision,
    Span,
    Terms,
)

__all__ = [
    "ActorMention",
    "Claim",
    "Conflict",
    "CorpusActor",
    "CorpusAgreement",
    "CorpusEvent",
    "CorpusPlace",
    "Evidence",
    "Ref",
    "Resolution",
    "normalize_name",
    "resolve",
]

#: Two reports of one event may disagree by this much on the day (time zones, "yesterday").
DATE_TOLERANCE = timedelta(days=1)

# Letters that Unicode decomposition leaves alone but transliteration flattens
# (Azerbaijani schwa and dotless i, Scandinavian/Slavic letters): a structural constant.
_FLATTEN = str.maketrans({"ə": "a", "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ħ": "h"})
_NON_WORD = re.compile(r"[^\w]+")
_LEADING_ARTICLE = re.compile(r"^(?:the) ")


@functools.lru_cache(maxsize=1 << 16)
def normalize_name(name: str) -> str:
    """A name folded for comparison: case, accents, punctuation and spacing removed.

    ``"Əliyev"``, ``"ALIYEV"`` and ``"Aliyev"`` all become ``"aliyev"``; ``"Putin's"`` keeps
    its letters (``"putin s"``) so different words stay different.
    """
    folded = name.casefold().translate(_FLATTEN)
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    spaced = _NON_WORD.sub(" ", stripped).replace("_", " ")
    return " ".join(spaced.split())


def _title_key(title: str) -> str:
    return _LEADING_ARTICLE.sub("", normalize_name(title))


# English function words, ignored when comparing titles: a structural constant.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "on",
        "of",
        "in",
        "and",
        "between",
        "for",
        "to",
        "with",
        "by",
        "our",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
    ]
)


def _title_words(title: str) -> frozenset[str]:
    return frozenset(normalize_name(title).split()) - _FUNCTION_WORDS


# --- the records -----------------------------------------------------------------------------


@attrs.frozen(order=True)
class Ref:
    """An article-level record (actor, place, event, agreement) by article id and record id."""

    article: str
    id: str


@attrs.frozen(order=True)
class Evidence:
    """A span of one article's text that states a fact (``item``: the article-level record)."""

    article: str
    span: Span
    item: str = ""


@attrs.frozen(order=True)
class ActorMention:
    """One mention of a corpus-level actor, kept with its article and article-level actor id."""

    article: str
    actor: str
    span: Span
    rule: str = ""
    kind: MentionKind = MentionKind.NAME


@attrs.frozen
class Claim:
    """One value some reports give for a field, and the articles that give it."""

    value: str
    articles: tuple[str, ...]


@attrs.frozen
class Conflict:
    """Reports disagree on ``field``: the values claimed, the one ``chosen`` and the ``rule``.

    Rules: ``most-precise`` (the narrowest date), ``most-frequent`` (claimed by most
    articles), ``earliest-published`` (the first report), ``latest-published`` (the latest
    report, used for modality: later reports know whether a planned event happened),
    ``union`` (set-valued fields keep every value) and ``smallest`` (last-resort tie-break on
    the value itself, so the choice never depends on input order).
    """

    field: str
    values: tuple[Claim, ...]
    chosen: str
    rule: str


@attrs.frozen(kw_only=True)
class CorpusActor:
    """One real-world actor across the corpus: names united, every mention with its article."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    country: str | None = None
    lexicon_id: str | None = None
    roles: tuple[str, ...] = ()
    mentions: tuple[ActorMention, ...] = ()
    sources: tuple[Ref, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of the articles that mention this actor, sorted."""
        return tuple(sorted({r.article for r in self.sources}))


@attrs.frozen(kw_only=True)
class CorpusPlace:
    """One place across the corpus, with coordinates when any article's lexicon gave them."""

    id: str
    name: str
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    aliases: tuple[str, ...] = ()
    lexicon_id: str | None = None
    sources: tuple[Ref, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


@attrs.frozen(kw_only=True)
class CorpusEvent:
    """One real-world event, however many articles report it.

    ``participants``, ``place`` and ``agreements`` hold corpus-level ids; ``evidence`` every
    sentence of every article that reports it; ``agreed`` the fields all reports share and
    ``conflicts`` the others, each with the value chosen and the rule that chose it.
    """

    id: str
    kind: EventKind
    when: FuzzyDate | None = None
    place: str | None = None
    participants: tuple[str, ...] = ()
    agreements: tuple[str, ...] = ()
    modality: Modality = Modality.HAPPENED
    evidence: tuple[Evidence, ...] = ()
    sources: tuple[Ref, ...] = ()
    agreed: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of the articles that report this event, sorted."""
        return tuple(sorted({r.article for r in self.sources}))


@attrs.frozen(kw_only=True)
class CorpusAgreement:
    """One document (treaty, declaration, ...) across the corpus, with agreed and conflicting
    fields like :class:`CorpusEvent`; ``terms`` come from the report that settled the expiry."""

    id: str
    title: str
    kind: AgreementKind
    parties: tuple[str, ...] = ()
    signed: FuzzyDate | None = None
    place: str | None = None
    terms: Terms | None = None
    evidence: tuple[Evidence, ...] = ()
    sources: tuple[Ref, ...] = ()
    agreed: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of the articles that mention this agreement, sorted."""
        return tuple(sorted({r.article for r in self.sources}))

    @property
    def expires(self) -> FuzzyDate | None:
        """The last day the agreement is known to run (renewals, else expiry, else valid-until)."""
        if self.terms is None:
            return None
        return self.terms.renews_until or self.terms.expires or self.terms.valid_until


@attrs.frozen
class Resolution:
    """Corpus-level actors, places, events and agreements, plus the map from article records."""

    actors: tuple[CorpusActor, ...] = ()
    places: tuple[CorpusPlace, ...] = ()
    events: tuple[CorpusEvent, ...] = ()
    agreements: tuple[CorpusAgreement, ...] = ()
    links: tuple[tuple[Ref, str], ...] = ()

    def corpus_id(self, ref: Ref) -> str:
        """The corpus-level id of an article-level record (KeyError when unknown)."""
        for key, value in self.links:
            if key == ref:
                return value
        raise KeyError(ref)

    def link_map(self) -> dict[Ref, str]:
        """Every article-level record mapped to its corpus-level id."""
        return dict(self.links)


# --- helpers ---------------------------------------------------------------------------------

K = TypeVar("K", bound=Hashable)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return [out[k] for k in sorted(out)]


def _most_common(values: Iterable[K], key: Callable[[K], str]) -> K | None:
    """The most frequent value; ties go to the smallest ``key``."""
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], key(v)))


def _unique_ids(bases: Sequence[str]) -> list[str]:
    """Make ids unique by suffixing ``-2``, ``-3``... in the order given."""
    seen: Counter[str] = Counter()
    out = []
    taken = set(bases)
    for base in bases:
        seen[base] += 1
        if seen[base] == 1:
            out.append(base)
            continue
        n = seen[base]
        while f"{base}-{n}" in taken:
            n += 1
        taken.add(f"{base}-{n}")
        out.append(f"{base}-{n}")
    return out


def _claims(pairs: Iterable[tuple[str, str]]) -> tuple[Claim, ...]:
    by_value: dict[str, set[str]] = defaultdict(set)
    for value, article in pairs:
        by_value[value].add(article)
    return tuple(Claim(v, tuple(sorted(a))) for v, a in sorted(by_value.items()))


T = TypeVar("T")


def _settle(
    field: str,
    reports: Sequence[tuple[T, str]],
    show: Callable[[Any], str],
    published: dict[str, date | None],
    rules: Sequence[str],
) -> tuple[T | None, Conflict | None]:
    """Choose one value among the (value, article) reports by the rules in order.

    Returns the chosen value and, when the reports disagree, the :class:`Conflict`.
    """
    if not reports:
        return None, None
    distinct = {show(v): v for v, _ in reports}
    if len(distinct) == 1:
        return next(iter(distinct.values())), None
    candidates = sorted(distinct)
    support: dict[str, set[str]] = defaultdict(set)
    for v, art in reports:
        support[show(v)].add(art)
    decided = "smallest"
    for rule in rules:
        scores: dict[str, tuple[int, ...]] = {}
        for c in candidates:
            if rule == "most-precise":
                value = distinct[c]
                days = value.days if isinstance(value, FuzzyDate) else 0
                scores[c] = (days,)
            elif rule == "most-frequent":
                scores[c] = (-len(support[c]),)
            elif rule in ("earliest-published", "latest-published"):
                known = [p for a in support[c] if (p := published.get(a)) is not None]
                if not known:
                    scores[c] = (1, 0)
                elif rule == "earliest-published":
                    scores[c] = (0, min(known).toordinal())
                else:
                    scores[c] = (0, -max(known).toordinal())
            else:  # pragma: no cover - programming error
                raise ValueError(rule)
        best = min(scores.values())
        kept = [c for c in candidates if scores[c] == best]
        if len(kept) < len(candidates):
            candidates = kept
            if len(kept) == 1:
                decided = rule
                break
    chosen = candidates[0]
    conflict = Conflict(field, _claims((show(v), a) for v, a in reports), chosen, decided)
    return distinct[chosen], conflict


def _enum_value(value: enum.Enum) -> str:
    return str(value.value)


def _ref_key(ref: Ref) -> tuple[str, str]:
    return (ref.article, ref.id)


def _evidence_key(ev: Evidence) -> tuple[str, int, int, str]:
    return (ev.article, ev.span.start, ev.span.end, ev.item)


def _mention_key(m: ActorMention) -> tuple[str, int, int, str, str, str]:
    return (m.article, m.span.start, m.span.end, m.actor, m.rule, m.kind.value)


def _show_date(value: FuzzyDate) -> str:
    return f"{value} ({value.precision.value})"


# --- actors and places -----------------------------------------------------------------------


@attrs.frozen
class _Item:
    ref: Ref
    names: frozenset[str]
    lexicon_id: str | None
    kind: str


def _cluster_named(items: Sequence[_Item]) -> list[list[int]]:
    """Cluster records: same lexicon id; else a name shared with exactly one lexicon entry;
    else a shared normalised name among records without a lexicon id (same kind throughout)."""
    uf = _UnionFind(len(items))
    first_of_lex: dict[tuple[str, str], int] = {}
    lex_by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i, it in enumerate(items):
        if it.lexicon_id is None:
            continue
        key = (it.kind, it.lexicon_id)
        if key in first_of_lex:
            uf.union(first_of_lex[key], i)
        else:
            first_of_lex[key] = i
        for n in it.names:
            lex_by_name[(it.kind, n)].add(it.lexicon_id)
    first_of_name: dict[tuple[str, str], int] = {}
    for i, it in enumerate(items):
        if it.lexicon_id is not None:
            continue
        matches = set().union(*(lex_by_name.get((it.kind, n), set()) for n in it.names))
        if len(matches) == 1:
            uf.union(first_of_lex[(it.kind, next(iter(matches)))], i)
            continue
        if matches:  # ambiguous between lexicon entries: keep it apart, never guess
            continue
        for n in sorted(it.names):
            key = (it.kind, n)
            if key in first_of_name:
                uf.union(first_of_name[key], i)
            else:
                first_of_name[key] = i
    return uf.groups()


def _pick_name(names: Iterable[str]) -> str:
    counts = Counter(names)
    return min(counts, key=lambda n: (-counts[n], -len(n), n))


def _resolve_actors(
    arts: Sequence[Article],
) -> tuple[tuple[CorpusActor, ...], dict[Ref, str]]:
    records = [(art, a) for art in arts for a in sorted(art.actors, key=lambda x: x.id)]
    items = [
        _Item(
            Ref(art.id, a.id),
            frozenset(filter(None, (normalize_name(n) for n in a.names))),
            a.lexicon_id,
            a.kind.value,
        )
        for art, a in records
    ]
    groups = _cluster_named(items)
    groups.sort(key=lambda g: (min(records[i][1].id for i in g), items[g[0]].ref))
    ids = _unique_ids([min(records[i][1].id for i in g) for g in groups])
    out: list[CorpusActor] = []
    links: dict[Ref, str] = {}
    for cid, g in zip(ids, groups, strict=True):
        members = [records[i] for i in g]
        name = _pick_name(a.name for _, a in members)
        all_names = {n for _, a in members for n in a.names}
        kind = _most_common((a.kind for _, a in members), key=lambda k: k.value)
        assert kind is not None
        country, conflict = _settle(
            "country",
            [(a.country, art.id) for art, a in members if a.country is not None],
            str,
            {},
            ("most-frequent",),
        )
        lexicon = _most_common(
            (a.lexicon_id for _, a in members if a.lexicon_id is not None), key=str
        )
        mentions = sorted(
            (
                ActorMention(art.id, a.id, m.span, m.rule, m.kind)
                for art, a in members
                for m in a.mentions
            ),
            key=_mention_key,
        )
        roles = sorted({r.title for _, a in members for r in a.roles})
        sources = tuple(sorted((Ref(art.id, a.id) for art, a in members), key=_ref_key))
        for ref in sources:
            links[ref] = cid
        out.append(
            CorpusActor(
                id=cid,
                name=name,
                kind=kind,
                aliases=tuple(sorted(all_names - {name})),
                country=country,
                lexicon_id=lexicon,
                roles=tuple(roles),
                mentions=tuple(mentions),
                sources=sources,
                conflicts=(conflict,) if conflict else (),
            )
        )
    return tuple(out), links


def _resolve_places(
    arts: Sequence[Article],
) -> tuple[tuple[CorpusPlace, ...], dict[Ref, str]]:
    records = [(art, p) for art in arts for p in sorted(art.places, key=lambda x: x.id)]
    items = [
        _Item(
            Ref(art.id, p.id),
            frozenset(filter(None, (normalize_name(n) for n in p.names))),
            p.lexicon_id,
            "place",
        )
        for art, p in records
    ]
    groups = _cluster_named(items)
    groups.sort(key=lambda g: (min(records[i][1].id for i in g), items[g[0]].ref))
    ids = _unique_ids([min(records[i][1].id for i in g) for g in groups])
    out: list[CorpusPlace] = []
    links: dict[Ref, str] = {}
    for cid, g in zip(ids, groups, strict=True):
        members = [records[i] for i in g]
        name = _pick_name(p.name for _, p in members)
        coords = _most_common(
            (
                (p.latitude, p.longitude)
                for _, p in members
                if p.latitude is not None and p.longitude is not None
            ),
            key=repr,
        )
        country = _most_common((p.country for _, p in members if p.country), key=str)
        lexicon = _most_common((p.lexicon_id for _, p in members if p.lexicon_id), key=str)
        sources = tuple(sorted((Ref(art.id, p.id) for art, p in members), key=_ref_key))
        for ref in sources:
            links[ref] = cid
        out.append(
            CorpusPlace(
                id=cid,
                name=name,
                country=country,
                latitude=None if coords is None else coords[0],
                longitude=None if coords is None else coords[1],
                aliases=tuple(sorted({n for _, p in members for n in p.names} - {name})),
                lexicon_id=lexicon,
                sources=sources,
            )
        )
    return tuple(out), links


# --- agreements ------------------------------------------------------------------------------


def _resolve_agreements(
    arts: Sequence[Article],
    actor_links: dict[Ref, str],
    place_links: dict[Ref, str],
    published: dict[str, date | None],
) -> tuple[tuple[CorpusAgreement, ...], dict[Ref, str]]:
    records = [(art, g) for art in arts for g in sorted(art.agreements, key=lambda x: x.id)]
    parties = [frozenset(actor_links[Ref(art.id, p)] for p in g.parties) for art, g in records]
    uf = _UnionFind(len(records))
    by_title: dict[str, int] = {}
    for i, (_, ag) in enumerate(records):
        key = _title_key(ag.title)
        if key in by_title:
            uf.union(by_title[key], i)
        else:
            by_title[key] = i
    # Same kind and parties, overlapping signing dates, and one title's words within the
    # other's ("the memorandum" and "Memorandum on Energy Cooperation"): one document. Two
    # memoranda signed the same day on different subjects stay apart.
    by_kind_parties: dict[tuple[AgreementKind, frozenset[str]], dict[object, int]] = defaultdict(
        dict
    )
    for i, (_, ag) in enumerate(records):
        if parties[i] and ag.signed is not None:
            rep = (_title_key(ag.title), ag.signed)  # one representative per title and date
            by_kind_parties[(ag.kind, parties[i])].setdefault(rep, i)
    words = [_title_words(ag.title) for _, ag in records]
    for reps in by_kind_parties.values():
        bucket = sorted(reps.values())
        for x, i in enumerate(bucket):
            for j in bucket[x + 1 :]:
                si, sj = records[i][1].signed, records[j][1].signed
                assert si is not None
                assert sj is not None
                if (
                    records[i][0].id != records[j][0].id
                    and si.overlaps(sj)
                    and (words[i] <= words[j] or words[j] <= words[i])
                ):
                    uf.union(i, j)
    groups = uf.groups()

    def start_of(g: list[int]) -> str:
        dates = [s.start.isoformat() for i in g if (s := records[i][1].signed) is not None]
        return min(dates) if dates else "9999"

    groups.sort(key=lambda g: (start_of(g), min((records[i][0].id, records[i][1].id) for i in g)))
    out: list[CorpusAgreement] = []
    links: dict[Ref, str] = {}
    bases = []
    for grp in groups:
        first_kind = _most_common((records[i][1].kind for i in grp), key=lambda k: k.value)
        assert first_kind is not None
        dated = [s for i in grp if (s := records[i][1].signed) is not None]
        year = f"-{min(s.start for s in dated).year}" if dated else ""
        bases.append(f"agreement:{first_kind.value}{year}")
    ids = _unique_ids(bases)
    for cid, g in zip(ids, groups, strict=True):
        members = [records[i] for i in g]
        conflicts: list[Conflict] = []
        agreed: list[str] = []

        several = len(members) > 1

        def note(name: str, conflict: Conflict | None, count: int) -> None:
            _note(name, conflict, count if several else 0, conflicts, agreed)  # noqa: B023

        title_reports = [(g_.title, art.id) for art, g_ in members]
        title, c = _settle("title", title_reports, str, published, ("most-frequent",))
        note("title", c, len(title_reports))
        kind_reports = [(g_.kind, art.id) for art, g_ in members]
        kind, c = _settle("kind", kind_reports, _enum_value, published, ("most-frequent",))
        note("kind", c, len(kind_reports))
        signed_reports = [(s, art.id) for art, g_ in members if (s := g_.signed) is not None]
        signed, c = _settle(
            "signed",
            signed_reports,
            _show_date,
            published,
            ("most-precise", "most-frequent", "earliest-published"),
        )
        note("signed", c, len(signed_reports))
        place_reports = [
            (place_links[Ref(art.id, g_.place)], art.id)
            for art, g_ in members
            if g_.place is not None
        ]
        place, c = _settle(
            "place", place_reports, str, published, ("most-frequent", "earliest-published")
        )
        note("place", c, len(place_reports))
        terms_reports = [(t, art.id) for art, g_ in members if (t := g_.terms) is not None]
        terms, c = _settle(
            "terms",
            terms_reports,
            _show_terms,
            published,
            ("most-frequent", "latest-published"),
        )
        note("terms", c, len(terms_reports))
        party_sets = [(" | ".join(sorted(parties[i])), records[i][0].id) for i in g if parties[i]]
        all_parties = tuple(sorted(set().union(*(parties[i] for i in g))))
        if len({v for v, _ in party_sets}) > 1:
            conflicts.append(
                Conflict("parties", _claims(party_sets), " | ".join(all_parties), "union")
            )
        elif party_sets:
            agreed.append("parties")
        sources = tuple(sorted((Ref(art.id, g_.id) for art, g_ in members), key=_ref_key))
        for ref in sources:
            links[ref] = cid
        assert title is not None
        assert kind is not None
        out.append(
            CorpusAgreement(
                id=cid,
                title=title,
                kind=kind,
                parties=all_parties,
                signed=signed,
                place=place,
                terms=None if terms is None else attrs.evolve(terms, evidence=None),
                evidence=tuple(
                    sorted(
                        (Evidence(art.id, s, g_.id) for art, g_ in members for s in g_.evidence),
                        key=_evidence_key,
                    )
                ),
                sources=sources,
                agreed=tuple(sorted(agreed)),
                conflicts=tuple(sorted(conflicts, key=lambda x: x.field)),
            )
        )
    return tuple(out), links


def _note(
    name: str, conflict: Conflict | None, count: int, conflicts: list[Conflict], agreed: list[str]
) -> None:
    if conflict is not None:
        conflicts.append(conflict)
    elif count:
        agreed.append(name)


def _show_terms(terms: Terms) -> str:
    end = terms.renews_until or terms.expires or terms.valid_until
    parts = [f"until {end}" if end else "", terms.duration or "", terms.renewal or ""]
    return "; ".join(p for p in parts if p) or "terms stated"


# --- events ----------------------------------------------------------------------------------


def _resolve_events(
    arts: Sequence[Article],
    actor_links: dict[Ref, str],
    place_links: dict[Ref, str],
    agreement_links: dict[Ref, str],
    published: dict[str, date | None],
    countries: frozenset[str],
) -> tuple[CorpusEvent, ...]:
    records = [(art, e) for art in arts for e in sorted(art.events, key=lambda x: x.id)]
    people = [frozenset(actor_links[Ref(art.id, p)] for p in e.participants) for art, e in records]
    # persons and organizations identify an event better than the countries behind them
    named = [p - countries or p for p in people]
    places = [None if e.place is None else place_links[Ref(art.id, e.place)] for art, e in records]
    buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, (_, e) in enumerate(records):
        if e.when is None:
            continue  # an undated report cannot be matched to another one safely
        for p in people[i]:
            buckets[(e.kind.value, "actor", p)].append(i)
        if places[i] is not None:
            buckets[(e.kind.value, "place", str(places[i]))].append(i)

    def same(i: int, j: int) -> bool:
        if records[i][0].id == records[j][0].id:
            return False
        if places[i] is not None and places[j] is not None and places[i] != places[j]:
            return False
        a, b = named[i], named[j]
        if a and b:
            return len(a & b) >= min(2, len(a), len(b))
        return places[i] is not None and places[i] == places[j]

    # Dates that may name one event: both known to a month or better, overlapping within
    # DATE_TOLERANCE ("in 2024" says too little to join any other report). Day numbers
    # widened by the tolerance keep the hot loop on plain integers.
    span: dict[int, tuple[int, int]] = {}
    for i, (_, e) in enumerate(records):
        if e.when is not None and e.when.days <= 31:
            span[i] = (e.when.start.toordinal(), e.when.end.toordinal() + DATE_TOLERANCE.days)
    uf = _UnionFind(len(records))
    # Identical reports (syndicated copies) are joined at once; only one of each is compared.
    first_of: dict[tuple[object, ...], int] = {}
    for i in sorted(span):
        sig = (records[i][1].kind, span[i], named[i], places[i], bool(named[i]))
        if sig in first_of:
            if named[i] or places[i] is not None:
                uf.union(first_of[sig], i)
        else:
            first_of[sig] = i
    representative = set(first_of.values())
    for bucket in buckets.values():
        ordered = sorted((i for i in bucket if i in representative), key=lambda i: (span[i][0], i))
        for x, i in enumerate(ordered):
            start_i, end_i = span[i]
            for j in ordered[x + 1 :]:
                start_j, end_j = span[j]
                if start_j > end_i:
                    break
                if start_i <= end_j and uf.find(i) != uf.find(j) and same(i, j):
                    uf.union(i, j)
    groups = uf.groups()
    settled: dict[int, tuple[FuzzyDate | None, Conflict | None]] = {}
    for grp in groups:
        settled[grp[0]] = _settle(
            "when",
            [(w, records[i][0].id) for i in grp if (w := records[i][1].when) is not None],
            _show_date,
            published,
            ("most-precise", "most-frequent", "earliest-published"),
        )

    def sort_key(g: list[int]) -> tuple[str, str, str, tuple[str, str]]:
        when = settled[g[0]][0]
        return (
            "9999" if when is None else when.start.isoformat(),
            "9999" if when is None else when.end.isoformat(),
            records[g[0]][1].kind.value,
            min((records[i][0].id, records[i][1].id) for i in g),
        )

    groups.sort(key=sort_key)
    bases = []
    for grp in groups:
        when = settled[grp[0]][0]
        stamp = "undated" if when is None else str(when).replace("/", "--")
        bases.append(f"event:{records[grp[0]][1].kind.value}-{stamp}")
    ids = _unique_ids(bases)
    out: list[CorpusEvent] = []
    for cid, g in zip(ids, groups, strict=True):
        members = [records[i] for i in g]
        conflicts: list[Conflict] = []
        agreed: list[str] = []
        when_reports = [w for _, e in members if e.when is not None]
        when, c = settled[g[0]]
        if c is not None:
            conflicts.append(c)
        elif len(members) > 1 and when_reports:
            agreed.append("when")
        place_reports = [(places[i], records[i][0].id) for i in g if places[i] is not None]
        place, c = _settle(
            "place",
            [(str(p), a) for p, a in place_reports],
            str,
            published,
            ("most-frequent", "earliest-published"),
        )
        if c is not None:
            conflicts.append(c)
        elif len(members) > 1 and place_reports:
            agreed.append("place")
        modality, c = _settle(
            "modality",
            [(e.modality, art.id) for art, e in members],
            _enum_value,
            published,
            ("most-frequent", "latest-published"),
        )
        if c is not None:
            conflicts.append(c)
        elif len(members) > 1:
            agreed.append("modality")
        sets = [(" | ".join(sorted(people[i])), records[i][0].id) for i in g]
        union = tuple(sorted(set().union(*(people[i] for i in g))))
        if len({v for v, _ in sets}) > 1:
            conflicts.append(Conflict("participants", _claims(sets), " | ".join(union), "union"))
        elif len(members) > 1:
            agreed.append("participants")
        assert modality is not None
        out.append(
            CorpusEvent(
                id=cid,
                kind=members[0][1].kind,
                when=when,
                place=place,
                participants=union,
                agreements=tuple(
                    sorted(
                        {
                            agreement_links[Ref(art.id, ag)]
                            for art, e in members
                            for ag in e.agreements
                        }
                    )
                ),
                modality=modality,
                evidence=tuple(
                    sorted(
                        (Evidence(art.id, s, e.id) for art, e in members for s in e.evidence),
                        key=_evidence_key,
                    )
                ),
                sources=tuple(sorted((Ref(art.id, e.id) for art, e in members), key=_ref_key)),
                agreed=tuple(sorted(agreed)),
                conflicts=tuple(sorted(conflicts, key=lambda x: x.field)),
            )
        )
    return tuple(out)


# --- entry point -----------------------------------------------------------------------------


def resolve(articles: Iterable[Article]) -> Resolution:
    """Resolve actors, places, events and agreements across articles (see module docs).

    Articles sharing an id are taken as copies of one article and counted once.
    """
    unique: dict[str, Article] = {}
    for art in articles:
        unique.setdefault(art.id, art)
    arts = [unique[k] for k in sorted(unique)]
    published = {a.id: (a.published.start if a.published else None) for a in arts}
    actors, actor_links = _resolve_actors(arts)
    places, place_links = _resolve_places(arts)
    agreements, agreement_links = _resolve_agreements(arts, actor_links, place_links, published)
    countries = frozenset(a.id for a in actors if a.kind is ActorKind.COUNTRY)
    events = _resolve_events(arts, actor_links, place_links, agreement_links, published, countries)
    links = {**actor_links, **place_links, **agreement_links}
    for ev in events:
        for ref in ev.sources:
            links[ref] = ev.id
    return Resolution(
        actors=actors,
        places=places,
        events=events,
        agreements=agreements,
        links=tuple(sorted(links.items(), key=lambda kv: _ref_key(kv[0]))),
    )


def precision_rank(precision: Precision) -> int:
    """Position of a precision from finest (0, day) to coarsest."""
    return list(Precision).index(precision)
