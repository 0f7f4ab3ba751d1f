"""Publication date: dateline first, year-less datelines bounded by reported past, honest years."""

# ruff: noqa: SIM300  (asserts read `expected == actual`, as the style guide asks)
from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz._dates import find_dates
from rusaz._model import DateSource, FuzzyDate, Precision, Span
from rusaz._parse import parse_text
from rusaz._published import infer_published
from rusaz._text import Dateline, Document, clean, segment

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
READER = ROOT / "tests" / "data" / "reader"
EXPECTED: dict[str, dict[str, Any]] = tomllib.loads(
    (READER / "expected.toml").read_text(encoding="utf-8")
)


def published(text: str) -> tuple[FuzzyDate | None, DateSource, str | None]:
    """Run the reader on ``text`` as parse_text does, without a given date."""
    doc = segment(*clean(text))
    pub, source, span = infer_published(doc, find_dates(doc.text, None))
    return pub, source, span.slice(doc.text) if span is not None else None


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_published_matches_gold(path: Path) -> None:
    """With no date passed, each seed's date equals the gold date at the gold's precision."""
    gold = json.loads((ROOT / "tests" / "gold" / f"{path.stem}.json").read_text("utf-8"))
    pub, _, _ = published(path.read_text(encoding="utf-8"))
    assert gold["published"] == (str(pub) if pub is not None else None)


def test_seed_index_agrees_with_reader() -> None:
    """seeds/index.toml lists every seed once, with the date the reader infers."""
    index = tomllib.loads((ROOT / "seeds" / "index.toml").read_text(encoding="utf-8"))
    rows = {row["id"]: row for row in index["article"]}
    assert [p.stem for p in SEEDS] == sorted(rows)
    for path in SEEDS:
        pub, _, _ = published(path.read_text(encoding="utf-8"))
        row = rows[path.stem]
        assert (row["published"], row["precision"]) == (
            str(pub),
            pub.precision.value if pub else None,
        )


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_reader_texts_published(stem: str) -> None:
    """Each hand-written text gets its expected date ("" for none)."""
    pub, _, _ = published((READER / f"{stem}.txt").read_text(encoding="utf-8"))
    assert EXPECTED[stem]["published"] == (str(pub) if pub is not None else "")


