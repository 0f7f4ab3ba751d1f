"""Temporal expressions: find_dates() finds and resolves dates in news English.

Never reads the clock: expressions that need a reference date are resolved against the
``reference`` argument, or returned unresolved (``when is None``) without one, keeping the
fields the text stated. The words live in ``data/dates.toml``; calendar arithmetic is
dateutil's ``relativedelta``.

Resolution rules, in short:

* a day and month without a year ("on August 22") takes the year that puts it in the
  reference interval when the reference is fuzzy (a month or a year); against a day it
  takes the latest such date on or before the reference in a past report, the earliest on
  or after it in an announcement ("will meet on Monday"), the nearest one otherwise;
* a year-less date coordinated with a dated one shares its year ("March 4 and June
  12-13, 2019");
* relative expressions ("yesterday", "last month") against a fuzzy reference give the
  honest interval: the expression resolved at the reference's first and last day, at the
  coarser of the two precisions ("yesterday" against 2019 is 2018-12-31..2019-12-30);
* parts of periods ("early 2025", "mid-October") cut the period by the fractions in the
  data file, at the precision of the pieces (months of a year, days of a month); a quarter
  or half alone ("in the third quarter") is of the reference year, or the one before or after
  as the tense says.
"""

from __future__ import annotations

import calendar
import enum
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

import attrs
from dateutil.relativedelta import relativedelta

from rusaz._dates_lex import date_lexicon, date_patterns, fold, mid_word_the
from rusaz._model import FuzzyDate, Precision, Span

__all__ = ["DateKind", "DateMention", "find_dates"]


class DateKind(enum.Enum):
    """The form of a date expression."""

    ABSOLUTE = "absolute"  # "March 14, 2019", "2024-12-25", "in 2016"
    PARTIAL = "partial"  # "May 26", "on April 4": a year must come from the reference
    RELATIVE = "relative"  # "yesterday", "last October", "two years ago"
    RANGE = "range"  # "June 12-13, 2019", "between 2018 and 2020"
    FUZZY = "fuzzy"  # "early 2025", "mid-October", "in the spring of 2021"


@attrs.frozen(kw_only=True)
class DateMention:
    """One date expression: where it is, what it says, and the interval it resolves to.

    ``when`` is None only when the expression needs a reference date and none was given;
    the fields the text stated (``year``, ``month``, ``day``, ``weekday`` 0=Monday) are kept
    so that a caller can resolve it later. ``anchor`` marks deadlines and anchors
    ("until", "since", "as_of", "from") whose interval is the anchor date itself.
    """

    span: Span
    text: str
    when: FuzzyDate | None
    kind: DateKind
    needs_reference: bool = False
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    anchor: str | None = None
    rule: str = ""


# --- internal representation ---------------------------------------------------------------

_ORDER = list(Precision)
_MIN_YEAR, _MAX_YEAR = 1, 9998


def _coarser(a: Precision, b: Precision) -> Precision:
    return max(a, b, key=_ORDER.index)


def _finer(a: Precision, b: Precision) -> Precision:
    return min(a, b, key=_ORDER.index)


@dataclass
class _Raw:
    """A matched expression before resolution (mutable while post-processing)."""

    start: int
    end: int
    rule: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    d2: int | None = None
    y2: int | None = None
    wd: int | None = None
    mod: str | None = None
    unit: str | None = None
    n: int = 0
    season: str | None = None
    part: tuple[float, float] | None = None
    base: _Raw | None = None
    weak: bool = False
    adopted: bool = False
    sep: str | None = None
    year_shift: int | None = None  # "December last year": the year comes from the reference
    extra: dict[str, str] = field(default_factory=dict)


_NEEDS_REF_RULES = frozenset(
    {"ago", "rel_day", "clip", "rel_unit", "rel_month", "weekday", "weekend"}
)


def _needs_ref(raw: _Raw) -> bool:
    if raw.year_shift is not None:
        return True
    if raw.base is not None:
        return _needs_ref(raw.base)
    if raw.rule in _NEEDS_REF_RULES:
        return True
    if raw.rule == "season":
        return raw.y is None
    if raw.rule in ("mdy", "dmy", "month_alone"):
        return raw.y is None
    return False


