"""Reading and cleaning article text, keeping offsets: title, dateline, credit, sentences.

:func:`clean` turns raw pasted text into the one text every Span indexes: NFC, one space
between words, one blank line between paragraphs, straight double quotes standing for
apostrophes repaired, and page furniture (whole lines only) removed and kept in ``removed``.
:func:`segment` then finds the structure of that text without changing it. All patterns are
data (``furniture.toml``, ``text_*.toml``); every loop and regular expression is linear in the
input size.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import Any

import attrs

from rusaz._data import read_data
from rusaz._dates_lex import date_lexicon, word_trie
from rusaz._model import Span

__all__ = ["Dateline", "Document", "byline_stamp", "clean", "parse_dateline", "segment"]


@attrs.frozen(kw_only=True)
class Dateline:
    """The calendar fields a dateline states (weekday 0 = Monday), the agency it names and
    the writer a byline stamp names before its date ("Anna Novak Nov 18, 2019")."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    agency: str | None = None
    writer: str | None = None


@attrs.frozen(kw_only=True)
class Document:
    """A cleaned article text and its structure, before any extraction.

    ``paragraphs`` and ``sentences`` cover the body only: the title, the dateline, the
    credit lines and the headings inside the body (a digest's numbered item headings,
    section labels in capitals) are located by their own spans and belong to no paragraph.
    """

    text: str
    removed: tuple[str, ...] = ()
    title: str | None = None
    title_span: Span | None = None
    dateline: Span | None = None
    outlet: str | None = None
    outlet_span: Span | None = None
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    dateline_parts: Dateline | None = None
    credits: tuple[Span, ...] = ()
    headings: tuple[Span, ...] = ()


# --- package data ----------------------------------------------------------------------------


@cache
def _toml(name: str) -> dict[str, Any]:
    return read_data(name)


def _norm_key(line: str) -> str:
    """A line compared with furniture entries: case-folded, final punctuation dropped."""
    return line.casefold().rstrip(" .:!;,").strip()


@attrs.frozen
class _Furniture:
    max_words: int
    lines: frozenset[str]
    share_tokens: frozenset[str]
    share_split: re.Pattern[str]
    patterns: re.Pattern[str]
    long_patterns: re.Pattern[str]
    captions: re.Pattern[str]
    foot: re.Pattern[str]
    caption_words: int
    crumb_split: re.Pattern[str]
    crumb_marks: re.Pattern[str]
    crumb_words: int
    crumb_site_words: int
    nav_words: frozenset[str]
    section_words: frozenset[str]
    credit_prefixes: tuple[str, ...]
    credit_words: int
    outlets: dict[str, str]
    services: tuple[str, ...]
    related: frozenset[str]
    link_words: int
    byline_roles: frozenset[str]


@cache
def _furniture() -> _Furniture:
    data = _toml("furniture.toml")
    outlet_data = _toml("text_outlets.toml")
    outlets = outlet_data["outlets"]
    seps = "".join(re.escape(s) for s in data["share_separators"])
    return _Furniture(
        max_words=int(data["max_words"]),
        lines=frozenset(_norm_key(x) for x in data["lines"]),
        share_tokens=frozenset(x.casefold() for x in data["share_tokens"]),
        share_split=re.compile(rf"[\s{seps}]+"),
        patterns=re.compile("|".join(f"(?:{p})" for p in data["patterns"]), re.I),
        long_patterns=re.compile("|".join(f"(?:{p})" for p in data["long_patterns"]), re.I),
        captions=re.compile("|".join(f"(?:{p})" for p in data["caption_patterns"]), re.I),
        foot=re.compile("|".join(f"(?:{p})" for p in data["foot_patterns"]), re.I),
        caption_words=int(data["caption_words"]),
        crumb_split=re.compile("|".join(re.escape(s) for s in data["breadcrumb_separators"])),
        crumb_marks=re.compile("|".join(re.escape(s) for s in data["breadcrumb_mark_separators"])),
        crumb_words=int(data["breadcrumb_words"]),
        crumb_site_words=int(data["breadcrumb_site_words"]),
        nav_words=frozenset(x.casefold() for x in data["navigation_words"]),
        section_words=frozenset(x.casefold() for x in data["section_words"]),
        credit_prefixes=tuple(
            sorted((p.casefold() for p in data["credit_prefixes"]), key=len, reverse=True)
        ),
        credit_words=int(data["credit_words"]),
        outlets={o.casefold(): o for o in outlets},
        services=tuple(" " + w.casefold() for w in outlet_data["services"]),
        related=frozenset(_norm_key(x) for x in data["related_markers"]),
        link_words=int(data["link_words"]),
        byline_roles=frozenset(x.casefold() for x in data["byline_roles"]),
    )


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a.casefold() for a in _toml("text_sentences.toml")["abbreviations"])


def _names(rows: list[list[str]], first: int) -> dict[str, int]:
    return {name: first + i for i, row in enumerate(rows) for name in row}


@attrs.frozen
class _Calendar:
    months: dict[str, int]
    weekdays: dict[str, int]
    cores: tuple[re.Pattern[str], ...]
    wire: re.Pattern[str]
    tail: re.Pattern[str]
    tail_after_time: re.Pattern[str]
    agency_lead: re.Pattern[str]
    slashed: re.Pattern[str]
    signature_lead: re.Pattern[str]
    updated: re.Pattern[str]
    source_stamp: re.Pattern[str]
    transmission: re.Pattern[str]


