"""Corpus reading (streaming, parallel, tolerant) and queries over a small hand-made corpus."""

from __future__ import annotations

import types
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz import AgreementKind, EventKind, FuzzyDate, Modality, Precision
from rusaz._corpus import (
    AmbiguousActorError,
    Corpus,
    FileError,
    QueryError,
    UnknownActorError,
    iter_parse,
    list_files,
)
from rusaz._query import as_date_range, has_event, mentions_actor, outlet_is, published_between
from rusaz.exceptions import RusazError
from tests.test_merge import (
    ALIYEV,
    AZERBAIJAN,
    BAKU,
    MOSCOW,
    PASHINYAN,
    PUTIN,
    RUSSIA,
    SOCHI,
    A,
    E,
    G,
    make_article,
    meeting_report,
)

DECLARATION = G(
    "agreement:declaration",
    "Declaration on Allied Interaction",
    AgreementKind.DECLARATION,
    (RUSSIA.id, AZERBAIJAN.id),
    "2022-02-22",
)
OLD_TREATY = G(
    "agreement:treaty",
    "Treaty on Friendship",
    AgreementKind.TREATY,
    (RUSSIA.id, AZERBAIJAN.id),
    "2010-01",
    sentence=1,
    expires="2015-01",
)


def sample() -> Corpus:
    """Four articles: one meeting told twice (9 vs 10 Nov), a call, a planned visit, a signing."""
    a = meeting_report("a", "2020-11-10", "2020-11-09")
    b = make_article(
        "b",
        [
            "Vladimir Putin met Ilham Aliyev in Sochi on 10 November.",
            "Putin spoke with Nikol Pashinyan by phone on 8 November.",
        ],
        published="2020-11-11",
        outlet="TASS",
        actors=[PUTIN, ALIYEV, PASHINYAN],
        places=[SOCHI],
        events=[
            E("event:m", EventKind.MEETING, "2020-11-10", (PUTIN.id, ALIYEV.id), place=SOCHI.id),
            E("event:c", EventKind.CALL, "2020-11-08", (PUTIN.id, PASHINYAN.id), sentence=1),
        ],
    )
    c = make_article(
        "c",
        ["Ilham Aliyev will visit Moscow in September 2018."],
        published="2018-08-01",
        outlet="Trend",
        actors=[ALIYEV],
        places=[MOSCOW],
        events=[
            E(
                "event:v",
                EventKind.VISIT,
                "2018-09",
                (ALIYEV.id,),
                place=MOSCOW.id,
                modality=Modality.PLANNED,
            )
        ],
    )
    d = make_article(
        "d",
        [
            "Russia and Azerbaijan signed the Declaration on Allied Interaction in Moscow.",
            "The Treaty on Friendship of January 2010 expired in 2015.",
        ],
        published="2022-02-22",
        outlet="TASS",
        actors=[RUSSIA, AZERBAIJAN],
        places=[MOSCOW, BAKU],
        agreements=[DECLARATION, OLD_TREATY],
        events=[
            E(
                "event:s",
                EventKind.SIGNING,
                "2022-02-22",
                (RUSSIA.id, AZERBAIJAN.id),
                place=MOSCOW.id,
                agreements=(DECLARATION.id,),
            )
        ],
    )
    return Corpus([a, b, c, d])


CORPUS = sample()


# --- events ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({}, ["visit", "call", "meeting", "signing"]),  # everything, chronological
        ({"kind": "meeting"}, ["meeting"]),  # kind by value
        ({"kind": EventKind.CALL}, ["call"]),  # kind by enum
        ({"actor": "putin"}, ["call", "meeting"]),  # alias, any case
        ({"actor": "Aliyev", "with_": "Vladimir Putin"}, ["meeting"]),  # both take part
        ({"place": "sochi"}, ["meeting"]),  # place by name
        ({"place": "place:moscow"}, ["visit", "signing"]),  # place by id
        ({"country": "ru"}, ["visit", "meeting", "signing"]),  # country of the place
        ({"between": ("2020-11-09", "2020-11-09")}, ["meeting"]),  # one day
        ({"between": ("2020", None)}, ["call", "meeting", "signing"]),  # open end
        ({"between": (None, date(2019, 1, 1))}, ["visit"]),  # open start, a date
        ({"modality": "planned"}, ["visit"]),  # modality
        ({"kind": "call", "actor": "Aliyev"}, []),  # nothing matches
    ],
)
def test_event_queries(criteria: dict[str, object], expected: list[str]) -> None:
    """Each criterion keeps exactly the events it names."""
    assert expected == [e.kind.value for e in CORPUS.events(**criteria)]  # type: ignore[arg-type]


