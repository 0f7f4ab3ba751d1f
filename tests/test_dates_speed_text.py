"""The fast forms of the reader's and the publication date's patterns equal the plain forms."""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz._published import _CASE_EXTRA, _YEAR, _alternation, _ascii_lower, _Phrases
from rusaz._text import _BREAKS, _DROP, _GLUED_S, _STOP

# The plain form: a look-behind tried at every position of the text.
_PLAIN_STOP = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?= )")
_SPACES = re.compile(r"[^\S\n]+")

_LINES = st.text(alphabet=st.sampled_from(list("ab .!?…\"'”’»)] \t\u00a0\u2009")), max_size=30)


@given(_LINES)
def test_stop_pattern_opening_with_a_stop_finds_the_same_runs(line: str) -> None:
    """The stop runs found from their first stop are those the look-behind form finds."""
    expected = [m.span() for m in _PLAIN_STOP.finditer(line)]
    assert expected == [m.span() for m in _STOP.finditer(line)]


@given(_LINES)
def test_split_join_collapses_white_space_like_the_regex(line: str) -> None:
    """Joining a line's words with one space equals collapsing runs of spaces and stripping."""
    assert _SPACES.sub(" ", line).strip() == " ".join(line.split())


_PLAIN_YEAR = re.compile(r"(?<![\w.,])(1[89]\d\d|20\d\d)(?!\d)")
_NUMBERS = st.text(alphabet=st.sampled_from(list("0112289 .,a-_\n")), max_size=30)


@given(_NUMBERS, st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=30))
def test_year_pattern_opening_with_a_digit_finds_the_same_years(
    text: str, lo: int, hi: int
) -> None:
    """The year pattern finds the years (and windows of the text) the look-behind form finds."""
    expected = [(m.span(), m.group(1)) for m in _PLAIN_YEAR.finditer(text, lo, hi)]
    assert expected == [(m.span(), m.group(1)) for m in _YEAR.finditer(text, lo, hi)]


_ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(), st.sampled_from(["\ud800", "\udcff", "\ud83d", "İ", "K", "ß"])
    ),
    max_size=30,
)


@given(_ANY_TEXT)
def test_ascii_lower_equals_translating_the_ascii_capitals(text: str) -> None:
    """Lower-casing through UTF-8 bytes changes the ASCII capitals and nothing else."""
    table = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
    assert text.translate(table) == _ascii_lower(text)


def _plain_alternation(words: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.I)


_WORD_LISTS = [
    ["will", "would", "going to", "is to", "to be held", "next year", "plan", "plans"],
    ["this year", "last year", "a year ago", "two years ago", "ten years ago"],
    ["a year later", "more than a year", "over two years", "two years after"],
    ["s", "si", "sk", "ki", "is", "iks"],  # letters with extra case-insensitive forms
]
_WORDY = st.lists(
    st.one_of(
        st.sampled_from([w for ws in _WORD_LISTS for w in ws]),
        st.sampled_from(["WILL", "Years", "ı", "İ", "ſ", "\u212a", "-", "_", "x", " ", ", "]),
    ),
    max_size=10,
).map("".join)


@given(st.sampled_from(_WORD_LISTS), _WORDY, st.integers(0, 40), st.integers(0, 80))
def test_fast_alternation_matches_as_the_plain_one(
    words: list[str], text: str, lo: int, hi: int
) -> None:
    """The factored alternation and the phrase finder match exactly where the plain one does."""
    plain = [m.span() for m in _plain_alternation(words).finditer(text, lo, hi)]
    assert plain == [m.span() for m in _alternation(words).finditer(text, lo, hi)]
    assert plain == [m.span() for m in _Phrases(words).finditer(text, lo, hi)]
    whole = _plain_alternation(words).fullmatch(text.strip())
    assert (whole is None) == (_alternation(words).fullmatch(text.strip()) is None)


def test_case_extras_are_every_other_form_of_an_ascii_letter() -> None:
    """The extra case-insensitive forms listed are all the non-ASCII forms ``re`` accepts."""
    any_letter = re.compile("(?i)[a-z]")
    found: dict[str, str] = {}
    for c in range(128, sys.maxunicode + 1):
        if any_letter.fullmatch(chr(c)):
            for letter in string.ascii_lowercase:
                if re.fullmatch(f"(?i:{letter})", chr(c)):
                    found[letter] = found.get(letter, "") + chr(c)
    assert _CASE_EXTRA == found


@given(st.text(alphabet=st.sampled_from(list("ab1_s\" 'Şş")), max_size=24))
def test_glued_quote_pattern_opening_with_the_quote(line: str) -> None:
    """The glued-quote pattern opening with the quote finds what the look-behind form finds."""
    plain = re.compile(r'(?<=[^\W\d_])"(?=s(?![^\W\d_]))')
    assert [m.span() for m in plain.finditer(line)] == [m.span() for m in _GLUED_S.finditer(line)]


def test_breaks_and_dropped_characters_are_unprintable() -> None:
    """A text printable but for its newlines holds nothing clean converts or drops."""
    found = [
        hex(c)
        for c in range(sys.maxunicode + 1)
        if (_BREAKS.fullmatch(chr(c)) or _DROP.fullmatch(chr(c))) and chr(c).isprintable()
    ]
    assert [] == found


@pytest.mark.parametrize("words", _WORD_LISTS)
def test_fast_alternation_fullmatches_as_the_plain_one(words: list[str]) -> None:
    """A whole word, in any case, is a full match of both forms; a longer text of neither."""
    tries = [v for w in words for v in (w, w.upper(), w.title(), w + "s", w + " x", "x" + w)]
    plain, fast = _plain_alternation(words), _alternation(words)
    expected = [plain.fullmatch(t) is not None for t in tries]
    assert expected == [fast.fullmatch(t) is not None for t in tries]
