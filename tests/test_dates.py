"""find_dates: the news-genre case file, unit rows for each phenomenon, and properties."""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

import rusaz._dates as dates_module
from rusaz import DateKind, DateMention, FuzzyDate, Precision, find_dates
from rusaz._dates_lex import date_lexicon, parse_date_lexicon
from rusaz.exceptions import LexiconError

CASES_FILE = Path(__file__).parent / "data" / "dates.jsonl"


def _load_cases() -> list[dict[str, Any]]:
    with CASES_FILE.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


CASES = _load_cases()


def _reference(value: str | None) -> date | FuzzyDate | None:
    if value is None:
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    return FuzzyDate.parse(value)


def _observed(mention: DateMention, wanted: dict[str, Any]) -> dict[str, Any]:
    """The fields of a mention that the expected entry names."""
    when = mention.when
    seen: dict[str, Any] = {
        "start": None if when is None else when.start.isoformat(),
        "end": None if when is None else when.end.isoformat(),
    }
    if "text" in wanted:
        seen["text"] = mention.text
    if "precision" in wanted:
        seen["precision"] = None if when is None else when.precision.value
    if "anchor" in wanted:
        seen["anchor"] = mention.anchor
    return seen


# --- the case file ---------------------------------------------------------------------------


def test_case_file_is_large_and_covers_every_category() -> None:
    """The case file has at least 150 cases and every category of the issue."""
    categories = {c["category"] for c in CASES}
    expected = {
        "absolute",
        "partial",
        "weekday",
        "relative",
        "fuzzy",
        "range",
        "anchor",
        "negative",
        "no_reference",
        "multilingual",
    }
    assert expected == categories
    assert len(CASES) >= 150


@pytest.mark.parametrize("case", CASES, ids=[f"{c['category']}:{c['text'][:48]}" for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    """Each case resolves to exactly the expected intervals (and text, precision, anchor)."""
    found = find_dates(case["text"], _reference(case["reference"]))
    wanted = case["expected"]
    actual = [_observed(m, w) for m, w in zip(found, wanted, strict=False)]
    assert wanted == actual
    assert len(wanted) == len(found)


# --- unit rows -------------------------------------------------------------------------------

REF = date(2020, 11, 15)


def test_unresolved_mention_keeps_stated_fields() -> None:
    """Without a reference, a dateline keeps month, day and weekday and needs the reference."""
    (m,) = find_dates("MOSCOW, Sunday, May 26.")
    assert (None, True, None, 5, 26, 6) == (
        m.when,
        m.needs_reference,
        m.year,
        m.month,
        m.day,
        m.weekday,
    )
    assert DateKind.PARTIAL == m.kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("on September 25, 2018", DateKind.ABSOLUTE),
        ("on May 26", DateKind.PARTIAL),
        ("two years ago", DateKind.RELATIVE),
        ("September 29-30, 2017", DateKind.RANGE),
        ("early 2025", DateKind.FUZZY),
    ],
)
def test_kind(text: str, kind: DateKind) -> None:
    """Each form of expression reports its kind."""
    assert [kind] == [m.kind for m in find_dates(text, REF)]


def test_year_only_reference_gives_honest_interval_for_yesterday() -> None:
    """'yesterday' against a year-only reference spans the shifted year, at year precision."""
    (m,) = find_dates("Yesterday the ministers met.", FuzzyDate.year(2019))
    assert FuzzyDate(date(2018, 12, 31), date(2019, 12, 30), Precision.YEAR) == m.when


def test_absolute_date_needs_no_reference() -> None:
    """An absolute date is resolved the same with or without a reference."""
    text = "The treaty was signed on 22 February 2022."
    assert [m.when for m in find_dates(text)] == [m.when for m in find_dates(text, REF)]


def test_datetime_reference_is_its_day() -> None:
    """A datetime reference (a publication timestamp) counts as its calendar day."""
    from datetime import datetime

    text = "Yesterday the ministers met."
    expected = [m.when for m in find_dates(text, REF)]
    assert expected == [m.when for m in find_dates(text, datetime(2020, 11, 15, 23, 59))]


@pytest.mark.parametrize("ref", [date.min, date.max])
def test_calendar_edges_do_not_raise(ref: date) -> None:
    """Relative steps past year 1 or 9999 drop the mention instead of raising."""
    text = "Yesterday and tomorrow, two years ago, next year, next Monday, this weekend."
    assert all(m.when is not None for m in find_dates(text, ref))


def test_bad_reference_type_is_a_type_error() -> None:
    """A reference that is neither a date nor a FuzzyDate is refused clearly."""
    with pytest.raises(TypeError):
        find_dates("on Monday", "2020-11-15")  # type: ignore[arg-type]


