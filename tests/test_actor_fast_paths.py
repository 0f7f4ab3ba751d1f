"""The fast paths of actor recognition give exactly what the plain regex scan gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rusaz._extract._names import patterns
from rusaz._extract.actors import _lower_reference_matches

# pieces that make the phrases, their near misses and the characters that fold case oddly
PIECES = [
    "intergovernmental commission",
    "Intergovernmental Commission",
    "INTERGOVERNMENTAL COMMISSION on economic cooperation",
    "russian-azerbaijani intergovernmental commission",
    "intergovernmental commissions",
    "the ",
    " ",
    ", ",
    "-",
    "İ",
    "ı",
    "ſ",
    "K",
    "é",
    "commission",
    "intergovernmental",
    "x",
]


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_lower_references_equal_the_full_scan(text: str) -> None:
    """Trying the lower-case reference pattern only where a phrase starts finds exactly the
    matches (spans and texts) of ``finditer`` over the whole text."""
    pattern = patterns().lower_references
    assert pattern is not None
    expected = [(m.span(), m.group(0)) for m in pattern.finditer(text)]
    assert expected == [(m.span(), m.group(0)) for m in _lower_reference_matches(pattern, text)]