@pytest.mark.parametrize(
    ("text", "expected", "source", "evidence"),
    [
        pytest.param(
            "date 2019-10-29\n\nThe group met in Baku.",
            "2019-10-29",
            DateSource.DATELINE,
            "date 2019-10-29",
            id="dateline-with-year",
        ),
        pytest.param(
            "March 2021\n\nThe group met in Baku.",
            "2021-03",
            DateSource.DATELINE,
            "March 2021",
            id="month-dateline",
        ),
        pytest.param(
            "Sunday, May 26\n\nThe presidents met in 2019 in Baku.",
            "2019-05-26",
            DateSource.DATELINE,
            "Sunday, May 26",
            id="weekday-agrees-with-floor-year",
        ),
        pytest.param(
            "Sunday, May 26\n\nThe presidents met in 2021 in Baku.",
            "2024-05-26",
            DateSource.DATELINE,
            "Sunday, May 26",
            id="weekday-skips-years",
        ),
        pytest.param(
            "Sunday, May 26\n\nThe presidents met in 2020 in Baku.",
            "2020",
            DateSource.INFERRED,
            "2020",
            id="weekday-too-far-after-past-gives-year",
        ),
        pytest.param(
            "BAKU, Sept 14\n\nThe government approved the action plan for 2024-2027. "
            "The previous meeting was held in October 2022.",
            "2023-09-14",
            DateSource.DATELINE,
            "BAKU, Sept 14",
            id="plan-period-range-not-past",
        ),
        pytest.param(
            "Wednesday, September 5\n\nThe commission reviewed the results for 2018. "
            "A contract was signed in 2011.",
            "2018-09-05",
            DateSource.DATELINE,
            "Wednesday, September 5",
            id="weekday-and-latest-past-year",
        ),
        pytest.param(
            "Monday, May 13\n\nThe previous meeting in October 2022 agreed that the "
            "commission will meet in Moscow.",
            "2024-05-13",
            DateSource.DATELINE,
            "Monday, May 13",
            id="past-word-nearer-than-future-word",
        ),
        pytest.param(
            "Analysis\n\nIn November 2025, when Baku hosts the forum, the leaders will meet. "
            "The sides met in 2023.",
            "2023",
            DateSource.INFERRED,
            "2023",
            id="upcoming-event-not-a-floor",
        ),
        pytest.param(
            "The sides adopted Strategy 2030 in 2021.",
            "2021",
            DateSource.INFERRED,
            "2021",
            id="plan-name-year-not-past",
        ),
        pytest.param(
            "More than a year has passed since September 2023, when the sides met.",
            "2024",
            DateSource.INFERRED,
            "More than a year",
            id="elapsed-after-past-date",
        ),
        pytest.param(
            "Last year, in 2022, you visited Moscow.",
            "2023",
            DateSource.INFERRED,
            "Last year",
            id="relative-apposed-to-year",
        ),
        pytest.param(
            # the relative phrase dates nothing; the year's trade total is known after it
            "Last year you visited Moscow. In 2019 trade grew.",
            "2020",
            DateSource.INFERRED,
            "2019",
            id="relative-alone-dates-nothing",
        ),
        pytest.param(
            "Trade in 2022 exceeded last year's level.",
            "2023",
            DateSource.INFERRED,
            "2022",
            id="relative-not-apposed-across-a-word",
        ),
        pytest.param(
            "BAKU, Aug 18 (Interfax) - The delegation arrived in Baku on Sunday evening.\n\n"
            "The previous visit took place in 2018, six years ago.",
            "2024-08-18",
            DateSource.DATELINE,
            "BAKU, Aug 18 (Interfax) -",
            id="lead-weekday-and-apposed-years",
        ),
        pytest.param(
            "BAKU, August 20. /TASS/. Azerbaijan applied for membership, the ministry said on "
            "Tuesday.\n\nThe next summit will be held in Kazan on October 22-24, 2024.",
            "2024-08-20",
            DateSource.DATELINE,
            "BAKU, August 20. /TASS/.",
            id="lead-weekday-before-announced-event",
        ),
        pytest.param(
            "BAKU, August 20. /TASS/. Azerbaijan applied for membership, the ministry said."
            "\n\nThe next summit will be held in Kazan on October 22-24, 2024.",
            None,
            DateSource.NONE,
            None,
            id="announced-event-alone-dates-nothing",
        ),
        pytest.param(
            "BAKU, Aug 18 (Interfax) - The minister said last Tuesday that talks went well."
            "\n\nThe sides met in 2023.",
            "2023-08-18",
            DateSource.DATELINE,
            "BAKU, Aug 18 (Interfax) -",
            id="lead-last-weekday-is-not-the-dateline-day",
        ),
        pytest.param(
            "22 April\n\nThe sides met in 2023. They said they would meet in March 2023.",
            "2023-04-22",
            DateSource.DATELINE,
            "22 April",
            id="ceiling-contradicting-the-floor-ignored",
        ),
        pytest.param(
            "22 April\n\nThe last round was held in December 2023.",
            "2024-04-22",
            DateSource.DATELINE,
            "22 April",
            id="day-after-floor",
        ),
        pytest.param(
            "Sunday, May 26\n\nThe sides recalled the Declaration on Allied Cooperation.",
            "2024-05-26",
            DateSource.DATELINE,
            "Sunday, May 26",
            id="landmark-floor",
        ),
        pytest.param(
            "Sunday, May 26\n\nThe presidents met in Baku.",
            None,
            DateSource.NONE,
            None,
            id="weekday-without-floor",
        ),
        pytest.param(
            "The commission met in 2016 and in 2018.\n\nIt will meet again.",
            "2018",
            DateSource.INFERRED,
            "2018",
            id="latest-past-year",
        ),
        pytest.param(
            "The programme until 2030 was discussed in 2021.",
            "2021",
            DateSource.INFERRED,
            "2021",
            id="deadline-ignored",
        ),
        pytest.param(
            "The sides met in 2021. They agreed on a bridge by the end of 2025.",
            "2021",
            DateSource.INFERRED,
            "2021",
            id="by-the-end-of-deadline-ignored",
        ),
        pytest.param(
            "The sides met in 2021. Trade is to reach $5 billion no later than 2026.",
            "2021",
            DateSource.INFERRED,
            "2021",
            id="no-later-than-deadline-ignored",
        ),
        pytest.param(
            "The forum met in 2022. The next forum will be held in 2026.",
            "2022",
            DateSource.INFERRED,
            "2022",
            id="future-sentence-ignored",
        ),
        pytest.param(
            "In 2021 the sides discussed a joint 2030 World Cup bid.",
            "2021",
            DateSource.INFERRED,
            "2021",
            id="number-before-name-not-a-year",
        ),
        pytest.param(
            "Relations between Moscow and Baku remain close.",
            None,
            DateSource.NONE,
            None,
            id="no-clue",
        ),
    ],
)
def test_inference_rules(
    text: str, expected: str | None, source: DateSource, evidence: str | None
) -> None:
    """Dateline, weekday agreement, floors from reported past, deadlines and future ignored."""
    pub, got_source, got_evidence = published(text)
    assert (expected, source, evidence) == (
        str(pub) if pub is not None else None,
        got_source,
        got_evidence,
    )