def test_event_reported_twice_is_one_event() -> None:
    """The meeting told by two articles is one event with both as evidence."""
    (meeting,) = CORPUS.events(kind="meeting")
    assert ("a", "b") == meeting.articles
    assert ["when"] == [c.field for c in meeting.conflicts]
    assert ["Vladimir Putin met Ilham Aliyev in Sochi on 2020-11-09."] == [
        CORPUS.quote(ev) for ev in meeting.evidence if ev.article == "a"
    ]


@pytest.mark.parametrize(
    "criteria",
    [
        {"kind": "chat"},  # unknown kind
        {"modality": "maybe"},  # unknown modality
        {"between": ("2020-13", None)},  # not a date
        {"between": ("2021", "2020")},  # reversed
    ],
)
def test_bad_event_criteria_raise_query_error(criteria: dict[str, object]) -> None:
    """Malformed criteria raise QueryError (a RusazError and a ValueError)."""
    with pytest.raises(QueryError):
        CORPUS.events(**criteria)  # type: ignore[arg-type]


_CRITERIA = [
    {"kind": "meeting"},
    {"kind": "call"},
    {"actor": "Putin"},
    {"with_": "Aliyev"},
    {"place": "Moscow"},
    {"country": "RU"},
    {"between": ("2020", "2020")},
    {"between": ("2018-09-15", "2022-02-22")},
    {"modality": "happened"},
]


@given(st.sampled_from(_CRITERIA), st.sampled_from(_CRITERIA))
def test_event_filters_compose(a: dict[str, object], b: dict[str, object]) -> None:
    """Filtering events by a then by b equals filtering by a and b at once."""
    if set(a) & set(b):
        return
    then = [e for e in CORPUS.events(**a) if CORPUS.event_filter(**b)(e)]  # type: ignore[arg-type]
    assert then == list(CORPUS.events(**a, **b))  # type: ignore[arg-type]


# --- article filters -------------------------------------------------------------------------

_PREDICATES = [
    published_between("2020", "2020"),
    published_between(None, "2020-11-10"),
    has_event("meeting"),
    has_event(EventKind.SIGNING),
    mentions_actor("putin"),
    mentions_actor("Əliyev"),
    outlet_is("tass"),
    ~outlet_is("TASS"),
]


@given(st.sampled_from(_PREDICATES), st.sampled_from(_PREDICATES))
def test_article_filters_compose(a: object, b: object) -> None:
    """corpus.filter(a).filter(b) equals corpus.filter(a & b), and | is the union."""
    fa, fb = a, b
    assert CORPUS.filter(fa).filter(fb) == CORPUS.filter(fa & fb)  # type: ignore[operator, arg-type]
    union = {x.id for x in CORPUS.filter(fa)} | {x.id for x in CORPUS.filter(fb)}  # type: ignore[arg-type]
    assert union == {x.id for x in CORPUS.filter(fa | fb)}  # type: ignore[operator]


@pytest.mark.parametrize(
    ("predicate", "expected"),
    [
        (published_between("2020-11", "2020-11"), ["a", "b"]),  # month window
        (has_event("visit"), ["c"]),  # event kind
        (mentions_actor("NIKOL PASHINYAN"), ["b"]),  # actor name folded
        (outlet_is("trend"), ["c"]),  # outlet folded
    ],
)
def test_article_predicates(predicate: object, expected: list[str]) -> None:
    """Ready-made article predicates keep the expected articles."""
    assert expected == [x.id for x in CORPUS.filter(predicate)]  # type: ignore[arg-type]


# --- actors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["Aliyev", "aliyev", "ALIYEV", "Əliyev", "Ilham Aliyev", "person:ilham-aliyev", "ilham-aliyev"],
)
def test_actor_lookup_is_case_and_accent_insensitive(query: str) -> None:
    """Names, aliases, ids and lexicon ids find the same actor."""
    assert "person:ilham-aliyev" == CORPUS.actor(query).id


def test_actor_lookup_by_contained_name() -> None:
    """A word of exactly one actor's name finds that actor."""
    assert "person:nikol-pashinyan" == CORPUS.actor("Nikol").id