def _kind(raw: _Raw) -> DateKind:
    if raw.rule in ("part", "season"):
        return DateKind.FUZZY
    if raw.rule in _NEEDS_REF_RULES or raw.year_shift is not None:
        return DateKind.RELATIVE if raw.d2 is None else DateKind.RANGE
    if raw.d2 is not None or raw.y2 is not None:
        return DateKind.RANGE
    if _needs_ref(raw):
        return DateKind.PARTIAL
    return DateKind.ABSOLUTE


# --- building raws from matches ----------------------------------------------------------------


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    nums = date_lexicon().numbers
    total = 0
    for piece in re.split(r"[-\s]+", text.lower().strip()):
        if piece not in nums:
            key = " ".join(re.split(r"\s+", text.lower().strip()))
            return nums.get(key)
        total += nums[piece]
    return total


def _month_of(word: str) -> int:
    lex = date_lexicon()
    word = word.removesuffix(".")
    return lex.months.get(word) or lex.abbreviations[word]


def _raw_from(rule: str, m: re.Match[str]) -> _Raw | None:
    """A raw expression from one regex match, or None when the numbers make no date."""
    lex = date_lexicon()
    g = m.groupdict()
    raw = _Raw(m.start(), m.end(), rule)
    if g.get("wd"):
        raw.wd = lex.weekdays[g["wd"]]
    if g.get("mod"):
        raw.mod = lex.modifiers.get(g["mod"].lower(), g["mod"].lower())
    if rule in ("iso", "numeric"):
        y, mo, d = int(g["y"]), int(g["mo"]), int(g["d"])
        if rule == "numeric" and not _valid(y, mo, d) and _valid(y, d, mo):
            mo, d = d, mo  # month-first only when day-first is impossible
        if not _valid(y, mo, d) or not 1900 <= y <= 2100:
            return None
        raw.y, raw.m, raw.d = y, mo, d
    elif rule in ("mdy", "dmy"):
        raw.m = _month_of(g["m"])
        raw.d = int(g["d"])
        raw.y = int(g["y"]) if g.get("y") else None
        if g.get("d2"):
            raw.d2 = int(g["d2"])
            raw.sep = g["sep"].lower()
            if raw.d2 <= raw.d:
                return None
        probe = raw.y if raw.y is not None else 2000  # a leap year admits February 29
        if not _valid(probe, raw.m, raw.d2 or raw.d):
            return None
    elif rule in ("my", "month_alone", "rel_month"):
        raw.m = _month_of(g["m"])
        raw.y = int(g["y"]) if g.get("y") else None
        raw.weak = rule == "month_alone"
    elif rule == "year":
        raw.y = int(g["y"])
        raw.weak = True
    elif rule == "year_range":
        raw.y = int(g["y"])
        if g.get("y2"):
            raw.y2 = int(g["y2"])
        else:
            raw.y2 = raw.y // 100 * 100 + int(g["yy"])
        if raw.y2 <= raw.y:
            return None
    elif rule == "decade":
        raw.y = int(g["y"])
    elif rule == "season":
        raw.season = lex.seasons[g["season"].lower()]
        raw.y = int(g["y"]) if g.get("y") else None
        if g.get("mod2"):
            raw.mod = "of_year"
            raw.n = {"last": -1, "next": 1}.get(g["mod2"].lower(), 0)
        if raw.mod == "the":
            raw.mod = None
        if raw.y is None and raw.mod is None:
            raw.weak = True  # "in summer" needs a preposition; "fall" alone is a verb
            if raw.season == "autumn" and g["season"].lower() == "fall":
                return None
    elif rule == "ago":
        n = _number(g["n"])
        if n is None or n <= 0 or n > 5000:
            return None
        raw.n = n
        raw.unit = lex.units[g["u"].lower()]
    elif rule == "rel_day":
        raw.n = lex.relative_days[" ".join(g["rd"].lower().split())]
    elif rule == "weekend":
        word = g["mod"].lower()
        raw.mod = word if word in ("last", "this") else None  # "over the weekend": by tense
    elif rule in ("clip", "rel_unit"):
        raw.unit = g["u"].lower()
        if rule == "clip":
            raw.mod = g["side"].lower()
        else:
            raw.mod = lex.modifiers[g["mod"].lower()]
    elif rule == "first_months":
        n = _number(g["n"])
        if n is None or not 1 <= n <= 12:
            return None
        raw.rule = "part"
        raw.part = (0.0, n / 12)
        raw.base = _part_base(g, m)
        if raw.base is None:
            return None
    elif rule == "year_part":
        # "in the third quarter": of the reference year
        raw.rule = "part"
        raw.part = lex.parts[" ".join(g["part"].lower().split())]
        raw.base = _Raw(m.start(), m.end(), "rel_unit", mod="this", unit="year")
        raw.extra["year_part"] = "alone"
    elif rule == "part":
        raw.part = lex.parts[" ".join(g["part"].lower().split())]
        raw.base = _part_base(g, m)
        if raw.base is None:
            return None
    return raw


