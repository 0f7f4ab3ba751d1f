"""Events: one example per phrasing and kind, modality, dating, merging, and properties.

Inputs are built here (text -> Document, hand-listed actors and places found by exact
surface forms, dates from ``find_dates``) so that the event rules are tested apart from the
actor and place extractors.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz._dates import find_dates
from rusaz._extract.events import find_events, find_events_and_agreements, merge_events
from rusaz._model import (
    Actor,
    ActorKind,
    Agreement,
    Article,
    Event,
    EventKind,
    FuzzyDate,
    Mention,
    Modality,
    Place,
    Span,
)
from rusaz._text import clean, segment

# --- builders ------------------------------------------------------------------------------

ACTORS: dict[str, tuple[str, ActorKind, str | None, tuple[str, ...]]] = {
    "person:vladimir-putin": (
        "Vladimir Putin",
        ActorKind.PERSON,
        "RU",
        ("Vladimir Putin", "Putin"),
    ),
    "person:ilham-aliyev": ("Ilham Aliyev", ActorKind.PERSON, "AZ", ("Ilham Aliyev", "Aliyev")),
    "person:nikol-pashinyan": (
        "Nikol Pashinyan",
        ActorKind.PERSON,
        "AM",
        ("Nikol Pashinyan", "Pashinyan"),
    ),
    "person:sergey-lavrov": ("Sergey Lavrov", ActorKind.PERSON, "RU", ("Sergey Lavrov", "Lavrov")),
    "person:jeyhun-bayramov": (
        "Jeyhun Bayramov",
        ActorKind.PERSON,
        "AZ",
        ("Jeyhun Bayramov", "Bayramov"),
    ),
    "country:russia": ("Russia", ActorKind.COUNTRY, "RU", ("Russia",)),
    "country:azerbaijan": ("Azerbaijan", ActorKind.COUNTRY, "AZ", ("Azerbaijan",)),
    "country:armenia": ("Armenia", ActorKind.COUNTRY, "AM", ("Armenia",)),
    "country:turkey": ("Turkey", ActorKind.COUNTRY, "TR", ("Turkey",)),
    "organization:gazprom": ("Gazprom", ActorKind.ORGANIZATION, "RU", ("Gazprom",)),
    "organization:socar": ("SOCAR", ActorKind.ORGANIZATION, "AZ", ("SOCAR",)),
    "organization:cec": (
        "Central Election Commission",
        ActorKind.ORGANIZATION,
        "AZ",
        ("Central Election Commission",),
    ),
}
PLACES: dict[str, tuple[str, ...]] = {
    "place:baku": ("Baku",),
    "place:moscow": ("Moscow",),
    "place:sochi": ("Sochi",),
    "place:kremlin": ("Kremlin",),
    "place:bishkek": ("Bishkek",),
    "place:karabakh": ("Karabakh",),
}


def _find(text: str, forms: tuple[str, ...], taken: list[Span]) -> list[Mention]:
    out = []
    for form in sorted(forms, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(form)}\b", text):
            span = Span(m.start(), m.end())
            if any(span.overlaps(t) for t in taken):
                continue
            taken.append(span)
            out.append(Mention(span, "test"))
    return sorted(out, key=lambda m: m.span)


def build(text: str, published: str | None = "2024-05-20") -> Article:
    """Run the event stage on ``text`` with hand-listed actors and places."""
    cleaned, removed = clean(text)
    doc = segment(cleaned, removed)
    pub = FuzzyDate.parse(published) if published else None
    taken: list[Span] = []
    actors = []
    for aid, (name, kind, country, forms) in ACTORS.items():
        mentions = _find(doc.text, forms, taken)
        if mentions:
            actors.append(
                Actor(id=aid, name=name, kind=kind, country=country, mentions=tuple(mentions))
            )
    places = []
    for pid, forms in PLACES.items():
        mentions = _find(doc.text, forms, taken)
        if mentions:
            places.append(Place(id=pid, name=forms[0], mentions=tuple(mentions)))
    dates = find_dates(doc.text, pub)
    events, agreements = find_events_and_agreements(doc, dates, actors, places, pub)
    return Article(
        id="test",
        text=doc.text,
        published=pub,
        paragraphs=doc.paragraphs,
        sentences=doc.sentences,
        actors=tuple(actors),
        places=tuple(places),
        events=events,
        agreements=agreements,
    )


def of_kind(article: Article, kind: EventKind) -> list[Event]:
    """The article's events of one kind."""
    return [e for e in article.events if e.kind is kind]


