"""Agreements: named documents with kind, title, parties, signing date and place, terms, links.

A document is a head noun of ``agreements.toml`` ("memorandum", "Program", "joint statement")
grown into its title: capitalised words and listed modifiers to the left, a complement
("on ...", "for ...", "between X and Y") to the right up to a verb, a clause break, a date or
the next document. A bare head ("a protocol") counts only as the subject or object of a
signing verb. Mentions with matching titles merge; the fullest title wins. Terms ("ten years,
renewed automatically for further three-year terms") are computed with
:class:`dateutil.relativedelta.relativedelta` from the signing date.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple, Protocol

import attrs
from dateutil.relativedelta import relativedelta

from rusaz._dates import DateMention
from rusaz._extract._clauses import (
    Clause,
    DatesByOffset,
    MentionIndex,
    ParagraphIndex,
    clause_at,
    clauses_of,
    sentences_of,
)
from rusaz._extract._events_lex import Folded, Head, Scan, Words, agreement_lexicon, search
from rusaz._model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementLink,
    FuzzyDate,
    Modality,
    Place,
    Span,
    Terms,
)
from rusaz._text import Document

__all__ = ["find_agreements", "title_key"]

_TOKEN = re.compile(r"\S+")
_TRAIL = ",;:.!?)»”\"'"
# words a title never ends with ("a roadmap on industrial cooperation in" before "March")
_DANGLING = frozenset(
    {"the", "a", "an", "and", "in", "at", "from", "since", "of", "by", "to", "during"}
)
_LEAD_DET = re.compile(r"^(?:the|a|an)\s+", re.I)
_KEY_STOP = frozenset(
    [
        "the",
        "of",
        "and",
        "on",
        "for",
        "between",
        "in",
        "to",
        "a",
        "an",
        "with",
        "by",
        "at",
    ]  # the gold title stop words
)
_UNTIL_WORDS = frozenset({"until", "till", "through", "to", "for", "–", "-"})
_POSSESSIVE = re.compile(r"(?:'s|’s)$")


class SigningLike(Protocol):
    """What the agreement linker needs to know of a signing event."""

    sentence: Span
    clause: Clause
    trigger: Span
    when: FuzzyDate | None
    place: str | None
    participants: list[str]
    modality: Modality


def title_key(title: str) -> frozenset[str]:
    """Content words of a title (stop words dropped, plurals folded) for comparison."""
    words = re.sub(r"[^\w]+", " ", title.casefold()).split()
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words) - _KEY_STOP


@attrs.define
class _Cand:
    """A document mention while it is being built."""

    head: Head
    span: Span  # the title as written
    title: str
    sentence: Span
    paragraph: int
    complement: Span | None
    proper: bool
    evidence: list[Span] = attrs.Factory(list)
    parties: list[str] = attrs.Factory(list)
    signed: FuzzyDate | None = None
    place: str | None = None
    terms: Terms | None = None
    links: list[tuple[int, str]] = attrs.Factory(list)
    signers: list[int] = attrs.Factory(list)
    id: str = ""
    link_target: bool = False


def _clean(word: str) -> str:
    return word.strip(_TRAIL + "(«“").casefold()


class _Tok(NamedTuple):
    """A whitespace-separated token of a sentence (private: a plain tuple, no validation)."""

    start: int
    end: int


def _tokens(text: str, span: Span) -> list[_Tok]:
    return [_Tok(*m.span()) for m in _TOKEN.finditer(text, span.start, span.end)]


def _head_at(text: str, start: int, end: int) -> bool:
    return any(search(h.pattern, text, start, end) for h in agreement_lexicon().heads)


def _left(text: str, toks: list[_Tok], i: int, head: Head) -> tuple[int, bool]:
    """Start of the title to the left of token ``i`` (the head's first token), and whether a
    modifier was taken."""
    lex = agreement_lexicon()
    start = toks[i].start
    took = False
    for j in range(i - 1, max(-1, i - 7), -1):
        word = text[toks[j].start : toks[j].end]
        if word[-1] in _TRAIL and not _POSSESSIVE.search(word):
            break
        low = word.casefold()
        if low in ("the", "a", "an", "of", "and", "by", "to", "in", "on", "with", "for"):
            break
        capital = word[0].isupper() and j > 0
        if not (
            capital
            or low in lex.modifiers
            or low in head.modifiers
            or _POSSESSIVE.search(word)
            or (word[0].isupper() and "-" in word)
        ):
            break
        start = toks[j].start
        took = True
    return start, took


_CLOSING_QUOTES = '"\u201d\u2019\u00bb'  # a quotation closing after a word


def _right(
    text: str,
    toks: list[_Tok],
    i: int,
    dates: Sequence[DateMention],
    proper: bool,
    place_starts: frozenset[int] = frozenset(),
) -> Span | None:
    """The complement after token ``i`` (the head's last token), if any."""
    lex = agreement_lexicon()
    if i + 1 >= len(toks):
        return None
    last_head = text[toks[i].start : toks[i].end]
    if last_head[-1] in ",;:.!?":
        return None
    first = text[toks[i + 1].start : toks[i + 1].end]
    paren = proper and first.startswith("(")
    if not paren and _clean(first) not in lex.openers:
        return None
    date_starts = {d.span.start for d in dates}
    end = toks[i].end
    taken = 0
    depth = 0
    for k in range(i + 1, min(len(toks), i + 1 + lex.max_words)):
        word = text[toks[k].start : toks[k].end]
        low = _clean(word)
        prev = _clean(text[toks[k - 1].start : toks[k - 1].end])
        if paren and k == i + 1:
            pass
        elif depth == 0 and low in lex.stops and low != "and":
            break
        elif low == "and" and depth == 0:
            window = toks[k + 1 : k + 1 + lex.coordination_window]
            if window and _head_at(text, window[0].start, window[-1].end):
                break
        if toks[k].start in date_starts and prev not in _UNTIL_WORDS and depth == 0:
            break
        if (
            proper
            and depth == 0
            and word[:1].islower()
            and low not in lex.glue
            and text[toks[k - 1].start : toks[k - 1].start + 1].isupper()
        ):
            break  # "the Treaty on the State Border completes ...": the title ended
        if proper and low in ("in", "at", "near") and depth == 0 and k + 1 < len(toks):
            nxt = toks[k + 1].start
            if nxt in place_starts or (text.startswith("the ", nxt) and nxt + 4 in place_starts):
                break
        depth += word.count("(") - word.count(")")
        end = toks[k].end
        taken += 1
        abbreviation = word.endswith(".") and word[0].isupper() and len(word) <= 4
        if word[-1] in _CLOSING_QUOTES:
            break  # '..., "the leaders exchanged views on the agreements on Karabakh," the
            # statement said': the quotation ends the title
        if depth <= 0 and word[-1] in ",;:.!?)" and not abbreviation:
            if word[-1] == ")" and depth == 0 and "(" not in word:
                end = toks[k].end
            break
        if depth == 0 and paren and k == i + 1 and word.endswith(")"):
            break
    if taken == 0:
        return None
    # trim trailing stop/function words and punctuation
    words = _tokens(text, Span(toks[i].end, end))
    while words:
        w = text[words[-1].start : words[-1].end]
        if _clean(w) in lex.openers or _clean(w) in _DANGLING:
            words.pop()
            continue
        break
    if not words:
        return None
    stop = words[-1].end
    while stop > words[0].start and text[stop - 1] in ",;:.!?" + _CLOSING_QUOTES:
        stop -= 1
    if text[stop - 1] == ")" and text.count("(", toks[i].end, stop) == 0:
        stop -= 1
    return Span(words[0].start, stop)


_PARTICIPLE = re.compile(
    r"\s+(?:(?:was|were|has been|have been|had been)\s+)?(?:signed|concluded|adopted)\s+$", re.I
)


def _after_participle(
    text: str,
    toks: list[_Tok],
    i: int,
    dates: Sequence[DateMention],
    place_starts: frozenset[int],
) -> Span | None:
    """ "a memorandum was signed on X": the complement right after the signing verb."""
    for k in range(i + 1, min(len(toks), i + 5)):
        gap = text[toks[i].end : toks[k].start]
        opener = _clean(text[toks[k].start : toks[k].end])
        if (
            _PARTICIPLE.fullmatch(" " + gap.strip() + " ")
            and opener in agreement_lexicon().openers
            and opener != "for"
        ):
            return _right(text, toks, k - 1, dates, False, place_starts)
    return None


def _candidates(
    text: str,
    sentence: Span,
    paragraph: int,
    dates: Sequence[DateMention],
    index: MentionIndex,
    heads: Scan | None = None,
) -> list[_Cand]:
    """The document mentions of one sentence (``heads``: the head index applied to the text,
    None to try every head pattern everywhere)."""
    lex = agreement_lexicon()
    matches: list[tuple[int, int, Head]] = []
    if heads is None:
        for head in lex.heads:
            for m in head.pattern.finditer(text, sentence.start, sentence.end):
                matches.append((m.start(), m.end(), head))
    else:
        for i, ms in heads.finditer(lex.head_patterns, sentence.start, sentence.end):
            matches.extend((m.start(), m.end(), lex.heads[i]) for m in ms)
    if not matches:
        return []  # most sentences name no document: skip the lookups below
    matches.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    place_starts = frozenset(h.start for h in index.places_in(sentence))
    organizations = [
        Span(h.start, h.end)
        for h in index.actors_in(sentence)
        if index.actors[h.item].kind is ActorKind.ORGANIZATION
    ]
    toks = _tokens(text, sentence)
    starts = [t.start for t in toks]
    clauses = clauses_of(text, sentence)
    out: list[_Cand] = []
    taken: list[Span] = []
    for hs, he, head in matches:
        if any(t.start <= hs < t.end for t in taken + organizations):
            continue
        # token indexes of the head's first and last token
        i0 = max(0, _index_at(starts, hs))
        i1 = max(0, _index_at(starts, he - 1))
        head_word = text[hs:he]
        proper = head_word[0].isupper() and i0 > 0
        left, took = _left(text, toks, i0, head)
        comp = _right(text, toks, i1, dates, proper, place_starts)
        detached = False
        if comp is None:
            comp = _after_participle(text, toks, i1, dates, place_starts)
            detached = comp is not None
        if not _valid(text, head, hs, left, took, comp, proper, clause_at(clauses, hs), sentence):
            continue
        end = comp.end if comp is not None and not detached else min(he, toks[i1].end)
        while end > left and text[end - 1] in _TRAIL:
            end -= 1
        span = Span(left, end)
        title = _LEAD_DET.sub("", text[left:end]).strip()
        if detached and comp is not None:
            title = f"{title} {text[comp.start : comp.end]}"
        if not title:
            continue
        taken.append(Span(left, max(end, he, comp.end if comp is not None else end)))
        out.append(
            _Cand(
                head=head,
                span=span,
                title=title,
                sentence=sentence,
                paragraph=paragraph,
                complement=comp,
                proper=proper or (took and text[left].isupper()),
                evidence=[sentence],
            )
        )
    _share_complements(text, out)
    return out


def _index_at(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


_PRONOUN_COMPLEMENT = re.compile(
    r"\W*(?:between|with|of|for)\s+(?:them|us|you|it|each other|both)\b", re.I
)


def _valid(
    text: str,
    head: Head,
    hs: int,
    left: int,
    took: bool,
    comp: Span | None,
    proper: bool,
    clause: Clause,
    sentence: Span,
) -> bool:
    """Whether a head mention names a document rather than a generic noun."""
    lex = agreement_lexicon()
    before = text[max(sentence.start, left - 20) : left].casefold().rstrip()
    generic = any(before.endswith(g) for g in lex.generic)
    left_words = text[left:hs].casefold().split()
    if head.needs == "modifier" and not any(w in head.modifiers for w in left_words):
        return False
    if generic and not proper:
        return False
    if lex.negators & set(before.split()[-2:]):
        return False  # "There was no agreement on the status", "no written agreement"
    if (
        head.needs == "complement"
        and comp is not None
        and lex.event_schedule.match(comp.slice(text)) is not None
    ):
        return False  # "the programme of the visit": a schedule, no document
    signing = search(lex.signing_verbs, text, clause.span.start, clause.span.end) is not None
    if head.needs == "complement" and not (comp or proper or signing):
        return False
    head_word = text[hs:].split(maxsplit=1)[0]
    plural = head_word.rstrip(_TRAIL).casefold().endswith(("s", "a"))  # "memoranda"
    if plural and not proper and head.needs == "complement":
        return False  # "the plans of the two countries", "programmes": intentions, no document
    if comp is not None and not proper and _PRONOUN_COMPLEMENT.match(comp.slice(text)):
        return False  # "the agreements between them": nothing named
    if proper or took or comp is not None:
        return True
    # "more than ten agreements and memoranda were signed": counted documents, none named
    counted = any(_count(w.strip(",;")) is not None for w in before.split()[-4:])
    if plural and counted:
        return False
    after = text[hs + len(head_word) : hs + len(head_word) + 40]
    right_after = lex.signing_verbs.match(after.lstrip()) is not None
    # "the agreements reached in Sochi" name what was agreed; "agreements were signed" nothing
    return signing and (not plural or right_after)


def _share_complements(text: str, cands: list[_Cand]) -> None:
    """ "a memorandum and a roadmap on X": the first document shares the second's complement."""
    for a, b in itertools.pairwise(cands):
        gap = text[a.span.end : b.span.start]
        if (
            a.complement is None
            and b.complement is not None
            and re.fullmatch(r"\s+and\s+(?:(?:a|an|the)\s+)?", gap, re.I)
        ):
            a.title = f"{a.title} {text[b.complement.start : b.complement.end]}"
            a.complement = b.complement


# --- terms -----------------------------------------------------------------------------------


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return agreement_lexicon().numbers.get(word.casefold())


def _period(n: int, unit: str) -> str:
    return f"P{n}{'Y' if unit.startswith('year') else 'M' if unit.startswith('month') else 'D'}"


def _delta(period: str) -> relativedelta:
    n, unit = int(period[1:-1]), period[-1]
    if unit == "Y":
        return relativedelta(years=n)
    if unit == "M":
        return relativedelta(months=n)
    return relativedelta(days=n)


def _shift(d: FuzzyDate, period: str) -> FuzzyDate:
    delta = _delta(period)
    return FuzzyDate(d.start + delta, d.end + delta, d.precision)


def _terms_in(text: str, sentence: Span, dates: Sequence[DateMention]) -> Terms | None:
    lex = agreement_lexicon()
    s = Folded(text[sentence.start : sentence.end])
    duration = renewal = notice = None
    automatic = False
    m = search(lex.duration, s)
    if m and (n := _count(m.group("n"))) is not None:
        duration = _period(n, m.group("unit").casefold())
    m = search(lex.renewal, s)
    if m and (n := _count(m.group("n"))) is not None:
        renewal = _period(n, m.group("unit").casefold())
        automatic = bool(m.group("auto")) or bool(search(lex.automatic, s))
    m = search(lex.notice, s)
    if m and (n := _count(m.group("n"))) is not None:
        notice = _period(n, m.group("unit").casefold())
    valid_until = None
    m = search(lex.valid_until, s)
    if m:
        after = [
            d
            for d in dates
            if d.when is not None and sentence.start + m.start() <= d.span.start < sentence.end
        ]
        if after:
            valid_until = min(after, key=lambda d: d.span.start).when
    if duration is None and renewal is None and notice is None and valid_until is None:
        return None
    return Terms(
        valid_until=valid_until,
        duration=duration,
        renewal=renewal,
        automatic_renewal=automatic,
        notice=notice,
        evidence=sentence,
    )


def _complete(terms: Terms, signed: FuzzyDate | None, bounded: bool) -> Terms:
    expires = terms.valid_until
    if signed is not None and terms.duration is not None:
        expires = _shift(signed, terms.duration)
    renews = None
    if expires is not None and terms.renewal is not None and terms.automatic_renewal and bounded:
        renews = _shift(expires, terms.renewal)
    return attrs.evolve(terms, expires=expires, renews_until=renews)


def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:6] for w in re.findall(r"[a-z]{5,}", text.casefold()))


# --- the extractor ----------------------------------------------------------------------------


class _TitleKeys(dict[str, frozenset[str]]):
    """:func:`title_key` of each title, worked out once (for one document)."""

    def __missing__(self, title: str) -> frozenset[str]:
        key = self[title] = title_key(title)
        return key


def _merge(cands: list[_Cand], keys: _TitleKeys) -> list[_Cand]:
    out: list[_Cand] = []
    for c in cands:
        key = keys[c.title]
        for into in out:
            other = keys[into.title]
            if into.head.kind is c.head.kind and key and other and (key <= other or other <= key):
                if len(c.title) > len(into.title):
                    into.title = c.title
                for s in c.evidence:
                    if s not in into.evidence:
                        into.evidence.append(s)
                into.evidence.sort()
                into.signers.extend(x for x in c.signers if x not in into.signers)
                into.parties.extend(p for p in c.parties if p not in into.parties)
                if into.signed is None:
                    into.signed, into.place = c.signed, c.place
                if into.terms is None:
                    into.terms = c.terms
                into.links.extend(c.links)
                break
        else:
            out.append(c)
    return out


def _slug(title: str) -> str:
    value = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:48].strip("-")
    return value or "document"