@cache
def _calendar() -> _Calendar:
    # Month and weekday names are the dates lexicon's (read only); the reader adds only the
    # weekday abbreviations of datelines ("Tue, May 14"), which dates.toml does not list.
    lex = date_lexicon()
    months = {w.casefold(): n for w, n in (*lex.months.items(), *lex.abbreviations.items())}
    weekdays = {w.casefold(): n for w, n in lex.weekdays.items()}
    weekdays.update(_names(_toml("text_dates.toml")["weekday_abbreviations"], 0))
    mon = "|".join(sorted(months, key=len, reverse=True))
    wday = "|".join(sorted(weekdays, key=len, reverse=True))
    data = _toml("text_dates.toml")
    wd = rf"(?:(?P<wd>{wday})\.?,?[ ])?"
    yr = r"(?:,?[ ](?P<y>\d{4}))?"
    # the weekday after the year, as news archives stamp items ("March 12, 2009 Thursday")
    wd_after = rf"(?:(?<=\d\d\d\d)[ ](?P<wd2>{wday}))?"
    zones = "|".join(sorted((re.escape(z) for z in data["time_zones"]), key=len, reverse=True))
    zone = rf"(?:[ ]?\(?(?:{zones})(?!\w)(?:[ ]?[+−-][ ]?\d{{1,2}}(?::?\d{{2}})?)?\)?)?"
    clock = rf"\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:[ ]?[ap]\.?m\.?)?{zone}"
    # "14:05", "2:41 PM GMT+4", "3:41 pm EDT", "12.20 BST", "22:13:43", "at 10:15",
    # "[21:14]" (sites that bracket the time), "- 18:47" (a dash between date and time)
    time = rf"(?:(?:,?[ ]|[ ][|/–—•·-][ ])(?:at[ ])?(?:{clock}|\[{clock}\]))?"
    cores = (
        # "2024-03-12", "2024-03-12T14:05:00+04:00" (a page's machine-readable stamp)
        rf"(?P<y>\d{{4}})[-./](?P<m>\d{{1,2}})[-./](?P<d>\d{{1,2}})"
        r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
        rf"{time}",
        rf"(?P<d>\d{{1,2}})[./](?P<m>\d{{1,2}})[./](?P<y>\d{{4}}){time}",
        # "03-JUL-1997 18:27": a wire service's stamp, the month's abbreviation in capitals
        rf"(?P<d>\d{{1,2}})-(?P<mn>{mon})-(?P<y>\d{{4}}){time}",
        rf"{wd}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[ ](?:of[ ])?(?P<mn>{mon})\.?{yr}{wd_after}{time}",
        rf"{wd}(?P<mn>{mon})\.?[ ](?P<d>\d{{1,2}})(?:st|nd|rd|th)?{yr}{wd_after}{time}",
        rf"{wd}(?P<mn>{mon})\.?[ ](?P<y>\d{{4}})",
    )
    # "Published: ", or a section name before a bar ("Analysis | 12.11.2022").
    # A time may come first, as on Sputnik pages ("14:27 12.08.2018"), after a label too
    # ("Published 3:41 PM EDT, July 3, 2023").
    labels = "|".join(
        sorted((re.escape(w).replace(r"\ ", "[ ]") for w in data["date_labels"]), key=len)[::-1]
    )
    # (one factored alternation: the lookahead is tried for every word of a would-be name)
    blocked = {w.casefold() for w in data["byline_not_names"]} | set(months) | set(weekdays)
    name_word = rf"(?!{word_trie(blocked)}\b)(?-i:[A-Z][\w'’.-]{{0,30}})"
    label = (
        rf"(?:(?:{labels})[ ]?:?[ ]"
        # a document number before the date, as ministries number press releases
        # ... perhaps after the paper's name, as digests cite an issue ("Kommersant, No. 45,")
        r"|(?:(?P<paper>[A-Z][\w.&-]{1,30}(?:[ ][A-Z][\w.&-]{1,30}){0,3}),?[ ])?"
        r"No[.:]?[ ]?\d{1,5}(?:/\d{1,4})?(?:[ ]\(\d{1,6}\))?,?[ ]"
        # a byline before the date: "By Anna Novak on 5 May 2019", "Posted by A. Novak on"
        r"|(?:posted[ ])?by[ ][A-Z][\w'’./-]{0,30}(?:[ ][A-Z][\w'’./-]{0,30}){0,4}[ ]on[ ]"
        # a writer's name before the date of a byline ("Anna Novak Nov 18, 2019", "By Anna
        # Novak | 18.11.2019", "Anna Novak, 18 November 2019"), when a year follows
        rf"|(?:by[ ])?(?P<writer>{name_word}(?:[ ]{name_word}){{1,3}})"
        # ... perhaps with the writer's desk or town before a bar ("By Anna Novak, Caspian
        # Desk | 2 May 2024")
        r"(?:,[ ][A-Z][\w'’.-]{1,30}(?:[ ][A-Z][\w'’.-]{1,30}){0,2}(?=[ ]?[|•·—–]))?"
        r"(?:[ ]?[|•·—–][ ]?|[ ]-[ ]|,[ ]|[ ])"
        r"(?=[^\n]{0,40}?\d{4})"
        # a section label before a bar ("Politics | 12 May 2024"), tried after a writer
        r"|[A-Z][\w-]{1,20}(?:[ ][\w-]{1,20}){0,2}[ ][|•·][ ])?"
        rf"(?:\d{{1,2}}:\d{{2}}(?:[ ]?[ap]\.?m\.?)?{zone},?[ ])?"
    )
    place = r"[A-Z][\w'.-]{1,30}(?:[ ][A-Z][\w'.-]{1,30}){0,3}"
    # The agency after the date: "/TASS/.", "(Reuters) -", "(Trend):", a dash alone, or a
    # name after a comma or full stop closed by a slash, a dash, a colon, a full stop or the
    # line's end ("AZERTAC", "REPORT.AZ/", "INTERFAX -"); :func:`_wire_agency_ok` checks it.
    name = r"[A-Z][\w&-]{0,30}(?:\.[\w&-]{1,30})?(?:[ ][A-Z][\w&-]{1,30}){0,2}"
    agency = (
        r"(?:[ ]?/(?P<ag>[^/\s][^/]{0,40})/\.?(?:[ ](?:--|[-–—])(?=[ ]|$))?"
        r"|[ ]?\((?P<ag2>[A-Za-z][\w .-]{0,40})\)[ ]?(?:--|[-–—:_])?"
        # "Baku, 12 March: ...", as BBC Monitoring dates the reports it translates
        r"|:(?=[ ])"
        rf"|[ ][-–—][ ](?P<ag4>{name})\.(?=[ ]|$)|[ ][-–—]"
        rf"|[.,][ ](?P<ag3>{name})(?:(?P<close>/|[ ]?[-–—:](?=[ ]|$)|\.(?=[ ]))|\.?[ ]?$))"
    )
    core_any = "|".join(f"(?:{c})" for c in cores)
    # The wire form needs its own group names, so the cores are re-used unnamed.
    core_plain = re.sub(r"\(\?P<\w+>", "(?:", core_any)
    return _Calendar(
        months=months,
        weekdays=weekdays,
        cores=tuple(re.compile(rf"{label}{c}", re.I) for c in cores),
        wire=re.compile(
            rf"(?P<place>{place}(?:/{place})*(?:,[ ]{place})?)(?P<sep>[.,])[ ]"
            rf"(?P<date>(?i:{core_plain}))"
            rf"(?:\.?(?:{agency}|[ ]?$)|\.(?P<lead>[ ])(?=[A-Z\"“«]))"
        ),
        tail=re.compile(rf",[ ]{place}"),
        tail_after_time=re.compile(rf",?[ ]{place}(?:,[ ]{place})?"),
        # "MOSCOW (AP) _ ...", "Baku (AFP) - ...": a wire's place and agency without a date
        agency_lead=re.compile(
            rf"{place}(?:,[ ]{place})?[ ]\((?P<ag>[A-Za-z][\w .&/-]{{0,40}})\)"
            r"[ ]?(?:--|[-–—_:])[ ](?=\S)"
        ),
        # "Baku/05.05.19/Turan: The ...": place, date (two-digit year) and agency in slashes
        slashed=re.compile(
            rf"{place}[ ]?/[ ]?(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{2}}|\d{{4}})[ ]?/[ ]?"
            rf"(?P<ag>{name})(?::[ ]|[ ]?[-–—][ ]|[ ]?$)"
        ),
        # "Baku. Ilkin Mammadov - APA-Economics. The ...": place, reporter and agency, no date
        signature_lead=re.compile(
            rf"{place}\.[ ](?:[A-Z][\w'.-]{{1,30}}(?:[ ][A-Z][\w'.-]{{1,30}}){{1,3}}[ ][-–—][ ])?"
            r"(?P<ag>[A-Z][\w.&]{1,20}(?:-[A-Z][\w.&]{1,20})?)\.[ ](?=[A-Z\"“«])"
        ),
        source_stamp=re.compile(
            data["source_stamp"].replace("{month}", rf"(?P<mn>(?i:{mon}))"), re.I
        ),
        transmission=re.compile(data["transmission_stamp"], re.I),
        updated=re.compile(
            r"[ ]?[|·•,–—(-]?[ ]?(?:"
            + "|".join(re.escape(w) for w in data["update_words"])
            + r")\b.{0,80}",
            re.I,
        ),
    )


# --- clean -------------------------------------------------------------------------------------

# Line breaks of every kind become "\n"; other controls and invisible format characters go.
# (After "\r\n" became "\n": a pattern made of one character class is scanned fast.)
_BREAKS = re.compile(r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_DROP = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200d\u2060\ufeff]")
# A quote between a letter and a final "s"; the pattern opens with the quote (the look-behind
# checks the letter before it) so that the engine skips to quotes fast.
_GLUED_S = re.compile(r'"(?<=[^\W\d_]")(?=s(?![^\W\d_]))')
_QUOTE = re.compile('"')
_BODY_WORDS = 6  # a kept line of this many words ending a sentence shows the body has begun


def _fix_quotes(line: str) -> str:
    """Straight double quotes standing for apostrophes: ``Russia"s`` and ``militants" exit``.

    A quote glued between a letter and a final ``s`` is always an apostrophe. A closing-looking
    quote after a plural ``s`` that no opening quote on the line explains, followed by a
    lower-case word, is a plural possessive; any other unpaired quote is left alone.
    """
    if '"' not in line:
        return line
    line = _GLUED_S.sub("'", line)
    chars = list(line)
    is_open = False
    for i in (m.start() for m in _QUOTE.finditer(line)):
        before = chars[i - 1] if i else " "
        after = chars[i + 1] if i + 1 < len(chars) else " "
        if is_open:
            is_open = False
        elif before.isspace() or before in "([{-—–/:" or not after.isspace():
            is_open = True
        elif (
            before == "s"
            and i >= 2
            and chars[i - 2].isalpha()
            and after == " "
            and i + 2 < len(chars)
            and chars[i + 2].islower()
        ):
            chars[i] = "'"
    return "".join(chars)


def _is_share_row(line: str, f: _Furniture) -> bool:
    tokens = [t for t in f.share_split.split(line.casefold()) if t]
    return bool(tokens) and all(t in f.share_tokens for t in tokens)


