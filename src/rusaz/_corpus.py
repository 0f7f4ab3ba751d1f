"""Corpus: a sequence of parsed articles, the errors met reading them, and the queries.

Reading is streaming (:func:`iter_parse` keeps only a bounded number of files in flight)
and optionally parallel (``workers=`` processes, results in input order). A file that
fails is recorded on :attr:`Corpus.errors` and warned about, never dropped silently and
never stopping the rest. Queries run over the cross-article :class:`~rusaz._merge.Resolution`
(computed once, on first use): one record per real-world actor, event and agreement.
"""

from __future__ import annotations

import gc
import json
import tomllib
import warnings
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

import attrs

from rusaz._merge import (
    ActorMention,
    Claim,
    Conflict,
    CorpusActor,
    CorpusAgreement,
    CorpusEvent,
    CorpusPlace,
    Evidence,
    Ref,
    Resolution,
    normalize_name,
    resolve,
)
from rusaz._model import ActorKind, AgreementKind, Article, EventKind, FuzzyDate, Modality
from rusaz._parse import parse_file, parse_text
from rusaz._query import (
    AmbiguousActorError,
    Dyad,
    QueryError,
    TimelineEntry,
    UnknownActorError,
    Where,
    as_date_range,
    as_enum,
    as_event_kind,
)
from rusaz.exceptions import RusazError

if TYPE_CHECKING:
    import networkx

    from rusaz._export import Frames

__all__ = [
    "ActorMention",
    "AmbiguousActorError",
    "Claim",
    "Conflict",
    "Corpus",
    "CorpusActor",
    "CorpusAgreement",
    "CorpusEvent",
    "CorpusPlace",
    "Dyad",
    "Evidence",
    "FileError",
    "QueryError",
    "Ref",
    "Resolution",
    "Summary",
    "TimelineEntry",
    "UnknownActorError",
    "Where",
    "iter_parse",
    "list_files",
    "load_corpus",
    "seed_dir",
]

DateLike = date | FuzzyDate | str | None
ActorLike = str | CorpusActor


@attrs.frozen
class FileError:
    """A file that could not be parsed: its path, the message, and the error type name."""

    path: str
    error: str
    kind: str


# --- reading ---------------------------------------------------------------------------------


def _parse_one(path: str, encoding: str | None) -> Article | FileError:
    """Parse one file, turning any failure into a FileError (runs in worker processes)."""
    try:
        return parse_file(path, encoding=encoding)
    except Exception as exc:  # one bad file must never stop a corpus of millions
        return FileError(path, str(exc), type(exc).__name__)


def _parse_chunk(paths: list[str], encoding: str | None) -> list[bytes | FileError]:
    """Parse files in a worker; articles travel back encoded (see :mod:`rusaz._transport`)."""
    from rusaz._transport import encode

    out: list[bytes | FileError] = []
    for path in paths:
        result = _parse_one(path, encoding)
        out.append(result if isinstance(result, FileError) else encode(result))
    return out


#: Allocations between young-generation collections in worker processes (Python's default:
#: 700). Parsing allocates many short-lived containers; at 700 the collector ran about every
#: other article and took 2-3% of a worker's time, at 5000 it takes 0.2%.
_WORKER_GC_THRESHOLD = 5000


def _init_worker() -> None:
    """Tune the garbage collector of a worker process (never the caller's own process).

    ``gc.freeze()`` leaves the objects inherited from the parent (lexicons, caches) out of
    every collection, so that collections neither walk them nor copy their memory pages.
    """
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(_WORKER_GC_THRESHOLD, older, oldest)


def _report(error: FileError, sink: list[FileError] | None) -> None:
    if sink is not None:
        sink.append(error)
    warnings.warn(f"rusaz: skipped {error.path}: {error.kind}: {error.error}", stacklevel=3)


