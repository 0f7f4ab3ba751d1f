"""Loads and validates the event and agreement data (``triggers.toml``, ``agreements.toml``).

Patterns are compiled once; a malformed file raises :class:`~rusaz.exceptions.LexiconError`
naming the file and the entry. Derived from the patterns at load time, for speed only (the
matches are those of the patterns themselves): a first-word index (:class:`WordIndex`, the
words a trigger or document head can start with, and the word after), joined cue lists
(:class:`AnyOf`) and literal prefilters (:func:`may_search`, the literals every match holds).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import accumulate, compress
from typing import Any

import attrs

from rusaz._data import read_data
from rusaz._model import AgreementKind, EventKind, Modality
from rusaz.exceptions import LexiconError

__all__ = ["AgreementLexicon", "EventLexicon", "Trigger", "agreement_lexicon", "event_lexicon"]


@attrs.frozen(kw_only=True)
class Trigger:
    """One event trigger: a pattern, the kind it signals and how it behaves."""

    id: str
    kind: EventKind
    pattern: re.Pattern[str]
    order: int
    weak: bool = False
    role: str | None = None
    anaphoric: bool = False
    needs_actor: bool = False
    not_after: re.Pattern[str] | None = None
    anniversary: bool = False
    speaker: bool = False
    speaker_after: bool = False  # the speaker follows the trigger ("according to Medvedev")
    phone: bool = False
    # the modality cues are the words right before the verb only, as for speech ("A planned
    # visit ... was called off": the calling off happened)
    near_cues: bool = False


@attrs.frozen
class AnyOf:
    """Whether any of some patterns is found: one search of their union when they can be
    joined (same flags, no numbered references, no clashing group names), else one each."""

    patterns: tuple[re.Pattern[str], ...]
    union: re.Pattern[str] | None

    @classmethod
    def of(cls, patterns: Sequence[re.Pattern[str]]) -> AnyOf:
        """The patterns and, when it compiles, their union."""
        union = None
        flags = {p.flags for p in patterns}
        sources = [p.pattern for p in patterns]
        if len(flags) == 1 and not any(_NUMBERED_REFERENCE.search(s) for s in sources):
            try:
                union = re.compile("|".join(f"(?:{s})" for s in sources), flags.pop())
            except re.error:
                union = None
        return cls(tuple(patterns), union)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether one of the patterns matches somewhere in ``string[pos:endpos]``."""
        if self.union is not None:
            return search(self.union, string, pos, endpos) is not None
        return any(p.search(string, pos, endpos) for p in self.patterns)

    def search_slice(self, text: str, start: int, end: int) -> bool:
        """``search(text[start:end])`` (the slice as a string of its own), its prefilter run
        on ``text`` itself so that the slice is cut only when it may hold a cue."""
        if self.union is not None:
            if not may_search(self.union, text, start, end):
                return False
            return self.union.search(text[start:end]) is not None
        window = text[start:end]
        return any(p.search(window) for p in self.patterns)


@attrs.frozen(kw_only=True)
class EventLexicon:
    """Everything ``triggers.toml`` states, compiled."""

    triggers: tuple[Trigger, ...]
    trigger_patterns: tuple[re.Pattern[str], ...]  # the triggers' patterns, in their order
    trigger_index: WordIndex | None
    modality: tuple[tuple[Modality, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]], ...]
    modality_any: tuple[tuple[Modality, AnyOf, AnyOf], ...]  # the cues of ``modality`` joined
    clause_boundaries: tuple[re.Pattern[str], ...]
    coordinated: re.Pattern[str]
    coordinated_after: re.Pattern[str]
    predicates: re.Pattern[str]
    collective_context: tuple[re.Pattern[str], ...]
    collective_any: AnyOf
    collective_heads: tuple[re.Pattern[str], ...]
    head_titles: tuple[str, ...]
    state_head_titles: tuple[str, ...]
    head_exclude: tuple[str, ...]
    roles: tuple[tuple[str, re.Pattern[str]], ...]
    roles_any: AnyOf
    anaphora: re.Pattern[str]
    demonstratives: frozenset[str]
    definites: frozenset[str]
    delegation_nouns: frozenset[str]
    country_nouns: frozenset[str]
    anaphora_nouns: dict[str, EventKind]
    demonyms: dict[str, str]
    documents: re.Pattern[str]
    attributive: re.Pattern[str]
    title_year: re.Pattern[str]
    reference: re.Pattern[str]
    validity: re.Pattern[str]
    same_time: re.Pattern[str]
    ongoing: re.Pattern[str]
    same_day: re.Pattern[str]
    next_day: re.Pattern[str]
    follow_up: re.Pattern[str]
    witnessed: re.Pattern[str]
    upcoming: re.Pattern[str]
    speech_after: re.Pattern[str]
    next_predicate: re.Pattern[str]
    denial: re.Pattern[str]
    not_held: re.Pattern[str]
    habitual: re.Pattern[str]
    standing_claim: re.Pattern[str]
    moved_to: re.Pattern[str]
    content: re.Pattern[str]
    absent: re.Pattern[str]
    fronted_date: re.Pattern[str]
    commemorated: re.Pattern[str]
    addressee: re.Pattern[str]
    document_says: re.Pattern[str]
    topic: re.Pattern[str]
    unnamed_speaker: re.Pattern[str]
    until_end: re.Pattern[str]
    participle_date: re.Pattern[str]
    title_subject: re.Pattern[str]
    speaker_label: re.Pattern[str]
    reported_subject: re.Pattern[str]
    possessive: re.Pattern[str]
    unknown_speaker: re.Pattern[str]
    definite_body: re.Pattern[str]
    definite_subject: re.Pattern[str]
    told_press: re.Pattern[str]
    since_event: re.Pattern[str]
    purpose: re.Pattern[str]
    between: re.Pattern[str]
    planned_date: re.Pattern[str]
    passive_gathering: re.Pattern[str]
    body_synonyms: dict[str, frozenset[str]]
    title_synonyms: dict[str, tuple[str, ...]]
    speech_before: re.Pattern[str]
    speaker_pronouns: frozenset[str]
    body_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    addressee_pronouns: frozenset[str]
    title_prefixes: tuple[str, ...]
    one_event: frozenset[str]
    reference_date: re.Pattern[str]
    meeting_format: re.Pattern[str]
    opening_definite: re.Pattern[str]
    also: re.Pattern[str]
    question_marks: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Head:
    """A document head noun and the kind of agreement it names."""

    kind: AgreementKind
    pattern: re.Pattern[str]
    needs: str | None = None
    modifiers: frozenset[str] = frozenset()