def test_ambiguous_actor_lists_candidates() -> None:
    """A name two actors share raises AmbiguousActorError naming both."""
    heydar = A("person:heydar-aliyev", "Heydar Aliyev", aliases=("Aliyev",), lexicon_id="heydar")
    corpus = Corpus([make_article("x", ["Ilham Aliyev, Heydar Aliyev."], actors=[ALIYEV, heydar])])
    with pytest.raises(AmbiguousActorError) as info:
        corpus.actor("aliyev")
    assert ("person:heydar-aliyev", "person:ilham-aliyev") == tuple(
        c for c, _ in info.value.candidates
    )
    assert isinstance(info.value, LookupError)
    assert isinstance(info.value, RusazError)


def test_unknown_actor() -> None:
    """An unknown name raises UnknownActorError, a LookupError."""
    with pytest.raises(UnknownActorError, match="Lavrov"):
        CORPUS.actor("Lavrov")


def test_mentions_keep_articles() -> None:
    """Mentions of an actor come from every article that names it."""
    assert {"a", "b", "c"} == {m.article for m in CORPUS.mentions("Aliyev")}
    assert {"Ilham Aliyev", "Aliyev"} == {CORPUS.quote(m) for m in CORPUS.mentions("Aliyev")}


def test_timeline_is_chronological_with_precision() -> None:
    """The timeline is sorted by date and shows each date's precision."""
    got = [(str(t.when), t.precision) for t in CORPUS.timeline()]
    expected = [
        ("2018-09", Precision.MONTH),
        ("2020-11-08", Precision.DAY),
        ("2020-11-09", Precision.DAY),
        ("2022-02-22", Precision.DAY),
    ]
    assert expected == got
    assert "visit: Ilham Aliyev (Moscow) [planned]" == CORPUS.timeline(actor="Aliyev")[0].label


def test_dyads_count_co_participation() -> None:
    """Dyads count the events two actors share, most frequent first."""
    got = [(d.first, d.second, d.count) for d in CORPUS.dyads()]
    expected = [
        ("country:azerbaijan", "country:russia", 1),
        ("person:ilham-aliyev", "person:vladimir-putin", 1),
        ("person:nikol-pashinyan", "person:vladimir-putin", 1),
    ]
    assert expected == got


def test_network_has_weighted_edges() -> None:
    """The networkx graph has every actor and a weighted edge per dyad."""
    pytest.importorskip("networkx")
    graph = CORPUS.network()
    assert len(CORPUS.actors()) == graph.number_of_nodes()
    assert 1 == graph.edges["person:ilham-aliyev", "person:vladimir-putin"]["weight"]


# --- agreements ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({}, ["Treaty on Friendship", "Declaration on Allied Interaction"]),  # all, by date
        ({"party": "Azerbaijan"}, ["Treaty on Friendship", "Declaration on Allied Interaction"]),
        ({"kind": "treaty"}, ["Treaty on Friendship"]),  # kind
        ({"signed_between": ("2022", "2022")}, ["Declaration on Allied Interaction"]),
        ({"in_force_on": "2012-06-01"}, ["Treaty on Friendship"]),  # before expiry
        ({"in_force_on": date(2016, 1, 1)}, []),  # expired, declaration not yet signed
        ({"in_force_on": "2023-01-01"}, ["Declaration on Allied Interaction"]),  # open-ended
    ],
)
def test_agreement_queries(criteria: dict[str, object], expected: list[str]) -> None:
    """Agreement criteria, including in-force dates from signing and expiry."""
    assert expected == [g.title for g in CORPUS.agreements(**criteria)]  # type: ignore[arg-type]


def test_bad_agreement_kind() -> None:
    """An unknown agreement kind raises QueryError."""
    with pytest.raises(QueryError, match="valid kinds"):
        CORPUS.agreements(kind="pact")


def test_signing_event_links_its_agreement() -> None:
    """The signing event points at the corpus-level declaration."""
    (signing,) = CORPUS.events(kind="signing")
    (declaration,) = CORPUS.agreements(kind="declaration")
    assert (declaration.id,) == signing.agreements


# --- the sequence itself ---------------------------------------------------------------------


def test_sequence_behaviour() -> None:
    """A corpus indexes, slices, compares and looks articles up by id."""
    assert "b" == CORPUS[1].id
    assert Corpus([CORPUS[0], CORPUS[1]]) == CORPUS[:2]
    assert CORPUS[3] is CORPUS.article("d")
    assert "Corpus(4 articles, 0 errors)" == repr(CORPUS)
    assert CORPUS != "not a corpus"