def _chunks(paths: Iterable[str | Path], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for p in paths:
        chunk.append(str(p))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def iter_parse(
    paths: Iterable[str | Path],
    *,
    workers: int = 1,
    encoding: str | None = None,
    chunk_size: int = 8,
    errors: list[FileError] | None = None,
) -> Iterator[Article]:
    """Parse files lazily, yielding articles in input order.

    Only the files being parsed are held in memory (with ``workers > 1``: at most
    ``4 * workers`` chunks of ``chunk_size`` files are in flight). Failures are warned
    about and appended to ``errors`` when a list is given; the rest goes on.
    """
    if workers < 1:
        raise QueryError(f"workers must be at least 1, got {workers}")
    if chunk_size < 1:
        raise QueryError(f"chunk_size must be at least 1, got {chunk_size}")
    if workers == 1:
        for path in paths:
            result = _parse_one(str(path), encoding)
            if isinstance(result, FileError):
                _report(result, errors)
            else:
                yield result
        return
    from rusaz._transport import decode

    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
        pending: deque[Future[list[bytes | FileError]]] = deque()
        source = _chunks(paths, chunk_size)
        limit = 4 * workers
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append(pool.submit(_parse_chunk, chunk, encoding))
            if not pending:
                return
            for item in pending.popleft().result():
                if isinstance(item, FileError):
                    _report(item, errors)
                else:
                    yield decode(item)


# --- summary ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Summary:
    """An overview of a corpus: counts, publication range, top actors, events by kind."""

    articles: int
    errors: int
    first_published: FuzzyDate | None
    last_published: FuzzyDate | None
    actors: int
    events: int
    agreements: int
    top_actors: tuple[tuple[str, int], ...]
    events_by_kind: tuple[tuple[str, int], ...]
    agreements_by_kind: tuple[tuple[str, int], ...]


# --- the corpus ------------------------------------------------------------------------------


class Corpus(Sequence[Article]):
    """An ordered collection of articles; ``errors`` lists the files that failed.

    Queries (:meth:`events`, :meth:`agreements`, :meth:`actor`, :meth:`timeline`, ...)
    answer with corpus-level records: one per real-world actor, event or agreement.
    """

    def __init__(self, articles: Iterable[Article] = (), errors: Iterable[FileError] = ()) -> None:
        self._articles = tuple(articles)
        self.errors: tuple[FileError, ...] = tuple(errors)
        self._resolution: Resolution | None = None
        self._by_id: dict[str, Article] | None = None
        self._names: dict[str, tuple[int, str]] | None = None

    # --- sequence ---
    @overload
    def __getitem__(self, index: int) -> Article: ...
    @overload
    def __getitem__(self, index: slice) -> Corpus: ...
    def __getitem__(self, index: int | slice) -> Article | Corpus:
        if isinstance(index, slice):
            return Corpus(self._articles[index])
        return self._articles[index]

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Corpus):
            return NotImplemented
        return self._articles == other._articles and self.errors == other.errors

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Corpus({len(self)} articles, {len(self.errors)} errors)"

    def article(self, article_id: str) -> Article:
        """The article with this id (KeyError when absent)."""
        if self._by_id is None:
            self._by_id = {a.id: a for a in self._articles}
        return self._by_id[article_id]

    def quote(self, evidence: Evidence | ActorMention) -> str:
        """The text a piece of evidence or a mention covers, from its own article."""
        return self.article(evidence.article).quote(evidence.span)

    # --- reading ---
    @classmethod
    def from_files(
        cls,
        paths: Iterable[str | Path],
        *,
        workers: int = 1,
        encoding: str | None = None,
        chunk_size: int = 8,
    ) -> Corpus:
        """Parse files (in parallel with ``workers > 1``); failures go to ``errors``."""
        errors: list[FileError] = []
        articles = list(
            iter_parse(
                paths, workers=workers, encoding=encoding, chunk_size=chunk_size, errors=errors
            )
        )
        return cls(articles, errors)

    @classmethod
    def from_dir(
        cls,
        path: str | Path,
        pattern: str = "*.txt",
        *,
        workers: int = 1,
        encoding: str | None = None,
        chunk_size: int = 8,
    ) -> Corpus:
        """Parse every file matching ``pattern`` (a glob; ``**/*.txt`` recurses), in name order."""
        return cls.from_files(
            list_files(path, pattern), workers=workers, encoding=encoding, chunk_size=chunk_size
        )

    @classmethod
    def from_jsonl(cls, path: str | Path) -> Corpus:
        """Articles saved with :meth:`to_jsonl`; a bad line goes to ``errors`` as ``path:line``."""
        from rusaz._serde import structure

        articles: list[Article] = []
        errors: list[FileError] = []
        with Path(path).open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    articles.append(structure(json.loads(line), Article))
                except (RusazError, ValueError) as exc:
                    _report(FileError(f"{path}:{number}", str(exc), type(exc).__name__), errors)
        return cls(articles, errors)

    def to_jsonl(self, path: str | Path) -> int:
        """Write one JSON article per line (UTF-8); returns the number of articles written."""
        from rusaz._export import write_jsonl

        return write_jsonl(self, path)

    # --- resolution ---
    @property
    def resolution(self) -> Resolution:
        """The cross-article resolution of this corpus (computed once, on first use)."""
        if self._resolution is None:
            self._resolution = resolve(self._articles)
        return self._resolution

    def actors(self) -> tuple[CorpusActor, ...]:
        """Every corpus-level actor."""
        return self.resolution.actors

    def places(self) -> tuple[CorpusPlace, ...]:
        """Every corpus-level place."""
        return self.resolution.places

    def filter(self, predicate: Callable[[Article], bool]) -> Corpus:
        """The articles for which ``predicate`` holds (errors are kept)."""
        return Corpus((a for a in self._articles if predicate(a)), self.errors)

    # --- lookups ---
    def actor(self, name: ActorLike) -> CorpusActor:
        """The one actor answering to ``name``: an id, the full name or an alias.

        Case and accents are ignored. A name shared by several actors raises
        :class:`AmbiguousActorError` listing them; no match raises :class:`UnknownActorError`.
        When no name matches whole, a name contained in exactly one actor's names
        ("Aliyev" in "Ilham Aliyev") is accepted.
        """
        if isinstance(name, CorpusActor):
            return name
        actors = self.resolution.actors
        for a in actors:
            if a.id == name or a.lexicon_id == name:
                return a
        key = normalize_name(name)
        if not key:
            raise UnknownActorError(name)
        exact = [a for a in actors if key in {normalize_name(n) for n in a.names}]
        if not exact:
            words = set(key.split())
            exact = [
                a for a in actors if any(words <= set(normalize_name(n).split()) for n in a.names)
            ]
        if len(exact) == 1:
            return exact[0]
        if not exact:
            raise UnknownActorError(name)
        raise AmbiguousActorError(name, ((a.id, a.name) for a in exact))

    def place(self, name: str) -> tuple[CorpusPlace, ...]:
        """Places answering to this id, name or alias (case and accents ignored)."""
        key = normalize_name(name)
        return tuple(
            p
            for p in self.resolution.places
            if p.id == name or key in {normalize_name(n) for n in p.names}
        )

    def names(self, actor_ids: Iterable[str]) -> list[str]:
        """Names of corpus actors for display: persons, then organizations, then countries."""
        if self._names is None:
            rank = {ActorKind.PERSON: 0, ActorKind.ORGANIZATION: 1, ActorKind.COUNTRY: 2}
            self._names = {a.id: (rank[a.kind], a.name) for a in self.resolution.actors}
        return [name for _, name in sorted(self._names[i] for i in actor_ids)]

    def mentions(self, actor: ActorLike) -> tuple[ActorMention, ...]:
        """Every mention of an actor across the corpus, with its article and span."""
        return self.actor(actor).mentions

    # --- queries ---
    def events(
        self,
        *,
        kind: EventKind | str | None = None,
        actor: ActorLike | None = None,
        with_: ActorLike | None = None,
        place: str | None = None,
        country: str | None = None,
        between: tuple[DateLike, DateLike] | None = None,
        modality: Modality | str | None = None,
        where: Callable[[CorpusEvent], bool] | None = None,
    ) -> tuple[CorpusEvent, ...]:
        """Corpus-level events matching every criterion given, in chronological order.

        ``actor`` and ``with_`` must both take part; ``place`` is a place name or id and
        ``country`` the ISO code of the event's place; ``between=(d1, d2)`` keeps events
        whose date overlaps the range (open ends with None; undated events never match).
        """
        test = self.event_filter(
            kind=kind,
            actor=actor,
            with_=with_,
            place=place,
            country=country,
            between=between,
            modality=modality,
        )
        if where is not None:
            test = test & where
        return tuple(e for e in self.resolution.events if test(e))

    def event_filter(
        self,
        *,
        kind: EventKind | str | None = None,
        actor: ActorLike | None = None,
        with_: ActorLike | None = None,
        place: str | None = None,
        country: str | None = None,
        between: tuple[DateLike, DateLike] | None = None,
        modality: Modality | str | None = None,
    ) -> Where[CorpusEvent]:
        """The predicate :meth:`events` applies, for composing with ``&``, ``|`` and ``~``."""
        tests: list[Callable[[CorpusEvent], bool]] = []
        if kind is not None:
            wanted = as_event_kind(kind)
            tests.append(lambda e: e.kind is wanted)
        for who in (actor, with_):
            if who is not None:
                aid = self.actor(who).id
                tests.append(lambda e, aid=aid: aid in e.participants)  # type: ignore[misc]
        if place is not None:
            ids = {p.id for p in self.place(place)}
            tests.append(lambda e: e.place in ids)
        if country is not None:
            code = country.upper()
            at = {p.id for p in self.resolution.places if p.country == code}
            tests.append(lambda e: e.place in at)
        if between is not None:
            window = as_date_range(between)
            tests.append(lambda e: e.when is not None and e.when.overlaps(window))
        if modality is not None:
            mode = as_enum(Modality, modality, "modality")
            tests.append(lambda e: e.modality is mode)
        return Where(lambda e: all(t(e) for t in tests), "events")

    def agreements(
        self,
        *,
        party: ActorLike | None = None,
        kind: AgreementKind | str | None = None,
        signed_between: tuple[DateLike, DateLike] | None = None,
        in_force_on: date | str | None = None,
        where: Callable[[CorpusAgreement], bool] | None = None,
    ) -> tuple[CorpusAgreement, ...]:
        """Corpus-level agreements matching every criterion given.

        ``in_force_on`` keeps agreements signed on or before that day (an undated signing
        never matches) and not known to have expired by then (expiry from the terms:
        renewals, else first-term expiry, else valid-until; no stated end means still in force).
        """
        tests: list[Callable[[CorpusAgreement], bool]] = []
        if party is not None:
            pid = self.actor(party).id
            tests.append(lambda g: pid in g.parties)
        if kind is not None:
            wanted = as_enum(AgreementKind, kind, "agreement kind")
            tests.append(lambda g: g.kind is wanted)
        if signed_between is not None:
            window = as_date_range(signed_between)
            tests.append(lambda g: g.signed is not None and g.signed.overlaps(window))
        if in_force_on is not None:
            day = as_date_range((in_force_on, in_force_on)).start
            tests.append(lambda g: _in_force(g, day))
        if where is not None:
            tests.append(where)
        return tuple(g for g in self.resolution.agreements if all(t(g) for t in tests))

    def timeline(
        self, actor: ActorLike | None = None, **criteria: Any
    ) -> tuple[TimelineEntry, ...]:
        """Dated events in chronological order (earliest start first, then the narrower).

        Takes the criteria of :meth:`events`; ``actor`` keeps that actor's events.
        """
        places = {p.id: p.name for p in self.resolution.places}
        entries = []
        for e in self.events(actor=actor, **criteria):
            if e.when is None:
                continue
            who = ", ".join(self.names(e.participants))
            where = f" ({places[e.place]})" if e.place else ""
            mode = "" if e.modality is Modality.HAPPENED else f" [{e.modality.value}]"
            entries.append(TimelineEntry(e.when, e, f"{e.kind.value}: {who}{where}{mode}"))
        entries.sort(key=lambda t: (t.when.start, t.when.end, t.event.id))
        return tuple(entries)

    def dyads(self, **criteria: Any) -> tuple[Dyad, ...]:
        """Pairs of actors taking part in the same events, most frequent first.

        Takes the criteria of :meth:`events` to count only some events.
        """
        together: dict[tuple[str, str], list[str]] = {}
        for e in self.events(**criteria):
            people = sorted(e.participants)
            for i, a in enumerate(people):
                for b in people[i + 1 :]:
                    together.setdefault((a, b), []).append(e.id)
        out = [Dyad(a, b, len(ev), tuple(ev)) for (a, b), ev in together.items()]
        out.sort(key=lambda d: (-d.count, d.first, d.second))
        return tuple(out)

    def network(self, **criteria: Any) -> networkx.Graph:
        """A networkx graph: actors as nodes, co-participation counts as edge ``weight``.

        Needs the ``network`` extra (``pip install 'rusaz[network]'``).
        """
        try:
            import networkx as nx
        except ImportError as exc:
            raise ImportError(
                "Corpus.network() needs networkx: pip install 'rusaz[network]'"
            ) from exc
        graph = nx.Graph()
        for a in self.resolution.actors:
            graph.add_node(
                a.id,
                name=a.name,
                kind=a.kind.value,
                country=a.country or "",
                mentions=len(a.mentions),
            )
        for d in self.dyads(**criteria):
            graph.add_edge(d.first, d.second, weight=d.count, events=list(d.events))
        return graph

    def summary(self, top: int = 10) -> Summary:
        """Counts, publication range, the most reported actors and events by kind."""
        dated = sorted(
            (a.published for a in self._articles if a.published is not None),
            key=lambda d: (d.start, d.end),
        )
        res = self.resolution
        actors = sorted(res.actors, key=lambda a: (-len(a.articles), -len(a.mentions), a.id))
        return Summary(
            articles=len(self),
            errors=len(self.errors),
            first_published=dated[0] if dated else None,
            last_published=dated[-1] if dated else None,
            actors=len(res.actors),
            events=len(res.events),
            agreements=len(res.agreements),
            top_actors=tuple((a.name, len(a.articles)) for a in actors[:top]),
            events_by_kind=_counts(e.kind.value for e in res.events),
            agreements_by_kind=_counts(g.kind.value for g in res.agreements),
        )

    # --- exports ---
    def to_frames(self) -> Frames:
        """The flat tables as pandas DataFrames (needs the ``pandas`` extra)."""
        from rusaz._export import to_frames

        return to_frames(self)


