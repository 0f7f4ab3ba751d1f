"""Events and agreements: triggers, participants, place, date, modality, linked documents.

Events are found sentence by sentence from the trigger lexicon (``triggers.toml``). Each
trigger takes its participants, date and place from its clause, then from its sentence, then
from context (an anaphoric "during the visit" takes that visit's date and place; collective
"the leaders of the two countries" takes the participants of the latest encounter). Mentions
of one event are merged into one :class:`~rusaz.Event` holding all its evidence. Agreements
come from :mod:`rusaz._extract.agreements`; each signing event links to what it signs.
See ``docs/events.md`` for the rules and the dating policy.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import timedelta

import attrs

from rusaz._dates import DateMention
from rusaz._extract._clauses import (
    Clause,
    DatesByOffset,
    MentionIndex,
    ParagraphIndex,
    _Hit,
    clause_at,
    clauses_of,
    sentences_of,
)
from rusaz._extract._events_lex import (
    Folded,
    Scan,
    Trigger,
    Words,
    event_lexicon,
    search,
)
from rusaz._extract.agreements import find_agreements
from rusaz._model import (
    Actor,
    ActorKind,
    Agreement,
    Event,
    EventDateSource,
    EventKind,
    FuzzyDate,
    MentionKind,
    Modality,
    ParticipantRole,
    Place,
    Precision,
    Span,
)
from rusaz._text import Document

__all__ = ["find_events", "find_events_and_agreements"]

# Kinds of encounter: they merge across the whole article and silence weak triggers.
_CONTACT = frozenset(
    {EventKind.VISIT, EventKind.MEETING, EventKind.CALL, EventKind.SUMMIT, EventKind.SIGNING}
)
_ARTICLE_SCOPE = frozenset(
    {
        EventKind.VISIT,
        EventKind.MEETING,
        EventKind.CALL,
        EventKind.SUMMIT,
        EventKind.CEASEFIRE,
        EventKind.ELECTION,
        EventKind.AWARD,
        EventKind.ATTACK,
    }
)
# Armed acts are acts of states: a nationality adjective in the clause names a participant.
_ARMED = frozenset({EventKind.MILITARY, EventKind.ATTACK, EventKind.CEASEFIRE})
_THE = frozenset({"the"})
_NO_UNTIL = frozenset({"until", "till"})
# "He said", "Later, she met", "On Thursday he will visit" (a fronted time needs no comma)
_SUBJECT_PRONOUN = re.compile(
    r"\W*(?:[\w ]{0,25},\s*|(?:on|in|at|later|earlier|then|next|afterwards|today|tomorrow)"
    r"\b[\w ]{0,20}?\s+)?(?:he|she)\b",
    re.I,
)
_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b", re.I)
_WHO = re.compile(r"\W*who\b", re.I)
_BARE_WHO = re.compile(r"(?<=[^\W\d_] )who\b", re.I)  # "peacekeepers who", no comma before
_APPOSITION = re.compile(r"\s*(?:,\s+(?:a|an|the)\s+[^,;]{0,60}?\s*)?")
# "The meeting of the working group ...", "The talks between A and B": a noun with its own
# complement names an encounter of its own
_OWN_COMPLEMENT = re.compile(r"\s+(?:of|between|with|on)\b", re.I)
_RELATIVE = re.compile(r"\W*(?:who|which|whose|whom)\b", re.I)
# one person of a body the text names ("a member of the Russian delegation", "a source in the
# Kremlin"): nobody named speaks, not the body ("an EU spokesperson" is the EU speaking)
_MEMBER_OF_BODY = re.compile(
    r"\s*(?:a|an|one|another)\s.*\s(?:of|in|at|from|close to|familiar with)\s", re.I
)
_PREPOSITION_WHICH = re.compile(
    r"\W*(?:under|by|through|according to|in accordance with|in|with|from|at|during) which\b",
    re.I,
)
_NOT_AFTER_WINDOW = 80  # characters before a trigger its ``not_after`` pattern looks at
_HEADS_NOUN = re.compile(r"\b(?:leaders|presidents|heads)\b", re.I)
_ORDER = list(Precision)  # finest first
_LONGEST_SPAN = 366  # days an event told by its first and last day may last
_NEWS_DAYS = timedelta(days=7)
_NEWS_DAY_WORDS = (
    "later",
    "earlier",
    "during",
)  # how far back a report's "day" lies from its publication
_COUNTED = re.compile(r"\b(?:two|three|both)\b", re.I)
_TALKS = frozenset({EventKind.MEETING, EventKind.CALL})
_YEARLY = frozenset({Precision.YEAR, Precision.DECADE})


@attrs.define
class _Ev:
    """An event while it is being built (mutable; frozen into :class:`Event` at the end)."""

    kind: EventKind
    sentence: Span
    paragraph: int
    clause: Clause
    trigger: Span
    rule: str
    anaphoric: bool
    definite: bool = False
    explicit: bool = False
    clauses: tuple[Clause, ...] = ()
    refers: _Ev | None = None
    participants: list[str] = attrs.Factory(list)
    roles: list[ParticipantRole] = attrs.Factory(list)
    when: FuzzyDate | None = None
    date_source: str = "none"
    place: str | None = None
    modality: Modality = Modality.HAPPENED
    evidence: list[Span] = attrs.Factory(list)
    agreements: list[str] = attrs.Factory(list)
    own_date: bool = False
    own_participants: bool = False
    countries: frozenset[str] = frozenset()
    reference: bool = False
    talk: bool = False  # talks of a collective subject: a meeting or the call told before
    follow: bool = False  # "The document was signed by ...": the signing told just before
    absorbed: set[str] = attrs.Factory(set)  # the rules of the mentions merged into it
    opening: bool = False  # "The talks were convened by ...": a definite subject refers back
    unnamed: bool = False  # "..., diplomats said": a speaker the text does not name
    pronoun: bool = False  # its subject pronoun was resolved ("he would travel": the speaker)
    purpose: bool = False  # "to prepare the first meeting": a goal, dated by nothing told


# --- trigger matching -------------------------------------------------------------------------


def _matches(text: str, sentence: Span, scan: Scan | None = None) -> list[tuple[Span, Trigger]]:
    """Non-overlapping trigger matches of one sentence: longest first, then lexicon order.

    Each trigger keeps the leftmost non-overlapping matches ``finditer`` would give it, but
    it is tried only where the first-word index (``scan``, of the whole text) says it may
    match."""
    lex = event_lexicon()
    if lex.trigger_index is None:
        return _matches_slow(text, sentence)
    if scan is None:
        scan = lex.trigger_index.scan(Words(text))
    found: list[tuple[Span, Trigger]] = []
    triggers = lex.triggers
    patterns = lex.trigger_patterns
    s_start = sentence.start
    for i, ms in scan.finditer(patterns, s_start, sentence.end):
        trig = triggers[i]
        for m in ms:
            m_start, m_end = m.span()
            if m_end == m_start:
                continue
            if trig.not_after is not None and trig.not_after.search(
                text, max(s_start, m_start - _NOT_AFTER_WINDOW), m_start
            ):
                continue
            if _no_event_word(text, s_start, m_start, m_end):
                continue
            found.append((Span(m_start, m_end), trig))
    return _keep_matches(found)


def _no_event_word(text: str, s_start: int, m_start: int, m_end: int) -> bool:
    """A plural noun listed as what a document provides for ("provides for business
    missions, joint exhibitions") names a kind of activity, not an event; a present "says"
    in a relative or parenthetical clause ("which Moscow says must be") a standing claim."""
    if text[m_end - 1] not in "sS":
        return False
    window = max(s_start, m_start - _NOT_AFTER_WINDOW)
    lex = event_lexicon()
    if m_end - m_start == 4 and text[m_start:m_end].casefold() == "says":
        return lex.standing_claim.search(text, window, m_start) is not None
    return lex.content.search(text, window, m_start) is not None


def _matches_slow(text: str, sentence: Span) -> list[tuple[Span, Trigger]]:
    """:func:`_matches` by one ``finditer`` per trigger (patterns that can match empty)."""
    found: list[tuple[Span, Trigger]] = []
    for trig in event_lexicon().triggers:
        for m in trig.pattern.finditer(text, sentence.start, sentence.end):
            if trig.not_after is not None and trig.not_after.search(
                text, max(sentence.start, m.start() - _NOT_AFTER_WINDOW), m.start()
            ):
                continue
            if m.end() > m.start() and not _no_event_word(text, sentence.start, m.start(), m.end()):
                found.append((Span(m.start(), m.end()), trig))
    return _keep_matches(found)


def _keep_matches(found: list[tuple[Span, Trigger]]) -> list[tuple[Span, Trigger]]:
    """The longest matches that overlap no longer one; weak triggers only when alone."""
    found.sort(key=lambda x: (-(x[0].end - x[0].start), x[1].order, x[0].start))
    kept: list[tuple[Span, Trigger]] = []
    for span, trig in found:
        if any(span.overlaps(k) for k, _ in kept):
            continue
        kept.append((span, trig))
    if any(t.kind in _CONTACT and not t.weak and not t.anaphoric for _, t in kept):
        kept = [(s, t) for s, t in kept if not t.weak]
    kept.sort(key=lambda x: x[0].start)
    return kept


def _word_before(text: str, sentence: Span, trigger: Span) -> str | None:
    """The word before a trigger (in the sentence, at most 30 characters back), folded."""
    words = text[max(sentence.start, trigger.start - 30) : trigger.start].split()
    return words[-1].casefold().strip(",") if words else None


_QUOTE_ENDS = ('"', "\u201d", ",")
# Happenings that go on without one who stays away ("will not take part in the meeting of CIS
# leaders", "did not travel to Moscow for the celebrations", "boycotted the elections"); a
# bilateral encounter does not.
_GOES_ON = frozenset(EventKind) - {
    EventKind.MEETING,
    EventKind.VISIT,
    EventKind.CALL,
    EventKind.SIGNING,
}
_WORD = re.compile(r"\S+")
_SPEECH_CUE_WORDS = 4
_SPEECH_AFTER = 2  # words after a speech verb that may hold its own modality cue
_NEAR_CUE_WORDS = 2  # words before a cancelling that may hold its cue ("will be cancelled")


def _modality(
    text: str,
    clause: Clause,
    trigger: Span,
    kind: EventKind,
    sentence: Span | None = None,
    near: bool = False,
) -> Modality:
    """Negated, hypothetical or planned by the cues of the trigger's clause, else happened;
    negated too after a denial earlier in its sentence ("denied reports that a visit ...")."""
    lex = event_lexicon()
    if (
        sentence is not None
        and kind is not EventKind.STATEMENT
        and lex.denial.search(text, sentence.start, trigger.start) is not None
    ):
        return Modality.NEGATED
    if kind not in _GOES_ON and lex.absent.search(text, clause.span.start, trigger.start):
        return Modality.NEGATED  # "would not travel to Moscow for a session of the commission"
    # a speech act's own words ("agreed to remain in contact") say nothing of its modality
    spoken = kind is EventKind.STATEMENT
    start = clause.span.start
    if spoken:
        # nor do the quoted words before it ('"... will be expanded," he said')
        start = max(start, *(text.rfind(q, start, trigger.start) + 1 for q in _QUOTE_ENDS))
    if spoken or near:
        # nor do the nouns of its clause ("exchanged greetings on the upcoming holidays and
        # confirmed"): only the few words right before the verb ("will say", "is expected to")
        words = list(_WORD.finditer(text, start, trigger.start))
        reach = _SPEECH_CUE_WORDS if spoken else _NEAR_CUE_WORDS
        if len(words) > reach:
            start = words[-reach].start()
    before_end = trigger.start if spoken else trigger.end  # the cues before: text[start:]
    after_end = min(clause.span.end, trigger.end + 90)  # the cues after: text[trigger.end:]
    coordinated = lex.next_predicate.search(text, trigger.end, after_end)
    if coordinated is not None:
        after_end = coordinated.start()
    if spoken or near:
        # only the words right after a speech verb are its cues ("said nothing"), not those of
        # what it reports ("said the sides will meet again"); nor are the words after a
        # postponing those of the act ("has postponed the flights, originally planned for")
        after = list(itertools.islice(_WORD.finditer(text, trigger.end, after_end), _SPEECH_AFTER))
        after_end = after[-1].end() if after else trigger.end
    for mod, cues_before, cues_after in lex.modality_any:
        if mod is Modality.NEGATED:
            head = text[start : trigger.start].split()
            window = " ".join(head[-3:]) + " " + text[trigger.start : trigger.end]
            found = cues_before.search(window)
        else:
            found = cues_before.search_slice(text, start, before_end)
        if found or cues_after.search_slice(text, trigger.end, after_end):
            return mod
    return Modality.HAPPENED


# --- participants -------------------------------------------------------------------------------


def _heads_of(
    countries: set[str], index: MentionIndex, text: str, titles: tuple[str, ...]
) -> list[str]:
    """Person actors holding one of ``titles`` for the given country codes (by their roles or
    by the role phrases that mention them: "the President of Russia"); former and late
    office holders excluded. Found once per text for each question (``index.memo``)."""
    key = ("heads_of", frozenset(countries), titles)
    known = index.memo.get(key)
    if known is None:
        known = index.memo[key] = _find_heads(countries, index.actors, text, titles)
    return list(known)


def _find_heads(
    countries: set[str], actors: dict[str, Actor], text: str, titles: tuple[str, ...]
) -> list[str]:
    exclude = event_lexicon().head_exclude
    out = []
    for a in actors.values():
        if a.kind is not ActorKind.PERSON:
            continue
        said = [m.span.slice(text) for m in a.mentions if m.kind is MentionKind.ROLE]
        said += [r.title for r in a.roles if (r.country or a.country) in countries]
        said = [t for t in said if not any(x in t.casefold() for x in exclude)]
        if a.country in countries and any(
            re.search(rf"\b{re.escape(t)}\b", phrase, re.I) for t in titles for phrase in said
        ):
            out.append(a.id)
    return out


def _collective(
    text: str, span: Span, index: MentionIndex, history: Sequence[_Ev]
) -> list[str] | None:
    """Participants named collectively in ``span``; None when no collective phrase occurs."""
    lex = event_lexicon()
    for pattern in lex.collective_heads:
        m = search(pattern, text, span.start, span.end)
        if m is None:
            continue
        inner = Span(m.start(1), m.end(1)) if m.lastindex else Span(m.start(), m.end())
        codes = {
            index.actors[h.item].country
            for h in index.actors_in(inner)
            if index.actors[h.item].kind is ActorKind.COUNTRY
        }
        noun = m.group(0).casefold().split(" of ")[0]
        # "the presidents of X and Y" are presidents; "the leaders of ..." any head
        titles = ("president",) if "president" in noun else lex.head_titles
        heads = _heads_of({c for c in codes if c}, index, text, titles)
        if heads:
            return heads
    if not lex.collective_any.search(text, span.start, span.end):
        return None
    for pattern in lex.collective_context:
        m = search(pattern, text, span.start, span.end)
        if m is None:
            continue
        pairs = [ev for ev in history if ev.kind in _CONTACT and len(ev.participants) >= 2]
        # ("the two sides also agreed": those who met, not those of a meeting only planned)
        pairs = [ev for ev in pairs if ev.modality is Modality.HAPPENED] or pairs
        if _HEADS_NOUN.search(m.group(0)):
            # "the two presidents": the latest encounter of heads, not of their ministers;
            # when counted, of that many heads, and only those heads (not the five leaders of
            # a plenary told in between)
            countries = {c for a in index.actors.values() if (c := a.country) is not None}
            # ("the heads of state" and "the presidents" are no prime ministers)
            said = m.group(0).casefold()
            state = "president" in said or "of state" in said
            titles = lex.state_head_titles if state else lex.head_titles
            chiefs = set(_heads_of(countries, index, text, titles))
            count = _COUNTED.search(m.group(0))
            if count is not None:
                # that many persons met, a head among them ("Medvedev and his Azerbaijani
                # counterpart Aliyev signed ... The two leaders also signed ...")
                n = 2 if count.group(0).casefold() in ("two", "both") else 3
                persons = [
                    [p for p in ev.participants if index.actors[p].kind is ActorKind.PERSON]
                    for ev in pairs
                ]
                counted = [ps for ps in persons if len(ps) == n and chiefs & set(ps)]
                if counted:
                    return counted[-1]
            met = [ev for ev in pairs if len(chiefs & set(ev.participants)) >= 2]
            if not met and len(chiefs) == 2:  # no encounter of theirs told: the two heads
                return [a for a in index.actors if a in chiefs]
            if met:  # the heads of that encounter, not the ministers and states told with them
                return [p for p in met[-1].participants if p in chiefs]
            if state and pairs:
                # a head the text gives no title ("Putin held talks with President Aliyev and
                # Prime Minister Asadov. The presidents signed"): all but the other offices
                others = set(_heads_of(countries, index, text, lex.head_titles)) - chiefs
                return [p for p in pairs[-1].participants if p not in others]
        return list(pairs[-1].participants) if pairs else []
    return None


def _subject_before(text: str, ev: _Ev, index: MentionIndex) -> str | None:
    """The first actor of the nearest earlier clause of the sentence that opens with no
    coordinated predicate (and is no relative clause)."""
    lex = event_lexicon()
    for c in reversed([c for c in ev.clauses if c.span.end <= ev.clause.span.start]):
        if lex.predicates.match(text, c.span.start, c.span.end) or _RELATIVE.match(
            text, c.span.start, c.span.end
        ):
            continue
        hits = index.actors_in(c.span)
        if hits:
            return hits[0].item
    return None


def _is_collective(text: str, span: Span) -> bool:
    """Whether ``span`` names its actors only collectively ("the parties discussed")."""
    return event_lexicon().collective_any.search(text, span.start, span.end)


def _pronoun_antecedent(
    text: str, ev: _Ev, index: MentionIndex, history: Sequence[_Ev], speaker: bool
) -> _Hit | None:
    """ "..., he said", "he laid a wreath": the person a pronoun right before the trigger
    stands for. For a speech act, the speaker of the statement told last (in the sentences
    before), else the last person named before the sentence; for other acts, the first
    person (the subject) of the last sentence before that names one; "it" before an act is the
    state or body named last."""
    before = text[max(ev.clause.span.start, ev.trigger.start - 12) : ev.trigger.start]
    words = before.split()
    if words and words[-1] == "I":  # "I visited it myself in March": the person interviewed
        return index.interviewee
    if words and words[-1].casefold() == "we" and index.interviewee is not None:
        return index.interviewee  # "We signed a roadmap in March": the interviewee's side
    if words and speaker and words[-1].casefold() in event_lexicon().body_pronouns:
        return _body_speaker(ev, index, history)  # "It said ...": the body that spoke last
    if words and words[-1].casefold() in event_lexicon().body_pronouns:
        # "Baku has also hedged. In July 2022 it signed a memorandum": the state or body
        # named last
        bodies = [
            h
            for h in index.actors_in(Span(0, ev.sentence.start))
            if index.actors[h.item].kind is not ActorKind.PERSON
        ]
        return bodies[-1] if bodies else None
    if not words or words[-1].casefold() not in event_lexicon().speaker_pronouns:
        return None
    persons = [
        h
        for h in index.actors_in(Span(0, ev.sentence.start))
        if index.actors[h.item].kind is ActorKind.PERSON
    ]
    if not speaker:
        # "Overchuk said ... that he would travel to Baku": the speaker of the verb that
        # reports it
        for prev in reversed(history):
            if prev.sentence != ev.sentence:
                break
            if prev.kind is EventKind.STATEMENT and prev.trigger.end <= ev.trigger.start:
                said = [
                    h
                    for h in index.actors_in(ev.sentence)
                    if prev.participants[:1] == [h.item]
                    and index.actors[h.item].kind is ActorKind.PERSON
                ]
                if said:
                    return said[0]
        # the subject of the sentence told last: its first person, else the last one named
        for prev in reversed(history):
            if prev.sentence.start < ev.sentence.start:
                inside = [h for h in persons if prev.sentence.contains(Span(h.start, h.end))]
                if inside:
                    return inside[0]
                break
        return persons[-1] if persons else None
    told = [p for p in history if p.sentence.start < ev.sentence.start]
    for prev in reversed(told):
        if prev.kind is EventKind.STATEMENT:
            # ("Aliyev called the meeting a success. Pashinyan was more cautious. He told
            # reporters ...": a person named in a sentence of no event after the statement)
            quiet = max(p.sentence.end for p in told)
            tail = [h for h in persons if h.start >= max(quiet, prev.sentence.end)]
            if tail:
                return tail[0]
            said = [h for h in persons if h.item in prev.participants[:1]]
            if said:
                return said[-1]
            break
    return persons[-1] if persons else None


def _body_speaker(ev: _Ev, index: MentionIndex, history: Sequence[_Ev]) -> _Hit | None:
    """The organization that made the statement told last, for "It said ..."."""
    for prev in reversed(history):
        if prev.kind is EventKind.STATEMENT and prev.sentence.start < ev.sentence.start:
            first = prev.participants[:1]
            if first and index.actors[first[0]].kind is ActorKind.ORGANIZATION:
                hits = [h for h in index.actors_in(prev.sentence) if h.item == first[0]]
                return hits[-1] if hits else None
            return None
    return None


_INVERSION_WORDS = frozenset({"also", "then", "later", "earlier", "as", "so"})
_CLAUSE_WORD = re.compile(r"\b(?!(?:and|the|of|for|on|in|with)\b)[a-z]{3,}\b")


def _body_named_before(
    text: str, ev: _Ev, index: MentionIndex, window: int, subject: bool = False
) -> str | None:
    """ "The ministry said", "the carrier said" (or, as ``subject``, "The group is to hold its
    first meeting"): the organization named last before whose name (as written) holds that
    noun or one of its synonyms, if any."""
    lex = event_lexicon()
    if subject:
        m = lex.definite_subject.match(text, ev.clause.span.start, ev.trigger.start)
    else:
        m = lex.definite_body.search(text, window, ev.trigger.start)
    if m is None:
        return None
    noun = m.group("noun").casefold()
    heads = {noun} | lex.body_synonyms.get(noun, frozenset())
    for h in reversed(index.actor_hits):
        if h.end > m.start():
            continue
        if index.actors[h.item].kind is not ActorKind.ORGANIZATION:
            continue
        if heads & set(text[h.start : h.end].casefold().split()):
            return h.item
    return None


def _interview(text: str, clause: Span, trigger: Span, index: MentionIndex) -> bool:
    """Whether "by telephone" tells of words given to the press ("told Trend by telephone from
    Moscow", "told reporters by phone"): an outlet or the press spoken to right before it."""
    start = max(clause.start, trigger.start - 60)
    if event_lexicon().told_press.search(text, start, trigger.start) is not None:
        return True
    return any(_addressed(text, h, index) for h in index.actors_in(Span(start, trigger.start)))


_COMMA_WHO = re.compile(r",\s+(?:who|whom|whose|which)\b", re.I)


def _relative_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ", who ... ," clauses between ``start`` and ``end`` (offsets of each)."""
    out = []
    for m in _COMMA_WHO.finditer(text, start, end):
        close = text.find(",", m.end(), end)
        if close > 0:
            out.append((m.start(), close))
    return out


def _owner_of(h: _Hit, index: MentionIndex) -> bool:
    """Whether a person's mention is a possessive ("Aliyev's adviser"): the person owns
    what follows and does not speak."""
    return (
        index.actors[h.item].kind is ActorKind.PERSON
        and event_lexicon().possessive.match(index.text, h.end) is not None
    )


def _speaker_np(text: str, ev: _Ev, before: list[_Hit]) -> list[_Hit]:
    """The speaker among the actors before a speech verb: those after a quote or after the
    comma that closes a reported clause ("Putin and Aliyev held talks, Kremlin aide Yury
    Ushakov told Interfax": Ushakov), else all of them ("Putin, Aliyev and Pashinyan said")."""
    start = ev.clause.span.start
    quote = max(text.rfind(q, start, ev.trigger.start) for q in ('"', "\u201d"))
    comma = text.rfind(",", start, ev.trigger.start)
    cut = quote
    if comma > quote and _CLAUSE_WORD.search(text, max(start, quote + 1), comma):
        cut = comma
    near = [h for h in before if h.start > cut] if cut >= start else []
    return near or before


_SUBJECT_WORD = re.compile(r"[^\W\d_]", re.U)


def _inverted(text: str, ev: _Ev) -> bool:
    """Whether the speaker may follow the verb ('"...," said Lavrov', "According to Lavrov"):
    no subject stands before it in its clause ("The ministry said Ambassador X was handed a
    note": the ambassador is no speaker)."""
    before = text[ev.clause.span.start : ev.trigger.start].rstrip()
    if not before or before[-1] in "\"\u201d',:;(—–-":
        return True
    tail = before.split()[-1]
    return not _SUBJECT_WORD.search(tail) or tail.casefold() in _INVERSION_WORDS


def _coordinated_speaker(text: str, ev: _Ev, history: Sequence[_Ev]) -> list[str] | None:
    """The speaker of a speech verb coordinated with an earlier one of its sentence by "and" or
    "but" ("the Azerbaijani leader said that ... and called on the co-chairs to ..."), if any."""
    before = text[max(ev.sentence.start, ev.trigger.start - 5) : ev.trigger.start]
    if not before.endswith(("and ", "but ")):
        return None
    for prev in reversed(history):
        if prev.sentence != ev.sentence:
            return None
        if prev.kind is EventKind.STATEMENT and prev.participants:
            return list(prev.participants)
    return None


def _interviewee(doc: Document, index: MentionIndex) -> _Hit | None:
    """The person a question-and-answer interview is with: the first person the body names,
    when at least two paragraphs open with a question mark ("Q:", a dash)."""
    marks = event_lexicon().question_marks
    questions = [p for p in doc.paragraphs if doc.text.startswith(marks, p.start)]
    if len(questions) < 2:
        return None
    persons = [
        h
        for h in index.actors_in(Span(doc.paragraphs[0].start, questions[0].start))
        if index.actors[h.item].kind is ActorKind.PERSON
    ]
    return persons[0] if persons else None


def _titled(text: str, ev: _Ev, index: MentionIndex) -> _Hit | None:
    """ "The minister noted ...", "the Russian Deputy Prime Minister said": the person last
    named before the sentence whose title (as the text gives it) holds those words."""
    lex = event_lexicon()
    m = lex.title_subject.fullmatch(text, ev.clause.span.start, ev.trigger.start)
    if m is None:
        # '"...", the minister said' and "X remains in force, the minister said": the title
        # after the last comma before the verb
        comma = text.rfind(",", ev.clause.span.start, ev.trigger.start)
        if comma < 0:
            return None
        m = lex.title_subject.fullmatch(text, comma + 1, ev.trigger.start)
        if m is None:
            return None
    title = " ".join(m.group("title").casefold().replace("-", " ").split())
    titles = lex.title_synonyms.get(title, (title,))
    code = lex.demonyms.get(m.group("dem").casefold()) if m.group("dem") else None
    for h in reversed(index.actors_in(Span(0, ev.sentence.start))):
        actor = index.actors[h.item]
        if actor.kind is not ActorKind.PERSON or (code is not None and actor.country != code):
            continue
        said = [x.span.slice(text) for x in actor.mentions if x.kind is MentionKind.ROLE]
        said += [r.title for r in actor.roles]
        said_words = [" ".join(t.casefold().replace("-", " ").split()) for t in said]
        if any(_holds(title, t, lex.title_prefixes) for title in titles for t in said_words):
            return h
    return None


def _holds(title: str, said: str, prefixes: tuple[str, ...]) -> bool:
    """Whether a title as the text gives it holds ``title`` as an office of its own ("prime
    minister" holds no plain "minister", "vice president" no "president")."""
    bare = {p.rstrip("-") for p in prefixes}
    for m in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", said):
        before = said[: m.start()].split()
        if not before or before[-1] not in bare:
            return True
    return False


def _addressed(text: str, h: _Hit, index: MentionIndex) -> bool:
    """Whether an organization is only spoken to ("told Interfax", "a spokesman told Reuters")."""
    if index.actors[h.item].kind is not ActorKind.ORGANIZATION:
        return False
    return event_lexicon().addressee.search(text, max(0, h.start - 30), h.start) is not None


def _participants(
    text: str,
    ev: _Ev,
    index: MentionIndex,
    history: Sequence[_Ev],
    role: str | None,
    speaker: bool = False,
    speaker_after: bool = False,
    speech: Sequence[Span] = (),
) -> None:
    """Fill the event's participants and roles from its clause, sentence or context; a
    speech act takes only its speaker (the actors before it, else the first after it); a
    person honoured ("the memory of Heydar Aliyev") or absent ("will not attend"), or an
    organization spoken to ("told Interfax"), takes no part."""
    lex = event_lexicon()
    commemorated = lex.commemorated
    owners: list[_Hit] = []
    # a transcript's speaker label ("MIKHAIL BOCHARNIKOV: The declaration, signed by our
    # presidents, ...") names who speaks, not who takes part in what is told
    label = lex.speaker_label.match(text, ev.sentence.start, ev.sentence.end)
    # "He will not take part in the meeting of CIS leaders": the meeting goes on without him
    absent = (
        lex.absent.search(text, ev.clause.span.start, ev.trigger.start)
        if ev.kind in _GOES_ON
        else None
    )
    hits = [
        h
        for h in index.actors_in(ev.clause.span)
        if not commemorated.search(text, max(ev.clause.span.start, h.start - 60), h.start)
        and (absent is None or h.start >= absent.start())
        and not _addressed(text, h, index)
        and not (label is not None and h.start < label.end())
    ]
    # "Mustafayev said the next meeting would be held in Baku": a gathering reported with no
    # actor between the speech verb and it is not the speaker's
    said = max(
        (x for x in speech if ev.clause.span.start <= x.start and x.end <= ev.trigger.start),
        key=lambda x: x.start,
        default=None,
    )
    if (
        not speaker
        and said is not None
        and ev.kind in _CONTACT
        and not index.actors_in(Span(said.end, ev.trigger.start))
        and lex.passive_gathering.match(text, ev.trigger.end, ev.clause.span.end) is not None
    ):
        hits = [h for h in hits if h.start >= said.end]
    # "the deaths of peacekeepers who were killed when ... came under fire": the event of a
    # relative clause without a comma takes only the actors after its "who" (the people
    # before are the main clause's), unless an actor stands right before the "who"
    who = None
    for w in _BARE_WHO.finditer(text, ev.clause.span.start, ev.trigger.start):
        who = w
    if who is not None and "," in text[who.end() : ev.trigger.start]:
        who = None  # "Aliyev, a former member who speaks Russian, said": the clause has ended
    if who is not None:
        named = [h for h in hits if h.end <= who.start()]
        # the actor before is the antecedent when right before "who" or before an apposition
        # ("Elchibey, a former dissident who won the election")
        if named and _APPOSITION.fullmatch(text, named[-1].end, who.start()):
            who = None
        else:
            hits = [h for h in hits if h.start >= who.end()]
    said_by = _pronoun_antecedent(text, ev, index, history, speaker) or _titled(text, ev, index)
    spoken = speaker or ev.kind is EventKind.STATEMENT
    also = _coordinated_speaker(text, ev, history) if spoken else None
    if also is not None:
        # "X said that ... and called on Y to ...": the speaker of the sentence's first verb
        ev.participants = list(also)
        ev.own_participants = True
        return
    between = False
    if ev.kind in _CONTACT and not speaker:
        # "a phone call between Putin and Aliyev", "talks between the two presidents": those
        # named in the phrase, not the actors of the rest of the clause
        m = lex.between.match(text, ev.trigger.end, ev.clause.span.end)
        if m is not None:
            stop = text.find(",", m.end(), ev.clause.span.end)
            inside = [h for h in hits if m.end() <= h.start and (stop < 0 or h.end <= stop)]
            if inside:
                hits, between = inside, True
    ev.pronoun = said_by is not None
    if said_by is not None and speaker:
        hits = [said_by]
    elif said_by is not None:  # "he laid a wreath at ...": the pronoun's person acts
        hits = [said_by, *(h for h in hits if h.item != said_by.item)]
    elif speaker_after and hits:
        # "The community, according to Medvedev, numbers ...": the source follows
        hits = [h for h in hits if h.start >= ev.trigger.end][:1]
    elif speaker and hits:
        owners = [h for h in hits if h.end <= ev.trigger.start and _owner_of(h, index)]
        # ("Lavrov, who spoke by phone with his Azerbaijani counterpart on Monday, said": the
        # people of a relative clause inside the speaker's phrase do not speak)
        inner = _relative_spans(text, ev.clause.span.start, ev.trigger.start)
        hits = _speaker_np(
            text,
            ev,
            [
                h
                for h in hits
                if h.end <= ev.trigger.start
                and h not in owners
                and not any(a <= h.start < b for a, b in inner)
            ],
        ) or (
            [
                h
                for h in hits
                if h.start >= ev.trigger.end and not lex.reported_subject.match(text, h.end)
            ][:1]
            if _inverted(text, ev) and not owners
            else []
        )
    ids: list[str] = []
    for h in hits:
        item = _delegation(text, h.start, h.end, index, history) or h.item
        if item not in ids:
            ids.append(item)
        following = text[h.end : h.end + 12].split()[:1]
        side = bool(following) and following[0].casefold() in lex.country_nouns
        if item != h.item and side and h.item not in ids:
            ids.append(h.item)  # "the Russian side": Russia as well as its delegation
    window = max(ev.clause.span.start, ev.trigger.start - 80)
    if speaker and ids:
        # "a member of the Russian delegation told Kommersant", "Russian officials said":
        # someone the text does not name speaks, not the state or delegation named with them
        m = lex.unnamed_speaker.search(text, window, ev.trigger.start)
        if m is not None and _MEMBER_OF_BODY.match(m.group(0)):
            ids = []
    if speaker and not ids:
        body = _body_named_before(text, ev, index, window)
        if body is not None:
            ids.append(body)
    unnamed = (
        speaker
        and not ids
        and (
            # "Vafa Guluzade, Aliyev's adviser, said": not Aliyev, nor another
            bool(owners)
            or any(
                _owner_of(h, index)
                for h in index.actors_in(
                    Span(max(ev.sentence.start, ev.trigger.start - 80), ev.trigger.start)
                )
            )
            or lex.unnamed_speaker.search(text, window, ev.trigger.start) is not None
            or lex.unknown_speaker.search(text, window, ev.trigger.start) is not None
        )
    )  # "..., diplomats said": people the text does not name, no actor of another clause
    # ("Putin said Russia was ready to help the parties": the parties spoken of take no part)
    ev.unnamed = unnamed
    relative = _WHO.match(text, ev.clause.span.start, ev.clause.span.end) is not None
    # ("Lavrov, who spoke with his counterpart, said ... if both sides agreed": Lavrov speaks,
    # not "both sides" of what he says)
    antecedent = (
        speaker
        and relative
        and bool(index.actors_in(Span(ev.sentence.start, ev.clause.span.start)))
    )
    extra = (
        None
        if speaker and (ids or unnamed or antecedent)
        else _collective(text, ev.clause.span, index, history)
    )
    if extra:
        ids.extend(i for i in extra if i not in ids)
    if relative:
        # "Aliyev, who is on a visit to Russia, ...": the relative clause's subject, named
        # right before it (not "Putin ... for the deaths of peacekeepers who were killed")
        before = index.actors_in(Span(ev.sentence.start, ev.clause.span.start))
        if (
            before
            and before[-1].item not in ids
            and not text[before[-1].end : ev.clause.span.start].strip(" ,")
        ):
            ids.insert(0, before[-1].item)
    elif not between and lex.predicates.match(text, ev.clause.span.start, ev.clause.span.end):
        # "Aliyev arrived in Sochi, held talks with Gazprom": the subject of the nearest
        # clause before that is no coordinated predicate itself
        subject = _subject_before(text, ev, index)
        if subject is not None and subject not in ids:
            ids.insert(0, subject)
    if not ids and not speaker:
        body = _body_named_before(text, ev, index, window, subject=True)
        if body is not None:
            ids.append(body)  # "The group is to hold its first meeting by January 30"
    ev.own_participants = bool(ids)
    # ("peacekeepers who were killed": people the text does not name, not the main clause's)
    unnamed = unnamed or ((relative or who is not None) and not ids)
    if not ids and not unnamed:
        # the nearest clause of the sentence that names actors, earlier clauses first
        # (the main clause usually holds the subject)
        others = sorted(
            (c for c in ev.clauses if c.span != ev.clause.span),
            key=lambda c: (
                c.span.start > ev.clause.span.start,
                abs(c.span.start - ev.clause.span.start),
            ),
        )
        for c in others:
            found = [
                h.item
                for h in index.actors_in(c.span)
                if not (label is not None and h.start < label.end())
            ]
            if found:
                ids.extend(dict.fromkeys(found))
                break
    if not ids and not unnamed:
        extra = _collective(text, ev.sentence, index, history)
        if extra:
            ids.extend(extra)
    ev.participants = ids
    ev.countries = frozenset(p for p in ids if index.actors[p].kind is ActorKind.COUNTRY)
    roles: dict[str, str] = {}
    clause = ev.clause.span
    for name, pattern in lex.roles if lex.roles_any.search(text, clause.start, clause.end) else ():
        for m in pattern.finditer(text, clause.start, clause.end):
            after = [h for h in hits if h.start >= m.end()]
            if after:
                roles.setdefault(after[0].item, name)
    if role is not None:
        subjects = [h.item for h in hits if h.start < ev.trigger.start] or [
            h.item for h in hits if h.start >= ev.trigger.end
        ][:1]
        if role == "signatory":
            subjects = ids
        for item in subjects:
            roles.setdefault(item, role)
    ev.roles = [ParticipantRole(a, r) for a, r in sorted(roles.items()) if a in ids]


# --- dates and places ---------------------------------------------------------------------------


# ("the November 9, 2020 statement"; not "in the first quarter, but declined to give a date")
_ATTRIBUTIVE = re.compile(
    r"(?:,(?!\s+(?:but|and|or|while|whereas|which|who|where|when|as|after|before|since|although"
    r"|though|then|yet|so|he|she|it|they|we|the|a|an)\b))?\s(?-i:[a-z])",
    re.I,
)


def _attributive(text: str, d: DateMention) -> bool:
    """A date that names a thing rather than dating an event: "the November 9 statement", "the
    Agreement ... on mutual trips of citizens of 1997" (asked once per date of a
    :class:`Folded` text)."""
    memo = text.memo if isinstance(text, Folded) else None
    key = ("attributive", d.span.start, d.span.end)
    if memo is not None and key in memo:
        return memo[key]
    before = text[max(0, d.span.start - 4) : d.span.start].casefold()
    lex = event_lexicon()
    found = (
        (before.endswith("the ") and _ATTRIBUTIVE.match(text, d.span.end) is not None)
        or search(lex.attributive, text, max(0, d.span.start - 70), d.span.start) is not None
        or (
            d.month is None
            and before.endswith("of ")
            and search(lex.title_year, text, max(0, d.span.start - 200), d.span.start) is not None
        )
    )
    if memo is not None:
        memo[key] = found
    return found


def _validity(text: str, d: DateMention) -> bool:
    """A year or span of years a document is valid for, not an event date ("a plan of
    consultations for 2021-2022")."""
    if d.when is None or d.when.precision not in _YEARLY:
        return False
    memo = text.memo if isinstance(text, Folded) else None
    key = ("validity", d.span.start)
    if memo is not None and key in memo:
        return memo[key]
    found = (
        search(event_lexicon().validity, text, max(0, d.span.start - 30), d.span.start) is not None
    )
    if memo is not None:
        memo[key] = found
    return found


def _dates_in(
    dates: Sequence[DateMention], span: Span, text: str = "", naming: bool = False
) -> list[DateMention]:
    """The dates inside ``span`` that can date an event: no deadline, and (given the text) no
    validity period and, unless ``naming``, no date that names a document."""
    return [
        d
        for d in dates
        if d.when is not None
        and span.start <= d.span.start
        and d.span.end <= span.end
        and d.anchor not in _NO_UNTIL
        and not (text and _validity(text, d))
        and not (text and not naming and _attributive(text, d))
    ]


def _nearest(items: Sequence[DateMention], pos: int) -> DateMention:
    return min(items, key=lambda d: (abs(d.span.start - pos), d.span.start))


def _own_date(
    ev: _Ev,
    dates: Sequence[DateMention],
    triggers: Sequence[Span],
    text: str,
    published: FuzzyDate | None,
    calls: Sequence[Span] = (),
    speaker: bool = False,
    taken: Sequence[DateMention] = (),
) -> int:
    """The date the event's clause states: a date nearest to this trigger first, then another
    date of the clause (for statements only one fronted before every trigger: "In March, X
    congratulated Y"), then a date of the sentence whose own clause has no trigger. A speech
    act takes only a date of its saying, never one of what it reports; no other event takes a
    date of ``taken`` (right after a speech verb, or of a participle that is no trigger)."""
    if speaker:
        said = [d for d in dates if _said_at(ev.trigger, ev.sentence, d, text)]
        if said:
            d = _nearest(said, ev.trigger.start)
            ev.when, ev.date_source, ev.own_date = d.when, "clause", True
            return 1
        dates = []
    else:
        # "X said on Friday that a visit was due in July": Friday is the saying's, not the visit's
        dates = [d for d in dates if d not in taken]

    def mine(d: DateMention) -> bool:
        return _owner(d, triggers, ev.clauses) == ev.trigger

    if ev.reference:
        # "since the signing of the statement of November 9, 2020": only the date that names
        # the document dates it ("Sunday marks the anniversary of ..." does not)
        naming = [
            d
            for d in _dates_in(dates, ev.clause.span, text, naming=True)
            if d.span.start > ev.trigger.start
            and (
                _attributive(text, d)
                # "since heavy fighting broke out on September 27": the start told with it
                or event_lexicon().reference_date.fullmatch(text, ev.trigger.end, d.span.start)
                is not None
            )
        ]
        if naming:
            d = naming[0]
            ev.when, ev.date_source, ev.own_date = d.when, "clause", True
            return 1
        return 0
    named = _named_by(ev, dates, text)
    if named is not None:
        # "the November 2020 ceasefire statement": the ceasefire of that date
        ev.when, ev.date_source, ev.own_date = named.when, "clause", True
        return 1
    clause_dates = _dates_in(dates, ev.clause.span, text)
    sentence_dates = [d for d in _dates_in(dates, ev.sentence, text) if d not in clause_dates]
    orphans = [
        d
        for d in sentence_dates
        if not any(_same_clause(ev, t, d) for t in triggers if t != ev.trigger)
        and not _in_relative(ev, d, text)
    ]
    first_trigger = min(
        (t.start for t in triggers if ev.clause.span.start <= t.start < ev.clause.span.end),
        default=ev.trigger.start,
    )
    fronted = [d for d in clause_dates if d.span.end <= first_trigger]
    # a date another trigger of the clause claims dates this event too, except for speech
    # acts, whose clause reports other events ("X recalled the treaty signed in 2010")
    # a past-tense report does not take a future date another trigger claims ("spoke by
    # phone and agreed to hold consultations next month")
    # nor does a planned event take a past one ("during the call on Monday, they agreed to
    # hold a meeting")
    tensed = [
        d
        for d in clause_dates
        if published is None
        or d.when is None
        or (ev.modality is Modality.HAPPENED and d.when.start <= published.end)
        or (ev.modality is Modality.PLANNED and d.when.end >= published.start)
        or ev.modality not in (Modality.HAPPENED, Modality.PLANNED)
    ]
    # a congratulation "by phone" is said during the call: it takes the call's date
    by_call = [d for d in clause_dates if _claimed_by(d, triggers) in calls]
    shared = fronted + by_call if ev.kind is EventKind.STATEMENT else tensed
    for tier, (found, source) in enumerate(
        (
            ([d for d in clause_dates if mine(d)], "clause"),
            (shared, "clause"),
            (_same_time(ev, dates, text), "sentence"),
            ([d for d in _sentence_fronted(ev, dates, text) if d in sentence_dates], "sentence"),
            (orphans, "sentence"),
        ),
        1,
    ):
        if found:
            d = _nearest(found, ev.trigger.start)
            ev.when = _through(_upcoming(ev, d, published), d, dates, text)
            ev.date_source = source
            ev.own_date = True
            return tier
    return 0


def _through(
    when: FuzzyDate | None, d: DateMention, dates: Sequence[DateMention], text: str
) -> FuzzyDate | None:
    """The span from a first day to the last one told right after it ("opened on Monday and
    ends on Thursday"); ``when`` itself when no such last day follows."""
    after = [e for e in dates if e.span.start >= d.span.end]
    if when is None or not after:
        return when
    last = min(after, key=lambda e: e.span.start)
    end = last.when
    if (
        end is None
        or event_lexicon().until_end.fullmatch(text, d.span.end, last.span.start) is None
    ):
        return when
    if last.year is None and end.start.year != when.start.year:
        # "opened on May 3 and will run until May 6": the year of the first day
        shift = (
            when.start.year
            - end.start.year
            + (end.start.replace(year=2000) < when.start.replace(year=2000))
        )
        try:
            end = FuzzyDate(
                end.start.replace(year=end.start.year + shift),
                end.end.replace(year=end.end.year + shift),
                end.precision,
            )
        except ValueError:  # February 29
            return when
    if end.end < when.start and last.weekday is not None and last.month is None:
        # "opened on Monday and ends on Thursday": the Thursday after that Monday
        week = timedelta(days=7)
        end = FuzzyDate(end.start + week, end.end + week, end.precision)
    if end.end < when.start or (end.end - when.start).days > _LONGEST_SPAN:
        return when
    return FuzzyDate(when.start, end.end, min(when.precision, end.precision, key=_ORDER.index))


_BETWEEN_NAME = re.compile(r",?\s+(?:[a-z-]+\s+){0,2}")
_NAME_OF = re.compile(r"\s+(?:[a-z-]+\s+){1,2}of\s+")  # "ceasefire statement of <date>"


def _said_at(trigger: Span, sentence: Span, d: DateMention, text: str) -> bool:
    """Whether a date tells when the speech act of ``trigger`` was made: right after its verb
    ("said on Monday", "told reporters on Tuesday") or fronted in its sentence ("On Monday, X
    said")."""
    lex = event_lexicon()
    if d.span.start >= trigger.end:
        return lex.speech_after.fullmatch(text, trigger.end, d.span.start) is not None
    return lex.speech_before.fullmatch(text, sentence.start, d.span.start) is not None


def _named_by(ev: _Ev, dates: Sequence[DateMention], text: str) -> DateMention | None:
    """A date naming the document the trigger is part of ("the November 2020 ceasefire
    statement", "the ceasefire statement of November 10, 2020"): right before the trigger, at
    most two lower-case words apart, or after its noun and "of"."""
    for d in dates:
        if d.when is None or not ev.clause.span.start <= d.span.start < ev.clause.span.end:
            continue
        if d.span.start < ev.trigger.start:
            gap = _BETWEEN_NAME.fullmatch(text, d.span.end, ev.trigger.start)
        else:
            gap = _NAME_OF.fullmatch(text, ev.trigger.end, d.span.start)
        if gap is not None and _attributive(text, d):
            return d
    return None


def _claimed_by(d: DateMention, triggers: Sequence[Span]) -> Span:
    """The trigger nearest to a date."""
    return min(triggers, key=lambda t: (abs(t.start - d.span.start), t.start))


def _participle(d: DateMention, triggers: Sequence[Span], text: str) -> bool:
    """Whether a date follows a participle that is no trigger ("murders committed in the early
    2000s"): it dates that participle's happening, not an event of the clause."""
    m = event_lexicon().participle_date.search(text, max(0, d.span.start - 40), d.span.start)
    if m is None:
        return False
    before = text[max(0, m.start() - 20) : m.start()].split()
    if before and before[-1].casefold() in _AUXILIARIES:
        return False  # "relations have been strained since December": the clause's own verb
    word_end = m.start() + len(m.group(0).split()[0])
    if any(
        0 <= m.start() - t.end <= 2 and text[t.end : m.start()].strip() in ("", ",")
        for t in triggers
    ):
        return False  # "The cease-fire, agreed on Oct. 10": the date of the noun it follows
    return not any(t.start < word_end <= t.end for t in triggers)


_AUXILIARIES = frozenset(
    [
        "be",
        "been",
        "being",
        "was",
        "were",
        "is",
        "are",
        "am",
        "has",
        "have",
        "had",
        "having",
        "get",
        "got",
        "gets",
    ]
)


def _owner(d: DateMention, triggers: Sequence[Span], clauses: Sequence[Clause]) -> Span:
    """The trigger a date belongs to: the last one before it in its clause (a date follows its
    verb: "met Bayramov on Monday and will meet Putin on Friday"), else the nearest one."""
    clause = next((c.span for c in clauses if c.span.start <= d.span.start < c.span.end), None)
    if clause is not None:
        before = [t for t in triggers if clause.start <= t.start and t.end <= d.span.start]
        if before:
            return max(before, key=lambda t: t.start)
    return _claimed_by(d, triggers)


def _same_time(ev: _Ev, dates: Sequence[DateMention], text: str) -> list[DateMention]:
    """For a clause opening "when ..."/"during which ...": the last date of the clause before
    it (the subordinate event happens at the time of the main one); for "who is on a visit",
    the first date of the clause after it."""
    lex = event_lexicon()
    if lex.ongoing.match(text, ev.clause.span.start, ev.clause.span.end):
        after = [c for c in ev.clauses if c.span.start >= ev.clause.span.end][:1]
        found = _dates_in(dates, after[0].span, text) if after else []
        return found[:1]
    if not lex.same_time.match(text, ev.clause.span.start, ev.clause.span.end):
        return []
    before = [c for c in ev.clauses if c.span.end <= ev.clause.span.start]
    for c in reversed(before):
        found = _dates_in(dates, c.span, text)
        if found:
            return [max(found, key=lambda d: d.span.start)]
    return []


def _sentence_fronted(ev: _Ev, dates: Sequence[DateMention], text: str) -> list[DateMention]:
    """The date opening the event's sentence before a comma ("In 2022, A met B four times and
    spoke by telephone"), which dates the sentence's other clauses too."""
    lex = event_lexicon()
    for d in dates:
        if d.span.start >= ev.sentence.end or d.span.start < ev.sentence.start:
            continue
        opens = lex.fronted_date.fullmatch(text, ev.sentence.start, d.span.start) is not None
        if opens and text.startswith(",", d.span.end):
            return [d]
        break
    return []


_NEAR_PAST_DAY = 90  # days: a planned year-less day this recent is not moved a year on


def _upcoming(ev: _Ev, d: DateMention, published: FuzzyDate | None) -> FuzzyDate | None:
    """A planned event dated by a month or day without a year that resolved before the
    publication date happens in the coming year ("in November, when Baku hosts ...")."""
    w = d.when
    if (
        w is None
        or published is None
        or ev.modality is not Modality.PLANNED
        or d.year is not None
        or d.month is None  # "two years ago" is no calendar date to move
        or w.end >= published.start
        # a day a few weeks back is that day, not one almost a year away ("hoped that the
        # meeting in St. Petersburg on June 6 would give a new impulse")
        or (w.precision is Precision.DAY and (published.start - w.end).days <= _NEAR_PAST_DAY)
    ):
        return w
    try:
        return FuzzyDate(
            w.start.replace(year=w.start.year + 1), w.end.replace(year=w.end.year + 1), w.precision
        )
    except ValueError:  # Feb 29
        return w


def _in_relative(ev: _Ev, d: DateMention, text: str) -> bool:
    """Whether a date lies in a relative clause about a person ("Guliyev, who is to arrive in
    Moscow on Saturday"): it dates that person's doing, not the events of the other clauses
    (a "which" clause may date the event it follows: "the summit, which is to be held ...")."""
    for c in ev.clauses:
        if c.span.start <= d.span.start < c.span.end:
            # (and a clause led by a preposition: "the contract under which Gazprom will buy
            # gas in 2011" dates the buying)
            return (
                _WHO.match(text, c.span.start, c.span.end) is not None
                or _PREPOSITION_WHICH.match(text, c.span.start, c.span.end) is not None
            )
    return False


def _same_clause(ev: _Ev, trigger: Span, d: DateMention) -> bool:
    """Whether a date lies in the clause of another trigger of the sentence."""
    for c in ev.clauses:
        if c.span.start <= trigger.start < c.span.end:
            return c.span.start <= d.span.start < c.span.end
    return False


def _own_place(ev: _Ev, index: MentionIndex) -> None:
    """The place named in the clause (a locative one first), else in the sentence."""
    for area in (ev.clause.span, ev.sentence):
        hits = index.places_in(area)
        if not hits:
            continue
        loc = [h for h in hits if index.locative(h)] or hits
        best = min(loc, key=lambda h: (abs(h.start - ev.trigger.start), h.start))
        ev.place = best.item
        return


def _anaphor_kinds(ev: _Ev, text: str) -> frozenset[EventKind] | None:
    """The kinds an anaphoric phrase of the event's sentence points back to (None: none)."""
    lex = event_lexicon()
    if ev.anaphoric:
        return frozenset({ev.kind})
    noun = _anaphor_noun(ev, text)
    if noun is None:
        return None
    kind = lex.anaphora_nouns.get(noun)
    return frozenset({kind}) if kind is not None else _CONTACT


def _anaphor_noun(ev: _Ev, text: str) -> str | None:
    """The noun of the anaphoric phrase of the event's sentence ("following the talks":
    "talks"), if any."""
    m = search(event_lexicon().anaphora, text, ev.sentence.start, ev.sentence.end)
    return None if m is None else m.group(0).split()[-1].casefold()


def _last_person(index: MentionIndex, before: int) -> list[str]:
    """The person mentioned last before ``before`` (what "he"/"she" most likely means), not
    one honoured ("laid a wreath at the grave of Heydar Aliyev. On Thursday he ...")."""
    honoured = event_lexicon().commemorated
    for h in reversed(index.actor_hits):
        if h.end <= before and index.actors[h.item].kind is ActorKind.PERSON:
            if honoured.search(index.text, max(0, h.start - 60), h.start):
                continue
            return [h.item]
    return []


def _anniversary(ev: _Ev, text: str, trig: Trigger) -> None:
    """ "This year marks the 50th anniversary of X": X is dated 50 years earlier."""
    m = trig.pattern.search(text, ev.trigger.start, ev.trigger.end)
    if m is None or ev.when is None or "n" not in m.groupdict():
        return
    years = int(m.group("n"))
    w = ev.when
    try:
        ev.when = FuzzyDate(
            w.start.replace(year=w.start.year - years),
            w.end.replace(year=w.end.year - years),
            w.precision,
        )
    except ValueError:  # Feb 29 or before year 1
        ev.when = None
        ev.own_date = False
        return
    ev.date_source = "anniversary"


def _follow_up(
    ev: _Ev,
    text: str,
    history: Sequence[_Ev],
    previous: Span | None,
    published: FuzzyDate | None = None,
) -> None:
    """ "Later in the day ...", "The document was signed by ..." with no date of its own: the
    event happens on the date of the event told last (in the sentence before, for documents);
    for "later in the day", the last day of the news, not one recalled from months before
    ("recalling the meeting in Sochi on October 31")."""
    lex = event_lexicon()
    clause = ev.clause.span
    day = search(lex.same_day, text, ev.sentence.start, clause.end)
    after = search(lex.next_day, text, ev.sentence.start, clause.end) if day is None else None
    shift = timedelta(days=_days_later(after)) if after is not None else timedelta(0)
    day = day or after
    same_day = day is not None
    # "later in the day" tells of the news day; "on the same day" of any day told just before
    news_day = day is not None and day.group(0).casefold().startswith(_NEWS_DAY_WORDS)
    document = lex.follow_up.match(text, clause.start, clause.end) is not None or (
        ev.kind is EventKind.SIGNING
        and search(lex.witnessed, text, ev.sentence.start, ev.sentence.end) is not None
    )
    if not (same_day or document):
        return
    candidates = list(history)
    if document:
        # "The document will be signed in the presence of ...": the signing told before, not
        # the statement that reported it ("..., the minister told Interfax on Friday")
        # (or earlier in its paragraph: "X and Y today signed an agreement ... [Presenter]
        # Under the agreement, ... The document was signed in the Kremlin")
        alike = [
            p
            for p in history
            if p.kind is ev.kind
            and p.when is not None
            and (p.sentence in (ev.sentence, previous) or p.paragraph == ev.paragraph)
        ]
        candidates = alike or candidates
    for prev in reversed(candidates):
        if prev.trigger.start >= clause.start or prev.when is None:
            continue
        if same_day and not document and _RELATIVE.match(text, prev.clause.span.start):
            continue  # "... the brothers, who died on June 27": background, not the news
        if not (prev.own_date or prev.date_source == "context"):
            continue  # a publication-year guess dates nothing else
        if not document and prev.when.precision is not Precision.DAY:
            if shift and prev.when.precision in (Precision.WEEK, Precision.MONTH):
                # "offensive last September; ... a phone call the next day": that month
                ev.when, ev.date_source = prev.when, "context"
                return
            continue  # "later in the day" follows a day, not "in February" recalled before
        if news_day and _recalled(prev.when, history, published):
            continue  # nor a day recalled from long before the news day told earlier
        if document and prev.sentence not in (ev.sentence, previous) and prev not in alike:
            return
        ev.when, ev.date_source = prev.when, "context"
        if document and prev.kind is ev.kind:
            ev.refers = prev  # "The document was signed by X and Y": the signing told before
            ev.follow = True
        if shift and not document:  # "the next day": the day after the one told last
            ev.when = FuzzyDate(prev.when.start + shift, prev.when.end + shift, Precision.DAY)
        if ev.place is None:
            ev.place = prev.place
        return


_JOINED = ("attended", "took part", "participated")  # anaphors that bring a participant
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _days_later(m: re.Match[str]) -> int:
    """The days a "the next day" / "three days later" / "the previous day" phrase moves."""
    if m.groupdict().get("back") is not None:
        return -1  # "the previous day"
    n = m.groupdict().get("n")
    if n is None:
        return 1
    return int(n) if n.isdigit() else _COUNT_WORDS[n.casefold()]


def _recalled(when: FuzzyDate, history: Sequence[_Ev], published: FuzzyDate | None) -> bool:
    """Whether a day lies long before the publication day while the story has told a day of
    the news itself ("Aliyev received Lavrov on Tuesday ... recalling the meeting in Sochi on
    October 31"): it is recalled, not the day the story is at."""
    if published is None or published.precision is not Precision.DAY:
        return False
    if when.end >= published.start - _NEWS_DAYS:
        return False
    return any(
        p.when is not None
        and p.own_date
        and p.when.precision is Precision.DAY
        and published.start - _NEWS_DAYS <= p.when.start <= published.end
        for p in history
    )


def _demonyms(text: str, span: Span, index: MentionIndex, history: Sequence[_Ev] = ()) -> list[str]:
    """Country actors of the article named by a nationality adjective in ``span``; "the
    Russian delegation" is the Russian participant of the latest encounter when there is one."""
    lex = event_lexicon()
    by_code = {
        a.country: a.id
        for a in index.actors.values()
        if a.kind is ActorKind.COUNTRY and a.country is not None
    }
    words = re.split(r"[\s/–-]+", text[span.start : span.end])
    out: list[str] = []
    for i, word in enumerate(words):
        code = lex.demonyms.get(word.strip(",.;:()\"'“”").casefold())
        if code is None:
            continue
        following = words[i + 1].strip(",.;:").casefold() if i + 1 < len(words) else ""
        if following in lex.delegation_nouns:
            found = _party_of(code, index, history)
            if found is not None:
                if found not in out:
                    out.append(found)
                if following in lex.country_nouns and by_code.get(code, found) not in out:
                    out.append(by_code[code])  # "the Russian side": Russia as well
                continue
        if code in by_code and by_code[code] not in out:
            out.append(by_code[code])
    return out


def _delegation(
    text: str, start: int, end: int, index: MentionIndex, history: Sequence[_Ev]
) -> str | None:
    """ "the Russian delegation": the Russian party of the latest encounter, if any."""
    lex = event_lexicon()
    code = lex.demonyms.get(text[start:end].casefold())
    if code is None:
        return None
    following = text[end : end + 20].split()
    if not following or following[0].strip(",.;:").casefold() not in lex.delegation_nouns:
        return None
    return _party_of(code, index, history)


def _party_of(code: str, index: MentionIndex, history: Sequence[_Ev]) -> str | None:
    """The participant from country ``code`` of the latest contact event (non-person first)."""
    for ev in reversed(history):
        if ev.kind not in _CONTACT:
            continue
        mine = [p for p in ev.participants if index.actors[p].country == code]
        if mine:
            orgs = [p for p in mine if index.actors[p].kind is ActorKind.ORGANIZATION]
            return (orgs or mine)[0]
    return None


def _context(ev: _Ev, text: str, history: Sequence[_Ev], published: FuzzyDate | None) -> None:
    """Date, place and participants for an event whose sentence does not state them: from
    the earlier event an anaphoric phrase points to, else by the dating policy."""
    # ("Officials in Baku say the two leaders will meet": no speaker of the meeting told before)
    kinds = None if ev.unnamed else _anaphor_kinds(ev, text)
    if ev.anaphoric and ev.when is not None and ev.participants:
        kinds = frozenset({ev.kind})
    elif ev.talk and kinds == frozenset({ev.kind}):
        kinds = _TALKS  # "the two leaders also exchanged views": in the call told before
    if kinds is not None:
        pool = [p for p in history if p.kind in kinds and (p.when is not None or ev.when)]
        pool = [p for p in pool if not (p.definite or p.anaphoric)] or pool
        # "after the talks": the news, not a meeting recalled from long before
        pool = [
            p for p in pool if p.when is None or not _recalled(p.when, history, published)
        ] or pool
        same = [p for p in pool if p.modality is ev.modality]
        # "Following the talks": the event told as talks, not the dinner told after them
        noun = None if ev.anaphoric else _anaphor_noun(ev, text)
        told_as = [
            p
            for p in same or pool
            if noun and noun in text[p.trigger.start : p.trigger.end].casefold()
        ]
        for prev in reversed(told_as or same or pool):
            while prev.refers is not None:
                prev = prev.refers
            if ev.modality is Modality.PLANNED and prev.modality is Modality.HAPPENED:
                continue  # "during the call, they agreed to hold a meeting": a later one
            named = set(ev.participants) - ev.countries
            if (
                ev.own_participants
                and named
                and not set(prev.participants) & named
                and not ev.opening
            ):
                continue  # "the recent visit to Baku by X": a visit of its own
            ev.refers = prev
            if ev.talk:
                ev.kind = prev.kind
            if not ev.participants and not ev.unnamed:
                ev.participants = list(prev.participants)
            override = ev.anaphoric and (ev.explicit or ev.date_source != "clause")
            if (ev.when is None or override) and prev.when is not None:
                ev.when = prev.when
                ev.date_source = "context"
                ev.own_date = False
                if ev.place is None or override:
                    ev.place = prev.place or ev.place
            return
    if ev.when is not None:
        return
    if _also(ev, text, history):
        return
    if ev.modality is Modality.PLANNED and not ev.purpose:
        for prev in reversed(history):
            if prev.modality is Modality.PLANNED and prev.when is not None and prev.own_date:
                ev.when = prev.when
                ev.date_source = "context"
                return
        return
    if ev.modality is Modality.HAPPENED and published is not None:
        ev.when = FuzzyDate.year(published.start.year)
        ev.date_source = "publication_year"


def _also(ev: _Ev, text: str, history: Sequence[_Ev]) -> bool:
    """ "The two presidents also signed a joint statement": an undated act told with "also"
    takes the date and place of the nearest dated act of one of its people (not only of its
    states) told in its paragraph or the one before (whether a date was found)."""
    start = max(ev.clause.span.start, ev.trigger.start - 30)
    if event_lexicon().also.search(text, start, ev.trigger.start) is None:
        return False
    mine = set(ev.participants) - ev.countries
    if not mine:
        return False
    for prev in reversed(history):
        if prev.paragraph < ev.paragraph - 1:
            break
        if prev.when is None or prev.modality is not ev.modality:
            continue
        if not (prev.own_date or prev.date_source == "context"):
            continue
        if mine & set(prev.participants):
            ev.when, ev.date_source = prev.when, "context"
            if ev.place is None:
                ev.place = prev.place
            return True
    return False


# --- merging ------------------------------------------------------------------------------------


def _dates_fit(a: FuzzyDate | None, b: FuzzyDate | None) -> bool:
    if a is None or b is None:
        return True
    return a.contains(b) or b.contains(a)


def _core(ev: _Ev) -> set[str]:
    """The participants two mentions must share: persons and organizations when there are
    any (two visits to Baku are not one because both involve Azerbaijan), else all."""
    named = {p for p in ev.participants if p not in ev.countries}
    return named or set(ev.participants)


_UNREAL = frozenset({Modality.NEGATED, Modality.HYPOTHETICAL})


def _same_reality(into: _Ev, ev: _Ev) -> bool:
    """Whether two mentions can tell one happening at all: "the meeting ... has not yet taken
    place" is no mention of one held, and "other" gathers unlike happenings (a railway opened,
    a bridge opened) unless one rule or one sentence found both."""
    if into.modality is not ev.modality and (into.modality in _UNREAL or ev.modality in _UNREAL):
        return False
    return (
        ev.kind is not EventKind.OTHER
        or ev.rule in (into.rule, *into.absorbed)
        or into.sentence == ev.sentence
    )


def _can_merge(into: _Ev, ev: _Ev) -> bool:
    if into.kind is not ev.kind or not _same_reality(into, ev):
        return False
    same_sentence = into.sentence == ev.sentence
    loose = ev.anaphoric or ev.definite
    if (
        same_sentence
        and into.clause != ev.clause
        and not loose
        and not (ev.kind is EventKind.STATEMENT and into.participants == ev.participants)
    ):
        return False  # (one speaker's verbs in one sentence are one statement: "said ... and
        # promised compensation")
    if ev.kind is EventKind.SIGNING and into.clause != ev.clause:
        return False
    if (
        not same_sentence
        and not loose
        and ev.kind not in _ARTICLE_SCOPE
        and into.paragraph != ev.paragraph
    ):
        return False  # a definite "the consultations" may refer to another paragraph's
    if into.modality is not ev.modality and (not loose or (into.own_date and ev.own_date)):
        return False  # ("his talks with Pashinyan, held on November 5" after a planned meeting)
    if not _dates_fit(into.when, ev.when):
        return False
    if into.own_date and ev.own_date and into.when != ev.when and not same_sentence:
        # "to hold consultations" on a visit of 13-14 October, then "The consultations on
        # Tuesday": a definite mention may narrow the date of the event it refers to
        inside = into.when is not None and ev.when is not None and into.when.contains(ev.when)
        if not (loose and inside):
            return False
    if (
        into.place is not None
        and ev.place is not None
        and into.place != ev.place
        and not ev.anaphoric
    ):
        return False
    a, b = _core(into), _core(ev)
    if a and b and not a & b:
        return False
    if same_sentence or loose:
        return True
    # two plain mentions in different sentences: both name actors and both (or neither)
    # state a date; two encounters each with someone the other lacks are two ("A received
    # B. Earlier in the day, B held talks with C.")
    if len(a) > 1 and len(b) > 1 and a - b and b - a:
        return False
    return bool(a and b) and into.own_date == ev.own_date


def _absorb(into: _Ev, ev: _Ev) -> None:
    into.countries = into.countries | ev.countries
    into.absorbed |= {ev.rule, *ev.absorbed}
    if ev.own_participants or not into.participants:
        for p in ev.participants:
            if p not in into.participants:
                into.participants.append(p)
    have = {r.actor for r in into.roles}
    into.roles.extend(r for r in ev.roles if r.actor not in have and r.actor in into.participants)
    if (
        into.when is None
        or (
            ev.when is not None
            and ev.own_date
            and (not into.own_date or into.when.contains(ev.when))
        )
    ) and ev.when is not None:
        into.when, into.date_source, into.own_date = ev.when, ev.date_source, ev.own_date
    if into.place is None:
        into.place = ev.place
    for s in ev.evidence:
        if s not in into.evidence:
            into.evidence.append(s)
    into.evidence.sort()
    for g in ev.agreements:
        if g not in into.agreements:
            into.agreements.append(g)


def merge_events(events: Sequence[_Ev]) -> list[_Ev]:
    """Merge mentions of one event (same kind, fitting participants, date and place); an
    anaphoric mention merges into the event it refers to."""
    out: list[_Ev] = []
    of_kind: dict[EventKind, list[_Ev]] = {}  # ``out`` by kind: only these can merge
    home: dict[int, _Ev] = {}
    for ev in events:
        target = home.get(id(ev.refers)) if ev.refers is not None else None
        if (
            target is not None
            and target.kind is ev.kind
            and _same_reality(target, ev)
            and _dates_fit(target.when, ev.when)
            and (
                not ev.own_participants
                or ev.follow
                or ev.opening
                or not set(ev.participants) - ev.countries
                or set(target.participants) & (set(ev.participants) - ev.countries)
            )
        ):
            _absorb(target, ev)
            home[id(ev)] = target
            continue
        for into in reversed(of_kind.get(ev.kind, ())):
            if _can_merge(into, ev):
                _absorb(into, ev)
                home[id(ev)] = into
                break
        else:
            out.append(ev)
            of_kind.setdefault(ev.kind, []).append(ev)
            home[id(ev)] = ev
    return out


# --- the extractor ------------------------------------------------------------------------------


def _speaker_turn(
    text: str,
    sentence: Span,
    para: int,
    clauses: tuple[Clause, ...],
    index: MentionIndex,
    history: list[_Ev],
    published: FuzzyDate | None,
    turns: dict[str, _Ev],
) -> None:
    """A transcript turn ("DMITRY MEDVEDEV: Today we have ...") of a person the article names
    is a statement of that person, made on the latest day of an encounter the story tells
    (else on the publication day); all turns of one speaker are one statement."""
    m = event_lexicon().speaker_label.match(text, sentence.start, sentence.end)
    if m is None:
        return
    person = _labelled(m.group("label"), index)
    if person is None:
        return
    if person in turns:
        turns[person].evidence.append(sentence)
        return
    label = Span(m.start("label"), m.end("label"))
    ev = _Ev(
        kind=EventKind.STATEMENT,
        sentence=sentence,
        paragraph=para,
        clause=clause_at(clauses, sentence.start),
        trigger=label,
        rule="speaker_label",
        anaphoric=False,
        definite=True,  # the statement the text told before ("Putin made a statement: ...")
        clauses=clauses,
        evidence=[sentence],
        participants=[person],
        own_participants=True,
    )
    ev.roles.append(ParticipantRole(person, "speaker"))
    held = [
        e.when
        for e in history
        if e.kind in _CONTACT
        and e.modality is Modality.HAPPENED
        and e.when is not None
        and e.when.precision is Precision.DAY
    ]
    if published is not None and published.precision is Precision.DAY:
        held.append(published)  # an undated encounter of a readout: the publication day
    if held:  # the latest day of the story: the remarks follow its main encounter
        latest = max(held, key=lambda w: w.start)
        ev.when, ev.date_source = latest, "publication" if latest is published else "context"
    elif published is not None:
        ev.when, ev.date_source = FuzzyDate.year(published.start.year), "publication_year"
    turns[person] = ev
    history.append(ev)


_GROUP_KINDS = frozenset({EventKind.MEETING, EventKind.CALL, EventKind.SIGNING})


def _voices(doc: Document, index: MentionIndex, heads: Sequence[Span]) -> dict[int, str]:
    """The person whose turn each labelled paragraph of a transcript is, when two or more
    people speak in it (else none: "we" of one speaker is his side, not a pair)."""
    label = event_lexicon().speaker_label
    found: dict[int, str] = {}
    current: str | None = None  # a turn runs on over the unlabelled paragraphs after its label
    for i, p in enumerate(doc.paragraphs):
        if p in heads:
            current = None
            continue
        m = label.match(doc.text, p.start, p.end)
        if m is not None:
            current = _labelled(m.group("label"), index)
        if current is not None:
            found[i] = current
    return found if len(set(found.values())) >= 2 else {}


_PRONOUN_REACH = 6  # words before a trigger where its subject pronoun may stand


def _we_speakers(text: str, ev: _Ev, voices: dict[int, str]) -> None:
    """In a turn of a transcript, "we signed", "we have just had talks": the speakers; "you
    were received by the President": the other speakers."""
    lex = event_lexicon()
    words = [
        w.casefold().strip(",;")
        for w in text[ev.clause.span.start : ev.trigger.start].split()[-_PRONOUN_REACH:]
    ]
    people = list(dict.fromkeys(voices.values()))
    if any(w in lex.group_pronouns for w in words):
        found = people
    elif any(w in lex.addressee_pronouns for w in words):
        found = [p for p in people if p != voices[ev.paragraph]]
    else:
        return
    ev.participants = found + [p for p in ev.participants if p not in found]
    ev.own_participants = True


def _labelled(label: str, index: MentionIndex) -> str | None:
    """The one person of the article a speaker label names: by full name at its end
    ("President of Russia Vladimir Putin", "DMITRY MEDVEDEV") or by surname alone."""
    words = label.casefold().split()
    key = " ".join(words)
    found = set()
    for actor in index.actors.values():
        if actor.kind is not ActorKind.PERSON:
            continue
        name = " ".join(actor.name.casefold().split())
        if (
            key == name
            or key.endswith(" " + name)
            or (len(words) == 1 and words[0] == name.split()[-1])
        ):
            found.add(actor.id)
    return found.pop() if len(found) == 1 else None


def _postponed(
    evs: Sequence[_Ev], dates: Sequence[DateMention], text: str, published: FuzzyDate | None
) -> None:
    """ "The meeting, planned for September, was moved to December": the meeting is planned
    for December, and the act of moving it takes neither the old date nor the new one."""
    lex = event_lexicon()
    for act in evs:
        if act.rule != "trigger:other.cancelled":  # the trigger of cancelling and postponing
            continue
        verb = text[act.trigger.start : act.trigger.end]
        lead = " to" if verb.casefold().endswith(" to") else ""
        new = [
            d
            for d in dates
            if d.when is not None
            and d.span.start >= act.trigger.end
            and lex.moved_to.fullmatch(lead + text[act.trigger.end : d.span.start]) is not None
        ]
        if not new:
            continue
        d = new[0]
        subjects = [
            e
            for e in evs
            if e.kind is not EventKind.OTHER
            and e.trigger.end <= act.trigger.start
            and e.modality is not Modality.NEGATED
        ]
        act.when, act.own_date, act.date_source = None, False, "none"
        act.modality = Modality.HAPPENED
        if not subjects:
            continue
        ev = subjects[-1]
        ev.modality = Modality.PLANNED
        ev.when = _upcoming(ev, d, published)
        ev.own_date, ev.date_source = True, "clause"


def _split_plural(ev: _Ev, text: str, dates: Sequence[DateMention]) -> list[_Ev]:
    """A plural trigger ("the two meetings (February 2 and May 14-15)") with several dates
    in its clause is one event per date."""
    word = text[ev.trigger.start : ev.trigger.end].rstrip()
    last = word.split()[-1].casefold() if word else ""
    if not word.endswith("s") or ev.kind not in _CONTACT or last in event_lexicon().one_event:
        return [ev]  # ("talks", "negotiations": one encounter however many days it took)
    found = _dates_in(dates, ev.clause.span, text)
    whens = []
    for d in found:
        if d.when is not None and d.when not in whens:
            whens.append(d.when)
    if len(whens) < 2:
        return [ev]
    return [attrs.evolve(ev, when=w, date_source="clause", own_date=True) for w in whens]


def find_events(
    doc: Document,
    dates: Sequence[DateMention],
    actors: Sequence[Actor],
    places: Sequence[Place],
    published: FuzzyDate | None,
    *,
    index: MentionIndex | None = None,
    words: Words | None = None,
) -> list[_Ev]:
    """Events of the document before they are frozen (used by the agreement linker);
    ``index`` and ``words`` of the text when the caller has them already."""
    if words is None:
        words = Words(doc.text)
    text = Folded(doc.text, words.low)
    if index is None:
        index = MentionIndex(text, actors, places)
    history: list[_Ev] = []
    index.interviewee = _interviewee(doc, index)
    paragraphs = ParagraphIndex(doc.paragraphs)
    by_offset = DatesByOffset(dates)
    lex = event_lexicon()
    scan = lex.trigger_index.scan(words) if lex.trigger_index is not None else None
    before: Span | None = None  # the sentence before this one
    turns: dict[str, _Ev] = {}  # speaker -> the statement of their turns in a transcript
    # an interview's answers are the interview itself, not statements of their own
    transcript = index.interviewee is None
    heads = _headlines(doc)
    voices = _voices(doc, index, heads) if transcript else {}
    for sentence in sentences_of(doc):
        clauses = clauses_of(text, sentence)
        if not clauses:
            continue
        first = len(history)  # the events of this sentence are ``history[first:]``
        para = paragraphs.of(sentence.start)
        if (
            transcript
            and para >= 0
            and sentence.start == doc.paragraphs[para].start
            and doc.paragraphs[para] not in heads
        ):
            _speaker_turn(text, sentence, para, clauses, index, history, published, turns)
        matches = _matches(text, sentence, scan)
        # "He said ...": the sentence's subject is a pronoun
        pronoun_subject = bool(matches) and bool(
            _SUBJECT_PRONOUN.match(text, sentence.start, sentence.end)
        )
        local = by_offset.starting_in(sentence)
        spans = [m[0] for m in matches]
        calls = [s for s, t in matches if t.kind is EventKind.CALL and not t.anaphoric]
        speech = [s for s, t in matches if t.speaker and t.kind is EventKind.STATEMENT]
        # dates no trigger of their clause takes: those right after a speech verb ("said on
        # Friday that a visit was due in July") and those of a participle ("murders committed
        # in 2003")
        taken = [
            d
            for d in local
            if any(
                t.speaker and d.span.start >= s.end and _said_at(s, sentence, d, text)
                for s, t in matches
            )
            or _participle(d, spans, text)
        ]
        # "A meeting with X, which had been planned, did not take place": the nearest trigger
        # before the cue did not happen, nor another of its kind in its clause ("A planned
        # visit to Baku by a business delegation was called off")
        not_held = search(lex.not_held, text, sentence.start, sentence.end)
        unheld: list[Span] = []
        if not_held is not None:
            earlier = [(s, t) for s, t in matches if s.end <= not_held.start()]
            if earlier:
                last, last_trigger = max(earlier, key=lambda x: x[0].start)
                home = clause_at(clauses, last.start)
                unheld = [
                    s
                    for s, t in earlier
                    if s == last
                    or (t.kind is last_trigger.kind and clause_at(clauses, s.start) == home)
                ]
        quotes = _quotations(text, sentence)
        call_clauses = {
            (c.span, _modality(text, c, s, EventKind.CALL))
            for s in calls
            for c in (clause_at(clauses, s.start),)
        }
        # a question asks, it does not tell ("Are there any plans for a meeting?")
        asked = _asks(text, sentence)
        for span, trig in matches:
            if index.names_around(span):
                continue  # "the Central Election Commission" holds no election
            if lex.habitual.match(text, span.end, sentence.end):
                continue  # "has met regularly since January": a habit, no event
            if trig.kind is EventKind.STATEMENT and lex.document_says.fullmatch(
                text, sentence.start, span.start
            ):
                continue  # "The statement, signed by ..., also says that": a text, no speaker
            if search(lex.topic, text, max(sentence.start, span.start - 60), span.start):
                continue  # "an agreement on the withdrawal of troops": a topic, no event
            clause = clause_at(clauses, span.start)
            word_before = _word_before(text, sentence, span)  # "these visits", "the meeting"
            ev = _Ev(
                kind=trig.kind,
                sentence=sentence,
                paragraph=para,
                clause=clause,
                trigger=span,
                rule=f"trigger:{trig.id}",
                anaphoric=trig.anaphoric or word_before in lex.demonstratives,
                definite=word_before in lex.definites,
                explicit=trig.anaphoric,
                clauses=clauses,
                evidence=[sentence],
            )
            if trig.phone and "phone" in text[span.start : span.end].casefold():
                ev.kind = EventKind.CALL  # "held telephone talks": the talk is the call
            ev.modality = _modality(text, clause, span, trig.kind, sentence, trig.near_cues)
            if span in unheld and trig.kind is not EventKind.STATEMENT:
                ev.modality = Modality.NEGATED
            elif asked and ev.modality is not Modality.NEGATED:
                ev.modality = Modality.HYPOTHETICAL
            if ev.modality is Modality.HAPPENED and search(
                lex.upcoming, text, clause.span.start, clause.span.end
            ):
                ev.modality = Modality.PLANNED  # "when Baku hosts the conference"
            if trig.phone and (clause.span, ev.modality) in call_clauses:
                continue  # "discussed ... by telephone": the call is the encounter
            ev.reference = (
                search(lex.reference, text, max(sentence.start, span.start - 40), span.start)
                is not None
            )
            if trig.weak and _is_collective(text, clause.span):
                ev.anaphoric = True  # "the parties discussed": the encounter told before
                ev.talk = trig.phone
            if ev.modality is Modality.NEGATED and ev.kind is EventKind.STATEMENT:
                continue  # "said nothing about" is no statement
            if trig.kind is EventKind.CALL and _interview(text, clause.span, span, index):
                continue  # "told the Assa-Irada news agency by telephone": a reply, no call
            _participants(
                text, ev, index, history, trig.role, trig.speaker, trig.speaker_after, speech
            )
            if not ev.own_participants and not trig.speaker:
                # "The Russian and Azerbaijani governments will sign ..., the minister told
                # Interfax": the subject's nationalities before another clause's actors
                subject = _demonyms(text, Span(clause.span.start, span.start), index, history)
                ev.participants[:0] = [c for c in subject if c not in ev.participants]
            if para in voices and ev.kind in _GROUP_KINDS:
                _we_speakers(text, ev, voices)
            if trig.needs_actor:
                comma = text.find(",", span.end, clause.span.end)
                window = Span(span.end, comma if comma >= 0 else clause.span.end)
                if not index.actors_in(window):
                    continue
            # a date inside a quotation dates only what the quotation itself tells ('"We will
            # double the capacity by 2030," Overchuk told reporters after the talks')
            inside = next((q for q in quotes if q.start <= span.start < q.end), None)
            not_mine = taken + [
                d
                for d in local
                if any(q.start <= d.span.start < q.end for q in quotes)
                and not (inside is not None and inside.start <= d.span.start < inside.end)
            ]
            if trig.weak and trig.kind is EventKind.MEETING:
                # a discussion is dated by its own day, not by the months and years of what
                # was discussed ("discussed Azerbaijan's membership in the Council in 2012-2013",
                # "discussed preparations for the summit in May")
                # nor by the day of another event told after it ("discussed the agreements
                # reached during their meeting in Dushanbe on October 9")
                topic = [
                    d
                    for d in local
                    if d.span.start >= span.end
                    and d.when is not None
                    and (d.when.precision is not Precision.DAY or _owner(d, spans, clauses) != span)
                    and not _said_at(span, sentence, d, text)
                ]
                not_mine = taken + topic
            since = search(lex.since_event, text, span.end, clause.span.end)
            if since is not None:  # "first visit since the coup attempt on July 15"
                not_mine = not_mine + [d for d in local if d.span.start >= since.start()]
            tier = _own_date(ev, local, spans, text, published, calls, trig.speaker, not_mine)
            if trig.near_cues and ev.when is not None and tier:
                # "has postponed the flights, originally planned for 29 March": the plan's date
                planned = [
                    d
                    for d in local
                    if d.when == ev.when
                    and lex.planned_date.search(
                        text, max(sentence.start, d.span.start - 40), d.span.start
                    )
                ]
                if planned:
                    ev.when, ev.own_date = None, False
            later = search(lex.next_day, text, span.end, min(clause.span.end, span.end + 80))
            if (
                later is not None
                and tier > 1
                and ev.when is not None
                and ev.when.precision is Precision.DAY
            ):
                # "the crash on December 25 ... a phone call between them three days later"
                moved = timedelta(days=_days_later(later))
                ev.when = FuzzyDate(ev.when.start + moved, ev.when.end + moved, Precision.DAY)
            if (
                tier > 1
                and not any(d.span.start >= span.end for d in local)
                and lex.purpose.search(text, max(clause.span.start, span.start - 40), span.start)
            ):
                # "would travel to Baku next week to prepare the first meeting": next week is
                # the travel's; the meeting prepared has no date told ("preparations for the
                # summit, which is to be held in 2022" keep theirs)
                ev.when, ev.own_date, ev.purpose = None, False, True
            m = search(event_lexicon().anaphora, text, sentence.start, span.end)
            if m is not None and m.end() >= span.end and m.start() <= span.start + 1:
                ev.anaphoric = ev.explicit = True  # "during the phone conversation"
                # "Sahiba Gafarova attended the meeting": the attendee joins the one told
                ev.opening = m.group(0).casefold().startswith(_JOINED)
            elif (
                ev.kind is EventKind.MEETING
                and search(lex.meeting_format, text, clause.span.start, clause.span.end)
                and any(
                    p.kind is EventKind.MEETING
                    and (
                        p.sentence == sentence or (p.sentence == before and not ev.own_participants)
                    )
                    for p in history
                )
            ):  # "held a one-on-one meeting, which was followed by talks in an expanded format"
                ev.anaphoric = ev.explicit = True
            elif (
                ev.definite
                and ev.kind in _CONTACT
                and lex.opening_definite.fullmatch(text, sentence.start, span.start)
                and not _OWN_COMPLEMENT.match(text, span.end)
                and any(p.kind is ev.kind and p.modality is ev.modality for p in history)
            ):  # "The talks were convened by Putin": the talks told before
                ev.anaphoric = ev.opening = True
            if tier != 1 and word_before in _THE and any(p.kind is ev.kind for p in history):
                # "a protocol of the meeting": the meeting told before, not a new one
                ev.anaphoric = True
                ev.when, ev.own_date, ev.date_source = None, False, "none"
            if trig.anniversary and ev.when is not None:
                _anniversary(ev, text, trig)
            _own_place(ev, index)
            if not ev.own_date and not ev.anaphoric:
                _follow_up(ev, text, history, before, published)
            if ev.when is None or not ev.participants or ev.anaphoric:
                if ev.reference and ev.when is None:
                    # "since the signing of the statement": a reference back, not an event
                    # of the publication year (an undated signing is no event at all)
                    if ev.kind is EventKind.SIGNING:
                        continue
                else:
                    _context(ev, text, history, published)
            if (
                not (trig.speaker and ev.own_participants)
                and not ev.pronoun
                and (
                    (
                        not ev.participants
                        and _PRONOUN.search(text, clause.span.start, clause.span.end)
                    )
                    or _SUBJECT_PRONOUN.match(text, clause.span.start, clause.span.end)
                    or pronoun_subject
                )
            ):  # (a speaker "he" is resolved already: the speaker told before)
                ev.participants[:0] = [
                    p for p in _last_person(index, sentence.start) if p not in ev.participants
                ]
            if (not ev.participants and not ev.unnamed) or ev.kind in _ARMED:
                # a speaker's nationality stands before the verb ("the Russian side said"),
                # not among the words it reports
                where = Span(clause.span.start, span.start) if trig.speaker else ev.clause.span
                ev.participants.extend(
                    c for c in _demonyms(text, where, index, history) if c not in ev.participants
                )
            if (
                published is not None
                and ev.when is not None
                and ev.when.start > published.end
                and ev.modality is Modality.HAPPENED
            ):
                ev.modality = Modality.PLANNED
            ev.countries = frozenset(
                p for p in ev.participants if index.actors[p].kind is ActorKind.COUNTRY
            )
            history.extend(_split_plural(ev, text, local))
        _postponed(history[first:], by_offset.starting_in(sentence), text, published)
        before = sentence
    return _drop_headline_repeats(heads, merge_events(history))


_STOPS = ".!?…"
_CLOSING = "\"”'’»)]"


def _headlines(doc: Document) -> list[Span]:
    """Paragraphs opening the body that read as headlines (a second title, a standfirst): no
    sentence stop at their end; and, further down, the headings of a digest's items ("3.
    Foreign minister says Karabakh discussed", "ALSO NOTED", "In this issue: a | b")."""
    out = []
    opening = True
    for p in doc.paragraphs:
        line = doc.text[p.start : p.end].rstrip()
        bare = line.rstrip(_CLOSING)  # 'Ambassador: "We expect a strong delegation"' ends bare
        stopless = bool(bare) and bare[-1] not in _STOPS and "\n" not in line
        if opening and stopless:
            out.append(p)
            continue
        opening = False
        numbered = _ITEM_NUMBER.match(line)
        if numbered and (
            len(line.split()) > _HEADING_WORDS or any(c.isdigit() for c in line[numbered.end() :])
        ):
            numbered = None  # a list item that tells its own dated event, not a heading
        if stopless and (numbered or " | " in line or not any(c.islower() for c in line)):
            out.append(p)
    return out


_ITEM_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s+\S")  # "3. Foreign minister says ..."
_HEADING_WORDS = 10  # a digest's item heading is short


_QUOTE_PAIRS = {'"': '"', "\u201c": "\u201d", "``": "''"}


def _quotations(text: str, sentence: Span) -> list[Span]:
    """The quoted stretches of a sentence: straight, curly and wire-style (``...'') pairs;
    an opening mark with no closing one in the sentence quotes up to its end."""
    out: list[Span] = []
    pos = sentence.start
    while pos < sentence.end:
        found = [(i, o) for o in _QUOTE_PAIRS if (i := text.find(o, pos, sentence.end)) >= 0]
        if not found:
            break
        i, opening = min(found)
        closing = _QUOTE_PAIRS[opening]
        j = text.find(closing, i + len(opening), sentence.end)
        end = sentence.end if j < 0 else j + len(closing)
        out.append(Span(i, end))
        pos = end
    return out


def _asks(text: str, sentence: Span) -> bool:
    """Whether the sentence is a question: its last character before closing quotes and
    brackets is a question mark."""
    end = sentence.end
    while end > sentence.start and (text[end - 1].isspace() or text[end - 1] in _CLOSING):
        end -= 1
    return end > sentence.start and text[end - 1] == "?"


def _drop_headline_repeats(heads: Sequence[Span], evs: list[_Ev]) -> list[_Ev]:
    """Events of a headline that the body tells again ("Putin, Aliyev meet in Sochi" over
    "Putin and Aliyev held talks in Sochi on Thursday"): the body's telling is the event."""
    if not heads:
        return evs

    def headline(ev: _Ev) -> bool:
        return any(h.start <= ev.trigger.start < h.end for h in heads)

    body = [e for e in evs if not headline(e)]
    return [
        e
        for e in evs
        if not headline(e)
        or not any(
            b.kind is e.kind
            and (
                not b.participants
                or not e.participants
                or set(b.participants) & set(e.participants)
            )
            for b in body
        )
    ]


def _freeze(evs: Sequence[_Ev]) -> tuple[Event, ...]:
    ordered = sorted(evs, key=lambda e: (e.evidence[0].start, e.trigger.start, e.kind.value))
    out = []
    for i, ev in enumerate(ordered, 1):
        out.append(
            Event(
                id=f"event:{i:03d}-{ev.kind.value}",
                kind=ev.kind,
                when=ev.when,
                place=ev.place,
                participants=tuple(ev.participants),
                agreements=tuple(ev.agreements),
                evidence=tuple(ev.evidence),
                modality=ev.modality,
                participant_roles=tuple(ev.roles),
                trigger=ev.trigger,
                rule=ev.rule,
                date_source=EventDateSource(ev.date_source),
            )
        )
    return tuple(out)


def find_events_and_agreements(
    doc: Document,
    dates: Sequence[DateMention],
    actors: Sequence[Actor],
    places: Sequence[Place],
    published: FuzzyDate | None,
) -> tuple[tuple[Event, ...], tuple[Agreement, ...]]:
    """Events and agreements of the document, signing events linked to what they sign."""
    words = Words(doc.text)
    text = Folded(doc.text, words.low)
    index = MentionIndex(text, actors, places)
    evs = find_events(doc, dates, actors, places, published, index=index, words=words)
    signings = [e for e in evs if e.kind is EventKind.SIGNING]
    agreements, signed_by = find_agreements(
        doc, dates, actors, places, signings, published, index=index, words=words
    )
    for i, ev in enumerate(signings):
        ev.agreements = list(signed_by.get(i, ()))
    documents = event_lexicon().documents
    evs = [
        e
        for e in evs
        if e.kind is not EventKind.SIGNING
        or e.agreements
        or search(documents, text, e.clause.span.start, e.clause.span.end)
    ]
    return _freeze(evs), agreements
