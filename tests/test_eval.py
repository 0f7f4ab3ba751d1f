"""Scoring against gold files: the matching rules of the gold schema on small hand-made cases,
gold validation, the report, and the integrity of the annotated test corpora."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import rusaz
from rusaz import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Article,
    Event,
    EventKind,
    FuzzyDate,
    Modality,
    Place,
    Span,
)
from rusaz._eval import (
    CATEGORIES,
    CategoryScore,
    GoldArticle,
    Report,
    evaluate,
    gold_from_dict,
    load_gold,
    load_gold_dir,
    normalize_name,
    score,
    score_article,
    titles_match,
)
from rusaz.exceptions import GoldFormatError, ReadError
from tests.test_quality import report_of

ROOT = Path(__file__).resolve().parent.parent
SEED_GOLD = ROOT / "tests" / "gold"
SEEDS = ROOT / "seeds"
OWN_GOLD = ROOT / "tests" / "data" / "gold"
OWN_TEXTS = ROOT / "tests" / "data" / "articles"

TEXT = "Putin met Aliyev in Baku. They signed a roadmap. Peskov spoke."


# --- helpers building predictions and gold by hand -----------------------------------------


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize_name(name)).strip("-") or "x"


def actor(name: str, kind: str = "person", *aliases: str) -> Actor:
    """A predicted actor."""
    return Actor(id=f"{kind[:3]}:{_slug(name)}", name=name, kind=ActorKind(kind), aliases=aliases)


def event(
    kind: str, when: str | None = None, participants: tuple[str, ...] = (), n: int = 0
) -> Event:
    """A predicted event whose evidence is the first sentence of TEXT."""
    return Event(
        id=f"event:e{n}",
        kind=EventKind(kind),
        when=None if when is None else FuzzyDate.parse(when),
        participants=participants,
        evidence=(Span(0, 25),),
    )


def agreement(title: str, kind: str = "agreement", n: int = 0) -> Agreement:
    """A predicted agreement."""
    return Agreement(
        id=f"agreement:a{n}", title=title, kind=AgreementKind(kind), evidence=(Span(0, 5),)
    )


def article(**parts: Any) -> Article:
    """A predicted article over TEXT."""
    return Article(id="t", text=TEXT, **parts)


def gold(**parts: Any) -> dict[str, Any]:
    """A gold document as parsed JSON, empty unless given."""
    doc: dict[str, Any] = {
        "id": "t",
        "source": {"url": None, "outlet": None, "title": None},
        "published": None,
        "actors": [],
        "places": [],
        "events": [],
        "agreements": [],
    }
    doc.update(parts)
    return doc


def gactor(name: str, kind: str = "person", *aliases: str) -> dict[str, Any]:
    """A gold actor."""
    return {"name": name, "kind": kind, "country": None, "aliases": list(aliases), "roles": []}


def gevent(
    kind: str, start: str | None = None, end: str | None = None, participants: tuple[str, ...] = ()
) -> dict[str, Any]:
    """A gold event."""
    return {
        "kind": kind,
        "start": start,
        "end": end if end is not None else start,
        "location": None,
        "participants": list(participants),
        "evidence": "Putin met Aliyev in Baku.",
    }


def counts(report: rusaz.Report | Any, category: str) -> tuple[int, int, int]:
    """(tp, fp, fn) of a category in a report or file report."""
    s = report.get(category)
    return s.tp, s.fp, s.fn


# --- names and titles ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Vladimir Putin", "vladimir putin"),  # case folded
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),  # accents dropped
        ("Əliyev", "əliyev"),  # schwa is a letter, not an accent: kept
        ("Putin's", "putin"),  # possessive dropped
        ("Putin’s", "putin"),  # curly apostrophe too
        ("Nagorno-Karabakh", "nagorno karabakh"),  # punctuation becomes a space
        ("  St.  Petersburg  ", "st petersburg"),  # runs collapse, ends trimmed
        ("The Kremlin", "kremlin"),  # leading "the" dropped
        ("Theodor Herzl", "theodor herzl"),  # only the word "the"
        ("ＣＩＳ", "cis"),  # compatibility forms folded by NFKD
    ],
)
def test_normalize_name(raw: str, expected: str) -> None:
    """Names normalise as the schema says."""
    assert expected == normalize_name(raw)


@given(st.text(max_size=40))
def test_normalize_name_idempotent(raw: str) -> None:
    """Normalising twice changes nothing more (ignoring a "the" uncovered by the first pass)."""
    once = normalize_name(raw)
    assert normalize_name(once) in (once, once.removeprefix("the "))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Declaration on Allied Cooperation", "the Declaration on Allied Cooperation", True),
        ("Declaration on Allied Cooperation", "Declaration", True),  # containment
        (
            "Program of Cooperation for the period until 2024",
            "Cooperation Program until 2024",
            True,
        ),
        ("roadmap on energy", "roadmap on transport", False),  # Jaccard 1/3
        ("action plan for trade", "trade action plan 2024", True),  # containment
        ("memorandum on gas supplies", "memorandum on gas storage", True),  # Jaccard 2/4
        ("memorandum on gas supplies", "treaty on friendship", False),
        ("of the", "on the", False),  # only stop words: no match
    ],
)
def test_titles_match(a: str, b: str, expected: bool) -> None:
    """Agreement titles match by containment or Jaccard >= 0.5 after stop words."""
    assert expected == titles_match(a, b)


@given(st.text(max_size=30), st.text(max_size=30))
def test_titles_match_symmetric(a: str, b: str) -> None:
    """The title rule does not depend on which title is gold."""
    assert titles_match(a, b) == titles_match(b, a)


# --- actors and places ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_actor", "predicted", "expected"),
    [
        (gactor("Vladimir Putin", "person", "Putin"), actor("Putin"), (1, 0, 0)),
        (gactor("Vladimir Putin"), actor("Putin", "person", "Vladimir Putin"), (1, 0, 0)),
        (gactor("Vladimir Putin"), actor("Putin"), (0, 1, 1)),  # neither side names the other
        (gactor("Russia", "country"), actor("Russia", "organization"), (0, 1, 1)),  # kind
        (gactor("The Kremlin", "organization"), actor("Kremlin", "organization"), (1, 0, 0)),
        (gactor("Recep Tayyip Erdogan"), actor("Recep Tayyip Erdoğan"), (1, 0, 0)),
    ],
)
def test_actor_match(
    gold_actor: dict[str, Any], predicted: Actor, expected: tuple[int, int, int]
) -> None:
    """An actor matches on kind and a canonical name found among the other side's names."""
    report = score_article(gold(actors=[gold_actor]), article(actors=(predicted,)))
    assert expected == counts(report, "actors")