@attrs.frozen(kw_only=True)
class AgreementLexicon:
    """Everything ``agreements.toml`` states, compiled."""

    heads: tuple[Head, ...]
    head_patterns: tuple[re.Pattern[str], ...]  # the heads' patterns, in their order
    head_index: WordIndex | None
    modifiers: frozenset[str]
    openers: frozenset[str]
    stops: frozenset[str]
    coordination_window: int
    max_words: int
    generic: tuple[str, ...]
    glue: frozenset[str]
    negators: frozenset[str]
    event_schedule: re.Pattern[str]
    signing_verbs: re.Pattern[str]
    numbers: dict[str, int]
    duration: re.Pattern[str]
    renewal: re.Pattern[str]
    automatic: re.Pattern[str]
    notice: re.Pattern[str]
    valid_until: re.Pattern[str]
    links: tuple[tuple[str, re.Pattern[str]], ...]


def _load(name: str) -> dict[str, Any]:
    return read_data(name)


def _compile(pattern: Any, where: str, flags: int = re.I) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise LexiconError(f"{where}: a pattern must be a non-empty string")
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise LexiconError(f"{where}: bad pattern {pattern!r} ({exc})") from exc


def _top_level_branches(pattern: str) -> list[str]:
    """The alternatives of a regex source at nesting depth 0 (``a|(b|c)`` -> ``a``, ``(b|c)``)."""
    branches: list[str] = []
    depth = 0
    start = 0
    i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]" or pattern[i + 1 : i + 3] == "^]":
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


_NUMBERED_REFERENCE = re.compile(r"\\\d|\(\?\(")


def _union(branches: Iterable[str]) -> re.Pattern[str] | None:
    """A zero-width pattern matching wherever one of the regex ``branches`` (all
    case-insensitive) matches; None when they cannot be joined (clashing group names,
    numbered references).

    Alternatives that start with ``\\b`` are tried at word boundaries only, which lets the
    engine pass over the other positions at once."""
    branches = list(branches)
    if any(_NUMBERED_REFERENCE.search(s) for s in branches):
        return None
    bounded = [b for b in branches if b.startswith("\\b")]
    other = [b for b in branches if not b.startswith("\\b")]
    parts = []
    if bounded:
        parts.append("\\b(?=" + "|".join(f"(?:{b})" for b in bounded) + ")")
    if other:
        parts.append("(?=" + "|".join(f"(?:{b})" for b in other) + ")")
    try:
        return re.compile("|".join(parts) or "(?!)", re.I)
    except re.error:
        return None


# --- the first-word index of the triggers -----------------------------------------------------
#
# Trying the union of all trigger patterns at every word of a sentence costs one attempt per
# alternative per word. Nearly every alternative starts with ``\b`` and a literal word, so the
# index maps the first KEY_LENGTH characters of that word (lower-cased; the whole word when it
# is shorter) to the triggers that can start with it; a word of the text is then one dict
# look-up. Alternatives the reader below cannot analyse (a leading punctuation mark, a leading
# ``\S+``) stay in a small union pattern scanned as before.

KEY_LENGTH = 4
_MAX_STATES = 512  # expansions of optional parts before a branch is left to the union
_RUN = re.compile(r"(\w+)")
# The only characters outside ASCII that Python's case-insensitive matching equates with an
# ASCII letter (checked over all of Unicode by tests/test_events_speed.py).
CASE_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_NEEDS_FOLD = re.compile("[" + "".join(map(chr, CASE_FOLD)) + "]")
# a group: plain, non-capturing or named (group 1), else a look-around or flag group
_GROUP_OPENER = re.compile(r"\((?:(\?:|\?P<\w+>|(?!\?))|\?(?:[=!]|<[=!]|([aiLmsux-]+):))")


