"""The event stage's fast paths give what the plain ways give: the trigger index against one
``finditer`` per trigger, on example and generated sentences."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz._extract._clauses import clauses_of, sentences_of
from rusaz._extract._events_lex import (
    CASE_FOLD,
    KEY_LENGTH,
    AnyOf,
    Folded,
    WordIndex,
    Words,
    _Unindexable,
    agreement_lexicon,
    event_lexicon,
    first_word_keys,
    may_search,
    required_literals,
    search,
    second_word_keys,
)
from rusaz._extract.events import _matches, _matches_slow
from rusaz._model import Span
from rusaz._text import clean, segment


def test_case_fold_lists_every_non_ascii_equivalent() -> None:
    """The non-ASCII characters case-insensitive matching equates with ASCII word characters
    are exactly those the index folds."""
    every = "".join(chr(c) for c in range(0x80, 0x110000))
    found = set(re.findall(r"[a-z0-9_]", every, re.I))
    assert found == {chr(c) for c in CASE_FOLD}


def test_folded_lower_case_keeps_length_and_words() -> None:
    """Folded to lower case, every character stays one character and keeps being (or not
    being) a word character, so word offsets hold in the folded text."""
    every = "".join(chr(c) for c in range(0x110000))
    low = every.translate(CASE_FOLD).lower()
    assert len(every) == len(low)
    assert [m.span() for m in re.finditer(r"\w+", every)] == [
        m.span() for m in re.finditer(r"\w+", low)
    ]


@pytest.mark.parametrize(
    ("branch", "keys"),
    [
        (r"\bvisited\b", {"visi"}),
        (r"\bmet\b", {"met"}),
        (r"\bin a conversation with\b", {"in"}),
        (r"\b(?:tele)?phone (?:call|talks?)\b", {"tele", "phon"}),
        (r"\bre-?election\b", {"re", "reel"}),
        (r"\bair ?strikes?\b", {"air", "airs"}),
        (r"\bemphasi[sz]ed\b", {"emph"}),
        (r"\bmeets?\b(?=\s+(?-i:[A-Z]))", {"meet"}),
        (r"\bvisits?\b(?=(?:\s+\S+){0,2}?\s+(?:to|of)\b)", {"visi"}),
        (r"\bmark(?:s|ed)? the (?P<n>\d+)(?:st|nd|rd|th) anniversary\b", {"mark"}),
        (r"\b(?:Order|Medal) (?:of|for)\b", {"orde", "meda"}),
    ],
)
def test_first_word_keys(branch: str, keys: set[str]) -> None:
    """A branch is keyed by the first characters of each word it can start with."""
    assert frozenset(keys) == first_word_keys(branch)


@pytest.mark.parametrize(
    ("branch", "after"),
    [
        (r"\bthe speech of\b", {"the": {"spee"}}),
        (r"\bin a conversation with\b", {"in": {"a"}}),
        (
            r"\b(?:has been|was) (?:widely )?celebrated\b",
            {"has": {"been"}, "was": {"wide", "cele"}},
        ),
        (
            r"\b(?:tele)?phone (?:call|talks?)\b",
            {"tele": {"call", "talk"}, "phon": {"call", "talk"}},
        ),
        (r"\bmet\b", {"met": None}),  # nothing follows
        (r"\bvisits?\b(?=\s+to)", {"visi": None}),  # a space of any kind
        (r"\bthe (?:\S+ )?visit\b", {"the": None}),  # any word
    ],
)
def test_second_word_keys(branch: str, after: dict[str, set[str] | None]) -> None:
    """A branch whose first word is followed by a space and a literal word names the keys
    the next word must have."""
    expected = {k: None if v is None else frozenset(v) for k, v in after.items()}
    assert expected == second_word_keys(branch)


@pytest.mark.parametrize(
    "branch",
    [
        r"(?:'s|’s) visits?\b",  # starts with punctuation
        r"visited",  # no \b: may start inside a word
        r"\b(?:\S+ )?visit\b",  # starts with any word
        r"\bin",  # a short word that may go on
        r"\b[a-z]+ed\b",  # a range
        r"\b(?i:x)yz\b",  # a flag group
        r"\bvis(it",  # unbalanced
    ],
)
def test_unindexable_branches(branch: str) -> None:
    """Branches the reader cannot key are refused (they stay in the union pattern)."""
    with pytest.raises(_Unindexable):
        first_word_keys(branch)


def test_key_length_and_index_built() -> None:
    """The bundled triggers are indexed, keys no longer than KEY_LENGTH and all ASCII."""
    index = event_lexicon().trigger_index
    assert index is not None
    assert all(len(k) <= KEY_LENGTH and k.isascii() and k == k.lower() for k in index.first_words)


def test_index_keeps_unindexable_branches_in_the_union() -> None:
    """A trigger with a branch the index cannot key is still found by that branch."""
    patterns = [re.compile(r"\bvisits?\b|(?:'s|’s) visits?\b", re.I), re.compile(r"\bmet\b", re.I)]
    index = WordIndex.build(patterns)
    assert index is not None
    text = "Putin’s visit; Aliyev met him; the visits."
    assert {0: [5, 8, 35], 1: [22]} == index.scan(Words(text)).starts(0, len(text))


WORDS = sorted(
    {
        w
        for t in event_lexicon().triggers
        for w in re.findall(r"[A-Za-z]+", t.pattern.pattern)
        if len(w) > 1
    }
    | {"Putin", "Aliyev", "Baku", "Moscow", "İstanbul", "ſigned", "Kelvin", "Şuşa", "the"}
)
WORD = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(str.upper),
    st.sampled_from(WORDS).map(str.title),
    st.text(alphabet="aeiknorstyİıſK’", min_size=1, max_size=4),
)
GAP = st.sampled_from([" ", " ", " ", ", ", ". ", "'s ", "’s ", ' "', "-", " (", ") ", " 50th "])
SENTENCES = st.lists(st.tuples(WORD, GAP).map("".join), min_size=2, max_size=25).map("".join)


@given(SENTENCES)
def test_indexed_matches_equal_one_scan_per_trigger(text: str) -> None:
    """Trigger matches through the index equal those of one ``finditer`` per trigger."""
    inner = Span(min(3, len(text)), max(min(3, len(text)), len(text) - 2))
    for span in (Span(0, len(text)), inner):
        assert _matches_slow(text, span) == _matches(text, span)


@pytest.mark.parametrize(
    "text",
    [
        "PUTIN'S VISIT TO BAKU ENDED.",  # upper case
        "Putin’s visit to Baku and Aliyev's visits to Moscow.",  # a branch led by punctuation
        "The Presidents Met In Sochi And Held Talks.",  # title case
        "Aliyev ſigned the decree and marKed the 50th anniversary.",  # long s, Kelvin sign
        "İn a conversation with Putin, he telephoned Pashinyan.",  # dotted capital I
        "The re-election, the reelection and the airstrikes after air strikes.",
        "A 24-hour operation; troops left; they spoke by telephone over the phone.",
        "Aliyev visited Moscow, visiting the Kremlin, and met\nPutin.",
        "revisited, premeeting, unsigned, telephonedx",  # inside or past a word
        "In  a conversation, the  speech of, the speech",  # two spaces; a cut second word
        "The Speech Of the president; IN A CONVERSATION WITH him; has  been celebrated",
    ],
)
def test_indexed_matches_on_examples(text: str) -> None:
    """Case, folded letters and word edges: the index finds what one scan per trigger finds."""
    for span in (Span(0, len(text)), Span(1, len(text) - 1)):
        assert _matches_slow(text, span) == _matches(text, span)


def test_indexed_matches_on_the_test_articles() -> None:
    """On every sentence of the test articles the index finds what one scan per trigger finds."""
    for path in sorted((Path(__file__).parent / "data" / "articles").glob("*.txt")):
        doc = segment(*clean(path.read_text(encoding="utf-8")))
        for sentence in sentences_of(doc):
            assert _matches_slow(doc.text, sentence) == _matches(doc.text, sentence)


def _plain(patterns: tuple[re.Pattern[str], ...], text: str) -> list[tuple[int, list[Span]]]:
    """Each pattern's ``finditer`` spans over the whole text (patterns without a match left out)."""
    found = [(i, [Span(*m.span()) for m in p.finditer(text)]) for i, p in enumerate(patterns)]
    return [(i, spans) for i, spans in found if spans]