# --- one row per phrasing ------------------------------------------------------------------

KIND_ROWS = [
    # (text, kind, a participant, date, place)
    (
        "Vladimir Putin paid a state visit to Baku on May 2.",
        "visit",
        "person:vladimir-putin",
        "2024-05-02",
        "place:baku",
    ),
    (
        "Ilham Aliyev arrived in Moscow on May 6 for talks.",
        "visit",
        "person:ilham-aliyev",
        "2024-05-06",
        "place:moscow",
    ),
    ("Putin visited Baku in March.", "visit", "person:vladimir-putin", "2024-03", "place:baku"),
    (
        "Sergey Lavrov met with Jeyhun Bayramov in Moscow on April 10.",
        "meeting",
        "person:sergey-lavrov",
        "2024-04-10",
        "place:moscow",
    ),
    (
        "Putin and Aliyev held talks in the Kremlin on April 22.",
        "meeting",
        "person:ilham-aliyev",
        "2024-04-22",
        "place:kremlin",
    ),
    (
        "A regular session of the joint working group of Russia and Azerbaijan was held in Baku"
        " on March 3.",
        "meeting",
        "country:russia",
        "2024-03-03",
        "place:baku",
    ),
    (
        "Putin and Aliyev spoke by phone on Tuesday.",
        "call",
        "person:vladimir-putin",
        "2024-05-14",
        None,
    ),
    (
        "Aliyev had a telephone conversation with Putin on May 9.",
        "call",
        "person:ilham-aliyev",
        "2024-05-09",
        None,
    ),
    (
        "Aliyev and Pashinyan attended the CIS summit in Bishkek on October 13, 2023.",
        "summit",
        "person:nikol-pashinyan",
        "2023-10-13",
        "place:bishkek",
    ),
    (
        "Gazprom and SOCAR signed a gas supply contract in Baku on May 3.",
        "signing",
        "organization:gazprom",
        "2024-05-03",
        "place:baku",
    ),
    (
        "Aliyev said on Friday that relations with Russia were developing.",
        "statement",
        "person:ilham-aliyev",
        "2024-05-17",
        None,
    ),
    (
        "On May 1, Putin congratulated Aliyev on his birthday.",
        "statement",
        "person:vladimir-putin",
        "2024-05-01",
        None,
    ),
    (
        "Putin awarded Aliyev the Order of Friendship on May 5.",
        "award",
        "person:vladimir-putin",
        "2024-05-05",
        None,
    ),
    (
        "On April 17, Russian peacekeepers began their withdrawal from Karabakh, Russia said.",
        "military",
        "country:russia",
        "2024-04-17",
        "place:karabakh",
    ),
    (
        "Armenia and Azerbaijan agreed on a humanitarian ceasefire on October 10, 2020.",
        "ceasefire",
        "country:armenia",
        "2020-10-10",
        None,
    ),
    (
        "Aliyev won the presidential election in Azerbaijan on February 7.",
        "election",
        "person:ilham-aliyev",
        "2024-02-07",
        None,
    ),
    (
        "A drone attack on Baku was reported by Azerbaijan on March 1.",
        "attack",
        "country:azerbaijan",
        "2024-03-01",
        "place:baku",
    ),
    (
        "Russia and Azerbaijan established diplomatic relations on April 4, 1992.",
        "other",
        "country:russia",
        "1992-04-04",
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "who", "when", "where"), KIND_ROWS)
def test_kind_table(text: str, kind: str, who: str, when: str, where: str | None) -> None:
    """Each phrasing yields an event of its kind with a participant, the date and the place."""
    article = build(text)
    found = of_kind(article, EventKind(kind))
    assert found, [(e.kind, e.rule) for e in article.events]
    ev = found[0]
    assert who in ev.participants
    assert FuzzyDate.parse(when) == ev.when
    if where is not None:
        assert where == ev.place