def _part_base(g: dict[str, str | None], m: re.Match[str]) -> _Raw | None:
    lex = date_lexicon()
    start, end = m.start(), m.end()
    if g.get("by"):
        return _Raw(start, end, "year", y=int(g["by"] or 0))
    if g.get("bm"):
        year = int(g["by2"] or 0) or None
        return _Raw(start, end, "my" if year else "month_alone", y=year, m=_month_of(g["bm"] or ""))
    if g.get("bdec"):
        return _Raw(start, end, "decade", y=int(g["bdec"] or 0))
    if g.get("bunit"):
        mod = (g["bmod"] or "").lower()
        mod = "this" if mod in ("the", "current") else mod
        return _Raw(start, end, "rel_unit", mod=mod, unit=(g["bunit"] or "").lower())
    if g.get("bseason"):
        season = lex.seasons[(g["bseason"] or "").lower()]
        year = int(g["by3"] or 0) or None
        return _Raw(start, end, "season", season=season, y=year)
    return None


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


# --- selection and post-processing -------------------------------------------------------------

_COORD = re.compile(r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|and|or|&|as\s{1,3}well\s{1,3}as)\s{0,3}")
_RANGE_WORD = re.compile(r"\s{1,3}(?i:to|till|until|through|and)\s{1,3}")
_RANGE_DASH = re.compile(r"\s{0,3}[-–—]\s{0,3}")
_CONTEXT = 40
_PLURAL_AFTER = re.compile(r"\s{1,3}[a-z]{3,}s(?!\w)")


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“«(\n–—-])\s{0,3}$")


def _is_name(text: str, m: re.Match[str]) -> bool:
    """ "Russia Today", "USA Today": a capitalised day word inside a sentence is a name."""
    word = m.group()
    if not word[:1].isupper() or word.isupper():
        return False
    return _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()) is None


def _candidates(text: str) -> list[_Raw]:
    """The chosen matches of ``text``: fresh copies, since post-processing changes them."""
    return [_fresh(raw) for raw in _matched(text)]


def _fresh(raw: _Raw) -> _Raw:
    """A copy of a cached match, its mutable parts included (fields copied as they are:
    ``dataclasses.replace`` would run ``__init__`` for every copy)."""
    copy = object.__new__(_Raw)
    copy.__dict__.update(raw.__dict__)
    copy.extra = dict(raw.extra)
    if raw.base is not None:
        copy.base = _fresh(raw.base)
    return copy


@lru_cache(maxsize=4)
def _matched(text: str) -> tuple[_Raw, ...]:
    """Leftmost-longest non-overlapping matches of all rules (cached: a parse reads the same
    text twice, for the publication date and for the dates themselves)."""
    found: list[tuple[int, int, int, _Raw]] = []
    for i, m in _rule_matches(text):
        rule = date_patterns().rules[i][0]
        raw = _raw_from(rule, m)
        if raw is not None and not (rule == "rel_day" and _is_name(text, m)):
            found.append((raw.start, raw.start - raw.end, i, raw))
    found.sort(key=lambda f: f[:3])
    chosen: list[_Raw] = []
    last_end = -1
    for _, _, _, raw in found:
        if raw.start >= last_end:
            chosen.append(raw)
            last_end = raw.end
    return tuple(chosen)


def _rule_matches(text: str) -> list[tuple[int, re.Match[str]]]:
    """The matches ``finditer`` gives for each rule (by index), found by trying each rule
    only where a word it can begin with starts instead of scanning the text once per rule."""
    pats = date_patterns()
    rules = pats.rules
    out: list[tuple[int, re.Match[str]]] = []
    for i in pats.scan_all:
        out.extend((i, m) for m in rules[i][1].finditer(text))
    folded = " " + fold(text)  # offsets one more than in text
    # Where each rule's next match may start (as in finditer); never, without its word.
    never = len(text) + 1
    resume = [0 if piece is None or piece in folded else never for piece in pats.pieces]
    match: list[Callable[[str, int], re.Match[str] | None]] = [rx.match for _, rx in rules]
    by_start, mid_word = pats.by_start, pats.mid_word
    for hit in pats.starts.finditer(folded):
        key = hit.group(1)
        pos = hit.start(1) - 1
        if mid_word and key in _DIGITS:
            the = mid_word_the(folded, pos + 1)
            if the is not None:
                _try(match, mid_word, text, the - 1, resume, out)
        _try(match, by_start[key], text, pos, resume, out)
    return out