def find_agreements(
    doc: Document,
    dates: Sequence[DateMention],
    actors: Sequence[Actor],
    places: Sequence[Place],
    signings: Sequence[SigningLike],
    published: FuzzyDate | None,
    *,
    index: MentionIndex | None = None,
    words: Words | None = None,
) -> tuple[tuple[Agreement, ...], dict[int, tuple[str, ...]]]:
    """Agreements of the document, and for each signing (by its index in ``signings``) the
    ids of the agreements it signs; ``index`` and ``words`` of the text when the caller has
    them already."""
    del published  # dates arrive resolved; kept for a uniform stage signature
    if words is None:
        words = Words(doc.text)
    text = Folded(doc.text, words.low)
    if index is None:
        index = MentionIndex(text, actors, places)
    lex = agreement_lexicon()
    all_cands: list[_Cand] = []
    sentences = sentences_of(doc)
    paragraphs = ParagraphIndex(doc.paragraphs)
    by_offset = DatesByOffset(dates)
    heads = lex.head_index.scan(words) if lex.head_index is not None else None
    for si, sentence in enumerate(sentences):
        para = paragraphs.of(sentence.start)
        local = by_offset.starting_in(sentence)
        cands = _candidates(text, sentence, para, local, index, heads)
        clauses = clauses_of(text, sentence)
        for c in cands:
            before = text[sentence.start : c.span.start][-60:]
            c.link_target = any(p.search(before) for _, p in lex.links)
        for c in cands:
            _parties_and_signing(text, c, index, signings, clauses)
        # links: a cue right before a title links the other document of the sentence to it
        for j, b in enumerate(cands):
            before = text[sentence.start : b.span.start]
            for relation, pattern in lex.links:
                if pattern.search(before[-60:]):
                    others = [a for a in cands if a is not b]
                    if others:
                        src = min(others, key=lambda a: abs(a.span.start - b.span.start))
                        src.links.append((id(b), relation))
                    break
            del j
        base = len(all_cands)
        all_cands.extend(cands)
        # terms attach to a document of this sentence or an earlier one: none, no terms
        terms = _terms_in(text, sentence, local) if all_cands else None
        if terms is not None:
            target = _terms_target(text, sentence, all_cands, base, si, sentences)
            if target is not None:
                target.terms = terms
    # ids by object identity survive merging through a map
    keys = _TitleKeys()
    merged = _merge(all_cands, keys)
    owner: dict[int, _Cand] = {}
    for c in all_cands:
        for m in merged:
            if c is m or (
                c.head.kind is m.head.kind
                and (keys[c.title] <= keys[m.title] or keys[m.title] <= keys[c.title])
            ):
                owner[id(c)] = m
                break
    used: set[str] = set()
    for m in merged:
        base_id = f"agreement:{_slug(m.title)}"
        new = base_id
        n = 2
        while new in used:
            new = f"{base_id}-{n}"
            n += 1
        used.add(new)
        m.id = new
    signed_by: dict[int, list[str]] = {}
    for m in merged:
        for s in m.signers:
            signed_by.setdefault(s, [])
            if m.id not in signed_by[s]:
                signed_by[s].append(m.id)
    out: list[Agreement] = []
    for m in merged:
        links = []
        for target_obj, relation in m.links:
            target = owner.get(target_obj)
            if target is not None and target is not m:
                link = AgreementLink(target.id, relation)
                if link not in links:
                    links.append(link)
        terms = m.terms
        if terms is not None:
            bounded = terms.renewal is not None and not _open_renewal(text, terms)
            terms = _complete(terms, m.signed, bounded)
        out.append(
            Agreement(
                id=m.id,
                title=m.title,
                kind=m.head.kind,
                parties=tuple(m.parties),
                signed=m.signed,
                place=m.place,
                evidence=tuple(m.evidence),
                terms=terms,
                links=tuple(links),
                rule=f"head:{m.head.kind.value}",
            )
        )
    return tuple(out), {k: tuple(v) for k, v in signed_by.items()}