MODALITY_ROWS = [
    ("Putin will visit Baku next week.", "visit", "planned"),
    ("Putin and Aliyev are expected to hold talks in Moscow.", "meeting", "planned"),
    ("Official talks are scheduled for Monday.", "meeting", "planned"),
    ("Aliyev could visit Moscow if invited.", "visit", "hypothetical"),
    ("Putin did not meet Aliyev in Sochi.", "meeting", "negated"),
    ("Putin and Aliyev hold talks in Moscow on May 30.", "meeting", "planned"),
    ("Putin held talks with Aliyev in Sochi on May 3.", "meeting", "happened"),
    ("Putin did not comment on the attack on Baku.", "attack", "happened"),
]


@pytest.mark.parametrize(("text", "kind", "modality"), MODALITY_ROWS)
def test_modality_table(text: str, kind: str, modality: str) -> None:
    """Future, scheduled, hypothetical and negated phrasings get their modality."""
    found = of_kind(build(text), EventKind(kind))
    assert found
    assert Modality(modality) == found[0].modality


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev said nothing about the talks.",
        "Putin did not say a word about arms supplies.",
    ],
)
def test_denied_statement_is_no_event(text: str) -> None:
    """ "said nothing about" is no statement."""
    assert [] == of_kind(build(text), EventKind.STATEMENT)


def test_press_conference_is_no_summit() -> None:
    """ "told a press conference" is a statement, not a summit."""
    article = build("Lavrov told a press conference in Moscow on May 3 that talks went well.")
    assert [] == of_kind(article, EventKind.SUMMIT)
    assert of_kind(article, EventKind.STATEMENT)


def test_passive_declared_is_no_statement() -> None:
    """ "was declared a construction of the century" reports no speech act."""
    article = build("The railway was declared a construction of the century.")
    assert [] == of_kind(article, EventKind.STATEMENT)


# --- dating --------------------------------------------------------------------------------


def test_during_the_visit_takes_the_visit_date_and_place() -> None:
    """An anaphoric "during the visit" takes the date and place of the visit."""
    text = (
        "Aliyev paid a working visit to Moscow on April 22.\n\n"
        "During the visit, Aliyev and Putin discussed regional security."
    )
    article = build(text)
    meeting = of_kind(article, EventKind.MEETING)
    assert meeting
    assert FuzzyDate.parse("2024-04-22") == meeting[0].when
    assert "context" == meeting[0].date_source.value


def test_past_report_takes_no_future_date_of_another_trigger() -> None:
    """ "spoke by phone and agreed to hold consultations next month": the call is past."""
    text = (
        "Earlier, Lavrov and Bayramov spoke by phone and agreed to hold consultations next month."
    )
    call = of_kind(build(text), EventKind.CALL)[0]
    assert Modality.HAPPENED == call.modality
    assert FuzzyDate.year(2024) == call.when


def test_statement_does_not_take_the_date_of_what_it_reports() -> None:
    """ "X recalled the treaty signed two years ago": the recall is not two years old."""
    text = "Aliyev recalled the Declaration on Allied Interaction signed two years ago."
    article = build(text)
    assert FuzzyDate.year(2024) == of_kind(article, EventKind.STATEMENT)[0].when
    assert FuzzyDate.year(2022) == of_kind(article, EventKind.SIGNING)[0].when


def test_concluded_for_years_is_no_signing() -> None:
    """ "The document was concluded for ten years" states a term, not a signing."""
    assert [] == of_kind(build("The document was concluded for ten years."), EventKind.SIGNING)


def test_undated_report_takes_publication_year() -> None:
    """An undated event reported as past takes the publication year, and says so."""
    ev = of_kind(build("Putin and Aliyev held talks in Sochi."), EventKind.MEETING)[0]
    assert FuzzyDate.year(2024) == ev.when
    assert "publication_year" == ev.date_source.value


def test_undated_without_publication_date_stays_undated() -> None:
    """Without a publication date an undated event has no date."""
    article = build("Putin and Aliyev held talks in Sochi.", published=None)
    assert None is of_kind(article, EventKind.MEETING)[0].when


