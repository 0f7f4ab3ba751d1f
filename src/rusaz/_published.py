"""Publication date of an article: from its dateline, else bounded by what it reports.

Rules, in order (see ``docs/reader.md``):

1. A dateline with a year gives the date at the precision it states. The dateline may be a
   stamp the reader found anywhere on the page: the header, a byline stamp removed as
   furniture ("Anna Novak Nov 18, 2019"; no span to show then), a monitoring service's
   source line or a dated credit at the foot, a date closing the headline (set aside when
   the text reports something later as past: it is the subject's date then).
2. A dateline without a year whose day falls in the year of the article's copyright line
   ("© 2026 Trend News Agency", "(c) Reuters Limited 1992", the last year of "© 2005-2024")
   takes that year, unless the text reports something later as past, only things long
   before it (a site footer; a "since 1988" state lasting to the time of writing does not
   count), or the dateline's weekday disagrees. Otherwise a dateline without a year
   ("Sunday, May 26", "22 April") takes the earliest year that is not before the latest date
   the text reports as past (an article cannot predate what it reports) and, when the
   dateline names a weekday, in which that day falls on that weekday,
   searched only a few years (``max_years_after_past``) past that latest date: news reports
   what happened recently. With no such year, or nothing reported to bound it, no day is
   made up and rule 3 applies.
3. Without a usable dateline, the year of a copyright line (kept in the text, or removed
   when no dateline's day could contradict it) when no past date is later, else the year of
   the latest date the text reports as past, at year precision: an honest range, never a
   made-up day.
4. Otherwise None.

"Reported as past" excludes deadlines ("until 2024", "by 2030", "by end-1993"), plan periods
("for 2024-2027", "the 2021-2025 programme"), relative expressions (they need the very date
being sought) and dates nearer to a future word ("will", "plans", ...) of their sentence
than to a past word ("met", "previous", ...); a quoted date is judged by its quotation's
words, and a reporting verb set off by a comma ("... will open in 2026, he said") does not
make a future clause past. Named landmarks with a public date (``text_dates.toml``) count
as reported past events, and a year's total ("trade reached $4 billion in 2023") puts the
article in a later year.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from datetime import date
from functools import cache

import attrs

from rusaz._data import read_data
from rusaz._dates import DateKind, DateMention
from rusaz._dates_lex import date_lexicon, word_trie
from rusaz._model import DateSource, FuzzyDate, Span
from rusaz._text import Dateline, Document

__all__ = ["infer_published"]

_WINDOW = 30  # characters before a date read for a deadline word ("until", "by the end of")
_PLAN_BEFORE = 40  # characters around a year range read for a plan noun ("programme for")
_PLAN_AFTER = 25
_TENSE = 10  # characters after a future word whose past participle is part of it
_APPOSED = 12  # characters between a relative phrase and the year it is apposed to
# What may stand between them: punctuation and "in" ("last year, in 2022", "2018, six years
# ago", "this year (2024)"), never another word ("2022 exceeded last year").
_APPOSITION = re.compile(r"[ ,(—–-]{0,4}(?:in[ ]|of[ ])?[ (]{0,2}")
# A year 1800-2099 not glued to a word, a decimal or a list of numbers. The pattern opens
# with the year's first digit (the look-behind checks the character before it) so that the
# engine skips to the digits 1 and 2 fast.
_YEAR = re.compile(r"([12](?<![\w.,].)(?:(?<=1)[89]|(?<=2)0)\d\d)(?!\d)")


# Pieces of a copyright line: a year, and the holder's name of capitalised words (or "&").
_YEAR4 = r"(?:1[89]|20)\d\d"
_HOLDER = r"(?-i:[A-Z][\w&.'’/-]{0,30}(?:[ ](?:[A-Z&][\w&.'’/-]{0,30}|of|and)){0,5})"


def _ascii_lower(text: str) -> str:
    """``text`` with only the ASCII capitals lower-cased: offsets kept, unlike ``str.lower``.

    Bytes lower-case ASCII only, and UTF-8 leaves every other character's bytes alone
    (``surrogatepass`` lets lone surrogates through both ways).
    """
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


@attrs.frozen
class _Clues:
    future_before: frozenset[str]
    deadline_anchors: frozenset[str]
    period_before: frozenset[str]
    year_cues: frozenset[str]
    future_words: re.Pattern[str]
    asides: re.Pattern[str]
    past_words: re.Pattern[str]
    plan_words: re.Pattern[str]
    elapsed: _Phrases
    elapsed_years: dict[str, int]
    relative: _Phrases
    relative_years: dict[str, int]
    max_years_after_past: int
    reporting: frozenset[str]
    annual_before: frozenset[str]
    annual_nouns: re.Pattern[str]
    annual_verbs: re.Pattern[str]
    auxiliaries: frozenset[str]
    ongoing_anchors: frozenset[str]
    landmarks: tuple[tuple[str, date], ...]
    copyright: re.Pattern[str]


# The characters other than its two cases that case-insensitive matching takes for an ASCII
# letter (tests/test_dates_speed.py checks the list against every Unicode character).
_CASE_EXTRA = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _alternation(words: Sequence[str]) -> re.Pattern[str]:
    r"""Whole-word, case-insensitive alternation, longest first.

    Built to match exactly as ``(?<!\w)(?:longest|...|shortest)(?!\w)`` does, but opening
    with a class of the words' first characters (the engine skips other characters fast)
    and factored by common prefixes; words that are not all ASCII keep the plain form.
    """
    keys = {w.lower() for w in words}
    if not keys or not all(k and k.isascii() for k in keys):
        alt = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.I)
    rests: dict[str, list[str]] = {}
    for key in keys:
        rests.setdefault(key[0], []).append(key[1:])
    firsts = "".join(c + c.upper() + _CASE_EXTRA.get(c, "") for c in sorted(rests))
    branches = "|".join(
        rf"(?<={re.escape(c)}){word_trie(after)}" for c, after in sorted(rests.items())
    )
    return re.compile(rf"[{re.escape(firsts)}](?<!\w.)(?i:{branches})(?!\w)")


class _Phrases:
    """Whole-word phrases matched case-insensitively, found from a piece they all hold.

    ``finditer`` gives the matches of the alternation (as ``re.Pattern.finditer`` would):
    when every phrase holds a common piece ("year"), a match can start only at a known
    distance before one of its occurrences, so the phrases are tried only there.
    """

    def __init__(self, words: Sequence[str]) -> None:
        self.pattern = _alternation(words)
        keys = sorted({w.lower() for w in words}, key=len)
        piece = _common_piece(keys)
        self.anchor = re.compile(re.escape(piece), re.I) if piece else None
        self.offsets = sorted({i for k in keys for i in range(len(k)) if k.startswith(piece, i)})

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches in ``text[pos:endpos]``, in order, not overlapping."""
        end = len(text) if endpos is None else endpos
        if self.anchor is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        starts = sorted(
            {a.start() - off for a in self.anchor.finditer(text, pos, end) for off in self.offsets}
        )
        resume = pos
        for start in starts:
            if start < resume:
                continue
            m = self.pattern.match(text, start, end)
            if m is not None:
                resume = max(m.end(), start + 1)
                yield m