def test_actors_scored_per_kind() -> None:
    """Per-kind counts add up to the overall actor counts."""
    g = gold(
        actors=[
            gactor("Vladimir Putin"),
            gactor("Russia", "country"),
            gactor("TASS", "organization"),
        ]
    )
    p = article(
        actors=(actor("Vladimir Putin"), actor("Russia", "country"), actor("APA", "organization"))
    )
    report = score_article(g, p)
    expected = (1, 0, 0)
    assert expected == counts(report, "actors.person")
    expected = (1, 0, 0)
    assert expected == counts(report, "actors.country")
    expected = (0, 1, 1)
    assert expected == counts(report, "actors.organization")
    expected = (2, 1, 1)
    assert expected == counts(report, "actors")


def test_greedy_pairing_is_one_to_one_in_gold_order() -> None:
    """A prediction pairs with the first gold item it fits; later gold items go unpaired."""
    ilham = gactor("Ilham Aliyev", "person", "Aliyev")
    heydar = gactor("Heydar Aliyev", "person", "Aliyev")
    report = score_article(gold(actors=[heydar, ilham]), article(actors=(actor("Aliyev"),)))
    expected = (1, 0, 1)
    assert expected == counts(report, "actors")
    expected_missed = ["person: Ilham Aliyev (aka Aliyev)"]
    assert expected_missed == [i.description for i in report.missed]


def test_greedy_pairing_prefers_the_same_canonical_name() -> None:
    """Among fitting predictions a gold item takes the one with its own canonical name."""
    ilham = gactor("Ilham Aliyev", "person", "Aliyev")
    heydar = gactor("Heydar Aliyev", "person", "Aliyev")
    predicted = (actor("Aliyev"), actor("Heydar Aliyev", "person", "Aliyev"))
    report = score_article(gold(actors=[heydar, ilham]), article(actors=predicted))
    expected = (2, 0, 0)
    assert expected == counts(report, "actors")


_NAMES = st.lists(
    st.sampled_from(["Putin", "Vladimir Putin", "Aliyev", "Ilham Aliyev", "Baku"]), max_size=5
)