def test_plural_visits_with_two_dates_are_two_events() -> None:
    """ "his visits (April 10-11 and September 29-30, 2017)" are two visits."""
    text = "Lavrov's visits to Baku (April 10-11 and September 29-30, 2017) were fruitful."
    visits = of_kind(build(text), EventKind.VISIT)
    assert [FuzzyDate.parse("2017-04-10/2017-04-11"), FuzzyDate.parse("2017-09-29/2017-09-30")] == [
        v.when for v in visits
    ]


def test_anniversary_dates_back() -> None:
    """ "This year marks the 30th anniversary of X" dates X thirty years back."""
    ev = of_kind(build("This year marks the 30th anniversary of the treaty."), EventKind.OTHER)
    assert FuzzyDate.year(1994) == ev[0].when


# --- participants and roles ------------------------------------------------------------------


def test_leaders_of_the_two_countries_are_the_earlier_pair() -> None:
    """ "the leaders of the two countries" are the participants of the latest encounter."""
    text = (
        "Aliyev paid a working visit to Moscow at the invitation of Putin on April 22.\n\n"
        "At the meeting in the Kremlin, the leaders of the two countries discussed trade."
    )
    meeting = of_kind(build(text), EventKind.MEETING)[0]
    assert {"person:ilham-aliyev", "person:vladimir-putin"} <= set(meeting.participants)


def test_visitor_and_host_roles() -> None:
    """A visit at someone's invitation marks the visitor and the host."""
    text = "Aliyev paid a working visit to Moscow at the invitation of Putin on April 22."
    visit = of_kind(build(text), EventKind.VISIT)[0]
    roles = {(r.actor, r.role) for r in visit.participant_roles}
    assert {("person:ilham-aliyev", "visitor"), ("person:vladimir-putin", "host")} <= roles


def test_pronoun_subject_is_the_last_person() -> None:
    """ "He said ..." is a statement by the person named last before."""
    text = "Putin met Aliyev in Sochi on May 3.\n\nHe said the talks were useful."
    statement = of_kind(build(text), EventKind.STATEMENT)[0]
    assert "person:ilham-aliyev" in statement.participants


# --- merging -------------------------------------------------------------------------------


def test_mentions_of_one_meeting_merge() -> None:
    """A meeting and a later "the meeting" are one event with both sentences as evidence."""
    text = (
        "Putin held talks with Aliyev in Sochi on May 3.\n\n"
        "The meeting was held in a friendly atmosphere, Putin and Aliyev agreed."
    )
    article = build(text)
    meetings = of_kind(article, EventKind.MEETING)
    assert 1 == len(meetings)
    assert 2 == len(meetings[0].evidence)


def test_distinct_dates_do_not_merge() -> None:
    """Two calls on different stated days stay two events."""
    text = "Putin and Aliyev spoke by phone on May 1. Putin and Aliyev spoke by phone on May 9."
    assert 2 == len(of_kind(build(text), EventKind.CALL))


# --- patterns of news prose ------------------------------------------------------------------

PUTIN, ALIYEV, PASHINYAN = "person:vladimir-putin", "person:ilham-aliyev", "person:nikol-pashinyan"
LAVROV, BAYRAMOV = "person:sergey-lavrov", "person:jeyhun-bayramov"
GAZPROM, SOCAR = "organization:gazprom", "organization:socar"