def test_summary() -> None:
    """The summary counts records and gives the publication range."""
    s = CORPUS.summary()
    assert (4, 4, 2) == (s.articles, s.events, s.agreements)
    assert (FuzzyDate.parse("2018-08-01"), FuzzyDate.parse("2022-02-22")) == (
        s.first_published,
        s.last_published,
    )
    assert ("Ilham Aliyev", 3) == s.top_actors[0]


# --- reading files ---------------------------------------------------------------------------

_TEXTS = {
    "01.txt": "Baku, 9 November 2020. Vladimir Putin met Ilham Aliyev in Sochi.\n",
    "02.txt": "Moscow, 3 March 2021. Sergey Lavrov spoke with Jeyhun Bayramov by phone.\n",
    "03.txt": "The presidents discussed the North-South transport corridor.\n",
}


@pytest.fixture
def article_dir(tmp_path: Path) -> Path:
    """A directory of three good articles, an empty one and one that is not UTF-8."""
    for name, text in _TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "00-empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "04-latin1.txt").write_bytes("Bak\xfc \xe9t\xe9 \x00\x00".encode("latin-1"))
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    return tmp_path


def test_from_dir_keeps_going_and_reports_failures(article_dir: Path) -> None:
    """Failing files are warned about and listed on errors; the rest is parsed in name order."""
    with pytest.warns(UserWarning, match="skipped"):
        corpus = Corpus.from_dir(article_dir)
    assert ["01", "02", "03"] == [a.id for a in corpus]
    assert ["00-empty.txt", "04-latin1.txt"] == [Path(e.path).name for e in corpus.errors]
    assert all(isinstance(e, FileError) and e.kind and e.error for e in corpus.errors)


def test_parallel_equals_single_process(article_dir: Path) -> None:
    """workers=2 gives the same articles and errors, in the same order."""
    with pytest.warns(UserWarning, match="skipped"):
        one = Corpus.from_dir(article_dir, workers=1)
    with pytest.warns(UserWarning, match="skipped"):
        two = Corpus.from_dir(article_dir, workers=2, chunk_size=1)
    assert one == two


def test_iter_parse_is_lazy(article_dir: Path) -> None:
    """iter_parse is a generator that parses on demand."""
    files = list_files(article_dir, "0[123].txt")
    stream = iter_parse(files)
    assert isinstance(stream, types.GeneratorType)
    assert "01" == next(stream).id


def test_pattern_and_missing_dir(article_dir: Path) -> None:
    """The pattern picks files; a missing directory is a clear error."""
    assert ["notes"] == [a.id for a in Corpus.from_dir(article_dir, "*.md")]
    with pytest.raises(NotADirectoryError):
        Corpus.from_dir(article_dir / "nope")


@pytest.mark.parametrize(("workers", "chunk"), [(0, 8), (1, 0)])
def test_bad_reading_options(workers: int, chunk: int) -> None:
    """Worker and chunk counts below one are refused."""
    with pytest.raises(QueryError):
        list(iter_parse([], workers=workers, chunk_size=chunk))


def test_jsonl_round_trip(tmp_path: Path) -> None:
    """Articles written as JSON Lines read back equal."""
    target = tmp_path / "corpus.jsonl"
    assert 4 == CORPUS.to_jsonl(target)
    assert CORPUS == Corpus.from_jsonl(target)


def test_jsonl_bad_line_is_reported(tmp_path: Path) -> None:
    """A broken line is an error naming file and line; the other lines load."""
    target = tmp_path / "corpus.jsonl"
    CORPUS[:1].to_jsonl(target)
    with target.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "broken"}\n\n')
    with pytest.warns(UserWarning, match="corpus.jsonl:2"):
        back = Corpus.from_jsonl(target)
    assert ["a"] == [a.id for a in back]
    assert [f"{target}:2"] == [e.path for e in back.errors]


@given(st.dates(), st.dates())
def test_date_range_covers_both_ends(d1: date, d2: date) -> None:
    """as_date_range of ordered dates contains both; of reversed ones raises QueryError."""
    if d1 <= d2:
        window = as_date_range((d1, d2))
        assert (d1, d2) == (window.start, window.end)
    else:
        with pytest.raises(QueryError):
            as_date_range((d1, d2))


@given(st.integers(1000, 9999), st.integers(1, 12))
def test_date_range_strings_cover_whole_units(year: int, month: int) -> None:
    """A year or month string on either side covers the whole year or month."""
    window = as_date_range((f"{year}", f"{year}-{month:02d}"))
    assert FuzzyDate.parse(f"{year}-{month:02d}").end == window.end
    assert date(year, 1, 1) == window.start