def test_given_date_wins() -> None:
    """A caller-given date wins over the dateline and is marked as given."""
    article = parse_text("date 2019-10-29\n\nThe group met in Baku.", published=date(2020, 1, 2))
    assert (FuzzyDate.day(date(2020, 1, 2)), DateSource.GIVEN) == (
        article.published,
        article.published_source,
    )


@given(
    st.integers(1, 12),
    st.integers(1, 31),
    st.none() | st.integers(0, 6),
    st.integers(1990, 2030),
)
def test_yearless_dateline_never_before_floor(
    month: int, day: int, weekday: int | None, floor: int
) -> None:
    """A year-less dateline resolves to a real day on or after the floor, on its weekday."""
    text = f"Dateline\n\nThe sides met in {floor}."
    doc = Document(
        text=text,
        dateline=Span(0, 8),
        dateline_parts=Dateline(month=month, day=day, weekday=weekday),
        paragraphs=(Span(10, len(text)),),
        sentences=(Span(10, len(text)),),
    )
    pub, source, _ = infer_published(doc, [])
    if source is DateSource.DATELINE:
        assert pub is not None
        assert (Precision.DAY, month, day) == (pub.precision, pub.start.month, pub.start.day)
        assert pub.start.year >= floor
        assert weekday in (None, pub.start.weekday())
    else:
        # An impossible day (February 30), or no year fitting the weekday within a few
        # years of the floor, falls back to the year of the floor.
        assert (DateSource.INFERRED, FuzzyDate.year(floor)) == (source, pub)


@given(st.text(max_size=300))
def test_no_day_without_dateline(text: str) -> None:
    """Without a dateline the date is never more precise than a year."""
    doc = segment(*clean("Body text.\n\n" + text))
    if doc.dateline is None:
        pub, _, _ = infer_published(doc, find_dates(doc.text, None))
        assert pub is None or Precision.YEAR == pub.precision


@given(
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 6),
    st.dates(date(1995, 1, 1), date(2030, 12, 31)),
)
def test_yearless_dateline_never_after_announced_event(
    month: int, day: int, weekday: int, event: date
) -> None:
    """With only an announced event to bound it, the day is on its weekday, not after the event."""
    body = f"The sides will meet on {event:%B} {event.day}, {event.year}."
    text = f"Dateline\n\n{body}"
    doc = Document(
        text=text,
        dateline=Span(0, 8),
        dateline_parts=Dateline(month=month, day=day, weekday=weekday),
        paragraphs=(Span(10, len(text)),),
        sentences=(Span(10, len(text)),),
    )
    pub, source, _ = infer_published(doc, find_dates(text, None))
    if source is DateSource.DATELINE:
        assert pub is not None
        assert (True, weekday) == (pub.start <= event, pub.start.weekday())
        assert event.year - pub.start.year <= 3
    else:
        assert (None, DateSource.NONE) == (pub, source)