def _common_piece(keys: list[str]) -> str:
    """The longest piece (3 characters or more) of the first key found in every key, when
    it cannot overlap itself (so that its occurrences are found one after another)."""
    if not keys or not all(k.isascii() for k in keys):
        return ""
    first = keys[0]
    for size in range(len(first), 2, -1):
        for i in range(len(first) - size + 1):
            piece = first[i : i + size]
            bordered = any(piece[:n] == piece[-n:] for n in range(1, size))
            if not bordered and all(piece in k for k in keys):
                return piece
    return ""


@cache
def _clues() -> _Clues:
    data = read_data("text_dates.toml")
    landmarks = tuple((str(m["name"]), m["date"]) for m in data.get("landmark", []))
    elapsed = {str(k).casefold(): int(v) for k, v in data["elapsed"].items()}
    relative = {str(k).casefold(): int(v) for k, v in data["relative_years"].items()}
    # Past-tense words of the dates lexicon (read only) plus the reader's own.
    past = [*date_lexicon().past, *data["past_words"]]
    marks = "|".join(
        re.escape(m).replace(r"\ ", "[ ]?")
        for m in sorted(data["copyright_marks"], key=len, reverse=True)
    )
    return _Clues(
        future_before=frozenset(w.casefold() for w in data["future_before"]),
        deadline_anchors=frozenset(data["deadline_anchors"]),
        period_before=frozenset(w.casefold() for w in data["period_before"]),
        year_cues=frozenset(w.casefold() for w in data["year_cues"]),
        future_words=_alternation(data["future_words"]),
        asides=_alternation(data["asides"]),
        past_words=_alternation(past),
        plan_words=_alternation(data["plan_words"]),
        elapsed=_Phrases(list(elapsed)),
        elapsed_years=elapsed,
        relative=_Phrases(list(relative)),
        relative_years=relative,
        max_years_after_past=int(data["max_years_after_past"]),
        ongoing_anchors=frozenset(data["ongoing_anchors"]),
        reporting=frozenset(w.casefold() for w in data["reporting_verbs"]),
        annual_before=frozenset(w.casefold() for w in data["annual"]["before"]),
        annual_nouns=_alternation(data["annual"]["nouns"]),
        annual_verbs=_alternation(data["annual"]["verbs"]),
        auxiliaries=frozenset(w.casefold() for w in data["future_auxiliaries"]),
        landmarks=landmarks,
        # at a line's start: the mark, the holder's capitalised name perhaps ("(c) Reuters
        # Limited 1992"), then a year, or a range whose last year is taken ("© 2005-2019")
        copyright=re.compile(
            rf"(?im:^[ ]?(?:{marks})[ ]?(?:{_HOLDER},?[ ])?(?:{_YEAR4}[ ]?[–—-][ ]?)?"
            rf"({_YEAR4})(?!\d|[ ]?[–—-][ ]?\d))"
        ),
    )