def _open_renewal(text: str, terms: Terms) -> bool:
    if terms.evidence is None:
        return False
    m = agreement_lexicon().renewal.search(text, terms.evidence.start, terms.evidence.end)
    return bool(m and re.search(r"periods\b|\b(?:further|subsequent)\b", m.group(0), re.I))


def _terms_target(
    text: str,
    sentence: Span,
    cands: list[_Cand],
    base: int,
    si: int,
    sentences: Sequence[Span],
) -> _Cand | None:
    """The agreement a terms sentence speaks of: one in the sentence, else the earlier one of
    the paragraph that shares most content words with it, else one in the previous sentence."""
    here = cands[base:]
    if here:
        return here[-1]
    earlier = cands[:base]
    if not earlier:
        return None
    para = next((c.paragraph for c in reversed(earlier)), -1)
    same = [c for c in earlier if c.paragraph == para and c.paragraph >= 0]
    stems = _stems(text[sentence.start : sentence.end])
    scored = [
        (len(stems & _stems(text[c.sentence.start : c.sentence.end])), i, c)
        for i, c in enumerate(same)
    ]
    best = max(scored, default=None, key=lambda x: (x[0], x[1]))
    if best is not None and best[0] > 0:
        return best[2]
    if si > 0 and earlier[-1].sentence == sentences[si - 1]:
        return earlier[-1]
    return None