def _is_breadcrumb(line: str, f: _Furniture) -> bool:
    """Site navigation: short parts joined by breadcrumb separators (see furniture.toml)."""
    if len(line) > 200:
        return False
    parts = [p.strip() for p in f.crumb_split.split(line)]
    if len(parts) < 2 or not all(p and p[-1] not in '.!?;:,"”' for p in parts):
        return False
    if len(parts[0].split()) > f.crumb_site_words or any(
        len(p.split()) > f.crumb_words for p in parts[1:]
    ):
        return False
    if f.crumb_marks.search(line) is not None:
        return True
    named = f.nav_words | f.section_words
    first = parts[0].casefold()
    if first in f.nav_words:  # "Home / Politics / Caucasus": the old rule
        return len(parts[0].split()) <= f.crumb_words
    # the site's name may be one the outlet list lacks ("Caliber / Economy"): a short run of
    # capitalised words before section names only
    site = first in named or first in f.outlets or _SITE_NAME.fullmatch(parts[0]) is not None
    if (first in f.outlets or first in f.section_words) and all(
        _SECTION_NAME.fullmatch(p) for p in parts[1:]
    ):
        # "TASS / World / Russian Politics & Diplomacy": a known outlet's sections;
        # "Analysis | Azerbaijan | Russia": a section and the story's tags
        return True
    return site and all(p.casefold() in named for p in parts[1:])


# a section name of a site's own: capitalised words joined by "&" or "and"
_SECTION_NAME = re.compile(r"[A-Z][\w'’-]*(?: (?:&|and|[A-Z][\w'’-]*))*")


# A paper's issue after its name: " – Federal issue № 150(8500)", ", No. 45 (7745)".
_ISSUE_TAIL = re.compile(
    r"(?:[ ]?[-–—|,][ ]?|[ ])(?:[A-Za-z]+[ ]){0,2}(?:issue|edition|no\.?|№|number)[ ]?:?[ ]?"
    r"\d{1,6}(?:[ ]?\(\d{1,6}\))?\.?$",
    re.I,
)


# (with the function words of an institution's name: "President of Russia")
_SITE_NAME = re.compile(r"[A-Z][\w.'’-]*(?: (?:of|the|[A-Z][\w.'’-]*)){0,3}")


def _related_marker(line: str) -> bool | None:
    """A line opening a list of links to other stories ("Read also:", "Related: <title>").

    None for other lines; True when the line is the marker alone (the links follow it), False
    when it carries the first linked headline itself.
    """
    f = _furniture()
    if len(line) > 300:
        return None
    if _norm_key(line) in f.related:
        return True
    head, colon, rest = line.partition(":")
    if colon and rest.strip() and _norm_key(head) in f.related:
        return False
    return None


def _is_link(line: str) -> bool:
    """A linked headline under a related-links marker: headline-like, or its time stamp.

    A sentence (it ends with a full stop) and a credit line are never links. A bullet
    before the headline ("- Shah Deniz gas reaches Georgian border") is the list's.
    """
    if _TIME_LINE.fullmatch(line) or parse_dateline(line) is not None:
        return True
    bullet = _BULLET.match(line)
    if bullet is not None:
        line = line[bullet.end() :].lstrip()
    return (
        _title_like(line)
        and len(line.split()) <= _furniture().link_words
        and _credit_name(line) is None
    )


def _is_furniture(line: str) -> bool:
    """A whole line of page furniture (share rows, prompts, photo credits, navigation)."""
    f = _furniture()
    if not line or len(line) > 300:
        return False
    if _transmission(line) is not None:  # "AP-NY-05-17-94 0941EDT": a wire's stamp
        return True
    if _is_breadcrumb(line, f):  # its separators are no words: judged by its own limits
        return True
    if line.strip(" .:").casefold() in f.section_words:  # a section label alone: "Politics"
        return True
    if f.long_patterns.fullmatch(line) is not None:  # a copyright notice of any length
        return True
    if len(line.split()) <= f.caption_words and f.captions.fullmatch(line) is not None:
        return True
    if len(line.split()) <= f.link_words and _related_marker(line) is not None:
        return True  # "Read more: <a linked headline of up to link_words words>"
    if len(line.split()) > f.max_words:
        return False
    return (
        _norm_key(line) in f.lines
        or _is_share_row(line, f)
        or f.patterns.fullmatch(line) is not None
        or _is_furniture_row(line, f)
    )


def _is_furniture_row(line: str, f: _Furniture) -> bool:
    """A row of page buttons joined by bars ("Print | Send to friend", "Send to a friend |
    Print version"): every part a furniture line of its own."""
    parts = [p.strip() for p in line.split("|")]
    return len(parts) >= 2 and all(p and _norm_key(p) in f.lines for p in parts)


def _writer(line: str) -> str | None:
    """The writer a byline line names ("By Anna Novak", "By: Anna Novak", "Anna Novak Nov
    18, 2019"), or None."""
    if len(line) > 160:
        return None
    m = _BYLINE.fullmatch(line)
    if m is not None:
        return m.group("writer")
    m = _BYLINE_COLON.fullmatch(line)
    if m is not None:
        return m.group("writer")
    stamp = byline_stamp(line)
    return stamp.writer if stamp is not None else None


def _name_by_stamp(line: str, raw: list[str], n: int, kept: list[str], text: str) -> bool:
    """A writer's name alone on the line above or below the page's date stamp ("Ismi
    Aghayev" over "12 March 2024"), under the headline or a standfirst: a byline.

    The name is two to four capitalised words, none a function word, month or weekday.
    Over a stamp under a standfirst sentence it is trusted; otherwise its first word must be
    a known given name or none of its words may occur elsewhere in the text (a short
    headline's words do: "Putin Visits Baku" over "12 March 2024" is the headline). Blank
    and furniture lines between the name and the stamp are skipped.
    """
    if _BARE_NAME.fullmatch(line) is None or _byline_word_blocked(line):
        return False
    above = next((k for k in reversed(kept) if k), "")
    if not above:
        return False
    words = line.split()
    trusted = words[0] in _given_names() or all(
        len(re.findall(rf"(?<!\w){re.escape(w)}(?!\w)", text)) <= 1 for w in words if len(w) > 2
    )
    if _stamp_alone(above):  # "12 March 2024" then "Ismi Aghayev"
        return trusted
    standfirst = above[-1] in _TERMINALS + _CLOSERS and len(above.split()) >= _BODY_WORDS
    if not standfirst and not (trusted and len(above.split()) >= _HEADLINE_WORDS):
        return False
    for later in raw[n + 1 : n + 1 + _LOOKAHEAD]:
        nxt = " ".join(later.split())
        if not nxt or _is_furniture(nxt):
            continue
        return _stamp_alone(nxt)
    return False


def _stamp_alone(line: str) -> bool:
    """A line that is a full date stamp (day and year) and nothing else."""
    found = parse_dateline(line)
    return (
        found is not None
        and found[0] >= len(line.rstrip(" ."))
        and found[1].year is not None
        and found[1].day is not None
        and found[1].agency is None
    )


def _about_writer(line: str, writers: list[str]) -> bool:
    """A line about a writer the byline named ("Thomas de Waal is a senior fellow at ..."):
    the author's note closing an analysis, no part of the story."""
    line = line.lstrip("*_— ")  # "*Anna Novak is a journalist in Baku."
    for name in writers:
        if line.startswith(name) and line[len(name) : len(name) + 1] in (" ", ","):
            rest = line[len(name) :].lstrip(" ,").split(None, 1)
            return bool(rest) and rest[0] in _BIO_VERBS and len(line.split()) <= _BIO_WORDS
    return False


@cache
def _given_names() -> frozenset[str]:
    """Given names (read only from ``given_names.toml``, the actor stage's list)."""
    return frozenset(_toml("given_names.toml")["names"])


@cache
def _byline_blocked() -> frozenset[str]:
    return frozenset(w.casefold() for w in _toml("text_dates.toml")["byline_not_names"])


def _byline_word_blocked(line: str) -> bool:
    """Whether a word of a would-be name is a function word, a month or a weekday."""
    cal = _calendar()
    return any(
        w.casefold() in _byline_blocked()
        or w.casefold().rstrip(".") in cal.months
        or w.casefold().rstrip(".,") in cal.weekdays
        for w in line.split()
    )