def test_lexicon_months_cover_three_languages() -> None:
    """Month names exist in English, Russian and Azerbaijani for every month."""
    lex = date_lexicon()
    for month in range(1, 13):
        forms = [w for w, n in lex.months.items() if n == month]
        assert any(w.isascii() for w in forms)
        assert any(not w.isascii() for w in forms)


DATA_FILE = Path(dates_module.__file__).parent / "data" / "dates.toml"


def test_data_file_is_clean() -> None:
    """dates.toml starts with a source comment; its words are NFC, trimmed and unambiguous."""
    import unicodedata

    raw = DATA_FILE.read_text(encoding="utf-8")
    assert raw.startswith("# ")
    assert "Source:" in raw.split("\n[", 1)[0]
    lex = parse_date_lexicon(raw)
    words = [*lex.months, *lex.abbreviations, *lex.weekdays, *lex.seasons, *lex.parts]
    assert [] == [w for w in words if unicodedata.normalize("NFC", w) != w or w != w.strip()]
    assert set() == set(lex.months) & set(lex.abbreviations)


@pytest.mark.parametrize(
    "bad",
    [
        "not toml = = 1",
        "[months]\n13 = ['Smarch']",
        "[months]\n1 = ['January']\n[abbreviations]\n[weekdays]\n9 = ['Funday']",
    ],
)
def test_malformed_data_is_a_lexicon_error(bad: str) -> None:
    """A malformed dates file is refused with a LexiconError naming the problem."""
    with pytest.raises(LexiconError):
        parse_date_lexicon(bad)


# --- properties ------------------------------------------------------------------------------

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
FORMATS = [
    lambda d: f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: d.isoformat(),
    lambda d: f"the {d.day}th of {EN_MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{_abbreviated(d.month)} {d.day}, {d.year}",
]


def _abbreviated(month: int) -> str:
    """The AP-style abbreviation ("Sept.", "Dec."; May, June and July are not shortened)."""
    name = EN_MONTHS[month - 1]
    if name == "September":
        return "Sept."
    return name if len(name) <= 4 else f"{name[:3]}."


@given(dates, st.sampled_from(FORMATS), st.sampled_from(["", "The talks were held on "]))
def test_format_round_trip(d: date, fmt: Any, prefix: str) -> None:
    """Any date in any supported format yields exactly one mention with that day."""
    text = f"{prefix}{fmt(d)}."
    assert [FuzzyDate.day(d)] == [m.when for m in find_dates(text)]


@given(dates, st.integers(min_value=0, max_value=20))
def test_day_range_round_trip(d1: date, extra: int) -> None:
    """'D1-D2 Month YYYY' and 'Month D1-D2, YYYY' give the range d1..d2 when d1 <= d2."""
    d2 = min(d1 + timedelta(days=extra), date(d1.year, d1.month, 28) if d1.day <= 28 else d1)
    if d2.month != d1.month or d2 <= d1:
        d2 = d1
    name = EN_MONTHS[d1.month - 1]
    texts = (
        [f"{d1.day}-{d2.day} {name} {d1.year}", f"{name} {d1.day}-{d2.day}, {d1.year}"]
        if d2 > d1
        else [f"{d1.day} {name} {d1.year}"]
    )
    for text in texts:
        assert [FuzzyDate(d1, d2, Precision.DAY)] == [m.when for m in find_dates(text)]


@given(dates, dates)
def test_cross_month_range_round_trip(a: date, b: date) -> None:
    """'from <d1> to <d2>' with full dates gives one range d1..d2."""
    d1, d2 = min(a, b), max(a, b)
    if d1 == d2:
        d2 = d1 + timedelta(days=1)
    text = f"from {d1.day} {EN_MONTHS[d1.month - 1]} {d1.year} to {d2.isoformat()}"
    assert [FuzzyDate(d1, d2, Precision.DAY)] == [m.when for m in find_dates(text)]


@given(st.integers(min_value=1900, max_value=2099), st.integers(min_value=1, max_value=50))
def test_year_range_round_trip(y1: int, span: int) -> None:
    """'between Y1 and Y2' gives the years y1..y2."""
    y2 = min(y1 + span, 2100)
    expected = [FuzzyDate(date(y1, 1, 1), date(y2, 12, 31), Precision.YEAR)]
    assert expected == [m.when for m in find_dates(f"between {y1} and {y2}")]