PROSE_ROWS = [
    # (text, kind, date (None: undated), participants it has, participants it lacks)
    # 1. a phone cue turns talks into a call; a congratulation by phone is a call too
    (
        "Lavrov and Bayramov talked over the phone on Monday about the peace process.",
        "call",
        "2024-05-20",
        {LAVROV, BAYRAMOV},
        set(),
    ),
    (
        "On Thursday, Putin and Aliyev held talks by telephone.",
        "call",
        "2024-05-16",
        {PUTIN},
        set(),
    ),
    (
        "Aliyev and Putin discussed energy projects by telephone on Wednesday.",
        "call",
        "2024-05-15",
        {ALIYEV, PUTIN},
        set(),
    ),
    (
        "Aliyev congratulated Putin by telephone on May 7 on his inauguration.",
        "call",
        "2024-05-07",
        {ALIYEV, PUTIN},
        set(),
    ),
    (
        "Aliyev congratulated Putin by telephone on May 7 on his inauguration.",
        "statement",
        "2024-05-07",
        {ALIYEV},
        set(),
    ),
    (
        "Putin and Aliyev will hold talks by phone next week.",
        "call",
        "2024-05-27/2024-06-02",
        {PUTIN, ALIYEV},
        set(),
    ),
    (
        "Putin, who had spoken by phone with Aliyev on Monday, met Pashinyan in Moscow on Friday.",
        "meeting",
        "2024-05-17",
        {PUTIN, PASHINYAN},
        {ALIYEV},
    ),
    (
        "During the phone call on Friday, Putin and Aliyev agreed to hold a meeting in Sochi.",
        "meeting",
        None,
        {PUTIN},
        set(),
    ),
    # 2. a reference back is dated by the document it names, else no signing at all
    (
        "Sunday marks the anniversary of the signing of the trilateral statement of"
        " November 9, 2020.",
        "signing",
        "2020-11-09",
        set(),
        set(),
    ),
    (
        "Lavrov and Bayramov discussed the implementation of the November 9, 2020, trilateral"
        " statement on Monday.",
        "meeting",
        "2024-05-20",
        {LAVROV},
        set(),
    ),
    (
        "Putin and Pashinyan exchanged views on the statements of November 9, 2020 and"
        " January 11, 2021.",
        "meeting",
        "2024",
        {PUTIN, PASHINYAN},
        set(),
    ),
    (
        "Lavrov recalled that the ceasefire statement of November 10, 2020 was signed by Putin,"
        " Aliyev and Pashinyan.",
        "ceasefire",
        "2020-11-10",
        {PUTIN},
        set(),
    ),
    # 3. a "when" clause shares the main clause's date; a plan's period dates no event
    (
        "The ministers last met in Baku on March 12, when they signed a plan of consultations"
        " for 2024-2025.",
        "signing",
        "2024-03-12",
        set(),
        set(),
    ),
    (
        "Gazprom and SOCAR signed a programme of cooperation for 2025-2027 in Moscow.",
        "signing",
        "2024",
        {GAZPROM, SOCAR},
        set(),
    ),
    # 4. events told in participle and noun phrases
    (
        "The ceasefire statement signed by Putin, Aliyev and Pashinyan in November 2020 ended"
        " the war.",
        "signing",
        "2020-11",
        {PUTIN, ALIYEV, PASHINYAN},
        set(),
    ),
    (
        "The one-day operation of September 2023 ended with the surrender of the separatists.",
        "military",
        "2023-09",
        set(),
        set(),
    ),
    ("Aliyev recalled the gas contract signed last November.", "signing", "2023-11", set(), set()),
    (
        "Russian troops left Karabakh in 2024, ending a mission that began under the"
        " November 2020 ceasefire statement.",
        "ceasefire",
        "2020-11",
        set(),
        set(),
    ),
    (
        "The gas contract, signed in 2022 for five years, was extended last month.",
        "signing",
        "2022",
        set(),
        set(),
    ),
    # 5. forces moving out are military events
    (
        "The last convoy of Russian troops left Karabakh on June 12, Russia said.",
        "military",
        "2023-06-12",
        {"country:russia"},
        set(),
    ),
    (
        "The peacekeepers completed their withdrawal on April 30.",
        "military",
        "2024-04-30",
        set(),
        set(),
    ),
    # 6. "when X hosts": an upcoming event in the coming month
    (
        "Aliyev said he would attend in March, when Russia hosts the summit in Moscow.",
        "summit",
        "2025-03",
        set(),
        set(),
    ),
    # 7. a statement is its speaker's, not of everyone it names
    (
        "Lavrov noted that Aliyev and Pashinyan had met in Moscow.",
        "statement",
        "2024",
        {LAVROV},
        {ALIYEV, PASHINYAN},
    ),
    (
        "Putin said the talks with Aliyev and Pashinyan had been useful.",
        "statement",
        "2024",
        {PUTIN},
        {ALIYEV, PASHINYAN},
    ),
    (
        "According to Lavrov, Russia and Azerbaijan signed a trade agreement on May 2.",
        "statement",
        "2024",
        {LAVROV},
        {"country:russia", "country:azerbaijan"},
    ),
    (
        "According to Lavrov, Russia and Azerbaijan signed a trade agreement on May 2.",
        "signing",
        "2024-05-02",
        {"country:russia"},
        {LAVROV},
    ),
    # 8. coordinated predicates: one event each, dated by the first, with their own actors
    (
        "Aliyev arrived in Sochi on May 3, held a session of the commission, signed a memorandum"
        " and, on the sidelines, held talks with Gazprom and SOCAR.",
        "signing",
        "2024-05-03",
        {ALIYEV},
        {GAZPROM},
    ),
    (
        "Aliyev arrived in Sochi on May 3, held a session of the commission, signed a memorandum"
        " and, on the sidelines, held talks with Gazprom and SOCAR.",
        "meeting",
        "2024-05-03",
        {GAZPROM, SOCAR},
        set(),
    ),
    (
        "Aliyev, who is on a working visit to Russia, met with Putin in Sochi on May 3.",
        "visit",
        "2024-05-03",
        {ALIYEV},
        set(),
    ),
    (
        "Putin and Aliyev met in Sochi on May 3.\n\n"
        "The two presidents will meet again in December.",
        "meeting",
        "2024-12",
        {PUTIN, ALIYEV},
        set(),
    ),
    # 9-10. follow-ups take the date of the event told before
    (
        "Putin and Aliyev held talks in Moscow on Friday.\n\n"
        "The documents were signed by Lavrov and Bayramov in the presence of the presidents.",
        "signing",
        "2024-05-17",
        {LAVROV, BAYRAMOV},
        {PUTIN, ALIYEV},
    ),
    (
        "Putin visited Baku on May 2.\n\n"
        "Gazprom and SOCAR signed a memorandum in the presence of the two presidents.",
        "signing",
        "2024-05-02",
        {GAZPROM, SOCAR},
        set(),
    ),
    (
        "Putin and Aliyev spoke by phone on Friday.\n\nThey agreed to remain in close contact.",
        "statement",
        "2024",
        {PUTIN, ALIYEV},
        set(),
    ),
    (
        "Putin and Aliyev met in Sochi on May 3.\n\n"
        "On the same day, Gazprom and SOCAR signed a gas contract.",
        "signing",
        "2024-05-03",
        {GAZPROM, SOCAR},
        set(),
    ),
    (
        "Putin and Aliyev held talks in the Kremlin on April 22. Later in the day, Aliyev met"
        " Gazprom executives.",
        "meeting",
        "2024-04-22",
        {ALIYEV, GAZPROM},
        {PUTIN},
    ),
]