def _indexed(
    index: WordIndex | None, patterns: tuple[re.Pattern[str], ...], text: str
) -> list[tuple[int, list[Span]]]:
    """The same through the index."""
    assert index is not None
    found = index.scan(Words(text)).finditer(patterns, 0, len(text))
    return [(i, [Span(*m.span()) for m in ms]) for i, ms in found]


@given(SENTENCES)
def test_index_finditer_equals_finditer(text: str) -> None:
    """The index gives each trigger and document head the matches its ``finditer`` gives."""
    ev, ag = event_lexicon(), agreement_lexicon()
    assert _plain(ev.trigger_patterns, text) == _indexed(
        ev.trigger_index, ev.trigger_patterns, text
    )
    assert _plain(ag.head_patterns, text) == _indexed(ag.head_index, ag.head_patterns, text)


def test_index_finditer_on_the_test_articles() -> None:
    """On the test articles the index gives each document head its ``finditer`` matches."""
    ag = agreement_lexicon()
    for path in sorted((Path(__file__).parent / "data" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _plain(ag.head_patterns, text) == _indexed(ag.head_index, ag.head_patterns, text)


def test_index_finditer_lets_finditer_handle_empty_matches() -> None:
    """A pattern that matches empty text gets exactly what its ``finditer`` gives."""
    patterns = (re.compile(r"\bvisits?\b|(?=x)", re.I),)
    index = WordIndex.build(patterns)
    text = "visit xx visits"
    assert _plain(patterns, text) == _indexed(index, patterns, text)


def _cue_lists() -> list[AnyOf]:
    """Every joined list of cues of the trigger lexicon."""
    lex = event_lexicon()
    lists = [lex.collective_any, lex.roles_any]
    return lists + [a for _, before, after in lex.modality_any for a in (before, after)]


@given(SENTENCES, st.integers(min_value=0, max_value=10))
def test_any_of_equals_searching_each(text: str, cut: int) -> None:
    """One search of a joined cue list finds a cue exactly when one of its patterns does."""
    for cues in _cue_lists():
        expected = any(p.search(text, cut, len(text) - cut) for p in cues.patterns)
        assert expected == cues.search(text, cut, len(text) - cut)
        in_slice = any(p.search(text[cut : len(text) - cut]) for p in cues.patterns)
        assert in_slice == cues.search_slice(Folded(text), cut, len(text) - cut)
        assert in_slice == cues.search_slice(text, cut, len(text) - cut)


@pytest.mark.parametrize(
    ("patterns", "joined"),
    [
        ([r"\bnot\b", r"\bnever\b"], True),
        ([r"(?P<n>\d+) days", r"(?P<n>\d+) weeks"], False),  # clashing group names
        ([r"(a)\1", r"b"], False),  # a numbered reference
        ([], False),
    ],
)
def test_any_of_joins_only_what_it_can(patterns: list[str], joined: bool) -> None:
    """Cue lists are joined into one pattern only when the union means the same."""
    cues = AnyOf.of([re.compile(p, re.I) for p in patterns])
    assert joined == (cues.union is not None)
    for text in ("it did not happen", "12 days or 3 weeks", "aa b", ""):
        assert any(re.search(p, text, re.I) for p in patterns) == cues.search(text)


@pytest.mark.parametrize(
    "text",
    ["", "  ", "Putin met Aliyev.", "İSTANBUL ſigned; KELVIN ΣΟΦΟΣ x_y 24-hour", "...end"],
)
def test_words_are_the_word_runs(text: str) -> None:
    """Words lists every ``\\w+`` run with its offsets and its folded first characters."""
    words = Words(text)
    runs = list(re.finditer(r"\w+", text))
    assert [m.start() for m in runs] == words.starts
    assert [m.end() for m in runs] == words.ends
    folded = [m.group()[:KEY_LENGTH].translate(CASE_FOLD).lower() for m in runs]
    assert folded == words.keys


@given(SENTENCES)
def test_words_on_generated_text(text: str) -> None:
    """Words agrees with a plain ``\\w+`` scan on generated text."""
    runs = list(re.finditer(r"\w+", text))
    words = Words(text)
    assert [m.span() for m in runs] == list(zip(words.starts, words.ends, strict=True))
    assert [m.group()[:KEY_LENGTH].translate(CASE_FOLD).lower() for m in runs] == words.keys


def _cue_patterns() -> list[re.Pattern[str]]:
    """Every pattern of the event and agreement lexicons."""
    ev, ag = event_lexicon(), agreement_lexicon()
    found = [v for v in vars_of(ev) + vars_of(ag) if isinstance(v, re.Pattern)]
    found += [a.union for a in _cue_lists() if a.union is not None]
    found += list(ev.trigger_patterns) + list(ag.head_patterns)
    found += [p for _, p in ev.roles] + [p for _, p in ag.links]
    return found


def vars_of(obj: object) -> list[object]:
    """The field values of an attrs instance."""
    return [getattr(obj, f.name) for f in attrs.fields(type(obj))]


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\b(?:since|ever since) (?:the )?$", {"since", "ever since"}),
        (r"\bno (?:meeting|talks|visit)\b", {"meeting", "talks", "visit"}),
        (r"\b(?P<n>\d+) (?P<unit>years?|months?)\b", {"year", "month"}),
        (r"\bemphasi[sz]ed\b", {"emphasi"}),
        (r"\b(?:could|would)\b|\b(?-i:may)\b", {"could", "would", "may"}),
        (r"\bvisits?\b(?=\s+to)", {"visit"}),
        (r"\b(?:a|)\b", None),  # an empty alternative needs no literal
        (r"\d+\s+\w+", None),
        (r"(?x) s p a c e d", None),  # verbose: spaces in the pattern are no literals
    ],
)
def test_required_literals(pattern: str, literals: set[str] | None) -> None:
    """The prefilter looks for the most selective literals one of which every match holds."""
    found = required_literals(re.compile(pattern, re.I))
    assert literals == (None if found is None else set(found))