_DIGITS = frozenset("0123456789")


def _try(
    match: list[Callable[[str, int], re.Match[str] | None]],
    which: tuple[int, ...],
    text: str,
    pos: int,
    resume: list[int],
    out: list[tuple[int, re.Match[str]]],
) -> None:
    """Try the rules ``which`` at ``pos`` (those whose last match ends after it are skipped)."""
    for i in which:
        if pos >= resume[i]:
            m = match[i](text, pos)
            if m is not None:
                end = m.end()
                resume[i] = end if end > pos else pos + 1
                out.append((i, m))


def _keep_weak(text: str, chosen: list[_Raw]) -> list[_Raw]:
    """Drop bare years, months and seasons that no date-like context supports."""
    pats = date_patterns()
    kept: list[_Raw] = []
    for i, raw in enumerate(chosen):
        if raw.weak:
            before = text[max(0, raw.start - _CONTEXT) : raw.start]
            ctx = pats.month_context if raw.rule in ("month_alone", "season") else None
            ok = (ctx or pats.year_context).search(before) is not None
            if raw.rule == "year" and _suffix_year(text, raw):
                ok = True
            elif ok and raw.rule == "year" and pats.quantity.search(before):
                ok = _PLURAL_AFTER.match(text, raw.end) is None
            if not ok and i > 0 and kept and kept[-1] is chosen[i - 1]:
                gap = text[kept[-1].end : raw.start]
                ok = bool(_COORD.fullmatch(gap) or _RANGE_WORD.fullmatch(gap))
                ok = ok or bool(_RANGE_DASH.fullmatch(gap))
            if not ok:
                continue
        kept.append(raw)
    return kept


def _suffix_year(text: str, raw: _Raw) -> bool:
    """True when the year match itself ran into a year word ("2018 year", "2018 года")."""
    matched = text[raw.start : raw.end]
    return not matched.isdigit()


_OF = re.compile(r"\s{1,3}(?:(?i:of)\s{1,3})?")
_SHIFTS = {"last": -1, "this": 0, "next": 1}


def _join_relative_years(text: str, raws: list[_Raw]) -> list[_Raw]:
    """ "December last year", "on May 5 this year": a year-less date and a relative year."""
    out: list[_Raw] = []
    for raw in raws:
        prev = out[-1] if out else None
        if (
            prev is not None
            and raw.rule == "rel_unit"
            and raw.unit == "year"
            and raw.mod in _SHIFTS
            and prev.y is None
            and prev.year_shift is None
            and prev.rule in ("mdy", "dmy", "month_alone", "season")
            and _OF.fullmatch(text, prev.end, raw.start)
        ):
            prev.end = raw.end
            prev.year_shift = _SHIFTS[raw.mod or "this"]
            prev.weak = False
            continue
        out.append(raw)
    return out


def _adopt_years(text: str, raws: list[_Raw]) -> None:
    """A year-less date before a dated one joined by a coordinator takes its year."""
    for i in range(len(raws) - 2, -1, -1):
        left, right = raws[i], raws[i + 1]
        if left.y is not None or left.m is None or right.y is None or right.y2 is not None:
            continue
        if left.rule not in ("mdy", "dmy", "month_alone") or right.rule not in (
            "mdy",
            "dmy",
            "my",
            "month_alone",
        ):
            continue
        gap = text[left.end : right.start]
        ranged = bool(_RANGE_WORD.fullmatch(gap) or _RANGE_DASH.fullmatch(gap))
        if not (ranged or _COORD.fullmatch(gap)):
            continue
        year = right.y
        if ranged and right.m is not None and left.m > right.m:
            year -= 1  # "December 28 - January 3, 2020" starts in 2019
        left.y = year
        left.adopted = True
        if left.rule == "month_alone":
            left.rule = "my"


_DAY_RULES = frozenset({"mdy", "dmy"})
_FOLLOW_REACH = 300  # characters from a dated day to a year-less one that follows it


