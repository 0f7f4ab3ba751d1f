"""The shortcuts of the name analysis give what the plain walks they replace give."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from rusaz._extract._names import (
    _FOLD,
    Found,
    _Analyser,
    _columns,
    _folded_key,
    _gap_key,
    fold,
)
from rusaz._lexicon import default_lexicon

# words of institutional names, persons, places and the prose around them
_WORDS = [
    "Ministry",
    "Council",
    "Committee",
    "Group",
    "Service",
    "Office",
    "Institute",
    "Agency",
    "Bank",
    "Union",
    "of",
    "the",
    "and",
    "for",
    "on",
    "in",
    "de",
    "between",
    "Russia",
    "Azerbaijan",
    "Russian",
    "Azerbaijani",
    "Republic",
    "CIS",
    "MIA",
    "SOCAR",
    "OSCE",
    "CRI",
    "press",
    "service",
    "Foreign",
    "Affairs",
    "Security",
    "State",
    "Academy",
    "Sciences",
    "Caspian",
    "Research",
    "Prosecutor",
    "General",
    "s",
    "St",
    "Petersburg",
    "Moscow",
    "Baku",
    "Ivan",
    "Petrov",
    "Sergei",
    "Lavrov",
    "Ilham",
    "Aliyev",
    "President",
    "Minister",
    "Deputy",
    "Head",
    "Secretary",
    "met",
    "said",
    "working",
    "bilateral",
    "joint",
    "talks",
    "The",
    "A",
    "Executive",
    "Police",
    "Colonel",
    "with",
    "to",
    "2024",
    "countries",
    "member-states",
]
_SEPARATORS = (" ", " ", " ", " ", ", ", ". ", "-", "'", " (", ") ", "\n", "; ", "  ", ' "')

_texts = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), min_size=1, max_size=40
).map(lambda parts: "".join(w + s for w, s in parts))


def _every_run(an: _Analyser) -> list[Found]:
    """Organizations by walking a run from every capitalised token (no prefilter)."""
    out: list[Found] = []
    toks = an.tokens
    k = 0
    while k < len(toks):
        if not toks[k].cap or an.is_person_or_place(k) or an.hyphened(k):
            k += 1
            continue
        run = an.org_run(k)
        if run is None:
            k += 1
            continue
        out.append(run)
        k = run.j + 1
    return out


def _key(f: Found) -> tuple[object, ...]:
    return (f.start, f.end, f.i, f.j, f.kind, f.rule, f.country, f.abbreviation, tuple(f.roles))


@given(_texts)
def test_organizations_prefilter_misses_no_run(text: str) -> None:
    """Skipping tokens that reach no head word finds the organizations every run finds."""
    an = _Analyser(text, default_lexicon(), ())
    found = an.lexicon_matches()
    found += an.state_names(found)
    for f in found:
        an.claim(f)
    expected = [_key(f) for f in _every_run(an)]
    assert expected == [_key(f) for f in an.organizations(found)]


_pieces = st.text(alphabet=st.sampled_from("aZé9Ə -.'\"’,()\n\t/ı_"), min_size=1, max_size=30)


@given(_pieces)
def test_span_key_joins_word_and_gap_keys(text: str) -> None:
    """The key of a span of words is its words' keys joined by its gaps' keys."""
    folded = fold(text)
    cols = _columns(folded)
    toks = cols.tokens
    for i in range(len(toks)):
        key = toks[i].low
        for j in range(i, min(i + 5, len(toks))):
            if j > i:
                gap = _gap_key(cols.gaps[j])
                surface_has_break = "\n" in folded[toks[i].start : toks[j].end]
                assert surface_has_break == (gap is None)
                if gap is None:
                    break
                key = key + gap + toks[j].low
            assert _folded_key(folded[toks[i].start : toks[j].end]) == key


@given(st.text(max_size=60))
def test_columns_match_the_tokens(text: str) -> None:
    """One split gives the tokens' offsets and the gaps between them."""
    cols = _columns(text)
    pairs = zip(cols.tokens, cols.tokens[1:], strict=False)
    expected_gaps = [""] + [text[a.end : b.start] for a, b in pairs]
    assert expected_gaps == cols.gaps
    assert [text[t.start : t.end] for t in cols.tokens] == [t.text for t in cols.tokens]
    toks = cols.tokens
    joined = "".join(g + t.text for g, t in zip(cols.gaps[: len(toks)], toks, strict=True))
    assert (text[toks[0].start : toks[-1].end] if toks else "") == joined


_ascii_or_not = st.one_of(
    st.text(alphabet=st.characters(max_codepoint=127), max_size=60), st.text(max_size=60)
)


@given(_ascii_or_not)
def test_tokens_are_runs_of_letters_and_digits(text: str) -> None:
    """ASCII or not, the tokens are the runs of letters and digits of the text."""
    expected = [(m.start(), m.end()) for m in re.finditer(r"[^\W_]+", text)]
    assert expected == [(t.start, t.end) for t in _columns(text).tokens]


@given(_ascii_or_not)
def test_fold_translates_every_character(text: str) -> None:
    """Folding only the runs that may change folds the whole text character by character."""
    assert text.translate(_FOLD) == fold(text)