@given(SENTENCES, st.integers(min_value=0, max_value=6))
def test_prefilter_never_hides_a_match(text: str, cut: int) -> None:
    """Where a lexicon pattern matches (in the text or in a slice of it), the prefilter lets
    it be searched, on plain and on folded text."""
    folded = Folded(text)
    end = max(cut, len(text) - cut)
    for pattern in _cue_patterns():
        if pattern.search(text, cut, end) is not None:
            assert may_search(pattern, text, cut, end)
            assert may_search(pattern, folded, cut, end)
            assert search(pattern, folded, cut, end) is not None
        if pattern.match(text, cut, end) is not None:
            assert may_search(pattern, folded, cut, end)
        if pattern.search(text[cut:end]) is not None:
            assert may_search(pattern, text[cut:end])


def test_prefilter_on_the_test_articles() -> None:
    """On every sentence and clause of the test articles, each lexicon pattern that matches
    passes the prefilter."""
    patterns = _cue_patterns()
    for path in sorted((Path(__file__).parent / "data" / "articles").glob("*.txt")):
        doc = segment(*clean(path.read_text(encoding="utf-8")))
        text = Folded(doc.text)
        for sentence in sentences_of(doc):
            for clause in clauses_of(doc.text, sentence):
                for a, b in ((sentence.start, sentence.end), (clause.span.start, clause.span.end)):
                    for pattern in patterns:
                        if pattern.search(doc.text, a, b) is not None:
                            assert may_search(pattern, text, a, b)
                        if pattern.search(doc.text[a:b]) is not None:
                            assert may_search(pattern, doc.text[a:b])