def _follow_years(text: str, raws: list[_Raw]) -> None:
    """A year-less day told shortly after a dated day of the same paragraph, later in the
    calendar, takes its year ("the crash on December 25, 2024 ... Putin apologized in a phone
    call on December 28"). Used only when no day of writing is known to resolve it against."""
    last: _Raw | None = None
    for raw in raws:
        if raw.rule in _DAY_RULES and raw.y is not None and raw.d2 is None:
            last = raw
            continue
        if (
            last is None
            or raw.rule not in _DAY_RULES
            or raw.y is not None
            or raw.m is None
            or raw.d is None
            or raw.start - last.end > _FOLLOW_REACH
            or "\n" in text[last.end : raw.start]
            or (raw.m, raw.d) < (last.m or 0, last.d or 0)
        ):
            continue
        raw.y = last.y
        raw.adopted = True


# --- tense -------------------------------------------------------------------------------------

# A sentence end before a capital, quote or bracket, or a line break: the same as
# ``[.!?;]\s+(?=[A-Z"“«(])|\n``, opening with one class so that the engine skips to it fast.
# (the full stop of "St. Petersburg", "Mr. Aliyev" or an initial ends no sentence)
_BOUNDARY = re.compile(
    r"(?:[!?;\n]|(?<!\b[A-Z][a-z])(?<!\b[A-Z])(?<!\bMrs)(?<!\bGen)(?<!\bCol)\.)"
    r"(?:(?<=\n)|\s+(?=[A-Z\"“«(]))"
)


def _tense(text: str, start: int, end: int) -> str | None:
    """'future' or 'past' from the nearest tense marker before the date in its sentence,
    else the nearest one after it ("On Monday, Putin met ...")."""
    pats = date_patterns()
    lo = max(0, start - 160)
    left = text[lo:start]
    cuts = list(_BOUNDARY.finditer(left))
    if cuts:
        left = left[cuts[-1].end() :]
    right = text[end : end + 160]
    cut = _BOUNDARY.search(right)
    if cut:
        right = right[: cut.start()]
    for side, chunk in (("l", left), ("r", right)):
        best: tuple[int, str] | None = None
        fut = [(mm.start(), mm.end()) for mm in pats.future.finditer(chunk)]
        spans: list[tuple[int, int, str]] = [(a, b, "future") for a, b in fut]
        for mm in pats.past.finditer(chunk):
            if not any(a <= mm.start() < b for a, b in fut):
                spans.append((mm.start(), mm.end(), "past"))
        for a, b, label in spans:
            dist = len(chunk) - b if side == "l" else a
            if best is None or dist < best[0]:
                best = (dist, label)
        if best is not None:
            return best[1]  # the verb before the date governs it ("will meet on Monday")
    return None


_NOMINAL_REACH = 60  # characters before a date where its event noun may stand


def _nominal(text: str, start: int) -> bool:
    """Whether an event noun stands right before the date ("the election on Oct. 9")."""
    return date_patterns().nominal.search(text, max(0, start - _NOMINAL_REACH), start) is not None


# --- resolution --------------------------------------------------------------------------------


def _unit_interval(d: date, unit: str) -> FuzzyDate:
    if unit == "day":
        return FuzzyDate.day(d)
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return FuzzyDate(monday, monday + timedelta(days=6), Precision.WEEK)
    if unit == "month":
        return FuzzyDate.month(d.year, d.month)
    if unit == "decade":
        first = d.year // 10 * 10
        return FuzzyDate(date(first, 1, 1), date(first + 9, 12, 31), Precision.DECADE)
    return FuzzyDate.year(d.year)


_STEP = {
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "month": relativedelta(months=1),
    "year": relativedelta(years=1),
    "decade": relativedelta(years=10),
}