class _Unindexable(Exception):
    """A branch the first-word reader does not understand (left to the union pattern)."""


@attrs.frozen
class _Lit:
    char: str


@attrs.frozen
class _Bound:
    """``\\b``."""


@attrs.frozen
class _Other:
    """Anything else: a class escape, a repeat, a look-around (of unknown characters)."""


@attrs.frozen
class _Opt:
    node: _Node


@attrs.frozen
class _Alt:
    seqs: tuple[tuple[_Node, ...], ...]


@attrs.frozen
class _Flagged:
    """A group with flags of its own (``(?-i:...)``): its characters' case is its own."""

    seq: tuple[_Node, ...]
    flags: str


_Node = _Lit | _Bound | _Other | _Opt | _Alt | _Flagged


def _parse_seq(p: str, i: int) -> tuple[list[_Node], int]:
    """The nodes of ``p`` from ``i`` up to the closing parenthesis or the end."""
    alts: list[list[_Node]] = [[]]
    while i < len(p) and p[i] != ")":
        if p[i] == "|":
            alts.append([])
            i += 1
            continue
        node, i = _parse_atom(p, i)
        node, i = _quantified(p, i, node)
        alts[-1].append(node)
    if len(alts) == 1:
        return alts[0], i
    return [_Alt(tuple(tuple(a) for a in alts))], i


def _quantified(p: str, i: int, node: _Node) -> tuple[_Node, int]:
    if i >= len(p) or p[i] not in "?*+{":
        return node, i
    if p[i] == "?":
        node = _Opt(node)
        i += 1
    elif p[i] == "{":
        j = p.find("}", i)
        if j < 0 or not re.fullmatch(r"\d*(?:,\d*)?", p[i + 1 : j]):
            raise _Unindexable(p)
        node, i = _Other(), j + 1
    else:
        node, i = _Other(), i + 1
    if i < len(p) and p[i] in "?+":
        i += 1  # lazy or possessive: the same characters can match
    return node, i


def _parse_atom(p: str, i: int) -> tuple[_Node, int]:
    c = p[i]
    if c == "\\":
        e = p[i + 1 : i + 2]
        if e == "b":
            return _Bound(), i + 2
        if e and e in "sSwWdD":
            return _Other(), i + 2
        if e and not e.isalnum():
            return _Lit(e), i + 2
        raise _Unindexable(p)
    if c == "(":
        m = _GROUP_OPENER.match(p, i)
        if m is None:
            raise _Unindexable(p)
        seq, j = _parse_seq(p, m.end())
        if j >= len(p):
            raise _Unindexable(p)
        if m.group(1) is not None:
            return _Alt((tuple(seq),)), j + 1
        if m.group(2) is not None:
            return _Flagged(tuple(seq), m.group(2)), j + 1
        return _Other(), j + 1  # a look-around: it consumes nothing
    if c == "[":
        return _parse_class(p, i)
    if c in ".^$":
        return _Other(), i + 1
    if c in "*+?{":
        raise _Unindexable(p)
    return _Lit(c), i + 1


def _parse_class(p: str, i: int) -> tuple[_Node, int]:
    """``[sz]`` as an alternative of literals; a range, class escape or negation is other."""
    j = i + 1
    chars: list[str] = []
    other = p[j : j + 1] == "^"
    while j < len(p) and (p[j] != "]" or j == i + 1 or (other and j == i + 2)):
        if p[j] == "\\":
            other = other or p[j + 1 : j + 2].isalnum()
            chars.append(p[j + 1 : j + 2])
            j += 2
        elif p[j + 1 : j + 2] == "-" and p[j + 2 : j + 3] not in ("]", ""):
            other = True
            j += 3
        else:
            chars.append(p[j])
            j += 1
    if j >= len(p):
        raise _Unindexable(p)
    if other:
        return _Other(), j + 1
    return _Alt(tuple((_Lit(ch),) for ch in chars)), j + 1


# A state of the walk: the first word so far, whether a ``\b`` (or that word) came before,
# and whether the word has ended.
_State = tuple[str, bool, bool]


def _walk(seq: Iterable[_Node], states: set[_State]) -> set[_State]:
    for node in seq:
        if all(done for _, _, done in states):
            break
        states = _step(node, states)
    return states


def _step(node: _Node, states: set[_State]) -> set[_State]:
    out: set[_State] = set()
    for state in states:
        prefix, bounded, done = state
        if done:
            out.add(state)
        elif isinstance(node, _Lit):
            c = node.char
            if c.isalnum() or c == "_":  # a word character, as ``\w`` has it
                if not (bounded and c.isascii()):
                    raise _Unindexable(c)
                out.add((prefix + c.lower(), True, False))
            elif prefix:
                out.add((prefix, True, True))
            else:
                raise _Unindexable(c)
        elif isinstance(node, _Bound):
            out.add((prefix, True, bool(prefix)))
        elif isinstance(node, _Other | _Flagged):
            if len(prefix) < KEY_LENGTH:
                raise _Unindexable(node)
            out.add((prefix, True, True))
        elif isinstance(node, _Opt):
            out.add(state)
            out |= _step(node.node, {state})
        else:
            for seq in node.seqs:
                out |= _walk(seq, {state})
        if len(out) > _MAX_STATES:
            raise _Unindexable(node)
    return out


