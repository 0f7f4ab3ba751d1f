"""The fast forms of the reader's patterns find exactly what the plain forms find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from rusaz._text import _STOP

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