def _relative(raw: _Raw, tense: Callable[[], str | None]) -> Callable[[date], FuzzyDate]:
    """The function from a reference day to the interval a relative expression names."""
    rule = raw.rule
    if rule == "rel_day":
        return lambda r: FuzzyDate.day(r + timedelta(days=raw.n))
    if rule == "ago":
        unit = raw.unit or "day"
        precision_unit = "year" if unit == "decade" else unit
        return lambda r: _unit_interval(r - _STEP[unit] * raw.n, precision_unit)
    if rule == "rel_unit":
        unit = raw.unit or "year"
        shift = {"last": -1, "next": 1}.get(raw.mod or "this", 0)
        return lambda r: _unit_interval(r + _STEP[unit] * shift, unit)
    if rule == "weekend":
        mode = raw.mod or tense() or "past"

        def weekend(r: date) -> FuzzyDate:
            saturday = r - timedelta(days=r.weekday()) + timedelta(days=5)
            if mode == "last" or (mode == "past" and saturday > r):
                saturday -= timedelta(days=7)  # the most recent weekend that has begun
            return FuzzyDate(saturday, saturday + timedelta(days=1), Precision.DAY)

        return weekend
    if rule == "clip":
        unit = raw.unit or "year"

        def clip(r: date) -> FuzzyDate:
            whole = _unit_interval(r, unit)
            if raw.mod == "earlier":
                return FuzzyDate(whole.start, r, Precision.DAY)
            return FuzzyDate(r, whole.end, Precision.DAY)

        return clip
    if rule == "weekday":
        wd = raw.wd or 0
        mode = raw.mod or tense() or "past"

        def weekday(r: date) -> FuzzyDate:
            delta = (wd - r.weekday()) % 7
            if mode in ("next", "future"):
                ahead = delta if (delta or mode == "future") else 7
                return FuzzyDate.day(r + timedelta(days=ahead))
            if mode == "this":
                return FuzzyDate.day(r - timedelta(days=r.weekday()) + timedelta(days=wd))
            back = (r.weekday() - wd) % 7
            if mode == "last" and back == 0:
                back = 7
            return FuzzyDate.day(r - timedelta(days=back))

        return weekday
    if rule == "rel_month":
        month = raw.m or 1
        mode = raw.mod or "this"

        def named_month(r: date) -> FuzzyDate:
            if mode == "last":
                year = r.year if month < r.month else r.year - 1
            elif mode == "next":
                year = r.year if month > r.month else r.year + 1
            else:
                year = r.year
            return FuzzyDate.month(year, month)

        return named_month
    if rule == "season":
        season = raw.season or "summer"
        mode = raw.mod or "this"

        def named_season(r: date) -> FuzzyDate:
            if mode == "of_year":
                return FuzzyDate.season(r.year + raw.n, season)
            this = FuzzyDate.season(r.year, season)
            if season == "winter" and r.month <= 2:
                this = FuzzyDate.season(r.year - 1, season)
            if mode == "last":
                year = this.start.year if this.end < r else this.start.year - 1
                return FuzzyDate.season(year, season)
            if mode == "next":
                year = this.start.year if this.start > r else this.start.year + 1
                return FuzzyDate.season(year, season)
            return this

        return named_season
    raise AssertionError(f"not a relative rule: {rule}")  # pragma: no cover


def _monotone(f: Callable[[date], FuzzyDate], ref: FuzzyDate) -> FuzzyDate:
    """Resolve at both ends of a fuzzy reference: the honest interval."""
    a = f(ref.start)
    if ref.start == ref.end:
        return a
    b = f(ref.end)
    if a == b:
        return a
    start, end = min(a.start, b.start), max(a.end, b.end)
    return FuzzyDate(start, end, _coarser(_coarser(a.precision, b.precision), ref.precision))


def _pick(cands: list[FuzzyDate], ref: FuzzyDate, tense: str | None) -> FuzzyDate:
    """Choose the year of a year-less date by the reference and the clause's tense."""
    if ref.start != ref.end:
        inside = [c for c in cands if ref.contains(c)]
        if len(inside) == 1:
            return inside[0]
    if tense == "future":
        later = [c for c in cands if c.end >= ref.start]
        if later:
            return min(later, key=lambda c: c.start)
    if tense == "past":
        earlier = [c for c in cands if c.start <= ref.end]
        if earlier:
            return max(earlier, key=lambda c: c.start)

    def distance(c: FuzzyDate) -> int:
        if c.overlaps(ref):
            return 0
        return min(abs((c.start - ref.end).days), abs((ref.start - c.end).days))

    return min(cands, key=distance)


def _calendar(raw: _Raw, year: int) -> FuzzyDate | None:
    """The interval of a day/month/season expression in a given year."""
    try:
        if raw.rule == "season":
            return FuzzyDate.season(year, raw.season or "summer")
        if raw.m is None:
            return FuzzyDate.year(year)
        if raw.d is None:
            return FuzzyDate.month(year, raw.m)
        first = FuzzyDate.day(date(year, raw.m, raw.d))
        if raw.d2 is not None:
            return FuzzyDate(first.start, date(year, raw.m, raw.d2), Precision.DAY)
        return first
    except ValueError:
        return None


