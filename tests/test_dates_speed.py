"""The fast paths of the date finder give exactly what the plain, slow forms give."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz._dates import _BOUNDARY, _rule_matches
from rusaz._dates_lex import _alt, _firsts, date_lexicon, date_patterns, fold, mid_word_the


def _plain_matches(text: str) -> list[tuple[int, int, int]]:
    """Every rule's ``finditer`` over the whole text: the reference the index must equal."""
    return sorted(
        (i, m.start(), m.end())
        for i, (_, rx) in enumerate(date_patterns().rules)
        for m in rx.finditer(text)
    )


def _indexed_matches(text: str) -> list[tuple[int, int, int]]:
    return sorted((i, m.start(), m.end()) for i, m in _rule_matches(text))


def _vocabulary() -> list[str]:
    lex = date_lexicon()
    words = [
        *lex.months,
        *lex.abbreviations,
        *lex.weekdays,
        *lex.seasons,
        *lex.numbers,
        *lex.parts,
        *lex.relative_days,
        *lex.modifiers,
        *lex.units,
        *lex.year_suffixes,
    ]
    return sorted(set(words))


# Pieces of news-like text around dates, and characters that case-insensitive matching or
# lower-casing treat specially (dotless i, long s, Kelvin sign, dotted capital I, sigma).
_PIECES = st.one_of(
    st.sampled_from(_vocabulary()),
    st.sampled_from(
        [
            "the",
            "The",
            "THE",
            "bathe",
            "of",
            "in",
            "ago",
            "years",
            "weekend",
            "over",
            "at",
            "months",
        ]
    ),
    st.sampled_from(["2019", "1990s", "14", "3rd", "12.11.2022", "2024-05-01", "2018-2020"]),
    st.sampled_from(["ı", "İ", "ſ", "\u212a", "Σ", "ς", "_", "-", ".", ",", "/", "'"]),
    st.text(alphabet="aeıİſstThHkK0123456789", min_size=1, max_size=6),
)
_SEPARATORS = st.sampled_from([" ", "  ", "\n", "-", ", ", "", " of ", " the "])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=14))
    words = []
    for word, sep in pieces:
        if draw(st.booleans()):
            word = word.upper() if draw(st.booleans()) else word.capitalize()
        words.append(word + sep)
    return "".join(words)


@given(_texts())
def test_indexed_rules_find_what_a_full_scan_finds(text: str) -> None:
    """Trying rules only where their words start finds every match of a full scan."""
    assert _plain_matches(text) == _indexed_matches(text)


@pytest.mark.parametrize(
    "text",
    [
        "He will bathe 5 May and clothe 6 June.",  # "the" ending a word starts a date
        "On Thursday, 5 May 2022, in the spring of 2021 and two years ago.",
        "early 2025, mid-October, the first six months of this year, Q3 2024",
        "yanvarın 5, 5 января 2020 года, 2018-ci il, МАЯ 2019",
        "thıs year, ſpring 2020, \u212aelvin, İlham, the day before yesterday",
        "between 2018 and 2020, 1990s, 12.11.2022, 2024-05-01",
        "twenty-five years ago, a couple of days ago, the first six months of last year",
        "over the weekend, earlier this month, last Tuesday, the day after tomorrow",
    ],
)
def test_indexed_rules_on_written_examples(text: str) -> None:
    """Each written phenomenon gives the same matches through the index as by a full scan."""
    assert _plain_matches(text) == _indexed_matches(text)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_fold_keeps_offsets(text: str) -> None:
    """Folding never changes the length of a text (offsets stay valid)."""
    assert len(text) == len(fold(text))


def test_fold_covers_case_insensitive_equivalents() -> None:
    """Every character that ``re`` equates with an ASCII letter folds to that letter."""
    letters = re.compile("(?i)[a-z]")
    found = [
        chr(c)
        for c in range(128, sys.maxunicode + 1)
        if letters.fullmatch(chr(c)) and not fold(chr(c)).isascii()
    ]
    assert [] == found


_ROOT = Path(__file__).resolve().parents[1]
_ARTICLES = sorted(
    p
    for d in ("seeds", "tests/data/articles", "tests/data/heldout", "tests/data/reader")
    for p in (_ROOT / d).rglob("*.txt")
)


@pytest.mark.parametrize("path", _ARTICLES, ids=lambda p: p.name)
def test_indexed_rules_on_repository_articles(path: Path) -> None:
    """On every article of the repository the index finds what a full scan finds."""
    text = path.read_text(encoding="utf-8", errors="replace")
    assert _plain_matches(text) == _indexed_matches(text)