@given(_NAMES, _NAMES)
def test_pairing_counts_are_consistent(gold_names: list[str], predicted_names: list[str]) -> None:
    """tp + fn is the gold size, tp + fp the prediction size, and swapping sides keeps tp."""
    g = gold(actors=[gactor(n) for n in gold_names])
    predicted = tuple(
        Actor(id=f"person:p{i}", name=n, kind=ActorKind.PERSON)
        for i, n in enumerate(predicted_names)
    )
    s = score_article(g, article(actors=predicted)).get("actors")
    assert (len(gold_names), len(predicted_names)) == (s.tp + s.fn, s.tp + s.fp)
    swapped = gold(actors=[gactor(n) for n in predicted_names])
    back = tuple(
        Actor(id=f"person:p{i}", name=n, kind=ActorKind.PERSON) for i, n in enumerate(gold_names)
    )
    assert s.tp == score_article(swapped, article(actors=back)).get("actors").tp


@pytest.mark.parametrize(
    ("gold_name", "predicted", "expected"),
    [
        ("Baku", Place(id="place:baku", name="Baku"), (1, 0, 0)),
        (
            "Sankt-Peterburg",
            Place(id="place:spb", name="St. Petersburg", aliases=("Sankt-Peterburg",)),
            (1, 0, 0),
        ),
        ("The Kremlin", Place(id="place:kremlin", name="Kremlin"), (1, 0, 0)),
        ("Sochi", Place(id="place:baku", name="Baku"), (0, 1, 1)),
    ],
)
def test_place_match(gold_name: str, predicted: Place, expected: tuple[int, int, int]) -> None:
    """A place matches when the gold name is one of the predicted place's names."""
    report = score_article(
        gold(places=[{"name": gold_name, "country": None}]), article(places=(predicted,))
    )
    assert expected == counts(report, "places")


# --- events --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "predicted", "expected"),
    [
        ("2024-04-22", None, "2024-04-22", True),
        ("2024-04", None, "2024-04-30", True),  # a month is the whole month
        ("2024-04", None, "2024-05-01", False),
        ("2023", None, "2023-12-31", True),  # a year is the whole year
        ("2023", None, "2024-01-01", False),
        ("2017-09-29", "2017-09-30", "2017-09-30", True),  # a range
        ("2017-09-29", "2017-09-30", "2017-10-01", False),
        ("2023-10", "2024-04", "2024-02", True),  # month to month
        ("2024-04-22", None, "2024", True),  # a wide prediction overlaps
        ("2024-04-22", None, None, False),  # dated gold needs a dated prediction
        (None, None, None, True),  # undated gold accepts any date
        (None, None, "2001", True),
    ],
)
def test_event_date_overlap(
    start: str | None, end: str | None, predicted: str | None, expected: bool
) -> None:
    """Kind+date: the predicted interval must overlap the gold interval when gold has a date."""
    g = gold(events=[gevent("meeting", start, end)])
    report = score_article(g, article(events=(event("meeting", predicted),)))
    one_pair = (1, 0, 0)
    assert one_pair == counts(report, "events.kind")
    assert expected == (counts(report, "events.kind+date") == one_pair)


def test_event_kind_must_match() -> None:
    """An event of another kind matches at no level."""
    report = score_article(
        gold(events=[gevent("call", "2024")]), article(events=(event("meeting", "2024"),))
    )
    for category in ("events", "events.kind", "events.kind+date"):
        expected = (0, 1, 1)
        assert expected == counts(report, category)


@pytest.mark.parametrize(
    ("gold_participants", "predicted", "expected"),
    [
        (("Vladimir Putin",), ("per:putin",), True),  # via the gold actor's alias "Putin"
        (("Vladimir Putin", "Ilham Aliyev"), ("per:ilham-aliyev",), True),  # one meeting is enough
        (("Vladimir Putin",), ("per:ilham-aliyev",), False),
        (("Vladimir Putin",), (), False),  # gold lists participants, prediction has none
        ((), ("per:ilham-aliyev",), True),  # gold lists none: not checked
        (("Dmitry Peskov",), ("per:putin",), False),  # not an annotated actor: its name only
    ],
)
def test_event_participants_meet(
    gold_participants: tuple[str, ...], predicted: tuple[str, ...], expected: bool
) -> None:
    """Full event match needs one predicted participant's names to meet a gold participant's."""
    g = gold(
        actors=[gactor("Vladimir Putin", "person", "Putin"), gactor("Ilham Aliyev")],
        events=[gevent("meeting", "2024-04-22", None, gold_participants)],
    )
    actors = (actor("Putin"), actor("Ilham Aliyev"))
    p = article(actors=actors, events=(event("meeting", "2024-04-22", predicted),))
    report = score_article(g, p)
    one_pair = (1, 0, 0)
    assert one_pair == counts(report, "events.kind+date")
    assert expected == (counts(report, "events") == one_pair)


