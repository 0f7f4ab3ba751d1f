"""The date vocabulary (``data/dates.toml``) loaded once, validated, and compiled to regexes.

Kept apart from the resolver so that the words stay data and the patterns are built once.
Every pattern is a sequence of bounded pieces (``\\s{1,3}``, fixed alternations) without
nested quantifiers, so matching stays linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import attrs

from rusaz.exceptions import LexiconError

__all__ = [
    "DateLexicon",
    "DatePatterns",
    "date_lexicon",
    "date_patterns",
    "fold",
    "mid_word_the",
    "parse_date_lexicon",
    "word_trie",
]

_FILE = "dates.toml"


@attrs.frozen(kw_only=True)
class DateLexicon:
    """The words of ``dates.toml``, lower-cased where matching ignores case."""

    months: dict[str, int]
    abbreviations: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    year_suffixes: tuple[str, ...]
    year_context: tuple[str, ...]
    quantity_before: tuple[str, ...]
    month_context: tuple[str, ...]
    relative_days: dict[str, int]
    modifiers: dict[str, str]
    units: dict[str, str]
    numbers: dict[str, int]
    parts: dict[str, tuple[float, float]]
    year_parts: tuple[str, ...]  # parts that stand alone for the reference year
    anchors: dict[str, str]
    future: tuple[str, ...]
    past: tuple[str, ...]
    nominal: tuple[str, ...]  # event nouns whose following day-month is their own date


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise LexiconError(f"{_FILE}: section [{key}] is missing or not a table")
    return value


def _words(data: dict[str, Any], key: str, field: str) -> tuple[str, ...]:
    value = _table(data, key).get(field)
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise LexiconError(f"{_FILE}: [{key}].{field} must be a list of non-empty strings")
    return tuple(value)


def _variants(word: str) -> set[str]:
    """The word as written, capitalised and in capitals (never lower-cased)."""
    return {word, word[:1].upper() + word[1:], word.upper()}


def _load() -> DateLexicon:
    raw = resources.files("rusaz.data").joinpath(_FILE).read_text(encoding="utf-8")
    return parse_date_lexicon(raw)


def parse_date_lexicon(raw: str) -> DateLexicon:
    """Validate the text of a dates TOML file into a :class:`DateLexicon`."""
    import tomllib  # imported on first load: keeps `import rusaz` light

    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{_FILE}: {exc}") from exc
    months: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    for key, target in (("months", months), ("abbreviations", abbreviations)):
        for number, forms in _table(data, key).items():
            if not number.isdigit() or not 1 <= int(number) <= 12 or not isinstance(forms, list):
                raise LexiconError(f"{_FILE}: [{key}].{number} is not a month number with a list")
            for form in forms:
                for v in _variants(str(form)):
                    target[v] = int(number)
    weekdays: dict[str, int] = {}
    for number, forms in _table(data, "weekdays").items():
        if not number.isdigit() or not 0 <= int(number) <= 6 or not isinstance(forms, list):
            raise LexiconError(f"{_FILE}: [weekdays].{number} is not 0..6 with a list")
        for form in forms:
            for v in _variants(str(form)):
                weekdays[v] = int(number)
    seasons = {
        str(form).lower(): name for name, forms in _table(data, "seasons").items() for form in forms
    }
    parts: dict[str, tuple[float, float]] = {}
    for name, bounds in _table(data, "parts").items():
        if (
            not isinstance(bounds, list)
            or len(bounds) != 2
            or not 0.0 <= float(bounds[0]) < float(bounds[1]) <= 1.0
        ):
            raise LexiconError(f"{_FILE}: [parts].{name!r} must be [from, to] in 0..1")
        parts[name.lower().removesuffix(" of")] = (float(bounds[0]), float(bounds[1]))

    year_parts = tuple(w.lower() for w in _words(data, "year_parts", "words"))
    for w in year_parts:
        if w not in parts:
            raise LexiconError(f"{_FILE}: [year_parts] {w!r} is no key of [parts]")

    def ints(key: str) -> dict[str, int]:
        table = _table(data, key)
        if not all(isinstance(v, int) for v in table.values()):
            raise LexiconError(f"{_FILE}: [{key}] values must be integers")
        return {k.lower(): int(v) for k, v in table.items()}

    def strs(key: str) -> dict[str, str]:
        table = _table(data, key)
        if not all(isinstance(v, str) for v in table.values()):
            raise LexiconError(f"{_FILE}: [{key}] values must be strings")
        return {k.lower(): str(v) for k, v in table.items()}

    return DateLexicon(
        months=months,
        abbreviations=abbreviations,
        weekdays=weekdays,
        seasons=seasons,
        year_suffixes=_words(data, "year_suffixes", "words"),
        year_context=_words(data, "year_context", "before"),
        quantity_before=_words(data, "year_context", "quantity_before"),
        month_context=_words(data, "month_context", "before"),
        relative_days=ints("relative_days"),
        modifiers=strs("relative_modifiers"),
        units=strs("units"),
        numbers=ints("numbers"),
        parts=parts,
        year_parts=year_parts,
        anchors=strs("anchors"),
        future=_words(data, "tense", "future"),
        past=_words(data, "tense", "past"),
        nominal=_words(data, "tense", "nominal"),
    )


@cache
def date_lexicon() -> DateLexicon:
    """The package date vocabulary, loaded once."""
    return _load()


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, inner spaces as bounded whitespace."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in items)


def _firsts(*groups: Iterable[str], ci: bool = False) -> str:
    """A regex character-class body of the first characters of the words."""
    chars = {w[0] for words in groups for w in words if w}
    if ci:
        chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
    return "".join(re.escape(c) for c in sorted(chars))


_DIGITS = "0123456789"
# Characters that case-insensitive matching equates with an ASCII letter but that lower-casing
# does not turn into it (``re`` matches "ı" and "ſ" for "i" and "s"; "İ" lower-cases to two
# characters). Kelvin's "K" lower-cases to "k" by itself.
_FOLD_FIRST = str.maketrans({"İ": "i"})
_FOLD_AFTER = (("ı", "i"), ("ſ", "s"))


def fold(text: str) -> str:
    """``text`` lower-cased for locating date words, one character for one (same offsets)."""
    if "İ" in text:
        text = text.translate(_FOLD_FIRST)
    text = text.lower()
    for a, b in _FOLD_AFTER:
        if a in text:
            text = text.replace(a, b)
    return text


_PHRASE = re.compile(r"(\w+)(?:\s+(\w+))?")


def _start_index(
    starts: list[tuple[list[str], list[str]]],
) -> tuple[dict[str, list[int]], dict[str, set[str] | None], tuple[int, ...]]:
    """Where each rule (by index) can start, from the phrases its matches begin with.

    Returns the folded first word -> the rules it may begin; first word -> the folded words
    that may follow it after white space (None when the word can stand alone); and the rules
    left to a full scan, those with a word folding could miss (a non-ASCII word matched in
    any case, or a Greek sigma, whose lower case depends on its place in the word).
    """
    index: dict[str, list[int]] = {}
    follow: dict[str, set[str] | None] = {}
    scan_all: list[int] = []
    for i, (as_written, any_case) in enumerate(starts):
        phrases = [*as_written, *any_case]
        if not all(w.isascii() for w in any_case) or any(set(w) & set("Σσς") for w in phrases):
            scan_all.append(i)
            continue
        for phrase in phrases:
            m = _PHRASE.match(fold(phrase))
            if m is None:
                raise LexiconError(f"{_FILE}: {phrase!r} does not start with a word")
            head, second = m.groups()
            if i not in index.setdefault(head, []):
                index[head].append(i)
            known = follow.get(head, set())
            follow[head] = None if known is None or second is None else {*known, second}
    return index, follow, tuple(scan_all)


def mid_word_the(folded: str, digit: int) -> int | None:
    r"""Where "the" ends a longer word 1-3 white space characters before the number starting
    at ``folded[digit]``, or None: ``t(?<=\wt)he(?=\s{1,3}[0-9])`` found from the number."""
    j = digit
    while j > 0 and digit - j < 4 and folded[j - 1].isspace():
        j -= 1
    if not 1 <= digit - j <= 3 or j < 4 or folded[j - 3 : j] != "the":
        return None
    before = folded[j - 4]
    return j - 3 if before.isalnum() or before == "_" else None


def word_trie(
    words: Iterable[str], tails: dict[str, str] | None = None, space: str | None = None
) -> str:
    """A regex alternation of ``words`` factored by common prefixes (the engine then tries
    one branch per character instead of every word); ``tails`` adds a pattern after a word,
    ``space`` (when given) stands for each space of a word."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = (tails or {}).get(word, "")

    def emit(node: dict[str, Any]) -> str:
        alts = [
            (space if space is not None and ch == " " else re.escape(ch)) + emit(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if "" in node:
            alts.append(node[""])
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(tree)


def _start_pattern(index: dict[str, list[int]], follow: dict[str, set[str] | None]) -> str:
    """The start words of ``index`` as whole words of a folded text (a word that never stands
    alone only before one of its followers) and digits at a word's start, as group 1 after
    the character before them (the pattern opens with ``\\W``, which the engine skips to
    fast, where ``(?<!\\w)`` would be tried at every position; a text is searched with a
    space before it)."""
    words = [w for w in index if w not in _DIGITS]
    tails = {
        w: rf"(?=\s{{1,3}}{word_trie(after)})" for w, after in follow.items() if after is not None
    }
    return rf"\W([0-9]|{word_trie(words, tails)}(?!\w))"


@attrs.frozen(kw_only=True)
class DatePatterns:
    """Compiled patterns: (rule name, regex) pairs plus the context regexes."""

    rules: tuple[tuple[str, re.Pattern[str]], ...]
    # Where rules can start, in the text folded by :func:`fold`: ``starts`` finds the words
    # (and digits) a match can begin with, ``by_start`` names the rules (indexes into
    # ``rules``) each one can begin; "the" ending a longer word and 1-3 white space
    # characters before a number's hit ("bathe 5 May") can begin the ``mid_word`` rules
    # (:func:`mid_word_the` finds it); a rule with a word in ``pieces`` can match only in a
    # text that holds the word (folded); ``scan_all`` rules are searched
    # everywhere (their words cannot be folded safely).
    starts: re.Pattern[str]
    by_start: dict[str, tuple[int, ...]]
    mid_word: tuple[int, ...]
    pieces: tuple[str | None, ...]
    scan_all: tuple[int, ...]
    year_context: re.Pattern[str]
    quantity: re.Pattern[str]
    month_context: re.Pattern[str]
    anchor: re.Pattern[str]
    anchor_reach: int  # the longest text ``anchor`` can match (it matches at the end only)
    range_prefix: re.Pattern[str]
    future: re.Pattern[str]
    past: re.Pattern[str]
    # an event noun (and a place phrase) right before a date: matched at the end only
    nominal: re.Pattern[str]


@cache
def date_patterns() -> DatePatterns:
    """The compiled patterns, built once from the lexicon."""
    lex = date_lexicon()
    s = r"\s{1,3}"
    s0 = r"\s{0,2}"
    dash = r"[-–—]"
    sep = rf"(?:{dash}|(?i:to|through|till|until|and|&))"

    def mon(name: str, full_only: bool = False) -> str:
        """A month name; an abbreviation may take a full stop ("Sept.")."""
        if full_only:
            return rf"(?<!\w)(?P<{name}>{_alt(lex.months)})(?!\w)"
        return (
            rf"(?<!\w)(?P<{name}>(?:{_alt(lex.months)})(?!\w)"
            rf"|(?:{_alt(lex.abbreviations)})(?!\w)\.?)"
        )

    wd = rf"(?<!\w)(?P<wd>{_alt(lex.weekdays)})(?!\w)"
    day = r"(?<![\w.,/])(?P<{}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)"
    year = r"(?<![\w.,/-])(?P<{}>(?:19|20)\d\d|2100)(?!\w)"
    ysuf = rf"(?i:{s0}(?:{_alt(w for w in lex.year_suffixes if not w.startswith('-'))})(?!\w)"
    ysuf += rf"|(?:{_alt(w for w in lex.year_suffixes if w.startswith('-'))})(?!\w))"
    mods = rf"(?i:(?P<mod>{_alt(lex.modifiers)}))"
    seasons = _alt(lex.seasons)
    units = _alt(lex.units)
    numw = _alt(lex.numbers)
    parts = _alt(lex.parts)
    rel_days = _alt(k for k in lex.relative_days if k != "the day before")
    base = (
        rf"(?:(?P<by>(?:19|20)\d\d|2100)(?!\w)"
        rf"|{mon('bm')}(?!{s}\d\d?(?!\d))(?:,?{s}{year.format('by2')})?"
        rf"|(?P<bdec>(?:19|20)\d0)'?s(?!\w)"
        rf"|(?i:(?P<bmod>last|this|next|current|the){s}(?P<bunit>year|month|week|decade))(?!\w)"
        rf"|(?i:(?P<bseason>{seasons}))(?!\w)(?:{s}(?i:of){s}{year.format('by3')})?)"
    )
    rules: list[tuple[str, str]] = [
        ("iso", r"(?<![\w-])(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?![\w-])"),
        (
            "numeric",
            r"(?<![\w.,/-])(?P<d>\d{1,2})(?P<s>[./])(?P<mo>\d{1,2})(?P=s)(?P<y>\d{4})(?!\w|[.,/-]\d)",
        ),
        (
            "mdy",
            rf"(?:{wd},?{s})?{mon('m')}{s}{day.format('d')}"
            rf"(?:{s0}(?P<sep>{sep}){s0}{day.format('d2')})?"
            rf"(?:,?{s}{year.format('y')}(?:{ysuf})?)?",
        ),
        (
            "dmy",
            rf"(?:{wd},?{s})?(?:(?i:the){s})?{day.format('d')}"
            rf"(?:{s0}(?P<sep>{sep}){s0}(?:(?i:the){s})?{day.format('d2')})?"
            rf"{s}(?:(?i:of){s})?{mon('m')}(?:,?{s}{year.format('y')}(?:{ysuf})?)?",
        ),
        ("my", rf"{mon('m')},?{s}(?:(?i:of){s})?{year.format('y')}(?:{ysuf})?"),
        (
            "year_range",
            rf"{year.format('y')}{s0}{dash}{s0}(?:(?P<y2>(?:19|20)\d\d|2100)|(?P<yy>\d\d))(?![\w-])",
        ),
        ("decade", r"(?<!\w)(?P<y>(?:19|20)\d0)'?s(?!\w)"),
        ("year", rf"{year.format('y')}(?:{ysuf}|(?!-))"),
        (
            "part",
            rf"(?<!\w)(?i:(?P<part>{parts}))(?:-|{s}(?:(?i:of){s})?)(?:(?i:the){s})?{base}",
        ),
        (
            "year_part",
            rf"(?<!\w)(?i:(?P<part>{_alt(lex.year_parts)}))(?!\w)(?!{s}(?i:of)(?!\w))",
        ),
        (
            "first_months",
            rf"(?<!\w)(?i:(?:the{s})?first){s}(?P<n>\d\d?|(?i:{numw})){s}(?i:months){s}"
            rf"(?:(?i:of){s})?(?:(?P<by>(?:19|20)\d\d|2100)(?!\w)"
            rf"|(?i:(?P<bmod>last|this|next|current|the){s}(?P<bunit>year))(?!\w))",
        ),
        (
            "season",
            rf"(?<!\w)(?:(?i:(?P<mod>last|this|next|coming|past|the)){s})?"
            rf"(?i:(?P<season>{seasons}))(?!\w)"
            rf"(?:{s}(?:(?i:of){s})?(?:{year.format('y')}"
            rf"|(?i:(?P<mod2>last|this|next)){s}(?i:year)(?!\w)))?",
        ),
        (
            "ago",
            rf"(?<!\w)(?i:(?P<n>\d{{1,4}}|(?:{numw})(?:[-\s](?:{numw}))?){s}"
            rf"(?P<u>{units})s?{s}ago)(?!\w)",
        ),
        ("rel_day", rf"(?<!\w)(?i:(?P<rd>{rel_days}))(?!\w|\.[a-z])"),
        (
            "rel_day",
            rf"(?<!\w)(?i:(?P<rd>the{s}day{s}before))(?!\w)"
            rf"(?!{s}(?:(?i:the|a|an|his|her|its|their|our|this|that)\b|[A-Z\d]))",
        ),
        (
            "clip",
            rf"(?<!\w)(?i:(?P<side>earlier|later){s}this{s}(?P<u>year|month|week))(?!\w)",
        ),
        (
            "rel_unit",
            rf"(?<!\w)(?i:(?P<mod>last|next|this|current|coming){s}(?P<u>year|month|week))(?!\w)",
        ),
        (
            "weekend",
            rf"(?<!\w)(?i:(?P<mod>last|this|over{s}the|at{s}the|during{s}the){s}weekend)(?!\w)",
        ),
        ("rel_month", rf"(?<!\w){mods}{s}{mon('m', full_only=True)}(?!{s}\d)"),
        ("weekday", rf"(?:(?<!\w){mods}{s})?{wd}"),
        ("month_alone", rf"{mon('m', full_only=True)}(?!{s}\d|\.?{s}(?:19|20)\d\d)"),
    ]
    # A lookahead on the possible first characters lets the engine skip most positions at
    # once instead of trying every alternative there (a large constant on long texts).
    digits = "0-9"
    cased = _firsts(lex.months, lex.abbreviations, lex.weekdays)
    mod_firsts = _firsts(lex.modifiers, ci=True)
    firsts = {
        "part": _firsts(lex.parts, ci=True),
        "year_part": _firsts(lex.year_parts, ci=True),
        "season": _firsts(lex.seasons, ["the"], lex.modifiers, ci=True),
        "ago": digits + _firsts(lex.numbers, ci=True),
        "rel_day": _firsts(lex.relative_days, ci=True),
        "clip": "eElL",
        "first_months": "fFtT",
        "weekend": "lLtToOaAdD",
        "rel_unit": mod_firsts,
        "rel_month": mod_firsts,
        "weekday": mod_firsts + _firsts(lex.weekdays),
        "iso": digits,
        "numeric": digits,
        "year_range": "12",
        "decade": "12",
        "year": "12",
        "mdy": cased,
        "my": cased,
        "month_alone": cased,
        "dmy": cased + digits + "tT",
    }
    compiled = tuple((name, re.compile(rf"(?=[{firsts[name]}]){rx}")) for name, rx in rules)
    # The words a match of each rule can begin with (its first run of word characters; a
    # digit stands for any number): a superset, used to try each rule only where it can start.
    weekdays = list(lex.weekdays)
    months = list(lex.months)
    named_months = [*months, *lex.abbreviations]
    mod_words = ["last", "this", "next", "current", "coming"]
    numbers = list(_DIGITS)
    # rule -> (words matched as written, words matched in any case)
    starts: dict[str, tuple[list[str], list[str]]] = {
        "iso": (numbers, []),
        "numeric": (numbers, []),
        "mdy": ([*weekdays, *named_months], []),
        "dmy": ([*weekdays, *numbers], [f"the {n}" for n in numbers]),
        "my": (named_months, []),
        "year_range": (numbers, []),
        "decade": (numbers, []),
        "year": (numbers, []),
        "part": ([], list(lex.parts)),
        "year_part": ([], list(lex.year_parts)),
        "first_months": ([], ["the first", "first"]),
        "season": ([], [*mod_words, "past", *(f"the {x}" for x in lex.seasons), *lex.seasons]),
        "ago": (numbers, list(lex.numbers)),
        "rel_day": ([], list(lex.relative_days)),
        "clip": ([], ["earlier", "later"]),
        "rel_unit": ([], mod_words),
        "weekend": ([], ["last", "this", "over", "at", "during"]),
        "rel_month": ([], list(lex.modifiers)),
        "weekday": (weekdays, list(lex.modifiers)),
        "month_alone": (months, []),
    }
    index, follow, scan_all = _start_index([starts[name] for name, _ in rules])
    # A word every match of the rule holds (in any case): a text without it is not searched.
    pieces = {"ago": "ago", "weekend": "weekend", "first_months": "months"}

    def before(words: Iterable[str]) -> re.Pattern[str]:
        return re.compile(rf"(?i:(?<!\w)(?:{_alt(words)}))(?:{s}|-)(?:(?i:the){s})?$")

    return DatePatterns(
        rules=compiled,
        starts=re.compile(_start_pattern(index, follow)),
        by_start={word: tuple(rules_at) for word, rules_at in index.items()},
        pieces=tuple(pieces.get(name) for name, _ in rules),
        mid_word=tuple(
            i for i, (name, _) in enumerate(rules) if name == "dmy" and i not in scan_all
        ),
        scan_all=scan_all,
        year_context=before([*lex.year_context, *lex.anchors]),
        quantity=before(lex.quantity_before),
        month_context=before([*lex.month_context, *lex.anchors]),
        anchor=re.compile(rf"(?i:(?<!\w)(?P<a>{_alt(lex.anchors)})){s}(?:(?i:the){s})?$"),
        # The anchor, each inner space up to three, the spaces and "the" after it, and a
        # final newline that ``$`` may stand before.
        anchor_reach=max(len(a) + 2 * a.count(" ") for a in lex.anchors) + 3 + 3 + 3 + 1,
        range_prefix=re.compile(rf"(?i:(?<!\w)(?P<a>from|between)){s}(?:(?i:the){s})?$"),
        future=re.compile(_future_pattern(lex.future)),
        past=re.compile(_past_pattern(lex.past)),
        nominal=re.compile(
            rf"(?i:(?<!\w)(?:{_alt(lex.nominal)}))(?:{s}in(?:{s}[A-Z][\w.'’-]*){{1,3}})?"
            rf"(?:{s}(?i:on|of))?{s}$"
        ),
    )


# Words before "be" and a participle that make a future passive ("will be held").
_AUXILIARIES = ("will", "shall", "would", "to", "'ll")


def _future_pattern(words: Iterable[str]) -> str:
    """Future markers: a future passive or one of ``words``, whole and in any case.

    Matches as ``(?=[firsts])(?i:(?<!\\w)(?:auxiliaries)...|(?<!\\w)(?:words)(?!\\w))`` does,
    but opens with the class of first characters (skipped to fast) and tries the words
    factored by their first character and common prefixes (see :func:`_by_first`).
    """
    s = r"\s{1,3}"
    words = list(words)
    firsts = _firsts(words, ci=True)
    plain = (
        rf"(?=[{firsts}])(?i:(?<!\w)(?:{'|'.join(re.escape(a) for a in _AUXILIARIES)})"
        rf"{s}(?:not{s})?be{s}[a-z]+|(?<!\w)(?:{_alt(words)})(?!\w))"
    )
    if not all(w.isascii() for w in words):
        return plain
    passive = _by_first(_AUXILIARIES)
    return (
        rf"[{firsts}](?<!\w.)(?i:(?:{passive}){s}(?:not{s})?be{s}[a-z]+"
        rf"|(?:{_by_first(words)})(?!\w))"
    )


def _past_pattern(words: Iterable[str]) -> str:
    """Past markers: one of ``words`` whole and in any case, or a lower-case word in "-ed".

    Matches as ``(?=[firsts a-z])(?i:(?<!\\w)(?:words)(?!\\w))|(?<!\\w)[a-z]{2,}ed(?!\\w)``
    does, opening with the class of first characters like :func:`_future_pattern`.
    """
    words = list(words)
    firsts = _firsts(words, ci=True) + "a-z"
    if not all(w.isascii() for w in words):
        return rf"(?=[{firsts}])(?i:(?<!\w)(?:{_alt(words)})(?!\w))|(?<!\w)[a-z]{{2,}}ed(?!\w)"
    return rf"[{firsts}](?<!\w.)(?:(?i:{_by_first(words)})(?!\w)|(?<=[a-z])[a-z]+ed(?!\w))"


def _by_first(words: Iterable[str]) -> str:
    """ASCII ``words`` (matched in any case, spaces as 1-3 white space characters) after
    their first character has been consumed: one branch per first character, checked by a
    look-behind, then the rest of the words factored by common prefixes. Within a branch the
    longest word that fits is tried first, as in a longest-first alternation."""
    rests: dict[str, set[str]] = {}
    for word in words:
        low = word.lower()
        rests.setdefault(low[0], set()).add(low[1:])
    space = r"\s{1,3}"
    return "|".join(
        rf"(?<={re.escape(c)}){word_trie(sorted(after), space=space)}"
        for c, after in sorted(rests.items())
    )