UNITS = {"day": Precision.DAY, "week": Precision.WEEK, "month": Precision.MONTH}


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(min_value=1, max_value=40),
    st.sampled_from(["day", "week", "month", "year"]),
)
def test_units_ago(ref: date, n: int, unit: str) -> None:
    """'N units ago' is the reference minus N units, at the unit's precision."""
    target = ref - relativedelta(**{f"{unit}s": n})  # type: ignore[arg-type]
    if unit == "day":
        expected = FuzzyDate.day(target)
    elif unit == "week":
        monday = target - timedelta(days=target.weekday())
        expected = FuzzyDate(monday, monday + timedelta(days=6), Precision.WEEK)
    elif unit == "month":
        expected = FuzzyDate.month(target.year, target.month)
    else:
        expected = FuzzyDate.year(target.year)
    text = f"It happened {n} {unit}{'s' if n > 1 else ''} ago."
    assert [expected] == [m.when for m in find_dates(text, ref)]


NEWSY = st.sampled_from(
    [
        "On ",
        "May ",
        "since ",
        "2018",
        "-",
        "–",
        ", ",
        "and ",
        "Monday",
        " ago",
        "two years",
        "early ",
        "mid-",
        "of ",
        "the ",
        "September 29",
        "30",
        "12.",
        "summer",
        "last ",
        "from ",
        " to ",
        "Sept.",
        "1,960",
        "ADEX-",
        "\n",
        " ",
    ]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(NEWSY, max_size=25).map("".join))


@given(TEXTS, st.one_of(st.none(), dates, st.dates()))
def test_spans_ordered_disjoint_and_quoted(text: str, ref: date | None) -> None:
    """Arbitrary text never raises; spans quote the text, are ordered and do not overlap."""
    found = find_dates(text, ref)
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
        assert m.when is not None or m.needs_reference
    for a, b in itertools.pairwise(found):
        assert a.span.end <= b.span.start


@given(TEXTS, st.one_of(st.none(), dates))
def test_clock_independent(text: str, ref: date | None) -> None:
    """The result never depends on the machine clock: date.today is never consulted."""

    class NoClock(date):
        @classmethod
        def today(cls) -> NoClock:
            raise AssertionError("find_dates read the clock")

    before = find_dates(text, ref)
    clockless = None if ref is None else NoClock(ref.year, ref.month, ref.day)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dates_module, "date", NoClock)
        assert before == find_dates(text, clockless)


def test_pathological_inputs_stay_fast_enough_to_finish() -> None:
    """Long runs of punctuation, capitals and digits are handled (linear-time patterns)."""
    for text in ("," * 100_000, "A" * 200_000, "1-" * 50_000, "May " * 20_000):
        assert isinstance(find_dates(text, REF), list)


FOLLOWING_DAYS = [
    # (text, reference, the year-less day's interval)
    (
        "A jet crashed on December 25, 2024. Putin apologized in a call on December 28.",
        None,
        "2024-12-28",
    ),
    (
        "A jet crashed on December 25, 2024. Putin apologized in a call on December 28.",
        FuzzyDate.parse("2025"),
        "2024-12-28",
    ),
    # with a day of writing, that day resolves it
    (
        "A jet crashed on December 25, 2024. Putin apologized in a call on December 28.",
        FuzzyDate.parse("2026-01-10"),
        "2025-12-28",
    ),
    # earlier in the calendar than the dated day: not the same year's
    (
        "The treaty was signed on July 3, 1997. Talks resumed on March 4.",
        FuzzyDate.parse("2025"),
        "2025-03-04",
    ),
    # another paragraph: a new part of the story
    (
        "The treaty was signed on July 3, 1997.\n\nTalks resumed on September 4.",
        FuzzyDate.parse("2025"),
        "2025-09-04",
    ),
]


@pytest.mark.parametrize(("text", "ref", "expected"), FOLLOWING_DAYS)
def test_a_yearless_day_follows_the_dated_day_before_it(
    text: str, ref: FuzzyDate | None, expected: str
) -> None:
    """With no day of writing, a year-less day shortly after a dated day of its paragraph and
    later in the calendar takes that day's year."""
    found = find_dates(text, ref)
    assert expected == str(found[-1].when)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pipeline will be repaired in the third quarter.", "2025-07/2025-09"),
        ("In the fourth quarter, exports grew by 18 percent.", "2024-10/2024-12"),
        ("The commission will meet in the second half.", "2025-07/2025-12"),
        ("Trade rose in the second quarter of 2023.", "2023-04/2023-06"),
    ],
)
def test_a_quarter_alone_is_of_the_reference_year_by_tense(text: str, expected: str) -> None:
    """ "in the third quarter" with no year is a quarter of the year before, this one or the
    next, as the clause's tense says; with a year, of that year."""
    assert [expected] == [str(m.when) for m in find_dates(text, FuzzyDate.parse("2025-03-12"))]