def clean(raw: str) -> tuple[str, tuple[str, ...]]:
    """Return the cleaned text and the lines removed as page furniture.

    Removes whole furniture lines, the linked headlines under a related-links marker ("Read
    also:", "Related:") up to the next blank line, a line repeating the line before it
    (a headline pasted twice) when it is headline-sized, a header byline naming its writer
    before or beside the date stamp ("Anna Novak Nov 18, 2019", "Ismi Aghayev" over "12
    March 2024": a name there is no actor of the story) and a closing note about that
    writer ("Anna Novak is a journalist in Baku."); normalises to NFC, one space between
    words and at most one blank line between paragraphs; repairs ``X"s`` apostrophes.
    Idempotent.
    """
    text = unicodedata.normalize("NFC", raw)
    # Every line break to convert and character to drop is unprintable: a text printable
    # but for its "\n" has none (a quick check instead of two scans of the text).
    if not text.replace("\n", "").isprintable():
        text = _DROP.sub("", _BREAKS.sub("\n", text.replace("\r\n", "\n")))
    max_words = _furniture().max_words
    kept: list[str] = []
    removed: list[str] = []
    previous = ""
    body = False  # a body sentence was kept: related-links lists can start
    links = False  # under a related-links marker: headline lines are links
    linked = False  # a link (or the marker's own headline) was seen: a blank line ends them
    header = 0  # lines kept so far: the first few are the header, where bylines stand
    writers: list[str] = []  # the writers bylines name: a closing line about them is no story
    raw_lines = text.split("\n")
    for n, raw_line in enumerate(raw_lines):
        # One space for each run of white space (a line holds no "\n"), none at the ends.
        line = _fix_quotes(" ".join(raw_line.split()))
        if not line:
            links = links and not linked
            if kept and kept[-1]:
                kept.append("")
            continue
        if links and _is_link(line):
            removed.append(line)
            linked = True
            continue
        links = False
        if header < _HEADER_LINES:
            writer = _writer(line)
            if writer is not None:
                writers.append(writer)
            elif _name_by_stamp(line, raw_lines, n, kept, text):
                writers.append(line)
                removed.append(line)  # "Ismi Aghayev" over "12 March 2024": a byline
                continue
        if (
            _is_furniture(line)
            or (line == previous and len(line.split()) <= max_words)
            or (header < _HEADER_LINES and byline_stamp(line) is not None)
            or (body and _about_writer(line, writers))
        ):
            removed.append(line)
            marker = _related_marker(line)
            links, linked = body and marker is not None, marker is False
            continue
        body = body or (line[-1] in _TERMINALS + _CLOSERS and len(line.split()) >= _BODY_WORDS)
        header += 1
        kept.append(line)
        previous = line
    # NFC again: removing format characters can bring a base letter next to its mark.
    cleaned = unicodedata.normalize("NFC", "\n".join(kept).strip())
    return cleaned, tuple(removed)


# --- structure -------------------------------------------------------------------------------


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with the offset where it starts."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _valid(parts: Dateline) -> bool:
    if parts.month is None or not 1 <= parts.month <= 12:
        return False
    if parts.day is None:
        return parts.year is not None
    try:
        date(parts.year or 2000, parts.month, parts.day)
    except ValueError:
        return False
    return True


def _parts(m: re.Match[str], cal: _Calendar) -> Dateline:
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else cal.months.get((g.get("mn") or "").casefold())
    day = int(g["d"]) if g.get("d") else None
    if g.get("m") and month is not None and day is not None and month > 12 >= day:
        month, day = day, month  # "12/25/2019": the American order, when only it is valid
    wd = g.get("wd") or g.get("wd2")
    writer = g.get("writer") or ""
    return Dateline(
        year=int(g["y"]) if g.get("y") else None,
        month=month,
        day=day,
        weekday=cal.weekdays.get(wd.casefold()) if wd else None,
        # a paper's name before its date is no writer but the source ("Rossiyskaya Gazeta -
        # March 12, 2024", "Kommersant No. 45, March 12, 2024")
        writer=None if not writer or _known_agency(writer) else writer,
        agency=next((p for p in (writer, g.get("paper")) if _known_agency(p)), None),
    )


_FOUR_DIGITS = re.compile(r"\d{4}")


def byline_stamp(line: str) -> Dateline | None:
    """The date of a byline line naming its writer before it ("Anna Novak Nov 18, 2019",
    "Anna Novak, 18 November 2019", "Anna Novak — 18.11.2019"), or None.

    Such a line is page furniture: :func:`clean` removes it from the header (a name in it is
    no actor of the story) and :func:`segment` takes its date when no dateline is kept. A
    byline opening with "By" stays in the text as a dateline of its own.
    """
    if len(line) > 160 or line[:3].casefold() == "by " or _FOUR_DIGITS.search(line) is None:
        return None  # (the date of a byline stamp holds a year)
    found = parse_dateline(line)
    if found is None or found[1].writer is None or found[0] < len(line.rstrip(" .")):
        return None
    return found[1]


def parse_dateline(line: str) -> tuple[int, Dateline] | None:
    """Match a dateline at the start of ``line``: its length and calendar fields, or None.

    Stand-alone forms (``date 2019-10-29``, ``Sunday, May 26``, ``22 April``,
    ``22 Feb. 20:35``, ``September 1, 2018, Sochi``) must fill the line up to an optional
    place or credit; the wire form (``MOSCOW, May 31. /TASS/.``) may open the first paragraph.
    """
    cal = _calendar()
    bracketed = _BRACKETED.fullmatch(line)
    if bracketed is not None:  # "[ 29 Jun 2009 17:12 ]": a stamp in brackets, alone
        inner = bracketed.group("sq") or bracketed.group("par")
        stamp = parse_dateline(inner)
        if stamp is not None and stamp[0] == len(inner) and not stamp[1].agency:
            return len(line), stamp[1]
        return None
    page = _PAGE_TAIL.search(line, max(0, len(line) - 20))
    if page is not None and page.start() > 0:
        # "Kommersant, March 12, 2024, p. 2": a paper's stamp with the page cited
        stamp = parse_dateline(line[: page.start()])
        if stamp is not None and stamp[0] >= page.start() and stamp[1].year is not None:
            return len(line), stamp[1]
    head = line[:160]
    for core in cal.cores:
        m = core.match(head)
        if m is None:
            continue
        parts = _parts(m, cal)
        end = m.end()
        rest = line[end:]
        # the place after the stamp: "September 1, 2018, Sochi"; after a time, a space may
        # do and the place may name its country ("May 5, 2019 15:20 The Kremlin, Moscow")
        tail = (cal.tail_after_time if ":" in m.group(0) else cal.tail).match(rest)
        if tail is not None and tail.end() == len(rest.rstrip(" .")):
            end += tail.end()
            rest = rest[tail.end() :]
        if cal.updated.fullmatch(rest) and (":" in m.group(0) or rest.lstrip()[:1] in "(|·•"):
            end, rest = len(line), ""  # a time stamp's update note, or a bracketed one
        tail_part = _credit_part(rest)
        if _valid(parts) and (
            not rest.strip(" .")
            or _credit_name(tail_part)
            or _BYLINE.fullmatch(tail_part)
            or _is_furniture(tail_part)  # "| Views: 1234", "| Politics"
        ):
            return end, parts
    m = cal.wire.match(head)
    if m is not None:
        inner = next(
            (c.fullmatch(m.group("date")) for c in cal.cores if c.fullmatch(m.group("date"))), None
        )
        if inner is not None and _wire_agency_ok(m):
            agency = m.group("ag") or m.group("ag2") or m.group("ag3") or m.group("ag4")
            if agency is None and _known_agency(m.group("place")):
                agency = m.group("place")  # "Kommersant, Sep. 12, 2018": the paper's stamp
            parts = attrs.evolve(_parts(inner, cal), agency=agency.strip() if agency else None)
            if _valid(parts):
                return m.end(), parts
    m = cal.slashed.match(head)
    if m is not None and (m.group("ag").isupper() or _known_agency(m.group("ag"))):
        yy = int(m.group("y"))
        year = yy if yy >= 100 else (1900 + yy if yy >= _CENTURY_PIVOT else 2000 + yy)
        parts = Dateline(
            year=year, month=int(m.group("m")), day=int(m.group("d")), agency=m.group("ag")
        )
        if _valid(parts):
            return m.end(), parts
    return None


# Separators before a date closing a title: "..., Moscow, March 12, 2024", "Digest - 12 March
# 2024", "Briefing | 12.03.2024"; the last few are tried.
_TITLE_DATE_SEP = re.compile(r",[ ]|[ ][-–—|][ ]")
_TITLE_DATE_TRIES = 3