@pytest.mark.parametrize(
    ("modality", "expected"),
    [
        (Modality.HAPPENED, (0, 1, 0)),
        (Modality.PLANNED, (0, 1, 0)),
        (Modality.HYPOTHETICAL, (0, 0, 0)),  # "would not rule out a visit"
        (Modality.NEGATED, (0, 0, 0)),  # "did not say a word about"
    ],
)
def test_unclaimed_events_are_not_scored(
    modality: Modality, expected: tuple[int, int, int]
) -> None:
    """Predicted events marked hypothetical or negated claim nothing and are not scored."""
    predicted = attrs.evolve(event("visit", "2026"), modality=modality)
    report = score_article(gold(), article(events=(predicted,)))
    assert expected == counts(report, "events")


def test_events_pair_one_to_one() -> None:
    """Two gold meetings and one predicted meeting: one pair, one miss."""
    g = gold(events=[gevent("meeting", "2024-04"), gevent("meeting", "2024-04-22")])
    report = score_article(g, article(events=(event("meeting", "2024-04-22"),)))
    expected = (1, 0, 1)
    assert expected == counts(report, "events")
    expected_misses = 1
    assert expected_misses == len(report.missed)


# --- agreements and publication date ------------------------------------------------------


def test_agreement_title_and_kind_levels() -> None:
    """Titles pair agreements; the +kind level also needs the kind."""
    g = gold(
        agreements=[
            {
                "title": "Declaration on Allied Cooperation",
                "kind": "declaration",
                "parties": [],
                "signed": None,
                "location": None,
                "evidence": "x",
            },
            {
                "title": "roadmap on transport",
                "kind": "roadmap",
                "parties": [],
                "signed": None,
                "location": None,
                "evidence": "x",
            },
        ]
    )
    p = article(
        agreements=(
            agreement("the Declaration on Allied Cooperation", "declaration", 1),
            agreement("roadmap on transport", "plan", 2),
            agreement("treaty on friendship", "treaty", 3),
        )
    )
    report = score_article(g, p)
    expected = (2, 1, 0)
    assert expected == counts(report, "agreements")
    expected = (1, 2, 1)
    assert expected == counts(report, "agreements+kind")


@pytest.mark.parametrize(
    ("gold_date", "predicted", "expected"),
    [
        ("2024-04-22", FuzzyDate.day(date(2024, 4, 22)), (1, 0, 0)),
        ("2024-04-22", FuzzyDate.month(2024, 4), (0, 1, 1)),  # overlaps but wider
        ("2019", FuzzyDate.day(date(2019, 10, 29)), (1, 0, 0)),  # narrower inside: right
        ("2019-10", FuzzyDate.month(2019, 10), (1, 0, 0)),
        ("2019-10", FuzzyDate.month(2019, 11), (0, 1, 1)),  # no overlap
        ("2024-04-22", None, (0, 0, 1)),  # nothing predicted: a miss
        (None, FuzzyDate.year(2024), (0, 1, 0)),  # gold has no date: spurious
        (None, None, (0, 0, 0)),
    ],
)
def test_published(
    gold_date: str | None, predicted: FuzzyDate | None, expected: tuple[int, int, int]
) -> None:
    """A publication date is right when it overlaps the gold one and is no wider."""
    report = score_article(gold(published=gold_date), article(published=predicted))
    assert expected == counts(report, "published")


# --- report --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "p", "r", "f"),
    [
        (0, 0, 0, 1.0, 1.0, 1.0),  # nothing to find, nothing found
        (3, 1, 0, 0.75, 1.0, 6 / 7),
        (1, 0, 3, 1.0, 0.25, 0.4),
        (0, 2, 0, 0.0, 0.0, 0.0),
        (0, 0, 2, 0.0, 0.0, 0.0),
    ],
)
def test_category_ratios(tp: int, fp: int, fn: int, p: float, r: float, f: float) -> None:
    """Precision, recall and F1 follow from the counts."""
    s = CategoryScore("x", tp, fp, fn)
    assert (p, r, f) == pytest.approx((s.precision, s.recall, s.f1))