def _resolve(raw: _Raw, ref: FuzzyDate | None, tense: Callable[[], str | None]) -> FuzzyDate | None:
    """The interval of one raw expression, or None when it needs a missing reference."""
    if raw.extra.get("year_part") and ref is not None:
        # "in the third quarter": of the year before, this one or the next, by the tense
        part = raw.part or (0.0, 1.0)
        years = range(ref.start.year - 1, ref.end.year + 2)
        return _pick([_cut(FuzzyDate.year(y), part) for y in years], ref, tense())
    if raw.base is not None:
        whole = _resolve(raw.base, ref, tense)
        return None if whole is None else _cut(whole, raw.part or (0.0, 1.0))
    rule = raw.rule
    if raw.year_shift is not None:
        if ref is None:
            return None
        shift = raw.year_shift

        def in_year(r: date) -> FuzzyDate:
            found = _calendar(raw, r.year + shift)
            if found is None:  # February 29 in a common year
                raise ValueError("no such day")
            return found

        try:
            return _monotone(in_year, ref)
        except ValueError:
            return None
    if rule == "decade" and raw.y is not None:
        return FuzzyDate(date(raw.y, 1, 1), date(raw.y + 9, 12, 31), Precision.DECADE)
    if rule == "year_range" and raw.y is not None and raw.y2 is not None:
        return FuzzyDate(date(raw.y, 1, 1), date(raw.y2, 12, 31), Precision.YEAR)
    if rule in _NEEDS_REF_RULES or (rule == "season" and raw.mod is not None):
        if ref is None:
            return None
        return _monotone(_relative(raw, tense), ref)
    if raw.y is not None:
        return _calendar(raw, raw.y)
    if ref is None:
        return None
    years = range(ref.start.year - 1, ref.end.year + 2)
    cands = [c for c in (_calendar(raw, y) for y in years) if c is not None]
    if not cands:
        return None
    if raw.wd is not None and raw.d is not None:
        matching = [c for c in cands if c.start.weekday() == raw.wd]
        if matching:
            cands = matching
    forced = "past" if raw.extra.get("anchor") == "since" else None
    return _pick(cands, ref, forced or tense())


def _cut(whole: FuzzyDate, part: tuple[float, float]) -> FuzzyDate:
    """The part of an interval given by fractions: months of a year, days of a month."""
    lo, hi = part
    s = whole.start
    if whole.precision in (Precision.YEAR, Precision.SEASON) or (
        whole.precision is Precision.MONTH and whole.days > 31
    ):
        months = (whole.end.year - s.year) * 12 + whole.end.month - s.month + 1
        a, b = _bounds(months, lo, hi)
        first = s + relativedelta(months=a)
        last = s + relativedelta(months=b) - timedelta(days=1)
        return FuzzyDate(first, last, Precision.MONTH)
    if whole.precision is Precision.DECADE:
        years = whole.end.year - s.year + 1
        a, b = _bounds(years, lo, hi)
        return FuzzyDate(date(s.year + a, 1, 1), date(s.year + b - 1, 12, 31), Precision.YEAR)
    n = whole.days
    if whole.precision is Precision.MONTH:
        a, b = _bounds(30, lo, hi)  # thirds of a month: 1-10, 11-20, 21-end
        b = n if hi >= 1.0 else min(b, n)
    else:
        a, b = _bounds(n, lo, hi)
    return FuzzyDate(s + timedelta(days=a), s + timedelta(days=b - 1), Precision.DAY)


def _bounds(n: int, lo: float, hi: float) -> tuple[int, int]:
    a = int(n * lo + 0.5)
    b = max(a + 1, int(n * hi + 0.5))
    return a, min(b, n)


# --- public entry point ------------------------------------------------------------------------


def _as_interval(reference: date | FuzzyDate | None) -> FuzzyDate | None:
    if reference is None or isinstance(reference, FuzzyDate):
        return reference
    if isinstance(reference, datetime):
        return FuzzyDate.day(reference.date())  # a timestamp: its calendar day
    if isinstance(reference, date):
        return FuzzyDate.day(reference)
    raise TypeError(f"reference must be a date, a FuzzyDate or None, not {type(reference)!r}")