# The word after the first one: a branch whose first word is followed by one space and a
# literal word ("the speech of", "in a conversation") is tried only where the text's next
# word fits too. A state: the first word, the second word, and the phase of the walk:
# 0 in the first word, 1 after it (a ``\b``), 2 after the space, 3 second word known,
# 4 nothing known of a second word.
_State2 = tuple[str, str, int]


def _walk2(seq: Iterable[_Node], states: set[_State2]) -> set[_State2]:
    for node in seq:
        if all(phase >= 3 for _, _, phase in states):
            break
        states = _step2(node, states)
    return states


def _step2(node: _Node, states: set[_State2]) -> set[_State2]:
    out: set[_State2] = set()
    for state in states:
        first, second, phase = state
        if phase >= 3:
            out.add(state)
        elif isinstance(node, _Lit):
            c = node.char
            if c.isalnum() or c == "_":
                if phase == 0:
                    out.add((first + c.lower(), second, 0))
                elif phase == 2:
                    out.add((first, second + c.lower(), 2))
                # phase 1: a word character right after ``\b`` and a word: no match
            elif phase == 2:
                out.add((first, second, 3 if second else 4))
            elif first:
                out.add((first, "", 2) if c == " " else (first, second, 4))
            else:
                out.add((first, second, 4))
        elif isinstance(node, _Bound):
            if phase == 0 and first:
                out.add((first, second, 1))
            elif phase == 2 and second:
                out.add((first, second, 3))
            else:
                out.add(state)
        elif isinstance(node, _Other | _Flagged):
            done = phase == 2 and len(second) >= KEY_LENGTH
            out.add((first, second, 3 if done else 4))
        elif isinstance(node, _Opt):
            out.add(state)
            out |= _step2(node.node, {state})
        else:
            for seq in node.seqs:
                out |= _walk2(seq, {state})
        if len(out) > _MAX_STATES:
            raise _Unindexable(node)
    return out


def second_word_keys(branch: str) -> dict[str, frozenset[str] | None]:
    """For each first-word key of a branch (see :func:`first_word_keys`), the keys the word
    after it must have, or None when the branch does not tell."""
    seq, _ = _parse_seq(branch, 0)
    out: dict[str, frozenset[str] | None] = {}
    for first, second, phase in _walk2(seq, {("", "", 0)}):
        if not first:
            continue
        key = first[:KEY_LENGTH]
        if phase == 2 and len(second) >= KEY_LENGTH:
            phase = 3  # the branch ends inside a long enough second word
        if phase != 3:
            out[key] = None
        elif key not in out or out[key] is not None:
            out[key] = (out.get(key) or frozenset()) | {second[:KEY_LENGTH]}
    return out


# --- literal prefilters -----------------------------------------------------------------------
#
# Most cue patterns cannot match unless the text holds one of a few literal words ("since",
# "anniversary of", "year"/"month"): one scan for those literals in the case-folded text
# rejects the text (a sentence, a clause) at once, before the pattern's own, slower search.


def _required(seq: Iterable[_Node]) -> frozenset[str] | None:
    """Literal strings (lower case) one of which every match of ``seq`` contains, the most
    selective the reader finds; None when it finds none."""
    found: list[frozenset[str]] = []
    run = ""
    for node in seq:
        if isinstance(node, _Lit) and node.char.isascii():
            run += node.char.lower()
            continue
        if run:
            found.append(frozenset({run}))
            run = ""
        if isinstance(node, _Flagged) and set(node.flags) <= {"i", "-"}:
            node = _Alt((node.seq,))  # only the case changes: literals still hold folded
        if isinstance(node, _Alt):
            alts = [_required(branch) for branch in node.seqs]
            if all(a is not None for a in alts):
                found.append(frozenset().union(*(a for a in alts if a is not None)))
    if run:
        found.append(frozenset({run}))
    if not found:
        return None
    return max(found, key=lambda lits: (min(map(len, lits)), -len(lits)))