def test_indexed_rules_on_the_date_cases() -> None:
    """On every sentence of the date case file the index finds what a full scan finds."""
    lines = (_ROOT / "tests/data/dates.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    assert [_plain_matches(t) for t in texts] == [_indexed_matches(t) for t in texts]


_MID_THE = re.compile(r"t(?<=\wt)he(?=\s{1,3}[0-9])")


@given(st.text(alphabet="the_x5 \t\u00a0", max_size=16))
def test_mid_word_the_found_from_the_number(text: str) -> None:
    """ "the" ending a word before a number is found from the number as by its pattern."""
    numbers = [
        q for q, ch in enumerate(text) if ch.isdigit() and re.match(r"\w", text[q - 1 : q]) is None
    ]
    expected = {m.start() for m in _MID_THE.finditer(text)}
    assert expected == {mid_word_the(text, q) for q in numbers} - {None}


_BEFORE = st.lists(
    st.sampled_from(
        [*date_lexicon().anchors, "the", "The", "x", "-", " ", "   ", "\n", "\t", "no", "as"]
    ),
    max_size=8,
).map(" ".join)


@given(_BEFORE, st.sampled_from(["", " ", "  ", "   ", "\n", " \n"]))
def test_anchor_searched_in_its_reach_only(before: str, tail: str) -> None:
    """Searching the anchor pattern only within its reach of the end finds the same anchor."""
    text = before + tail
    pats = date_patterns()
    expected = pats.anchor.search(text)
    found = pats.anchor.search(text, max(0, len(text) - pats.anchor_reach))
    assert (expected and expected.span()) == (found and found.span())


def _plain_tense_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The tense patterns in their plain form: a look-ahead and look-behind everywhere."""
    lex = date_lexicon()
    s = r"\s{1,3}"
    future = re.compile(
        rf"(?=[{_firsts(lex.future, ci=True)}])"
        rf"(?i:(?<!\w)(?:will|shall|would|to|'ll){s}(?:not{s})?be{s}[a-z]+"
        rf"|(?<!\w)(?:{_alt(lex.future)})(?!\w))"
    )
    past = re.compile(
        rf"(?=[{_firsts(lex.past, ci=True)}a-z])"
        rf"(?i:(?<!\w)(?:{_alt(lex.past)})(?!\w))|(?<!\w)[a-z]{{2,}}ed(?!\w)"
    )
    return future, past


_CLAUSES = st.lists(
    st.one_of(
        st.sampled_from([*date_lexicon().future, *date_lexicon().past]),
        st.sampled_from(["be", "not", "held", "Signed", "visited", "ed", "TO", "Will"]),
        st.sampled_from(["ı", "İ", "ſ", "\u212a", "'", "-", "_", "x", "\n", "  ", "."]),
        st.text(alphabet="abdeısſKkl'", min_size=1, max_size=5),
    ),
    max_size=10,
).map(" ".join)


@given(_CLAUSES)
def test_tense_patterns_match_as_their_plain_forms(text: str) -> None:
    """The factored tense patterns find the markers their plain forms find."""
    future, past = _plain_tense_patterns()
    pats = date_patterns()
    assert [m.span() for m in future.finditer(text)] == [
        m.span() for m in pats.future.finditer(text)
    ]
    assert [m.span() for m in past.finditer(text)] == [m.span() for m in pats.past.finditer(text)]


@pytest.mark.parametrize("path", _ARTICLES, ids=lambda p: p.name)
def test_tense_patterns_on_repository_articles(path: Path) -> None:
    """On every article of the repository the tense patterns find what their plain forms do."""
    text = path.read_text(encoding="utf-8", errors="replace")
    pats = date_patterns()
    for plain, fast in zip(_plain_tense_patterns(), (pats.future, pats.past), strict=True):
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


@given(st.text(alphabet=st.sampled_from(list('.!?;\n \tAa"“«(x')), max_size=24))
def test_boundary_pattern_opening_with_its_class(text: str) -> None:
    """The sentence-boundary pattern finds what its plain two-branch form finds."""
    plain = re.compile(r"[.!?;]\s+(?=[A-Z\"“«(])|\n")
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in _BOUNDARY.finditer(text)]


def test_fold_keeps_length_and_word_characters_of_every_character() -> None:
    """Folding maps every character to one character, a word character to a word character."""
    word = re.compile(r"\w")
    changed = []
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        low = fold(ch)
        if len(low) != 1 or (word.match(ch) is None) != (word.match(low) is None):
            changed.append(hex(c))
    assert [] == changed