def _title_stamp(title: str) -> tuple[int, Dateline] | None:
    """A full date (day and year) closing a title, perhaps after a place, as ministries and
    the Kremlin date their transcripts: where it starts in the title, and its fields."""
    seps = list(_TITLE_DATE_SEP.finditer(title))[-_TITLE_DATE_TRIES:]
    for sep in reversed(seps):
        rest = title[sep.end() :]
        found = parse_dateline(rest)
        if (
            found is not None
            and found[0] >= len(rest.rstrip(" ."))
            and found[1].year is not None
            and found[1].day is not None
            and found[1].agency is None
        ):
            return sep.end(), found[1]
    return None


# A signature block: the signer's name and office lines, at most this many.
_SIGNATURE_LINES = 4


def _signed(lines: list[tuple[int, str]], last: int) -> bool:
    """Whether the block ending at line ``last`` is a signature: a name, then a few short
    headline-like lines (an office), standing alone after a blank line."""
    first = last
    while first > 0 and lines[first - 1][1].strip():
        first -= 1
    block = [ln for _, ln in lines[first : last + 1]]
    return (
        first > 0
        and len(block) <= _SIGNATURE_LINES
        and _BARE_NAME.fullmatch(block[0]) is not None
        and all(_signature_like(ln) for ln in block)
    )


def _time_note(line: str) -> bool:
    """A time alone on its line, or an update note ("15:52", "Updated: 16:10", "Updated 3
    hours ago"): the stamps of a live page or press conference, no sentence of the story."""
    if len(line) > 60:
        return False
    if _TIME_LINE.fullmatch(line) is not None:
        return True
    note = _calendar().updated.fullmatch(line)
    return note is not None and note.group(0)[:1].isalpha() and not line.endswith(".")


def _transmission(line: str) -> Dateline | None:
    """The day a wire's transmission line gives ("AP-NY-05-17-94 0941EDT": month, day and
    two-digit year), or None for any other line."""
    if len(line) > 40 or "-" not in line:
        return None
    m = _calendar().transmission.fullmatch(line)
    if m is None:
        return None
    yy = int(m.group("y"))
    year = 1900 + yy if yy >= _CENTURY_PIVOT else 2000 + yy
    parts = Dateline(year=year, month=int(m.group("m")), day=int(m.group("d")))
    return parts if _valid(parts) else None


def _removed_transmission(removed: tuple[str, ...]) -> Dateline | None:
    """The day of the last wire transmission line :func:`clean` removed, if any."""
    for line in reversed(removed):
        stamp = _transmission(line)
        if stamp is not None:
            return stamp
    return None


def _removed_stamp(removed: tuple[str, ...]) -> Dateline | None:
    """The date of the first byline stamp :func:`clean` removed from the header.

    Lines removed after a related-links marker may be other stories' bylines: not read.
    """
    for line in removed:
        if _related_marker(line) is not None:
            return None
        stamp = byline_stamp(line)
        if stamp is not None and stamp.year is not None and stamp.day is not None:
            return stamp
    return None


# A year-less dateline's day and a byline's dated day are at most this many days apart.
_STAMP_DAYS = 31


def _year_from(parts: Dateline, stamp: Dateline) -> Dateline:
    """A year-less dateline with the year that puts its day nearest the byline's date (a
    wire of "Dec 31" under a byline of "Jan 1, 2020" is of 2019), if near enough."""
    month, day = parts.month, parts.day
    if month is None or day is None or stamp.year is None or stamp.month is None:
        return parts
    try:
        on = date(stamp.year, stamp.month, stamp.day or 1)
    except ValueError:
        return parts
    best: tuple[int, int] | None = None
    for year in (on.year - 1, on.year, on.year + 1):
        try:
            gap = abs((date(year, month, day) - on).days)
        except ValueError:
            continue
        if gap <= _STAMP_DAYS and (best is None or gap < best[0]):
            best = (gap, year)
    return parts if best is None else attrs.evolve(parts, year=best[1])


# Two-digit years of slashed datelines from this one on are of the 1900s ("05.05.98").
_CENTURY_PIVOT = 90


# A page reference closing a paper's stamp: ", p. 2", ", pp. 1-3", " page 6".
_PAGE_TAIL = re.compile(r",?[ ](?:p|pp|page)\.?[ ]?\d{1,3}(?:[-–]\d{1,3})?\.?$")


# A line made of a time stamp in brackets; no bracket inside.
_BRACKETED = re.compile(r"\[[ ]?(?P<sq>[^\[\]]{4,60}?)[ ]?\]|\([ ]?(?P<par>[^()]{4,60}?)[ ]?\)")


_CAPS_WORD = re.compile(r"\b[A-Z]{3,}\b")


def _credit_part(rest: str) -> str:
    """The outlet part after a time stamp: ``" - Today.Az"`` gives ``"Today.Az"``."""
    return rest.strip().lstrip("|-–— ").strip()


def _wire_agency_ok(m: re.Match[str]) -> bool:
    """Whether a wire dateline match is one: its bare agency name and its place separator.

    A name after the date that body text follows ("Moscow. 3 March. INTERFAX - ...") must be
    a known outlet or written in capitals, as agencies sign their wires; at the end of the
    line any capitalised name is the agency ("Baku, 10 November, AZERTAC"). A place closed by
    a full stop ("Baku. 5 September.") needs the agency or dash after the date: without
    one, "Victory Day. May 9" is a headline, not a dateline.
    """
    name = m.group("ag3")
    if name is not None and m.group("close") is not None:
        known = name.casefold() in _furniture().outlets
        if not (known or name.isupper()):
            return False
    # "MOSCOW, November 19 – RIA Novosti. ...": after a dash only an agency's signature
    dashed_name = m.group("ag4")
    if dashed_name is not None and not (
        dashed_name.casefold() in _furniture().outlets or dashed_name.isupper()
    ):
        return False
    if m.group("lead") is not None:
        # "BAKU, Azerbaijan, March 17. The parliament ...": body text right after the date's
        # full stop; a dateline only after a comma, with the place in capitals or followed
        # by its country ("Victory Day, May 9. Veterans ..." is prose)
        place = m.group("place")
        return m.group("sep") == "," and (", " in place or _CAPS_WORD.search(place) is not None)
    named = any(m.group(g) for g in ("ag", "ag2", "ag3", "ag4"))
    dashed = m.group(0).rstrip()[-1:] in "-–—"
    return m.group("sep") == "," or named or dashed


def _known_agency(name: str | None) -> bool:
    """A known outlet's name, or one of its desks ("APA-Economics", "Trend-Business")."""
    if not name:
        return False
    outlets = _furniture().outlets
    return name.casefold() in outlets or name.split("-")[0].casefold() in outlets


def _byline_role(line: str) -> bool:
    """A byline's second line naming the writer's role ("Associated Press Writer")."""
    words = line.casefold().split()
    return (
        _title_like(line)
        and len(words) <= _ROLE_WORDS
        and bool(words)
        and words[-1] in _furniture().byline_roles
    )


def _stamp_below(below: list[str]) -> bool:
    """Whether a time stamp line alone or a wire's dateline comes next, or right after a
    byline: a standfirst sentence above it ("Title / Standfirst. / by A. Writer / 19 April
    2024", "Title / Standfirst. / MOSCOW, May 5 (Reuters) - ...") is no body start yet."""
    for line in below[:2]:
        found = parse_dateline(line)
        if found is not None:  # a stamp alone, or a wire's dateline with its agency
            return found[0] >= len(line.rstrip()) or found[1].agency is not None
        if not _BYLINE.fullmatch(line):
            return False
    return False


def _source_stamp(line: str) -> tuple[re.Match[str], Dateline] | None:
    """A monitoring service's source line ("Source: APA news agency, Baku, in English 0915
    gmt 12 Mar 09"): its match (groups ``outlet`` and ``date``) and the date it gives."""
    if len(line) > 200:
        return None
    cal = _calendar()
    m = cal.source_stamp.fullmatch(line)
    if m is None:
        return None
    yy = int(m.group("y"))
    year = yy if yy >= 100 else (1900 + yy if yy >= _CENTURY_PIVOT else 2000 + yy)
    parts = Dateline(year=year, month=cal.months.get(m.group("mn").casefold()), day=int(m["d"]))
    return (m, parts) if _valid(parts) else None