@pytest.mark.parametrize(("text", "kind", "when", "has", "lacks"), PROSE_ROWS)
def test_prose_table(
    text: str, kind: str, when: str | None, has: set[str], lacks: set[str]
) -> None:
    """Each pattern of news prose yields an event of its kind, date and participants."""
    article = build(text)
    found = [
        e
        for e in of_kind(article, EventKind(kind))
        if has <= set(e.participants) and not lacks & set(e.participants)
    ]
    assert found, [(e.kind, e.when, e.participants) for e in article.events]
    assert str(when) in [str(e.when) for e in found]


NO_EVENT_ROWS = [
    # (text, the kind it must not yield)
    ("Putin and Aliyev discussed the situation by telephone on Wednesday.", "meeting"),
    ("Lavrov and Bayramov held a phone conversation on May 8.", "meeting"),
    ("Two years have passed since the signing of the Moscow declaration.", "signing"),
    ("It has been four years since the trilateral statement was signed.", "signing"),
    ("Earlier this week, Putin and Aliyev met on the sidelines of the forum.", "summit"),
    ("The two leaders agreed to remain in close contact.", "meeting"),
    ("The presidents agreed to stay in touch.", "meeting"),
    ("According to the Central Election Commission, turnout was high.", "election"),
    ("Gazprom and SOCAR approved a plan of consultations for 2025.", "meeting"),
]


@pytest.mark.parametrize(("text", "kind"), NO_EVENT_ROWS)
def test_no_event_table(text: str, kind: str) -> None:
    """Phrasings that cite, frame or name an event yield no event of that kind."""
    assert [] == of_kind(build(text), EventKind(kind))