def _gap(a: Span, start: int, end: int) -> int:
    """Characters between span ``a`` and the stretch ``start:end`` (0 when they touch)."""
    return max(0, start - a.end, a.start - end)


def _nearest(span: Span, marks: list[tuple[int, int]]) -> int | None:
    """Characters between ``span`` and the nearest of the ordered, disjoint ``marks``."""
    if not marks:
        return None
    i = bisect.bisect_left(marks, (span.start, span.start))
    return min(_gap(span, a, b) for a, b in marks[max(0, i - 1) : i + 1])


class _Past:
    """Decides whether a date at a span is reported as past; each sentence is found once."""

    def __init__(self, doc: Document, clues: _Clues) -> None:
        self.doc = doc
        self.clues = clues
        self.starts = [s.start for s in doc.sentences]
        self.markers: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
        self.quotes: dict[int, list[tuple[int, int]]] = {}

    def sentence(self, span: Span) -> Span:
        """The sentence holding ``span`` (the span itself outside the body's sentences)."""
        i = bisect.bisect_right(self.starts, span.start) - 1
        if i < 0 or not self.doc.sentences[i].contains(span):
            return span
        return self.doc.sentences[i]

    def _markers(self, sent: Span) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Future and past words of a sentence, each list ordered by position."""
        if sent.start not in self.markers:
            text = sent.slice(self.doc.text)
            future, past = (
                [(sent.start + m.start(), sent.start + m.end()) for m in p.finditer(text)]
                for p in (self.clues.future_words, self.clues.past_words)
            )
            # "it may be recalled that ...": an aside, not the future of the sentence
            asides = [
                (sent.start + m.start(), sent.start + m.end())
                for m in self.clues.asides.finditer(text)
            ]
            if asides:
                future = [f for f in future if not any(a <= f[0] < b for a, b in asides)]
            # A participle right after a future word belongs to it ("will be held"). Matches
            # of one pattern do not overlap, so the last future word starting at or before
            # a past word is the only one that can cover it.
            starts = [a for a, _ in future]
            kept = []
            for a, b in past:
                i = bisect.bisect_right(starts, a) - 1
                if i < 0 or a > future[i][1] + _TENSE:
                    kept.append((a, b))
            self.markers[sent.start] = (future, kept)
        return self.markers[sent.start]

    def _quotation(self, sent: Span, span: Span) -> tuple[int, int] | None:
        """The quotation of sentence ``sent`` holding ``span``, if any."""
        if sent.start not in self.quotes:
            self.quotes[sent.start] = _quotations(self.doc.text, sent)
        quotes = self.quotes[sent.start]
        i = bisect.bisect_right(quotes, (span.start, len(self.doc.text))) - 1
        if i >= 0 and quotes[i][0] <= span.start and span.end <= quotes[i][1]:
            return quotes[i]
        return None

    def _future(self, span: Span) -> bool:
        """A future word is nearer to the date than any past word of its sentence.

        A date quoted inside the sentence ("'... will be completed in 1993,' he told
        reporters") is judged by the words of its quotation only: the reporting verb
        outside dates the saying, not what is said.
        """
        sent = self.sentence(span)
        future, past = self._markers(sent)
        quote = self._quotation(sent, span)
        if quote is not None:
            future = [f for f in future if quote[0] <= f[0] and f[1] <= quote[1]]
            past = [p for p in past if quote[0] <= p[0] and p[1] <= quote[1]]
        near_future = _nearest(span, future)
        if near_future is None:
            return False
        text = self.doc.text
        if any(
            _gap(span, a, b) == near_future and text[a:b].casefold() in self.clues.auxiliaries
            for a, b in future
        ):
            # "... will be completed in 2026, the minister said": a reporting verb set off
            # from the date by a comma or quotation mark dates the saying, not the clause
            # whose verb is in the future
            reporting = self.clues.reporting
            past = [
                p
                for p in past
                if not (
                    p[0] >= span.end
                    and text[p[0] : p[1]].casefold() in reporting
                    and any(c in _ATTRIBUTION_MARKS for c in text[span.end : p[0]])
                )
            ]
        near_past = _nearest(span, past)
        return near_past is None or near_future <= near_past

    def _deadline(self, span: Span, words: frozenset[str]) -> bool:
        before = self.doc.text[max(0, span.start - _WINDOW) : span.start]
        if before.endswith("-") and before[-2:-1].isalpha():
            before = before[:-1] + " "  # "by end-1993", "until mid-2025": a glued word
        if not before.endswith(" "):
            return False
        tail = before.casefold().split()[-5:]
        return any(" ".join(tail[k:]) in words for k in range(len(tail)))

    def plan_period(self, span: Span) -> bool:
        """A year range after "for" or next to a plan noun: the period of a plan."""
        if self._deadline(span, self.clues.period_before):
            return True
        sent = self.sentence(span)
        lo = max(sent.start, span.start - _PLAN_BEFORE)
        hi = min(sent.end, span.end + _PLAN_AFTER)
        return self.clues.plan_words.search(self.doc.text, lo, hi) is not None

    def plan_year(self, span: Span) -> bool:
        """A single year after "for" next to a plan noun ("signed the plan of cooperation ...
        for 2020"): the year the plan covers, not a past one."""
        return self._deadline(span, self.clues.period_before) and self.plan_period(span)

    def plan(self, m: DateMention) -> bool:
        """A date mention naming the period of a plan: a range by ``plan_period``, a single
        year by ``plan_year``."""
        return self.plan_period(m.span) if m.kind is DateKind.RANGE else self.plan_year(m.span)

    def plan_name(self, span: Span) -> bool:
        """A year right next to a plan noun ("Strategy 2030", "the 2030 Agenda")."""
        text = self.doc.text
        before = text[max(0, span.start - 20) : span.start].split()
        after = text[span.end : span.end + 20].split()
        near = [w.strip(".,;:()\"'") for w in (before[-1:] + after[:1])]
        return any(self.clues.plan_words.fullmatch(w) for w in near if w)

    def __call__(self, span: Span) -> bool:
        """No deadline word just before the date and no nearer future word in its sentence."""
        return not self._deadline(span, self.clues.future_before) and not self._future(span)


# Marks that set a reported clause off from its attribution (", he said", '," he said').
_ATTRIBUTION_MARKS = ',"”»'

# Quotation marks that open and close a quotation in running text (straight quotes pair by
# order of appearance).
_QUOTE_PAIRS = {"“": "”", "«": "»", '"': '"'}


def _quotations(text: str, sent: Span) -> list[tuple[int, int]]:
    """The closed quotations of sentence ``sent``: offsets of their insides, in order."""
    found: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    for i in range(sent.start, sent.end):
        c = text[i]
        if opened is None:
            if c in _QUOTE_PAIRS:
                opened = (i, _QUOTE_PAIRS[c])
        elif c == opened[1]:
            found.append((opened[0] + 1, i))
            opened = None
    return found


def _in_body(doc: Document, span: Span) -> bool:
    return not (doc.dateline is not None and doc.dateline.overlaps(span))


def _elapsed(
    doc: Document, past: _Past, dated: list[tuple[date, Span]]
) -> Iterator[tuple[date, Span]]:
    """ "A year later", "more than two years after ...": a past date plus the time elapsed.

    The date is the latest past date of the same sentence; the sentence must itself be a
    past report (the elapsed phrase is no nearer to a future word than to a past word).
    """
    clues = past.clues
    by_sentence: dict[int, tuple[date, Span]] = {}
    for when, span in dated:
        sent = past.sentence(span)
        if sent.start not in by_sentence or when > by_sentence[sent.start][0]:
            by_sentence[sent.start] = (when, span)
    for sent in doc.sentences:
        if sent.start not in by_sentence:
            continue
        for m in clues.elapsed.finditer(doc.text, sent.start, sent.end):
            span = Span(m.start(), m.end())
            if not past(span):
                continue
            when, _ = by_sentence[sent.start]
            years = clues.elapsed_years[m.group(0).casefold()]
            try:
                yield when.replace(year=when.year + years), span
            except ValueError:  # February 29 plus a number of years
                yield date(when.year + years, 3, 1), span


def _annual(
    doc: Document, past: _Past, dated: list[tuple[date, Span]]
) -> Iterator[tuple[date, Span]]:
    """ "Trade turnover reached $4.4 billion in 2023": a year's total is known only once
    the year is over, so the article is of a later year (its first day bounds it)."""
    clues = past.clues
    text = doc.text
    for when, span in dated:
        if span.end - span.start != 4 or not text[span.start : span.end].isdigit():
            continue  # a year alone, not a month or day of it
        before = text[max(0, span.start - 12) : span.start].casefold().split()
        if not before or before[-1] not in clues.annual_before:
            continue
        sent = past.sentence(span)
        if (
            clues.annual_nouns.search(text, sent.start, sent.end) is not None
            and clues.annual_verbs.search(text, sent.start, sent.end) is not None
        ):
            yield date(when.year + 1, 1, 1), span


def _apposed(doc: Document, past: _Past) -> Iterator[tuple[date, Span]]:
    """ "Last year, in 2022", "in 2023, two years ago": the year plus the years said to lie
    between it and the time of writing (a relative phrase is never dated on its own)."""
    clues = past.clues
    text = doc.text
    for m in clues.relative.finditer(text):
        lo, hi = max(0, m.start() - _APPOSED), min(len(text), m.end() + _APPOSED)
        for ym in _YEAR.finditer(text, lo, hi):
            between = text[min(ym.end(), m.end()) : max(ym.start(), m.start())]
            if not _APPOSITION.fullmatch(between) or not _in_body(doc, Span(*ym.span())):
                continue
            years = clues.relative_years[m.group(0).casefold()]
            yield date(int(ym.group(1)) + years, 1, 1), Span(m.start(), m.end())
            break


def _bounds(doc: Document, mentions: Sequence[DateMention]) -> Iterator[tuple[date, Span]]:
    """Every date the text reports as past (its earliest day) with the span that says so."""
    clues = _clues()
    past = _Past(doc, clues)
    covered: list[tuple[int, int]] = []
    dated: list[tuple[date, Span]] = []
    for m in mentions:
        covered.append((m.span.start, m.span.end))
        if m.anchor in clues.deadline_anchors or m.needs_reference or not _in_body(doc, m.span):
            continue
        if m.when is not None:
            start = m.when.start
        elif m.year is not None:
            start = date(m.year, m.month or 1, 1)
        else:
            continue
        if past.plan(m):
            continue
        if past(m.span) and not past.plan_name(m.span):
            dated.append((start, m.span))
    text = doc.text
    covered.sort()
    ends = [e for _, e in covered]
    for ym in _YEAR.finditer(text):
        span = Span(ym.start(), ym.end())
        i = bisect.bisect_left(ends, span.end)
        if (i < len(covered) and covered[i][0] <= span.start) or not _in_body(doc, span):
            continue  # a date mention above already judged this year
        after = text[ym.end() : ym.end() + 2]
        before = text[max(0, ym.start() - 12) : ym.start()]
        words = before.casefold().split()
        cue = before.endswith(("-", "(", ", ")) or (
            before.endswith(" ") and bool(words) and words[-1] in clues.year_cues
        )
        punct = not after or after[0] in ",.;:)\n"
        if (cue or punct) and past(span) and not past.plan_name(span) and not past.plan_year(span):
            dated.append((date(int(ym.group(1)), 1, 1), span))
    yield from dated
    yield from _annual(doc, past, dated)
    yield from _elapsed(doc, past, dated)
    yield from _apposed(doc, past)
    folded = _ascii_lower(text)
    for name, when in clues.landmarks:
        key = _ascii_lower(name)
        at = folded.find(key)
        while at >= 0:
            end = at + len(key)
            if not (at and folded[at - 1].isalnum()) and not folded[end : end + 1].isalnum():
                yield when, Span(at, end)
                break
            at = folded.find(key, at + 1)


def _copyright(doc: Document) -> tuple[int, Span | None] | None:
    """The year a copyright line of the article names ("© 2026 Trend News Agency"), with its
    span when the line is kept in the text (furniture lines are removed); None when there
    is none or lines name different years."""
    pattern = _clues().copyright
    found: list[tuple[int, Span | None]] = [
        (int(m.group(1)), Span(m.start(1), m.end(1))) for m in pattern.finditer(doc.text)
    ]
    for line in doc.removed:
        m = pattern.match(line)
        if m is not None:
            found.append((int(m.group(1)), None))
    if len({year for year, _ in found}) != 1:
        return None
    return max(found, key=lambda f: f[1] is not None)


def _years_after(day: date, years: int) -> date:
    """The last day of the year ``years`` after ``day``'s year."""
    return date(min(day.year + years, date.max.year), 12, 31)


def _fits(year: int, month: int, day_: int, weekday: int | None) -> date | None:
    """The day in ``year`` when it exists and falls on ``weekday`` (if given)."""
    try:
        day = date(year, month, day_)
    except ValueError:
        return None
    return day if weekday is None or day.weekday() == weekday else None


def _resolve_year(
    parts: Dateline, floor: date | None, ceiling: date | None = None, weekday: int | None = None
) -> int | None:
    """The year of a year-less dateline, or None when the clues do not settle it.

    With a floor: the earliest year, at most ``max_years_after_past`` after the floor's, whose
    day is on or after the floor (and before the ceiling) and on the weekday. With only a
    ceiling (an announced event the article precedes) and a weekday: the latest such year
    at most that many years before the ceiling.
    """
    month, dom = parts.month, parts.day
    if month is None or dom is None:
        return None
    span = _clues().max_years_after_past
    if weekday is None:
        weekday = parts.weekday
    if floor is not None:
        for year in range(floor.year, floor.year + span + 1):
            day = _fits(year, month, dom, weekday)
            if day is not None and day >= floor and (ceiling is None or day <= ceiling):
                return year
        return None
    if ceiling is None or weekday is None:
        return None
    for year in range(ceiling.year, ceiling.year - span - 1, -1):
        day = _fits(year, month, dom, weekday)
        if day is not None and day <= ceiling:
            return year
    return None


def _plan_start(
    doc: Document, mentions: Sequence[DateMention], past: _Past, ranges: bool = True
) -> int | None:
    """The first year of the earliest plan period the text names ("a roadmap for 2023-2025",
    "the plan ... for 2020"; only one-year plans unless ``ranges``), if any."""
    starts = [
        m.when.start.year
        for m in mentions
        if m.when is not None
        and _in_body(doc, m.span)
        and (ranges or m.kind is not DateKind.RANGE)
        and past.plan(m)
    ]
    return min(starts, default=None)


def _lead_weekday(doc: Document, mentions: Sequence[DateMention], past: _Past) -> int | None:
    """The weekday a past report's lead sentence names ("arrived on Sunday"), if only one.

    Wire reports date their news by weekday in the lead; it is the dateline's day.
    """
    # the lead is the first sentence after the dateline (a standfirst may stand above it)
    after = doc.dateline.start if doc.dateline is not None else 0
    lead = next((s for s in doc.sentences if s.start >= after), None)
    if lead is None:
        return None
    days = {
        m.weekday
        for m in mentions
        if m.weekday is not None
        and m.when is None
        and lead.contains(m.span)
        and m.rule == "weekday"
        and m.anchor is None
        and len(m.text.split()) == 1  # "on Tuesday", not "last Tuesday"
        and past(m.span)
    }
    return days.pop() if len(days) == 1 else None


def _ceiling(doc: Document, mentions: Sequence[DateMention], past: _Past) -> date | None:
    """The earliest dated event (to the month or day) the text announces in the future."""
    found = [
        m.when.start
        for m in mentions
        if m.when is not None
        and m.month is not None
        and m.anchor is None
        and _in_body(doc, m.span)
        and not past(m.span)
    ]
    return min(found, default=None)


def infer_published(
    doc: Document, mentions: Sequence[DateMention]
) -> tuple[FuzzyDate | None, DateSource, Span | None]:
    """The publication date, how it was obtained, and the span that shows it.

    ``mentions`` are the document's date mentions found without a reference date.
    """
    # a dateline kept in the text, or a byline stamp removed from it (no span to show then)
    parts = doc.dateline_parts
    if parts is not None and parts.month and parts.year:
        if parts.day is None:
            return FuzzyDate.month(parts.year, parts.month), DateSource.DATELINE, doc.dateline
        try:
            day = date(parts.year, parts.month, parts.day)
        except ValueError:
            day = None
        titled = (
            doc.dateline is not None
            and doc.title_span is not None
            and doc.title_span.contains(doc.dateline)
        )
        if day is not None and titled and any(b > day for b, _ in _bounds(doc, mentions)):
            # a date closing a headline ("Black January, 20 January 1990") may be the
            # subject's: the text reporting something later as past says so
            day = None
        if day is not None:
            return FuzzyDate.day(day), DateSource.DATELINE, doc.dateline
        parts = None if titled else parts
    latest: tuple[date, Span] | None = None
    # the latest past date that is not the start of a state lasting to the time of writing
    # ("fighting since 1988"): how recent the news is
    ongoing = {m.span for m in mentions if m.anchor in _clues().ongoing_anchors}
    news: date | None = None
    for bound in _bounds(doc, mentions):
        if latest is None or bound[0] > latest[0]:
            latest = bound
        if bound[1] not in ongoing and (news is None or bound[0] > news):
            news = bound[0]
    mark = _copyright(doc)
    recent = _clues().max_years_after_past
    if doc.dateline is not None and parts is not None and parts.year is None:
        floor = latest[0] if latest else None
        if mark is not None and parts.month is not None and parts.day is not None:
            # the copyright year, unless the text reports something later as past or only
            # things long before it (a site's footer year on an old story)
            day = _fits(mark[0], parts.month, parts.day, parts.weekday)
            if (
                day is not None
                and (floor is None or floor <= day)
                and (news is None or day <= _years_after(news, recent))
            ):
                return FuzzyDate.day(day), DateSource.DATELINE, doc.dateline
        past = _Past(doc, _clues())
        plan = _plan_start(doc, mentions, past)
        if plan is not None:
            # a plan for a period is adopted in the year before it or early in it: a weekday
            # to match picks one of the two ("signed the plan ... for 2020" on Tuesday, Nov
            # 19 is 2019); without one a one-year plan ("the exercise was held under the plan
            # for 2018") is the floor, as any past year, and a plan period is no clue
            weekday = parts.weekday
            if weekday is None:
                weekday = _lead_weekday(doc, mentions, past)
            lo = max(floor or date.min, date(plan - 1, 1, 1))
            year = _resolve_year(parts, lo, date(plan, 12, 31), weekday) if weekday else None
            if year is not None and parts.month is not None and parts.day is not None:
                found = date(year, parts.month, parts.day)
                return FuzzyDate.day(found), DateSource.DATELINE, doc.dateline
            single = _plan_start(doc, mentions, past, ranges=False)
            if single is not None:
                floor = max(floor or date.min, date(single, 1, 1))
        ceiling = _ceiling(doc, mentions, past)
        if ceiling is not None and floor is not None and ceiling < floor:
            ceiling = None  # the clues disagree: trust what the text reports as past
        lead = _lead_weekday(doc, mentions, past) if parts.weekday is None else None
        # Strongest clues first; a clue that leaves no year is dropped, the floor never is.
        tries = [(ceiling, lead), (ceiling, None), (None, lead), (None, None)]
        year = None
        for top, weekday in dict.fromkeys(tries):
            year = _resolve_year(parts, floor, top, weekday)
            if year is not None:
                break
        if year is not None and parts.month is not None and parts.day is not None:
            found = date(year, parts.month, parts.day)
            return FuzzyDate.day(found), DateSource.DATELINE, doc.dateline
    # a dateline's day that no year fits contradicts a removed footer's year too
    dated = doc.dateline is not None and parts is not None and parts.day is not None
    if (
        mark is not None
        and (mark[1] is not None or not dated)
        and (latest is None or latest[0].year <= mark[0])
        and (news is None or mark[0] <= news.year + recent)
    ):
        # a copyright line's year ("Copyright 1997 The Associated Press" under "MOSCOW (AP)
        # _ ..."), never before what the text reports nor long after it; a line removed as
        # furniture leaves no span to show
        return FuzzyDate.year(mark[0]), DateSource.INFERRED, mark[1]
    if latest is not None:
        later = _yearless_after(doc, mentions, latest[0])
        if later is not None:
            return FuzzyDate.year(latest[0].year + 1), DateSource.INFERRED, later
        return FuzzyDate.year(latest[0].year), DateSource.INFERRED, latest[1]
    return None, DateSource.NONE, None


def _yearless_after(doc: Document, mentions: Sequence[DateMention], floor: date) -> Span | None:
    """A story told in year-less days or months ("On June 27, police ...; on July 1 ...") that fall
    earlier in the calendar year than the latest full date reported as past ("the crash on
    December 25, 2024"): those days come after it, in the next year, and so does the article.
    The span of the latest such day, or None when most year-less days fit the floor's year (a
    follow-up "on December 28" does)."""
    past = _Past(doc, _clues())
    days = [
        m
        for m in mentions
        if m.year is None
        and m.month is not None
        and m.weekday is None
        and m.anchor is None
        and _in_body(doc, m.span)
        and past(m.span)
    ]
    before = [m for m in days if (m.month, m.day or 1) < (floor.month, floor.day)]
    if len(before) <= len(days) - len(before):
        return None  # most year-less days fit the floor's year ("on December 28")
    return max(before, key=lambda m: (m.month or 0, m.day or 0)).span
