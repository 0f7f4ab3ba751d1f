"""Properties of the sentence cues of the event extractor: quotations, questions, transcript
turns, postponements and the new modality cues, on generated news sentences."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

import rusaz
from rusaz import EventKind, FuzzyDate, Modality
from rusaz._extract.events import _asks, _quotations
from rusaz._model import Span

PUBLISHED = FuzzyDate.parse("2024-05-20")
WORDS = st.sampled_from(
    ["Lavrov", "met", "Bayramov", "in", "Baku", "on", "Monday", "the", "talks", "said", "will"]
)
MARKS = st.sampled_from(['"', "\u201c", "\u201d", "``", "''", "?", ",", "."])
SENTENCE = st.lists(st.one_of(WORDS, MARKS), min_size=1, max_size=25).map(" ".join)


@given(SENTENCE)
def test_quotations_are_ordered_disjoint_spans_of_the_sentence(text: str) -> None:
    """Quoted stretches lie inside the sentence, in order, without overlap."""
    sentence = Span(0, len(text))
    spans = _quotations(text, sentence)
    assert all(0 <= q.start < q.end <= len(text) for q in spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


@given(SENTENCE)
def test_a_question_ends_in_a_question_mark(text: str) -> None:
    """A sentence asks exactly when its last mark, closing quotes and brackets aside, is '?'."""
    expected = text.rstrip().rstrip("\"\u201d'\u2019\u00bb)] ").endswith("?")
    assert expected == _asks(text, Span(0, len(text)))


MOVED = st.tuples(
    st.sampled_from(["meeting of the commission", "visit of Lavrov", "talks with Lavrov"]),
    st.sampled_from(["June", "July", "August"]),
    st.sampled_from(["moved to", "postponed until", "postponed to"]),
    st.sampled_from(["September", "October", "November"]),
)


@given(MOVED)
def test_a_postponed_event_is_planned_for_its_new_month(case: tuple[str, str, str, str]) -> None:
    """ "The X, planned for A, was moved to B": some event is planned in B, none in A."""
    event, old, verb, new = case
    text = f"The {event}, which had been planned for {old}, was {verb} {new}."
    article = rusaz.parse_text(text, published=PUBLISHED)
    planned = [
        e
        for e in article.events
        if e.modality is Modality.PLANNED and e.kind is not EventKind.OTHER
    ]
    months = {str(e.when) for e in planned}
    assert months
    assert all(m.endswith(f"-{_month(new):02d}") for m in months)


def _month(name: str) -> int:
    return ["June", "July", "August", "September", "October", "November"].index(name) + 6