def test_collective_talks_after_a_call_are_the_call() -> None:
    """ "The two leaders also exchanged views on ..." after a call is that call, not a meeting."""
    text = (
        "Putin and Aliyev spoke by phone on Friday.\n\n"
        "The two leaders also exchanged views on regional security."
    )
    article = build(text)
    assert [] == of_kind(article, EventKind.MEETING)
    assert [2] == [len(e.evidence) for e in of_kind(article, EventKind.CALL)]


def test_reference_back_is_not_dated_by_its_sentence() -> None:
    """ "Sunday marks the anniversary of the signing ...": the signing is not on Sunday."""
    text = "Sunday marks the anniversary of the signing of the trilateral statement."
    assert [] == of_kind(build(text), EventKind.SIGNING)


def test_agreed_to_remain_in_contact_is_a_happened_statement() -> None:
    """ "agreed to remain in close contact" is said now, not planned."""
    ev = of_kind(build("Putin and Aliyev agreed to remain in close contact."), EventKind.STATEMENT)
    assert [Modality.HAPPENED] == [e.modality for e in ev]


# --- properties ----------------------------------------------------------------------------

SUBJECTS = ["Putin", "Aliyev", "Pashinyan", "Lavrov and Bayramov", "Russia", "Gazprom"]
PREDICATES = [
    "paid a visit to Baku",
    "held talks in Moscow",
    "will meet in Sochi",
    "spoke by phone",
    "signed a memorandum on energy cooperation",
    "said the talks were useful",
    "could visit the Kremlin",
    "did not meet in Bishkek",
    "agreed on a ceasefire",
    "took part in the summit",
]
WHENS = ["", " on May 3", " on June 30", " last year", " in 2019", " next week", " yesterday"]


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Short articles of generated news sentences."""
    n = draw(st.integers(min_value=1, max_value=6))
    sentences = [
        f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(PREDICATES))}"
        f"{draw(st.sampled_from(WHENS))}."
        for _ in range(n)
    ]
    paragraphs = draw(st.booleans())
    return ("\n\n" if paragraphs else " ").join(sentences)


@given(articles())
def test_property_article_is_consistent(text: str) -> None:
    """Evidence lies inside sentences, ids resolve (Article validates), future means planned."""
    article = build(text)
    for ev in article.events:
        for span in ev.evidence:
            assert any(s.contains(span) for s in article.sentences)
        assert article.published is not None
        if ev.when is not None and ev.when.start > article.published.end:
            assert Modality.HAPPENED is not ev.modality


@given(articles())
def test_property_deterministic(text: str) -> None:
    """The same input gives the same events and agreements."""
    assert build(text).events == build(text).events
    assert build(text).agreements == build(text).agreements


@given(articles())
def test_property_merge_idempotent(text: str) -> None:
    """Merging merged events changes nothing."""
    cleaned, removed = clean(text)
    doc = segment(cleaned, removed)
    pub = FuzzyDate.day(date(2024, 5, 20))
    article = build(text)
    once = find_events(doc, find_dates(doc.text, pub), article.actors, article.places, pub)
    twice = merge_events(once)
    assert [(e.kind, e.evidence, e.when) for e in once] == [
        (e.kind, e.evidence, e.when) for e in twice
    ]


def test_agreement_type_is_exported() -> None:
    """Agreements returned by the stage are model Agreements."""
    article = build("Gazprom and SOCAR signed a gas supply contract in Baku on May 3.")
    assert all(isinstance(a, Agreement) for a in article.agreements)


TOKENS = st.sampled_from(
    [
        *"abc ,.;:-–()\"'\n",
        "Putin",
        "Aliyev",
        "Baku",
        " signed ",
        " the ",
        " visit to ",
        " Declaration on ",
        " May 3",
        " 2020",
        " and ",
        " agreement ",
        " for five years",
        " will ",
        " did not ",
        " met ",
        " memorandum",
        " until 2024",
        " marks the 50th anniversary",
    ]
)


@given(st.lists(TOKENS, max_size=40).map("".join))
def test_property_token_soup_never_raises(text: str) -> None:
    """Any mix of trigger words and punctuation yields a valid Article (or no text at all)."""
    if not clean(text)[0].strip():
        return
    article = build(text)
    assert all(e.evidence for e in article.events)