# "the contract between Gazprom and SOCAR signed last November", "a plan, which was signed"
_PARTICIPLE_GAP = re.compile(r"[\s,]*(?:(?:which|that)\s+(?:was|were|had been|has been)\s+)?")


def _participle_of(text: str, c: _Cand, s: SigningLike) -> bool:
    """Whether the signing is told by a participle right after the title ("under a contract
    signed in 2011"): it signs that document, even one cited as the basis of another."""
    return s.trigger.start >= c.span.end and (
        _PARTICIPLE_GAP.fullmatch(text, c.span.end, s.trigger.start) is not None
    )


def _parties_and_signing(
    text: str,
    c: _Cand,
    index: MentionIndex,
    signings: Sequence[SigningLike],
    clauses: Sequence[Clause],
) -> None:
    """Parties from the title, else from the signing event or the clause; signing date and
    place from the signing event of the sentence nearest to the title."""
    inside = index.actors_in(c.span)
    parties = [h.item for h in inside]
    title_clause = clause_at(clauses, c.span.start)
    near = [
        (i, s)
        for i, s in enumerate(signings)
        if s.sentence == c.sentence
        and s.modality is not Modality.NEGATED
        and s.clause.span == title_clause.span
        and (not c.link_target or _participle_of(text, c, s))
    ]
    if near:
        i, sig = min(
            near,
            key=lambda x: (abs(x[1].trigger.start - c.span.start), x[1].trigger.start),
        )
        c.signers.append(i)
        if sig.modality is Modality.HAPPENED:
            c.signed, c.place = sig.when, sig.place
        if not parties:
            parties = [
                p for p in sig.participants if index.actors[p].kind is not ActorKind.PERSON
            ] or list(sig.participants)
    if not parties and not c.link_target:
        clause = clause_at(clauses, c.span.start)
        parties = [
            h.item
            for h in index.actors_in(clause.span)
            if index.actors[h.item].kind is not ActorKind.PERSON
        ]
    seen: list[str] = []
    for p in parties:
        if p not in seen:
            seen.append(p)
    c.parties = seen
    del text