def _dated_tail(name: str) -> tuple[int, Dateline] | None:
    """A full date (day and year) closing a credit's name after a comma ("Kommersant, March
    12, 2024"): where it starts in the name, and its fields."""
    commas = [m.end() for m in re.finditer(", ", name)][-_TITLE_DATE_TRIES:]
    for at in reversed(commas):
        if _stamp_alone(name[at:]):
            found = parse_dateline(name[at:])
            if found is not None:
                return at, found[1]
    return None


def _credit_date(line: str) -> tuple[int, int, Dateline] | None:
    """The date a credit line gives its source, with its offsets in the line: a monitoring
    service's source line, or a credit naming a paper and its date ("Source: Kommersant,
    March 12, 2024")."""
    source = _source_stamp(line)
    if source is not None:
        return source[0].start("date"), source[0].end("date"), source[1]
    credit = _credit_name(line)
    if credit is None:
        return None
    rest = line[credit[0] + len(credit[1]) :]
    dated = _dated_tail("x" + rest)  # the comma after the name opens the date
    if dated is None:
        return None
    start = credit[0] + len(credit[1]) + dated[0] - 1
    return start, len(line.rstrip(" .")), dated[1]


def _credit_name(line: str) -> tuple[int, str] | None:
    """The outlet a credit line names, with its offset in the line, or None."""
    f = _furniture()
    if len(line) > 200:
        return None
    source = _source_stamp(line)
    if source is not None:  # "Source: Kommersant, Moscow, in Russian 11 Mar 09; p 6"
        return source[0].start("outlet"), source[0].group("outlet")
    folded = line.casefold()
    for prefix in f.credit_prefixes if folded.startswith(f.credit_prefixes) else ():
        if folded.startswith(prefix) and (
            len(folded) == len(prefix) or not folded[len(prefix)].isalnum()
        ):
            name = line[len(prefix) :].strip(" .:-—–")
            at = line.index(name, len(prefix)) if name else 0
            dated = _dated_tail(name)
            if dated is not None:  # "Source: Kommersant, March 12, 2024": the paper's name
                name = name[: dated[0]].rstrip(" ,")
            if name and len(name.split()) <= f.credit_words:
                return at, name
            return None
    key = folded.strip(" .")
    if key.endswith(" reports"):
        key = key[: -len(" reports")]
    if key in f.outlets:
        return line.index(line.strip(" .")), line.strip(" .").removesuffix(" reports")
    name, comma, place = line.strip(" .").partition(", ")
    if comma and name.casefold() in f.outlets and _SITE_NAME.fullmatch(place):
        return line.index(name), name  # "JAMnews, Baku": the outlet and its bureau
    if key[:1] == "(" and key[-1:] == ")" and key[1:-1].strip() in f.outlets:
        return line.index("(") + 1, line.strip(" .")[1:-1].strip()  # "(Itar-Tass)" at the foot
    issue = _ISSUE_TAIL.search(line)
    if issue is not None and line[: issue.start()].strip(" .").casefold() in f.outlets:
        # "Rossiyskaya Gazeta – Federal issue № 150(8500)": a paper's masthead and issue
        at = line.index(line.strip(" ."))
        return at, line[at : issue.start()].rstrip(" .")
    if key.endswith(f.services):  # "ITAR-TASS WORLD SERVICE": a masthead
        service = next(w for w in f.services if key.endswith(w))
        name = key[: -len(service)].strip()
        if name in f.outlets:
            at = line.index(line.strip(" ."))
            return at, line[at : at + len(name)]
    return None


def _title_like(line: str) -> bool:
    """A headline: short, starts with a capital, digit or quote, no final sentence stop."""
    if not line or len(line) > 250 or len(line.split()) > 30:
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit() or first in "\"“«'‘"):
        return False
    if _LIST_MARK.match(line):
        return False
    return line[-1] not in ".,;:-–—"


def _signature_like(line: str) -> bool:
    """An outlet or project signature closing an article: a few words, no sentence stop."""
    return _title_like(line) and len(line.split()) <= 8 and line[-1] not in "?!"


_ABBREV_TAIL = 40
_CLOSERS = "\"'”’»)]"
_TERMINALS = ".!?…"
_OPENERS = "\"“«'‘([–—-•"
_ITEM_OPENERS = "\"“«'‘(["
_LIST_MARK = re.compile(r"\d{1,3}[.)][ ]")
# Lines read for a header: breadcrumbs are gone by then; a title, a byline, a time stamp, a
# credit, a standfirst, a byline and its role line, a time stamp and a dateline opening the
# first paragraph fit in this many.
_HEADER_LINES = 8
# A document number on its own line ("2283-11-12-2012", "No. 123/19"), as ministries
# number their press releases: digits and separators only, never a date to trust.
_DOC_NUMBER = re.compile(r"(?:No[.:]?[ ]?)?\d{1,6}(?:[-/.]\d{1,6}){1,5}")
_ROLE_WORDS = 5  # "AP Special Correspondent", "Associated Press Writer"
_TIME_LINE = re.compile(r"\d{1,2}:\d{2}(?:[ ]?[ap]\.?m\.?)?", re.I)
_BYLINE = re.compile(
    r"[Bb]y[ ](?P<writer>[A-Z][\w'’./-]{0,30}(?:[ ](?:[A-Z][\w'’./-]{0,30}|and|de|van|von)){0,5})"
    # the writer's agency after a dash: "By Elnur Baghishov - Trend:"
    r"(?:[ ][-–—][ ][A-Z][\w.&-]{0,30}(?:[ ][A-Z][\w.&-]{0,30}){0,2}:?)?"
    # ... or the writer's role after a comma: "By Farid Guliyev, senior fellow"
    r"(?:,[ ][a-z][a-z -]{2,40})?"
)
_BYLINE_COLON = re.compile(
    r"[Bb]y:[ ]?(?P<writer>[A-Z][\w'’./-]{0,30}(?:[ ][A-Z][\w'’./-]{0,30}){0,4})"
)
# A writer's name alone on a line: two to four capitalised words (initials allowed).
_BARE_NAME = re.compile(r"[A-Z][\w'’-]*\.?(?:[ ](?:[A-Z][\w'’-]*\.?|de|van|von)){1,3}")
_HEADLINE_WORDS = 4  # a headline above a bare name has at least this many words
_LOOKAHEAD = 4  # lines read below a bare name for the stamp
# A closing line about a byline's writer: the name, then one of these words, in a short line.
_BIO_VERBS = frozenset({"is", "was", "has", "writes", "covers", "heads", "leads", "teaches"})
_BIO_WORDS = 60
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# A run of stops (and closing quotes or brackets) before a space; the look-behind makes a
# long run of stops one candidate, not one per character, and the possessive runs never
# backtrack, so finding the candidates is linear. The pattern opens with its first stop
# (the look-behind checks the character before it) so that the engine skips to stops fast.
_STOP = re.compile(r"[.!?…](?<![.!?…].)[.!?…]*+[\"'”’»)\]]*+(?= )")


def _ends_sentence(line: str, pos: int) -> bool:
    """Whether the white space at ``line[pos]`` follows the end of a sentence."""
    j = pos
    k = 0
    while j > 0 and line[j - 1] in _CLOSERS and k < 4:
        j -= 1
        k += 1
    if j == 0 or line[j - 1] not in _TERMINALS:
        return False
    run_end = j
    while j > 0 and line[j - 1] in _TERMINALS and run_end - j < 8:
        j -= 1
    nxt = line[pos + 1] if pos + 1 < len(line) else ""
    if not nxt or nxt.islower() or not (nxt.isalnum() or nxt in _OPENERS):
        return False
    if line[j:run_end] != "." or k:
        return True
    token, start = _token_before(line, j)
    if token is None:
        return True
    if _abbreviation(token):
        return nxt.isupper() and _day_month_abbreviation(line, token, start)
    return not (token.isdigit() and len(token) <= 2 and _opens_item(line, start))


def _day_month_abbreviation(line: str, token: str, start: int) -> bool:
    """Whether ``token`` at ``line[start]`` is a month abbreviation after a day ("14 Nov.").

    Before a capitalised word such a date ends its sentence; "Nov. 14" keeps its stop.
    """
    if start < 2 or line[start - 1] != " " or token.casefold() not in _calendar().months:
        return False
    day, _ = _token_before(line, start - 1)
    return day is not None and day.isdigit() and 1 <= int(day) <= 31