def _counts(values: Iterable[str]) -> tuple[tuple[str, int], ...]:
    counts = Counter(values)
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _in_force(agreement: CorpusAgreement, day: date) -> bool:
    if agreement.signed is None or agreement.signed.start > day:
        return False
    end = agreement.expires
    return end is None or end.end >= day


def list_files(path: str | Path, pattern: str = "*.txt") -> list[Path]:
    """Files of a directory matching a glob pattern, sorted by path (NotADirectoryError if none)."""
    root = Path(path)
    if not root.is_dir():
        raise NotADirectoryError(f"not a directory: {root}")
    return sorted((p for p in root.glob(pattern) if p.is_file()), key=lambda p: p.as_posix())


# --- the bundled corpus ----------------------------------------------------------------------


def seed_dir() -> Path:
    """The directory of the bundled seed articles (package data, or the repo's seeds/)."""
    packaged = resources.files("rusaz").joinpath("data", "seeds")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "seeds"


def load_corpus(*, use_index: bool = True) -> Corpus:
    """The bundled corpus of seed articles.

    With ``use_index`` the curated metadata of ``seeds/index.toml`` (publication date)
    is passed to the parser as given; without it everything is inferred from the text.
    """
    root = seed_dir()
    index_path = root / "index.toml"
    meta: dict[str, dict[str, object]] = {}
    if use_index and index_path.is_file():
        data = tomllib.loads(index_path.read_text(encoding="utf-8"))
        meta = {str(a["id"]): a for a in data.get("article", [])}
    articles = []
    for path in sorted(root.glob("*.txt")):
        info = meta.get(path.stem, {})
        published = info.get("published")
        pub = FuzzyDate.parse(published) if isinstance(published, str) else None
        text = path.read_text(encoding="utf-8")
        articles.append(
            parse_text(text, article_id=path.stem, published=pub, source_path=path.name)
        )
    return Corpus(articles)