def test_report_micro_averages_files() -> None:
    """Counts of several files add up before the ratios are taken."""
    a = score_article(
        gold(actors=[gactor("Vladimir Putin")]), article(actors=(actor("Vladimir Putin"),))
    )
    b = score_article(gold(actors=[gactor("Ilham Aliyev"), gactor("Peskov")]), article())
    report = Report.of([a, b])
    expected = (1, 0, 2)
    assert expected == counts(report, "actors")
    assert pytest.approx(1 / 3) == report["actors"].recall


def test_report_format_and_dict() -> None:
    """The table lists every category on aligned columns; to_dict is JSON data."""
    report = score([(gold(actors=[gactor("Ilham Aliyev")]), article(actors=(actor("Putin"),)))])
    table = report.format()
    lines = table.splitlines()
    assert list(CATEGORIES) == [line.split()[0] for line in lines[3:]]
    one_width = 1
    assert one_width == len({len(line) for line in lines[1:]})
    assert table == str(report)
    details = report.format(details=True)
    assert "missed   actors     person: Ilham Aliyev" in details
    assert "spurious actors     person: Putin" in details
    data = json.loads(json.dumps(report.to_dict()))
    expected_row = {"tp": 0, "fp": 1, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert expected_row == data["categories"]["actors"]
    expected_missed = ["person: Ilham Aliyev"]
    assert expected_missed == [m["description"] for m in data["files"][0]["missed"]]


# --- gold validation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"actors": [{"name": "Putin", "kind": "human"}]}, "$.actors[0].kind"),
        ({"actors": [{"kind": "person"}]}, "$.actors[0].name"),
        (
            {"actors": [{"name": "Putin", "kind": "person", "country": "RUS"}]},
            "$.actors[0].country",
        ),
        (
            {"events": [{"kind": "meeting", "start": "22.04.2024", "evidence": "x"}]},
            "$.events[0].start",
        ),
        (
            {"events": [{"kind": "meeting", "start": "2024-02-30", "evidence": "x"}]},
            "$.events[0].start",
        ),
        (
            {
                "events": [
                    {"kind": "meeting", "start": "2024-05", "end": "2024-04", "evidence": "x"}
                ]
            },
            "$.events[0].end",
        ),
        ({"events": [{"kind": "meeting", "evidence": ""}]}, "$.events[0].evidence"),
        (
            {"events": [{"kind": "meeting", "evidence": "x", "participants": "Putin"}]},
            "$.events[0].participants",
        ),
        ({"agreements": [{"title": "Roadmap", "kind": "map"}]}, "$.agreements[0].kind"),
        ({"published": "2024/04/22"}, "$.published"),
        ({"places": {"name": "Baku"}}, "$.places"),
        ({"id": "other"}, "$.id"),
        ({"extra": 1}, "$.extra"),
    ],
)
def test_malformed_gold_names_file_and_field(
    tmp_path: Path, change: dict[str, Any], field: str
) -> None:
    """A malformed gold file raises GoldFormatError naming the file and the field."""
    path = tmp_path / "t.json"
    path.write_text(json.dumps(gold(**change)), encoding="utf-8")
    with pytest.raises(GoldFormatError) as info:
        load_gold(path)
    assert str(path) in str(info.value)
    assert f"{field}:" in str(info.value)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
_FIELDS = st.sampled_from(
    [
        ("published",),
        ("actors",),
        ("actors", 0, "kind"),
        ("actors", 0, "aliases"),
        ("events", 0, "start"),
        ("events", 0, "participants"),
        ("agreements", 0, "title"),
        ("source",),
    ]
)


@given(_FIELDS, _JSON)
def test_any_bad_value_is_a_gold_format_error(path: tuple[str | int, ...], value: Any) -> None:
    """Whatever JSON value a field holds, loading succeeds or raises GoldFormatError."""
    doc = gold(
        actors=[gactor("Vladimir Putin")],
        events=[gevent("call", "2024")],
        agreements=[{"title": "Roadmap", "kind": "roadmap"}],
    )
    target: Any = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    try:
        outcome = gold_from_dict(doc).id
    except GoldFormatError as exc:
        outcome = "named field" if f"<gold>: $.{path[0]}" in str(exc) else str(exc)
    assert outcome in {"t", "named field"}


def test_missing_top_level_field(tmp_path: Path) -> None:
    """A gold file without its events list is rejected naming $.events."""
    doc = gold()
    del doc["events"]
    path = tmp_path / "t.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"\$\.events: missing"):
        load_gold(path)