def _token_before(line: str, j: int) -> tuple[str | None, int]:
    """The word ending at ``line[j]`` (a full stop), openers dropped, and where it starts.

    None when the word is empty or longer than any abbreviation (it then ends a sentence).
    """
    window = line[max(0, j - _ABBREV_TAIL) : j]
    space = window.rfind(" ")
    if space < 0 and j > _ABBREV_TAIL:
        return None, j
    token = window[space + 1 :].lstrip(_ITEM_OPENERS)
    return token or None, j - len(token)


def _abbreviation(token: str) -> bool:
    """A word whose full stop ends no sentence: a listed abbreviation, initial or ``U.S.``."""
    return (
        token.casefold() in _abbreviations()
        or (len(token) == 1 and token.isupper())
        or _DOTTED.fullmatch(token) is not None
    )


def _opens_item(line: str, start: int) -> bool:
    """Whether a number at ``line[start]`` numbers a list item rather than ending a sentence.

    It does at the start of a line (after a bullet or bracket at most), after a colon or
    semicolon ("agreed on: 1. a road map"), and as the first word after a sentence's end
    ("... a ceasefire. 2. An exchange"). Anywhere else in running text ("on April 22.",
    "on 14 June.") the number is the last word of its sentence.
    """
    # A bounded window keeps the scan linear; a longer run of openers counts as a line start.
    before = line[max(0, start - _ABBREV_TAIL) : start].rstrip(" " + _OPENERS)
    if not before or before[-1] in ":;":
        return True
    stop = len(before)
    while stop > 0 and before[stop - 1] in _CLOSERS:
        stop -= 1
    if stop == 0 or before[stop - 1] not in _TERMINALS:
        return False
    if before[stop - 1] != "." or stop < len(before):
        return True
    word, _ = _token_before(before, stop - 1)
    return word is None or not _abbreviation(word)