# pattern id -> (pattern, its literals): hashing a compiled pattern hashes its whole program,
# so the literals are looked up by identity
_LITERALS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The lower-case literals one of which every match of ``pattern`` contains (to be
    looked for in case-folded text), shortest first; None when the reader finds none."""
    known = _LITERALS.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    found = _required_literals(pattern)
    _LITERALS[id(pattern)] = (pattern, found)
    return found


def _required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    if pattern.flags & re.X:
        return None
    try:
        seq, end = _parse_seq(pattern.pattern, 0)
    except (_Unindexable, IndexError):
        return None
    if end != len(pattern.pattern):
        return None
    lits = _required(seq)
    if not lits or "" in lits:
        return None
    return tuple(sorted(lits, key=lambda lit: (len(lit), lit)))


class Folded(str):
    """A text that carries its case-folded copy (``low``: same offsets, lower case, the
    letters of CASE_FOLD folded) for the literal prefilters, and answers to questions about
    its own spans asked during one extraction (``memo``)."""

    low: str | None
    memo: dict[tuple[object, ...], bool]

    def __new__(cls, text: str, low: str | None = None) -> Folded:
        self = super().__new__(cls, text)
        if low is None:
            low = _fold(text)
        self.low = low if len(low) == len(text) else None
        self.memo = {}
        return self


_FOLD_AT_ONCE = 500  # longest plain string folded per call for a prefilter


def may_search(
    pattern: re.Pattern[str], string: str, pos: int = 0, endpos: int = sys.maxsize
) -> bool:
    """False when ``pattern.search(string, pos, endpos)`` certainly finds nothing: the
    span lacks every literal one of which each match contains."""
    literals = required_literals(pattern)
    if literals is None:
        return True
    low = string.low if isinstance(string, Folded) else None
    if low is None:
        if len(string) > _FOLD_AT_ONCE:
            return True
        low = _fold(string)
        if len(low) != len(string):
            return True
    window = low[pos:endpos]  # one slice and a few substring tests: faster than a regex
    for literal in literals:  # noqa: SIM110 (a plain loop: any() of a generator is slower)
        if literal in window:
            return True
    return False


def search(
    pattern: re.Pattern[str], string: str, pos: int = 0, endpos: int = sys.maxsize
) -> re.Match[str] | None:
    """``pattern.search(string, pos, endpos)``, skipped when the literal prefilter says it
    cannot match."""
    if not may_search(pattern, string, pos, endpos):
        return None
    return pattern.search(string, pos, endpos)


def first_word_keys(branch: str) -> frozenset[str]:
    """The index keys of the words a regex branch can start its match with: the first
    ``KEY_LENGTH`` characters, lower-cased, or the whole word when shorter. Raises
    ``_Unindexable`` unless every match starts a word (``\\b`` and a literal ASCII word)."""
    seq, end = _parse_seq(branch, 0)
    if end != len(branch):
        raise _Unindexable(branch)
    keys: set[str] = set()
    for prefix, _, done in _walk(seq, {("", False, False)}):
        if len(prefix) >= KEY_LENGTH:
            keys.add(prefix[:KEY_LENGTH])
        elif done and prefix:
            keys.add(prefix)
        else:
            raise _Unindexable(branch)
    return frozenset(keys)


@attrs.frozen
class WordIndex:
    """Where in a text each of some case-insensitive patterns can match: at the words the
    patterns can start with (a dict look-up of each word's first characters), and wherever a
    union of the branches that start otherwise matches."""

    first_words: dict[str, tuple[int, ...]]  # key -> indexes of the patterns
    # (pattern index, first-word key) -> the keys the next word must have
    second_words: dict[tuple[int, str], frozenset[str]]
    rest: re.Pattern[str] | None
    rest_patterns: tuple[int, ...]
    # key -> (pattern index, the keys the next word must have or None), for the scan
    entries: dict[str, tuple[tuple[int, frozenset[str] | None], ...]] = attrs.field(
        init=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        entries = {
            key: tuple((i, self.second_words.get((i, key))) for i in found)
            for key, found in self.first_words.items()
        }
        object.__setattr__(self, "entries", entries)

    @classmethod
    def build(cls, patterns: Sequence[re.Pattern[str]]) -> WordIndex | None:
        """The index of ``patterns``; None when one is not case-insensitive or the branches
        left over cannot be joined into one pattern."""
        first: dict[str, list[int]] = {}
        second: dict[tuple[int, str], frozenset[str] | None] = {}
        rest: list[str] = []
        rest_patterns: list[int] = []
        for i, pattern in enumerate(patterns):
            if not pattern.flags & re.I:
                return None
            for branch in _top_level_branches(pattern.pattern):
                try:
                    keys = first_word_keys(branch)
                except _Unindexable:
                    rest.append(branch)
                    if i not in rest_patterns:
                        rest_patterns.append(i)
                    continue
                for key in keys:
                    if i not in first.setdefault(key, []):
                        first[key].append(i)
                for key, after in second_word_keys(branch).items():
                    known = second.get((i, key), frozenset())
                    # several branches with one first word: any of their second words
                    second[i, key] = None if after is None or known is None else known | after
        union = _union(rest) if rest else None
        if rest and union is None:
            return None
        return cls(
            first_words={k: tuple(v) for k, v in first.items()},
            second_words={k: v for k, v in second.items() if v is not None},
            rest=union,
            rest_patterns=tuple(rest_patterns),
        )

    def scan(self, words: Words) -> Scan:
        """The index applied to one text (its words)."""
        return Scan(self, words)


def _fold(text: str) -> str:
    """Text as the index compares it (case-insensitively): lower case, the four letters that
    match an ASCII letter folded to it; of the same length (tests check it over Unicode)."""
    if not text.isascii() and _NEEDS_FOLD.search(text):
        text = text.translate(CASE_FOLD)
    return text.lower()


class Words:
    """The word runs (``\\w+``) of one text: offsets and index keys, found by a few passes in
    C instead of one Python step per word; built once and shared by the indexes."""

    __slots__ = ("ends", "keys", "low", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        low = _fold(text)
        same = len(low) == len(text)  # else a letter whose lower case is longer
        parts = _RUN.split(low if same else text)  # gap, word, gap, word, ..., gap
        offsets = list(accumulate(map(len, parts), initial=0))
        words = parts[1::2]
        self.starts: list[int] = offsets[1:-1:2]
        self.ends: list[int] = offsets[2::2]
        self.keys = [w[:KEY_LENGTH] if same else _fold(w[:KEY_LENGTH]) for w in words]
        self.low = low if same else None


class Scan:
    """A :class:`WordIndex` applied to one text: the words each pattern may start at."""

    __slots__ = ("found", "hits", "index", "words")

    def __init__(self, index: WordIndex, words: Words) -> None:
        self.index = index
        self.words = words
        self.found = list(map(index.entries.get, words.keys))
        self.hits = list(compress(range(len(self.found)), self.found))  # words with a key

    def starts(self, start: int, end: int) -> dict[int, list[int]]:
        """For each pattern (by its index), the positions of ``text[start:end]`` where it may
        match, in order: every position where it does match is among them."""
        words, found, text = self.words, self.found, self.words.text
        w_starts = words.starts
        lo = bisect_left(w_starts, start)  # words that start inside the span (a word that
        hi = bisect_left(w_starts, end, lo)  # starts before it cannot follow a ``\\b``)
        out: dict[int, list[int]] = {}
        keys, ends, n = words.keys, words.ends, len(words.keys)
        for j in self.hits[bisect_left(self.hits, lo) : bisect_left(self.hits, hi)]:
            pos = w_starts[j]
            for i, after in found[j] or ():
                if after is not None and (
                    j + 1 >= n or (ends[j + 1] <= end and keys[j + 1] not in after)
                ):
                    continue  # the next word cannot be the one the pattern needs
                if i in out:
                    out[i].append(pos)
                else:
                    out[i] = [pos]
        if hi > lo and words.ends[hi - 1] > end and end - w_starts[hi - 1] < KEY_LENGTH:
            # the last word runs past the span: within it, it is a shorter word
            pos = w_starts[hi - 1]
            for i in self.index.first_words.get(_fold(text[pos:end]), ()):
                if i not in out:
                    out[i] = [pos]
                elif out[i][-1] != pos:
                    out[i].append(pos)
        rest = self.index.rest
        if rest is not None:
            positions = [m.start() for m in rest.finditer(text, start, end)]
            if positions:
                for i in self.index.rest_patterns:
                    out[i] = sorted(set(out.get(i, ())) | set(positions))
        return out

    def finditer(
        self, patterns: Sequence[re.Pattern[str]], start: int, end: int
    ) -> list[tuple[int, list[re.Match[str]]]]:
        """For each of the indexed ``patterns`` that matches, in their order, its index and
        the matches ``pattern.finditer(text, start, end)`` gives; each pattern is tried only
        where it may match."""
        text = self.words.text
        out: list[tuple[int, list[re.Match[str]]]] = []
        for i, positions in sorted(self.starts(start, end).items()):
            pattern = patterns[i]
            resume = start
            found: list[re.Match[str]] = []
            for pos in positions:
                if pos < resume:
                    continue
                m = pattern.match(text, pos, end)
                if m is None:
                    continue
                if m.end() == m.start():
                    # an empty match: ``finditer`` would retry after it; let it decide
                    found = list(pattern.finditer(text, start, end))
                    break
                found.append(m)
                resume = m.end()
            if found:
                out.append((i, found))
        return out


@cache
def event_lexicon() -> EventLexicon:
    """The bundled trigger lexicon (loaded once)."""
    data = _load("triggers.toml")
    where = "triggers.toml"
    triggers: list[Trigger] = []
    seen: set[str] = set()
    for i, row in enumerate(data["trigger"]):
        tid = row.get("id")
        if not isinstance(tid, str) or tid in seen:
            raise LexiconError(f"{where}: trigger {i} has a missing or duplicate id {tid!r}")
        seen.add(tid)
        try:
            kind = EventKind(row["kind"])
        except (KeyError, ValueError) as exc:
            raise LexiconError(f"{where}: trigger {tid} has a bad kind") from exc
        triggers.append(
            Trigger(
                id=tid,
                kind=kind,
                pattern=_compile(row.get("pattern"), f"{where}: {tid}"),
                order=i,
                weak=bool(row.get("weak", False)),
                role=row.get("role"),
                anaphoric=bool(row.get("anaphoric", False)),
                needs_actor=bool(row.get("needs_actor", False)),
                anniversary=bool(row.get("anniversary", False)),
                speaker=bool(row.get("speaker", False)),
                speaker_after=bool(row.get("speaker_after", False)),
                phone=bool(row.get("phone", False)),
                near_cues=bool(row.get("near_cues", False)),
                not_after=(
                    _compile(row["not_after"], f"{where}: {tid}.not_after")
                    if "not_after" in row
                    else None
                ),
            )
        )
    modality = []
    for mod in (Modality.NEGATED, Modality.HYPOTHETICAL, Modality.PLANNED):
        cues = data["modality"][mod.value]
        modality.append(
            (
                mod,
                tuple(_compile(p, f"{where}: modality.{mod.value}") for p in cues["before"]),
                tuple(_compile(p, f"{where}: modality.{mod.value}") for p in cues["after"]),
            )
        )
    col = data["collective"]
    cues = data["cues"]
    collective_context = tuple(_compile(p, f"{where}: collective") for p in col["context"])
    roles = tuple((str(r["role"]), _compile(r["pattern"], f"{where}: role")) for r in data["role"])
    return EventLexicon(
        triggers=tuple(triggers),
        trigger_patterns=tuple(t.pattern for t in triggers),
        trigger_index=WordIndex.build([t.pattern for t in triggers]),
        modality=tuple(modality),
        modality_any=tuple((m, AnyOf.of(b), AnyOf.of(a)) for m, b, a in modality),
        clause_boundaries=tuple(
            _compile(p, f"{where}: clauses") for p in data["clauses"]["boundaries"]
        ),
        coordinated=_compile(data["clauses"]["coordinated"], f"{where}: clauses.coordinated"),
        coordinated_after=_compile(
            data["clauses"]["coordinated_after"], f"{where}: clauses.coordinated_after"
        ),
        predicates=_compile(data["clauses"]["predicates"], f"{where}: clauses.predicates"),
        collective_context=collective_context,
        collective_any=AnyOf.of(collective_context),
        collective_heads=tuple(_compile(p, f"{where}: collective", 0) for p in col["heads"]),
        head_titles=tuple(str(t).casefold() for t in col["head_titles"]),
        state_head_titles=tuple(str(t).casefold() for t in col["state_head_titles"]),
        head_exclude=tuple(str(t).casefold() for t in col["head_exclude"]),
        roles=roles,
        roles_any=AnyOf.of([p for _, p in roles]),
        anaphora=_compile(data["anaphora"]["pattern"], f"{where}: anaphora"),
        demonstratives=frozenset(str(d).casefold() for d in data["anaphora"]["demonstratives"]),
        definites=frozenset(str(d).casefold() for d in data["anaphora"]["definites"]),
        delegation_nouns=frozenset(str(d).casefold() for d in data["delegations"]["nouns"]),
        country_nouns=frozenset(str(d).casefold() for d in data["delegations"]["country_nouns"]),
        attributive=_compile(data["dates"]["attributive"], f"{where}: dates.attributive"),
        title_year=_compile(data["dates"]["title_year"], f"{where}: dates.title_year"),
        documents=_compile(data["signing"]["documents"], f"{where}: signing.documents"),
        reference=_compile(cues.get("reference"), f"{where}: cues.reference"),
        validity=_compile(cues.get("validity"), f"{where}: cues.validity"),
        same_time=_compile(cues.get("same_time"), f"{where}: cues.same_time"),
        ongoing=_compile(cues.get("ongoing"), f"{where}: cues.ongoing"),
        same_day=_compile(cues.get("same_day"), f"{where}: cues.same_day"),
        next_day=_compile(cues.get("next_day"), f"{where}: cues.next_day"),
        follow_up=_compile(cues.get("follow_up"), f"{where}: cues.follow_up"),
        witnessed=_compile(cues.get("witnessed"), f"{where}: cues.witnessed"),
        upcoming=_compile(cues.get("upcoming"), f"{where}: cues.upcoming"),
        # case matters: capitalised words after the verb are names ("told Interfax")
        speech_after=_compile(cues.get("speech_after"), f"{where}: cues.speech_after", 0),
        speech_before=_compile(cues.get("speech_before"), f"{where}: cues.speech_before"),
        next_predicate=_compile(cues.get("next_predicate"), f"{where}: cues.next_predicate"),
        denial=_compile(cues.get("denial"), f"{where}: cues.denial"),
        not_held=_compile(cues.get("not_held"), f"{where}: cues.not_held"),
        habitual=_compile(cues.get("habitual"), f"{where}: cues.habitual"),
        standing_claim=_compile(cues.get("standing_claim"), f"{where}: cues.standing_claim"),
        moved_to=_compile(cues.get("moved_to"), f"{where}: cues.moved_to"),
        content=_compile(cues.get("content"), f"{where}: cues.content"),
        absent=_compile(cues.get("absent"), f"{where}: cues.absent"),
        fronted_date=_compile(cues.get("fronted_date"), f"{where}: cues.fronted_date"),
        commemorated=_compile(cues.get("commemorated"), f"{where}: cues.commemorated"),
        addressee=_compile(cues.get("addressee"), f"{where}: cues.addressee"),
        document_says=_compile(cues.get("document_says"), f"{where}: cues.document_says"),
        topic=_compile(cues.get("topic"), f"{where}: cues.topic"),
        unnamed_speaker=_compile(cues.get("unnamed_speaker"), f"{where}: cues.unnamed_speaker"),
        until_end=_compile(cues.get("until_end"), f"{where}: cues.until_end"),
        participle_date=_compile(cues.get("participle_date"), f"{where}: cues.participle_date", 0),
        title_subject=_compile(cues.get("title_subject"), f"{where}: cues.title_subject"),
        speaker_label=_compile(cues.get("speaker_label"), f"{where}: cues.speaker_label", 0),
        reported_subject=_compile(cues.get("reported_subject"), f"{where}: cues.reported_subject"),
        possessive=_compile(cues.get("possessive"), f"{where}: cues.possessive"),
        unknown_speaker=_compile(cues.get("unknown_speaker"), f"{where}: cues.unknown_speaker"),
        definite_body=_compile(cues.get("definite_body"), f"{where}: cues.definite_body"),
        definite_subject=_compile(cues.get("definite_subject"), f"{where}: cues.definite_subject"),
        told_press=_compile(cues.get("told_press"), f"{where}: cues.told_press"),
        since_event=_compile(cues.get("since_event"), f"{where}: cues.since_event"),
        purpose=_compile(cues.get("purpose"), f"{where}: cues.purpose"),
        between=_compile(cues.get("between"), f"{where}: cues.between"),
        planned_date=_compile(cues.get("planned_date"), f"{where}: cues.planned_date"),
        passive_gathering=_compile(
            cues.get("passive_gathering"), f"{where}: cues.passive_gathering"
        ),
        body_synonyms={
            str(k).casefold(): frozenset(str(w).casefold() for w in v)
            for k, v in dict(cues.get("body_synonyms", {})).items()
        },
        title_synonyms={
            str(k).casefold(): tuple(str(t).casefold() for t in v)
            for k, v in cues.get("title_synonyms", {}).items()
        },
        speaker_pronouns=frozenset(str(w).casefold() for w in cues["speaker_pronouns"]),
        body_pronouns=frozenset(str(w).casefold() for w in cues.get("body_pronouns", ())),
        group_pronouns=frozenset(str(w).casefold() for w in cues.get("group_pronouns", ())),
        addressee_pronouns=frozenset(str(w).casefold() for w in cues.get("addressee_pronouns", ())),
        question_marks=tuple(str(w) for w in cues["question_marks"]),
        title_prefixes=tuple(str(w).casefold() for w in cues.get("title_prefixes", ())),
        one_event=frozenset(str(w).casefold() for w in cues.get("one_event", ())),
        reference_date=_compile(cues.get("reference_date"), f"{where}: cues.reference_date"),
        meeting_format=_compile(cues.get("meeting_format"), f"{where}: cues.meeting_format"),
        opening_definite=_compile(cues.get("opening_definite"), f"{where}: cues.opening_definite"),
        also=_compile(cues.get("also"), f"{where}: cues.also"),
        demonyms={
            str(word).casefold(): str(code)
            for code, words in data["demonyms"].items()
            for word in words
        },
        anaphora_nouns={
            str(k).casefold(): EventKind(v) for k, v in data["anaphora"]["nouns"].items()
        },
    )


@cache
def agreement_lexicon() -> AgreementLexicon:
    """The bundled agreement lexicon (loaded once)."""
    data = _load("agreements.toml")
    where = "agreements.toml"
    heads = []
    for i, row in enumerate(data["head"]):
        try:
            kind = AgreementKind(row["kind"])
        except (KeyError, ValueError) as exc:
            raise LexiconError(f"{where}: head {i} has a bad kind") from exc
        heads.append(
            Head(
                kind=kind,
                pattern=_compile(row.get("pattern"), f"{where}: head {i}"),
                needs=row.get("needs"),
                modifiers=frozenset(str(m).casefold() for m in row.get("modifiers", ())),
            )
        )
    title = data["title"]
    terms = data["terms"]
    return AgreementLexicon(
        heads=tuple(heads),
        head_patterns=tuple(h.pattern for h in heads),
        head_index=WordIndex.build([h.pattern for h in heads]),
        modifiers=frozenset(str(m).casefold() for m in title["modifiers"]),
        openers=frozenset(str(m).casefold() for m in title["complement_openers"]),
        stops=frozenset(str(m).casefold() for m in title["stops"]),
        coordination_window=int(title["coordination_window"]),
        max_words=int(title["max_words"]),
        generic=tuple(str(g).casefold() for g in title["generic"]),
        glue=frozenset(str(g).casefold() for g in title["glue"]),
        negators=frozenset(str(g).casefold() for g in title["negators"]),
        event_schedule=_compile(title["event_schedule"], f"{where}: event_schedule"),
        signing_verbs=_compile(title["signing_verbs"], f"{where}: signing_verbs"),
        numbers={str(k): int(v) for k, v in terms["numbers"].items()},
        duration=_compile(terms["duration"], f"{where}: terms.duration"),
        renewal=_compile(terms["renewal"], f"{where}: terms.renewal"),
        automatic=_compile(terms["automatic"], f"{where}: terms.automatic"),
        notice=_compile(terms["notice"], f"{where}: terms.notice"),
        valid_until=_compile(terms["valid_until"], f"{where}: terms.valid_until"),
        links=tuple(
            (str(r["relation"]), _compile(r["pattern"], f"{where}: link")) for r in data["link"]
        ),
    )