def test_not_json(tmp_path: Path) -> None:
    """A gold file that is not JSON is rejected with its name and the position."""
    path = tmp_path / "t.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="line 1"):
        load_gold(path)


def test_gold_comments_and_event_dates() -> None:
    """Commentary keys are accepted; an event's start and end make one interval."""
    doc = gold(published_reasoning="why", events=[gevent("call", "2023-10", "2024-04")])
    parsed = gold_from_dict(doc)
    assert (
        FuzzyDate(date(2023, 10, 1), date(2024, 4, 30), rusaz.Precision.MONTH)
        == parsed.events[0].when
    )


# --- evaluate and the corpora --------------------------------------------------------------


def test_evaluate_seeds_has_every_category() -> None:
    """evaluate() parses the seeds that have gold and reports every category."""
    report = report_of("seeds")  # evaluate(SEED_GOLD, SEEDS), shared with the quality tests
    assert isinstance(report, rusaz.Report)
    assert list(CATEGORIES) == [s.name for s in report.scores]
    assert sorted(p.stem for p in SEED_GOLD.glob("*.json")) == sorted(f.id for f in report.files)
    expected = 5
    assert expected == report["published"].tp + report["published"].fn


def test_evaluate_with_a_perfect_parser_scores_one() -> None:
    """A parser that returns the gold itself scores F1 = 1 in every category."""
    golds = {g.id: g for g in load_gold_dir(OWN_GOLD)}

    def perfect(path: Path) -> Article:
        return _article_from_gold(golds[path.stem], path.read_text(encoding="utf-8"))

    report = evaluate(OWN_GOLD, OWN_TEXTS, parser=perfect)
    assert dict.fromkeys(CATEGORIES, 1.0) == {s.name: s.f1 for s in report.scores}


def test_evaluate_without_matching_texts(tmp_path: Path) -> None:
    """A text directory with no article that has gold is an error, not an empty report."""
    with pytest.raises(ReadError):
        evaluate(SEED_GOLD, tmp_path)


@pytest.mark.parametrize(
    ("gold_dir", "text_dir"), [(SEED_GOLD, SEEDS), (OWN_GOLD, OWN_TEXTS)], ids=["seeds", "own"]
)
def test_gold_corpus_integrity(gold_dir: Path, text_dir: Path) -> None:
    """Every gold file validates, has its text, quotes evidence verbatim and names its actors."""
    golds = load_gold_dir(gold_dir)
    assert golds
    problems: list[str] = []
    for g in golds:
        text = (text_dir / f"{g.id}.txt").read_text(encoding="utf-8")
        problems.extend(f"{g.id}: {p}" for p in g.problems(text))
    expected: list[str] = []
    assert expected == problems


def test_own_corpus_size() -> None:
    """The hand-written corpus holds at least twelve annotated articles, each with a text."""
    stems = sorted(p.stem for p in OWN_GOLD.glob("*.json"))
    assert len(stems) >= 12
    assert stems == sorted(p.stem for p in OWN_TEXTS.glob("*.txt"))


def _article_from_gold(g: GoldArticle, text: str) -> Article:
    """The article a perfect extractor would return for this gold annotation."""
    actors = tuple(
        Actor(id=f"{a.kind.value[:3]}:a{i}", name=a.name, kind=a.kind, aliases=a.aliases)
        for i, a in enumerate(g.actors)
    )
    ids = {normalize_name(n): a.id for a in actors for n in a.names}
    places = tuple(Place(id=f"place:p{i}", name=p.name) for i, p in enumerate(g.places))

    def where(quote: str) -> tuple[Span, ...]:
        start = text.find(quote)
        return (Span(start, start + len(quote)),)

    events = tuple(
        Event(
            id=f"event:e{i}",
            kind=e.kind,
            when=e.when,
            participants=tuple(dict.fromkeys(ids[normalize_name(n)] for n in e.participants)),
            evidence=where(e.evidence),
        )
        for i, e in enumerate(g.events)
    )
    agreements = tuple(
        Agreement(
            id=f"agreement:g{i}",
            title=a.title,
            kind=AgreementKind(a.kind.value),
            evidence=where(a.evidence),
        )
        for i, a in enumerate(g.agreements)
    )
    return Article(
        id=g.id,
        text=text,
        published=g.published,
        actors=actors,
        places=places,
        events=events,
        agreements=agreements,
    )