def _sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of the paragraph ``text[start:end]``, trimmed, covering it."""
    spans: list[tuple[int, int]] = []
    cut = start
    offset = start
    lines = text[start:end].split("\n")
    for n, line in enumerate(lines):
        # Inside a quotation that closes later on the line, a full stop ends no sentence.
        last_curly = line.rfind("”")
        last_straight = line.rfind('"')
        curly = straight = 0
        prev = 0
        quoted = last_curly >= 0 or last_straight >= 0  # else no stop is inside quotes
        for stop in _STOP.finditer(line):
            pos = stop.end()
            inside = False
            if quoted:
                chunk = line[prev:pos]
                curly += chunk.count("“") - chunk.count("”")
                straight += chunk.count('"')
                prev = pos
                inside = (curly > 0 and last_curly > pos) or bool(
                    straight % 2 and last_straight > pos
                )
            if not inside and _ends_sentence(line, pos):
                spans.append((cut, offset + pos))
                cut = offset + pos + 1
                curly = straight = 0
        line_end = offset + len(line)
        nxt = lines[n + 1] if n + 1 < len(lines) else ""
        wrapped = bool(line) and (line[-1].isalpha() or line[-1] in ",-") and nxt[:1].islower()
        if not wrapped:
            spans.append((cut, line_end))
            cut = line_end + 1
        offset = line_end + 1
    result = []
    for a, b in spans:
        piece = text[a:b]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            result.append(Span(a + lead, a + lead + len(stripped)))
    return result


def segment(text: str, removed: tuple[str, ...] = ()) -> Document:
    """Find title, dateline, credit, paragraphs and sentences of a cleaned text."""
    lines = [(s, ln) for s, ln in _lines(text)]
    content = [i for i, (_, ln) in enumerate(lines) if ln.strip()]
    skip: dict[int, int] = {}  # line index -> offset (in the line) where its body starts
    title = title_span = dateline = parts = None
    credits: list[tuple[Span, Span]] = []  # (credit line, outlet name)

    # Header: the first lines holding a dateline, a title, a credit, a byline or a time, in
    # any order. A standfirst under the title opens the body, but a dateline opening the
    # paragraph after it is still the dateline ("Title / Standfirst / DUSHANBE, October 9.
    # /TASS/. ..."); a wire dateline under the page's time stamp is header, not body.
    standfirst = False
    bylined = False  # the line before was a byline (an agency role line may follow it)
    second_agency: Span | None = None  # the agency of a wire dateline under a time stamp
    header = content[:_HEADER_LINES]
    for n, i in enumerate(header):
        start, line = lines[i]
        found = parse_dateline(line)
        after_byline, bylined = bylined, False
        if found is not None and dateline is not None:
            agency = found[1].agency
            if agency is not None and agency in line[: found[0]]:
                at = start + line.index(agency)
                second_agency = Span(at, at + len(agency))
            rest = line[found[0] :]
            skip[i] = found[0] + (len(rest) - len(rest.lstrip())) if rest.strip() else len(line)
            cal = _calendar()
            first = text[dateline.start : dateline.end]
            if cal.updated.match(first) and not cal.updated.match(line) and found[1].year:
                # "Updated: 6 May 2019 / Published: 5 May 2019": the publication stamp wins
                dateline = Span(start, start + len(line[: found[0]].rstrip()))
                parts = found[1]
            if rest.strip():
                break
            continue
        if found is not None:
            length, parts = found
            dateline = Span(start, start + len(line[:length].rstrip()))
            rest = line[length:]
            rest_start = start + length + (len(rest) - len(rest.lstrip()))
            part = _credit_part(rest)
            credit = _credit_name(part) if part else None
            if credit is not None:
                at = start + line.index(part, length) + credit[0]
                credits.append((Span(rest_start, start + len(line)), Span(at, at + len(credit[1]))))
                skip[i] = len(line)
            elif _BYLINE.fullmatch(part) or _is_furniture(part):
                skip[i] = len(line)  # "Mar 4, 2021 | By Anna Novak", "| Views: 120": header
            elif rest.strip():
                skip[i] = rest_start - start
                break
            else:
                skip[i] = len(line)
            continue
        lead = _calendar().agency_lead.match(line) or _calendar().signature_lead.match(line)
        if lead is not None and _known_agency(lead.group("ag")):
            # "MOSCOW (AP) _ President ...": the agency's dateline opens the body, its date
            # is the page's stamp (if any)
            at = start + lead.start("ag")
            second_agency = Span(at, at + len(lead.group("ag")))
            skip[i] = lead.end()
            break
        if _BYLINE.fullmatch(line) or (after_byline and _byline_role(line)):
            skip[i] = len(line)  # "By ANNA DOLGOVA / Associated Press Writer": header
            bylined = True
            continue
        if dateline is not None and (_TIME_LINE.fullmatch(line) or _DOC_NUMBER.fullmatch(line)):
            skip[i] = len(line)  # a time or a document number under the dateline: header
            continue
        below = [lines[j][1] for j in header[n + 1 :]]
        if standfirst:
            if dateline is None and _stamp_below(below):
                continue  # a standfirst of two lines ("Headline / Standfirst. / by X / date")
            break
        credit = _credit_name(line)
        if credit is not None:
            credits.append(
                (
                    Span(start, start + len(line)),
                    Span(start + credit[0], start + credit[0] + len(credit[1])),
                )
            )
            skip[i] = len(line)
            continue
        if title is None and _title_like(line) and i != content[-1]:
            title = line
            title_span = Span(start, start + len(line))
            skip[i] = len(line)
            dated = _title_stamp(line) if dateline is None else None
            if dated is not None:  # "... talks with Jeyhun Bayramov, Moscow, March 12, 2024"
                dateline, parts = Span(start + dated[0], start + len(line.rstrip(" ."))), dated[1]
            continue
        if title is not None and dateline is None and (_title_like(line) or _stamp_below(below)):
            standfirst = True  # body text; the next line may still be the dateline
            continue
        break

    # Trailer: credit lines at the end, and the signature line just before them.
    signature: Span | None = None
    # (a line whose dateline the header took keeps its body: "NEW YORK, Feb 5 (Interfax) - ...")
    trailer = [i for i in content if skip.get(i, 0) < len(lines[i][1])]
    k = len(trailer) - 1
    n_credit = 0
    while k > 0:
        start, line = lines[trailer[k]]
        credit = _credit_name(line)
        if credit is None and len(line) <= 200 and _furniture().foot.fullmatch(line):
            skip[trailer[k]] = len(line)  # "(c) Reuters Limited 1992", "by Nikita Gorin, Baku"
            k -= 1
            continue
        if credit is None:
            break
        credits.append(
            (
                Span(start, start + len(line)),
                Span(start + credit[0], start + credit[0] + len(credit[1])),
            )
        )
        skip[trailer[k]] = len(line)
        n_credit += 1
        k -= 1
    if k > 0:
        # a stamp alone at the foot, under the last sentence ("... the ministry said. /
        # 05.05.2019", "Baku, 5 May 2019" under a statement) or under a signature ("Ilham
        # Aliyev / President of the Republic of Azerbaijan / Baku, 12 March 2024"): the page's
        # date; under a dateline of its own ("Publication date: March 12, 2024") no body
        i = trailer[k]
        start, line = lines[i]
        found = parse_dateline(line)
        before = lines[trailer[k - 1]][1].rstrip()
        if (
            found is not None
            and found[0] >= len(line.rstrip())
            and found[1].year is not None
            and found[1].day is not None
            and (
                dateline is not None
                or before[-1:] in _TERMINALS + _CLOSERS
                or (not lines[i - 1][1].strip() and _signed(lines, trailer[k - 1]))
            )
        ):
            if dateline is None:
                dateline = Span(start, start + len(line.rstrip()))
                parts = found[1]
            elif parts is not None and parts.year is None:
                parts = _year_from(parts, found[1])
            skip[i] = len(line)
            k -= 1
    if n_credit and k > 0:
        i = trailer[k]
        start, line = lines[i]
        alone = not lines[i - 1][1].strip() and (i + 1 >= len(lines) or not lines[i + 1][1].strip())
        if alone and _signature_like(line):
            signature = Span(start, start + len(line))
            skip[i] = len(line)

    for credit_line, _ in credits:
        source = _credit_date(credit_line.slice(text))
        if source is None:
            continue
        # the date a credit gives its source (a monitoring service's source line, a paper
        # and its date): the page's date, or the year of a year-less dateline ("Baku, 12
        # March: ...")
        if dateline is None:
            dateline = Span(credit_line.start + source[0], credit_line.start + source[1])
            parts = source[2]
        elif parts is not None and parts.year is None:
            parts = _year_from(parts, source[2])
        break
    # a byline stamp removed from the header, else a wire's transmission line removed from
    # the foot ("AP-NY-05-17-94 0941EDT"): the page's date when no dateline is kept
    stamp = _removed_stamp(removed) or _removed_transmission(removed)
    if stamp is not None and dateline is None:
        parts = stamp  # "Anna Novak Nov 18, 2019" removed from the header: the page's date
    elif stamp is not None and parts is not None and parts.year is None:
        parts = _year_from(parts, stamp)

    outlet_span = signature
    if outlet_span is None and credits:
        ordered = sorted(credits, key=lambda c: c[0].start)
        outlet_span = ordered[-1][1]
    if outlet_span is None and dateline is not None and parts is not None and parts.agency:
        at = text.find(parts.agency, dateline.start, dateline.end)
        outlet_span = Span(at, at + len(parts.agency))
    if outlet_span is None:
        outlet_span = second_agency

    # Body: blank-line separated blocks of what the header and trailer did not claim.
    paragraphs: list[Span] = []
    sentences: list[Span] = []
    block: list[tuple[int, int]] = []

    def flush() -> None:
        if block:
            para = Span(block[0][0], block[-1][1])
            paragraphs.append(para)
            sentences.extend(_sentences(text, para.start, para.end))
            block.clear()

    heads = _body_headings(lines, skip)
    headings: list[Span] = []
    for i, (start, line) in enumerate(lines):
        body_from = skip.get(i, 0)
        if not line.strip() or body_from >= len(line) or _time_note(line):
            flush()
            continue
        if i in heads:
            flush()
            headings.append(Span(start, start + len(line)))
            continue
        block.append((start + body_from, start + len(line)))
    flush()

    return Document(
        text=text,
        removed=removed,
        title=title,
        title_span=title_span,
        dateline=dateline,
        outlet=outlet_span.slice(text) if outlet_span is not None else None,
        outlet_span=outlet_span,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        dateline_parts=parts,
        credits=tuple(sorted(c[0] for c in credits)),
        headings=tuple(headings),
    )


# A digest's item heading: a number, then a few words ("3. Foreign minister says Karabakh
# discussed", "5. INTERREGIONAL FORUM OFF"); a section label in capitals ("ALSO NOTED").
_ITEM_HEAD = re.compile(r"(?P<n>\d{1,2})[.)][ ](?=\S)")
_HEADING_WORDS = 12
_BULLET = re.compile(r"[-–—•*·][ ]")
# Numbered headings make a digest only when there are at least this many.
_DIGEST_ITEMS = 2
# A transcript's speaker label opening a turn: a few words, the first capitalised, a colon.
_SPEAKER_TURN = re.compile(r"[A-Z][\w.'’-]*(?:[ ][\w.'’-]+){0,6}:[ ]\S")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?:[ ]|$)")


def _body_headings(lines: list[tuple[int, str]], skip: dict[int, int]) -> set[int]:
    """The body's lines that are headings, not sentences: a digest's numbered item headings,
    section labels in capitals and the section headings of a transcript ("Press statements
    following Russian-Azerbaijani talks"), each opening its block, short, without a final
    stop, with prose or a bulleted list right after it.

    A numbered line counts only when the page numbers two or more items so; a numbered
    line ending in a stop, or followed by another numbered line, is an item of a list. A
    transcript's section heading stands alone between prose and a speaker's labelled turn;
    a question there is an interviewer's turn, not a heading.
    """
    numbered: dict[int, str] = {}
    caps: set[int] = set()
    n = len(lines)
    for i, (_, line) in enumerate(lines):
        if skip.get(i, 0) or not line.strip() or (i > 0 and lines[i - 1][1].strip()):
            continue
        bare = line.rstrip(_CLOSERS)
        if not bare or len(line.split()) > _HEADING_WORDS:
            continue
        if bare[-1] == ":" and _turn_follows(lines, i):  # "Excerpts from the statements:"
            caps.add(i)
            continue
        if bare[-1] in ".,;:-–—":
            continue
        nxt = i + 1
        while nxt < n and _BULLET.match(lines[nxt][1]):
            nxt += 1
        if nxt < n and lines[nxt][1].strip():
            continue  # the block goes on with more than a bulleted list: no heading
        listed = nxt > i + 1
        if not listed and not _prose_follows(lines, nxt):
            continue
        item = _ITEM_HEAD.match(line)
        if item is not None and any(c.isalpha() for c in line[item.end() :]):
            numbered[i] = item.group("n")
        elif any(c.isalpha() for c in line) and not any(c.islower() for c in line):
            caps.add(i)
        elif not listed and bare[-1] != "?" and _title_like(line) and _turn_follows(lines, i):
            caps.add(i)  # a transcript's section heading
    if len(set(numbered.values())) < _DIGEST_ITEMS:
        return caps
    return caps | set(numbered)


def _turn_follows(lines: list[tuple[int, str]], at: int) -> bool:
    """Whether the line at ``at`` stands alone between a sentence's end above and a
    speaker's labelled turn below ("Ilham Aliyev: Mr President, dear friends,")."""
    above = at - 1
    while above >= 0 and not lines[above][1].strip():
        above -= 1
    below = at + 1
    while below < len(lines) and not lines[below][1].strip():
        below += 1
    return (
        above >= 0
        and below < len(lines)
        and lines[above][1].rstrip(_CLOSERS)[-1:] in _TERMINALS
        and _SPEAKER_TURN.match(lines[below][1]) is not None
    )


def _prose_follows(lines: list[tuple[int, str]], at: int) -> bool:
    """Whether the block after the blank lines from ``at`` is prose: no numbered item, long
    enough, a sentence stop in it (an editor's "[Passage omitted]" may close it); or a
    speaker's turn in a transcript ("Ilham Aliyev: Mr President, dear friends,")."""
    while at < len(lines) and not lines[at][1].strip():
        at += 1
    if at >= len(lines) or _ITEM_HEAD.match(lines[at][1]):
        return False
    if _SPEAKER_TURN.match(lines[at][1]):
        return True
    end = at
    while end + 1 < len(lines) and lines[end + 1][1].strip():
        end += 1
    block = " ".join(line for _, line in lines[at : end + 1])
    return len(block.split()) >= _BODY_WORDS and _SENTENCE_END.search(block) is not None