def find_dates(text: str, reference: date | FuzzyDate | None = None) -> list[DateMention]:
    """All date expressions in ``text``, ordered and non-overlapping.

    ``reference`` is the date the text speaks from (usually the publication date): a day,
    or a :class:`FuzzyDate` when only its month or year is known.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text)!r}")
    ref = _as_interval(reference)
    pats = date_patterns()
    raws = _keep_weak(text, _join_relative_years(text, _candidates(text)))
    _adopt_years(text, raws)
    if ref is None or ref.precision is not Precision.DAY:
        _follow_years(text, raws)
    resolved: list[tuple[_Raw, FuzzyDate | None, int]] = []
    for raw in raws:
        before = text[max(0, raw.start - _CONTEXT) : raw.start]
        # (searched only where a match ending at the end can start; the look-behind still
        # sees the characters before that)
        anchor = pats.anchor.search(before, max(0, len(before) - pats.anchor_reach))
        if anchor is not None:
            raw.extra["anchor"] = date_lexicon().anchors[" ".join(anchor["a"].lower().split())]

        def tense(raw: _Raw = raw) -> str | None:
            if raw.d is not None and raw.y is None and _nominal(text, raw.start):
                return None  # "the election on Oct. 9": the nearest Oct. 9
            return _tense(text, raw.start, raw.end)

        try:
            when = _resolve(raw, ref, tense)
        except (OverflowError, ValueError):
            when = None  # beyond the calendar (year 1 or 9999 and a relative step)
        if when is None and (ref is not None or not _needs_ref(raw)):
            continue  # an impossible date (February 30, year 0): not a date after all
        start = raw.start
        if raw.d2 is not None and raw.sep not in ("-", "–", "—"):
            prefix = pats.range_prefix.search(before)
            if prefix is not None:
                start = raw.start - (len(before) - prefix.start())
                raw.extra.pop("anchor", None)
        resolved.append((raw, when, start))
    out: list[DateMention] = []
    i = 0
    while i < len(resolved):
        raw, when, start = resolved[i]
        merged = _merge(text, resolved, i)
        if merged is not None:
            out.append(merged)
            i += 2
            continue
        out.append(_mention(text, raw, when, start))
        i += 1
    return out


def _merge(
    text: str, items: list[tuple[_Raw, FuzzyDate | None, int]], i: int
) -> DateMention | None:
    """Join "X - Y", "from X to Y" and "between X and Y" into one range mention."""
    if i + 1 >= len(items):
        return None
    (a, wa, sa), (b, wb, _) = items[i], items[i + 1]
    if a.rule in ("ago", "rel_day") or b.rule in ("ago", "rel_day"):
        return None
    gap = text[a.end : b.start]
    start = sa
    if _RANGE_DASH.fullmatch(gap):
        prefix = date_patterns().range_prefix.search(text[max(0, sa - _CONTEXT) : sa])
        if prefix is not None:
            start = sa - (min(sa, _CONTEXT) - prefix.start())
    elif _RANGE_WORD.fullmatch(gap):
        prefix = date_patterns().range_prefix.search(text[max(0, sa - _CONTEXT) : sa])
        if prefix is None:
            return None
        if prefix["a"].lower() == "from" and gap.strip().lower() == "and":
            return None
        start = sa - (min(sa, _CONTEXT) - prefix.start())
    else:
        return None
    when: FuzzyDate | None = None
    if wa is not None and wb is not None:
        if wa.start > wb.end:
            return None
        when = FuzzyDate(wa.start, wb.end, _finer(wa.precision, wb.precision))
    elif (wa is None) != (wb is None):
        return None
    needs = (_needs_ref(a) and not a.adopted) or _needs_ref(b)
    return DateMention(
        span=Span(start, b.end),
        text=text[start : b.end],
        when=when,
        kind=DateKind.RANGE,
        needs_reference=needs,
        year=a.y,
        month=a.m,
        day=a.d,
        weekday=a.wd,
        anchor=None,
        rule=f"range:{a.rule}+{b.rule}",
    )


def _mention(text: str, raw: _Raw, when: FuzzyDate | None, start: int) -> DateMention:
    base = raw.base if raw.base is not None else raw
    return DateMention(
        span=Span(start, raw.end),
        text=text[start : raw.end],
        when=when,
        kind=_kind(raw),
        needs_reference=_needs_ref(raw) and not raw.adopted,
        year=base.y,
        month=base.m,
        day=base.d,
        weekday=base.wd,
        anchor=raw.extra.get("anchor"),
        rule=raw.rule,
    )
