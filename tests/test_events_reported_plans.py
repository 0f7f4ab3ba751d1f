"""Event patterns of wire and readout prose: plans told in reported speech, invitations and
refusals, cancelled gatherings, acts told with "also" or after "hours of talks", and the
heads of state named collectively (one row per phenomenon, on sentences written for them)."""

from __future__ import annotations

from datetime import date

import pytest

import rusaz
from rusaz import Article, Event, EventKind, FuzzyDate, Modality

PUBLISHED = date(2021, 3, 10)  # a Wednesday


def parse(body: str) -> Article:
    """The article of one dated wire paragraph."""
    return rusaz.parse_text("MOSCOW, March 10, 2021 (Reuters) - " + body, published=PUBLISHED)


def events(article: Article, kind: str) -> list[Event]:
    """The article's events of one kind."""
    return [e for e in article.events if e.kind is EventKind(kind)]


REPORTED_PLANS = [
    # (text, kind): "would" after a speech verb is the future of the speaker, a plan
    ("Lavrov said Russia would present the plan at a meeting in Minsk next month.", "meeting"),
    ("The envoy said he would also stop in Yerevan later this month.", "visit"),
    ("Overchuk said he would fly to Baku next week.", "visit"),
]


@pytest.mark.parametrize(("text", "kind"), REPORTED_PLANS)
def test_would_after_a_speech_verb_is_a_plan(text: str, kind: str) -> None:
    """A gathering someone said would happen is planned, not a supposition."""
    found = events(parse(text), kind)
    assert [Modality.PLANNED] == [e.modality for e in found][:1]


def test_would_with_another_verb_stays_hypothetical() -> None:
    """ "would be wrong to hold a summit" tells no plan of the summit."""
    text = "Lavrov said it would be wrong to hold a summit now."
    found = events(parse(text), "summit")
    assert [Modality.HYPOTHETICAL] == [e.modality for e in found]


INVITATIONS = [
    "Lavrov invited his Azerbaijani counterpart Jeyhun Bayramov to visit Moscow.",
    "Aliyev has invited Putin to pay an official visit to Baku.",
    "Bayramov thanked Lavrov for the invitation to visit Moscow.",
]


@pytest.mark.parametrize("text", INVITATIONS)
def test_an_invitation_is_no_visit(text: str) -> None:
    """The visit one is invited to pay has not happened and is not yet planned."""
    found = events(parse(text), "visit")
    assert [] == [e for e in found if e.modality in (Modality.HAPPENED, Modality.PLANNED)]


def test_the_inviter_speaks() -> None:
    """ "X invited Y to visit": a statement of X alone, the invited one takes no part."""
    found = events(parse(INVITATIONS[0]), "statement")
    assert [("person:sergey-lavrov",)] == [e.participants for e in found]


def test_a_visit_at_the_invitation_of_someone_happened() -> None:
    """ "visited Baku at the invitation of Aliyev" tells a visit paid."""
    found = events(parse("Putin visited Baku on Monday at the invitation of Aliyev."), "visit")
    assert [Modality.HAPPENED] == [e.modality for e in found]


REFUSALS = [
    # (text, speaker, day)
    ("Azerbaijan refused on Monday to sign the plan.", "country:azerbaijan", date(2021, 3, 8)),
    ("Armenia refuses to recognise the result.", "country:armenia", None),
]


@pytest.mark.parametrize(("text", "speaker", "day"), REFUSALS)
def test_a_refusal_to_sign_is_a_statement_of_the_refusing_party(
    text: str, speaker: str, day: date | None
) -> None:
    """Refusing to sign or accept is said: a statement of the one who refuses, on its day."""
    found = events(parse(text), "statement")
    assert [speaker] == [p for e in found for p in e.participants]
    if day is not None:
        assert [FuzzyDate.day(day)] == [e.when for e in found]


NOT_HELD = [
    "The forum, which was to take place in Astrakhan in April, will not be held this spring.",
    "A visit to the power station, which was in the draft programme, has been dropped.",
    "The session of the commission has been scrapped.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_a_gathering_dropped_or_not_to_be_held_is_negated(text: str) -> None:
    """ "will not be held", "has been dropped": the gathering does not take place."""
    gatherings = (EventKind.MEETING, EventKind.SUMMIT, EventKind.VISIT)
    found = [e for e in parse(text).events if e.kind in gatherings]
    assert [Modality.NEGATED] == [e.modality for e in found]


def test_a_plan_keeps_its_date_before_but_declined() -> None:
    """ "would meet in the first quarter, but declined to give a date": the quarter dates it."""
    text = "Istratov said the commission would meet in the first quarter, but declined to comment."
    found = events(parse(text), "meeting")
    assert [FuzzyDate(date(2021, 1, 1), date(2021, 3, 31), rusaz.Precision.MONTH)] == [
        e.when for e in found
    ]


STORY = (
    "President Vladimir Putin and President Ilham Aliyev met in Sochi on Tuesday. "
    "After three hours of talks, the two presidents signed a declaration on strategic "
    "partnership.\n\nThe heads of state also signed a joint statement on the Caspian Sea."
)


def test_hours_of_talks_refer_back_to_the_meeting() -> None:
    """ "After three hours of talks" tells of the meeting told before: one meeting."""
    found = events(parse(STORY), "meeting")
    assert [FuzzyDate.day(date(2021, 3, 9))] == [e.when for e in found]


def test_an_act_told_with_also_takes_the_day_of_its_people() -> None:
    """ "The heads of state also signed": on the day of the signing told before."""
    found = events(parse(STORY), "signing")
    assert [FuzzyDate.day(date(2021, 3, 9))] * 2 == [e.when for e in found]


def test_also_borrows_no_day_from_other_people() -> None:
    """ "Rouhani also met Aliyev": not on the day the ministers met just before."""
    text = (
        "Foreign ministers Sergey Lavrov and Jeyhun Bayramov met in Baku on Sunday.\n\n"
        "Iranian President Hassan Rouhani also met Ilham Aliyev."
    )
    found = [e for e in events(parse(text), "meeting") if "person:hassan-rouhani" in e.participants]
    assert [FuzzyDate.year(2021)] == [e.when for e in found]


HEADS = [
    # (text): the heads of state are the presidents, never the prime minister at the talks
    "Putin held talks with President Ilham Aliyev and Prime Minister Ali Asadov on Monday. "
    "The heads of state signed a joint statement.",
    "Putin held talks with President Ilham Aliyev and Prime Minister Ali Asadov on Monday. "
    "The presidents signed a joint statement.",
]


@pytest.mark.parametrize("text", HEADS)
def test_the_heads_of_state_are_the_presidents_who_met(text: str) -> None:
    """ "The heads of state signed": the two presidents of the talks told before."""
    found = events(parse(text), "signing")
    assert [["person:ilham-aliyev", "person:vladimir-putin"]] == [
        sorted(e.participants) for e in found
    ]


SPEAKERS = [
    # (text, speakers of the statement): who speaks, and who does not
    ("The plan will be studied, Guluzade added.", []),
    (
        "A spokesman said Lavrov would travel to Baku. "
        "The spokesman, who asked not to be named, said Lavrov would also stop in Yerevan.",
        [],
    ),
    (
        "The Energy Ministry said supplies had been halted. The ministry said talks would go on.",
        ["organization:energy-ministry"],
    ),
    ('"The talks were useful," said Lavrov.', ["person:sergey-lavrov"]),
]


def test_a_person_named_with_a_possessive_does_not_speak() -> None:
    """ "X, Aliyev's foreign policy adviser, said": the adviser speaks, never Aliyev."""
    text = (
        "Vafa Guluzade, Ilham Aliyev's foreign policy adviser, said the Azerbaijani side was ready."
    )
    found = events(parse(text), "statement")
    assert [False] == ["person:ilham-aliyev" in e.participants for e in found]


@pytest.mark.parametrize(("text", "speakers"), SPEAKERS)
def test_the_speaker_of_the_last_statement(text: str, speakers: list[str]) -> None:
    """A possessive owner, an unknown name or an unnamed spokesman lends no actor of another
    clause; "the ministry said" is the ministry named before; an inverted speaker speaks."""
    found = events(parse(text), "statement")
    assert speakers == list(found[-1].participants)


INTERVIEWS = [
    "Guliyev told the Assa-Irada news agency by telephone from Moscow that talks went well.",
    "Grigoryev told reporters by phone that no notice had been received.",
    "Grigoryev told Interfax by telephone that no notice had been received.",
]


@pytest.mark.parametrize("text", INTERVIEWS)
def test_words_given_to_the_press_by_telephone_are_no_call(text: str) -> None:
    """ "told the news agency by telephone" is a statement, no call."""
    assert [] == events(parse(text), "call")


def test_words_told_to_a_leader_by_telephone_are_a_call() -> None:
    """ "Putin told Aliyev by telephone" is a call between them."""
    found = events(parse("Putin told Aliyev by telephone that Russia was ready to help."), "call")
    assert [1] == [len(found)]


def test_an_abbreviation_ends_no_clause_for_the_tense_of_a_date() -> None:
    """ "took place in St. Petersburg on June 17, and the next one is planned": June 17 past."""
    text = (
        "The last meeting of Putin and Aliyev took place in St. Petersburg on June 17, and the "
        "next one is planned for the autumn."
    )
    found = events(parse(text), "meeting")
    assert [FuzzyDate.day(date(2020, 6, 17))] == [e.when for e in found][:1]


SINCE = [
    "It is his first official visit to Russia since he was elected President in October 2018.",
    "Erdogan's trip is his first foreign visit since the failed coup attempt on July 15, 2020.",
]


@pytest.mark.parametrize("text", SINCE)
def test_a_date_after_since_and_another_happening_does_not_date_the_visit(text: str) -> None:
    """ "first visit since the coup attempt on July 15": July 15 dates the attempt."""
    found = events(parse(text), "visit")
    assert [] == [e for e in found if e.when is not None and e.when.start.year < 2021]


def test_a_relative_clause_without_comma_takes_no_actor_of_the_main_clause() -> None:
    """ "apologised to Putin for the deaths of peacekeepers who were killed when their vehicle
    came under fire": the attack is no act of Aliyev or Putin."""
    text = (
        "Ilham Aliyev has apologised to Vladimir Putin for the deaths of Russian peacekeepers "
        "who were killed when their vehicle came under fire on Monday."
    )
    found = events(parse(text), "attack")
    assert [False] == [
        "person:ilham-aliyev" in e.participants or "person:vladimir-putin" in e.participants
        for e in found
    ]


def test_an_apposition_before_who_keeps_its_actor() -> None:
    """ "Lavrov, a veteran diplomat who met Bayramov on Monday": Lavrov met Bayramov."""
    text = (
        "Sergey Lavrov, a veteran diplomat who met Jeyhun Bayramov on Monday, said talks went well."
    )
    found = events(parse(text), "meeting")
    assert ["person:sergey-lavrov"] == [p for e in found for p in e.participants][:1]


UNNAMED_MEDIA = [
    "Russian state media later reported that five servicemen were killed.",
    "Some Russian military bloggers said the toll was higher.",
]


@pytest.mark.parametrize("text", UNNAMED_MEDIA)
def test_media_and_bloggers_are_unnamed_speakers(text: str) -> None:
    """ "Russian state media reported": nobody the text names speaks, not Russia."""
    found = events(parse(text), "statement")
    assert [()] == [e.participants for e in found]


def test_a_ceasefire_proposed_through_someone_is_no_statement() -> None:
    """ "agreed to a ceasefire proposed through the command": "proposed" is a participle."""
    text = "Local Armenian authorities agreed to a ceasefire proposed through the Russian command."
    assert [] == events(parse(text), "statement")


def test_he_after_a_person_named_in_a_sentence_of_no_event_is_that_person() -> None:
    """ "Aliyev called ... Pashinyan was more cautious. He told reporters": Pashinyan speaks."""
    text = (
        'Aliyev called the meeting "very successful" and said the routes would help. '
        "Pashinyan was more cautious. He told reporters that the issue had not been resolved."
    )
    found = events(parse(text), "statement")
    assert ["person:nikol-pashinyan"] == list(found[-1].participants)


def test_the_group_opening_a_clause_is_the_group_named_before() -> None:
    """ "The commission will meet in Baku": the commission named before takes part."""
    text = (
        "The Intergovernmental Commission on Economic Cooperation between Azerbaijan and Russia "
        "met on Monday.\n\nThe commission will meet again in Baku in the autumn."
    )
    found = [e for e in events(parse(text), "meeting") if e.modality is Modality.PLANNED]
    assert [1] == [len(e.participants) for e in found]


KINDS = [
    # (text, kind, modality)
    (
        "Late last night the two presidents had a private dinner at the residence.",
        "meeting",
        "happened",
    ),
    (
        "After the talks, Putin will lay a wreath at the Tomb of the Unknown Soldier.",
        "other",
        "planned",
    ),
    (
        "Lavrov refused to say whether the presidents would sign an agreement on the radar.",
        "signing",
        "hypothetical",
    ),
    (
        "Miller and Abdullayev will sign an addendum to the existing gas contract.",
        "signing",
        "planned",
    ),
]


@pytest.mark.parametrize(("text", "kind", "modality"), KINDS)
def test_kind_and_modality_of_protocol_acts(text: str, kind: str, modality: str) -> None:
    """A dinner is a meeting, laying a wreath an act, "whether" a question, an addendum a
    document that is signed."""
    found = events(parse(text), kind)
    assert [Modality(modality)] == [e.modality for e in found][:1]


def test_a_date_of_a_clause_led_by_under_which_dates_no_signing() -> None:
    """ "signed an addendum to the contract under which Gazprom will buy gas in 2022": the year
    is the buying's, not the signing's."""
    text = (
        "Miller and Abdullayev signed an addendum to the contract under which Gazprom will buy "
        "gas in 2022."
    )
    found = events(parse(text), "signing")
    assert [2021] == [e.when.start.year for e in found if e.when is not None]


MEMBERS = [
    "The talks were useful, a member of the Russian delegation told Kommersant.",
    "Russian officials said the talks were useful.",
]


@pytest.mark.parametrize("text", MEMBERS)
def test_one_unnamed_member_of_a_body_speaks_for_nobody_named(text: str) -> None:
    """ "a member of the Russian delegation told Kommersant": neither Russia nor its leader."""
    found = events(parse("Putin met Aliyev on Monday. " + text), "statement")
    assert [()] == [e.participants for e in found]


def test_a_spokesman_of_a_body_speaks_for_it() -> None:
    """ "An EU spokesperson said": the EU speaks."""
    found = events(parse("An EU spokesperson said the deal did not cover gas."), "statement")
    assert [("organization:eu",)] == [e.participants for e in found]


HALTS = [
    # (text, modality): halts, cuts and resumptions of supplies are acts of their own
    ("SOCAR has halted the transportation of its oil through the pipeline.", "happened"),
    ("Gas supplies from Russia to Azerbaijan were halted from January 1.", "happened"),
    ("Azerbaijan has also cut electricity imports from Russia.", "happened"),
    ("Flights will now resume in the second half of May, the carrier said.", "planned"),
]


@pytest.mark.parametrize(("text", "modality"), HALTS)
def test_a_halt_of_supplies_is_an_act(text: str, modality: str) -> None:
    """ "has halted the transportation of its oil": an "other" event of that modality."""
    found = events(parse(text), "other")
    assert [Modality(modality)] == [e.modality for e in found]


def test_the_minister_after_a_comma_is_the_minister_named_before() -> None:
    """ "X remains in force, the minister said": the minister named before speaks."""
    text = (
        "Energy Minister Natig Aliyev said on Tuesday that the republic needed gas.\n\n"
        "The transit agreement remains in force, the minister said."
    )
    found = events(parse(text), "statement")
    assert [("person:natig-aliyev",)] * 2 == [e.participants for e in found]


def test_a_price_demanded_by_a_company_is_no_statement() -> None:
    """ "the price demanded by Gazprom": a participle, no demand told."""
    text = "Azerbaijan refuses to accept the price of 235 dollars demanded by Gazprom."
    found = events(parse(text), "statement")
    assert [("country:azerbaijan",)] == [e.participants for e in found]


def test_an_invitation_during_a_call_keeps_the_call() -> None:
    """ "invited Putin to visit Baku during a telephone conversation last week": the call
    happened, only the visit is not yet an event."""
    text = "Aliyev invited Putin to visit Baku during a telephone conversation last week."
    found = events(parse(text), "call")
    assert [Modality.HAPPENED] == [e.modality for e in found]


def test_the_two_sides_are_those_who_met() -> None:
    """ "the two sides also agreed to hold consultations": the ministers who met, not those of
    a round of talks only planned in between."""
    text = (
        "Jeyhun Bayramov held talks with Sergey Lavrov in Moscow on Wednesday. Lavrov said "
        "Moscow was ready to host the next round of trilateral talks.\n\n"
        "The two sides also agreed to hold consultations in Baku in the autumn."
    )
    found = events(parse(text), "meeting")
    planned = [e for e in found if e.when is not None and e.when.start.month == 9]
    assert [["person:jeyhun-bayramov", "person:sergey-lavrov"]] == [
        sorted(e.participants) for e in planned
    ]


def test_calling_off_a_planned_visit_happened() -> None:
    """ "A planned visit ... was called off in May": the visit is negated, calling it off
    happened in May."""
    article = parse(
        "A planned visit to Baku by a Russian business delegation was called off in May."
    )
    assert [Modality.NEGATED] == [e.modality for e in events(article, "visit")]
    assert [(Modality.HAPPENED, date(2020, 5, 1))] == [
        (e.modality, e.when.start) for e in events(article, "other") if e.when is not None
    ]


def test_talks_held_on_their_own_day_are_no_meeting_planned_before() -> None:
    """ "would meet before the end of the year. ... his talks with Pashinyan, held in Moscow
    on March 5": two meetings, one planned and one held."""
    text = (
        "Putin and Aliyev agreed that their ministers would meet in Moscow before the end of "
        "the year. Putin informed Aliyev about his talks with Nikol Pashinyan, held in Moscow "
        "on March 5."
    )
    found = events(parse(text), "meeting")
    assert [Modality.PLANNED, Modality.HAPPENED] == [e.modality for e in found]


def test_a_speakers_turn_runs_on_over_unlabelled_paragraphs() -> None:
    """In a transcript, "we met in Moscow in April" in a paragraph after the label is the two
    speakers' meeting."""
    text = (
        "Vladimir Putin held talks with Ilham Aliyev in Baku.\n\n"
        "* * *\n\n"
        "President of Russia Vladimir Putin: Mr President, friends,\n\n"
        "Let me recall that we met in Moscow in April.\n\n"
        "President of Azerbaijan Ilham Aliyev: Dear Vladimir Vladimirovich, welcome."
    )
    found = [
        e for e in events(parse(text), "meeting") if e.when is not None and e.when.start.month == 4
    ]
    assert [["person:ilham-aliyev", "person:vladimir-putin"]] == [
        sorted(e.participants)[:2] for e in found
    ]


def test_following_the_talks_refers_to_the_event_told_as_talks() -> None:
    """ "Following the talks, the heads of state signed": on the day of the talks, not of a
    tea told after them."""
    text = (
        "Putin held talks with President Ilham Aliyev on Monday.\n\n"
        "On Sunday, the day of his arrival, Putin had an informal conversation with Aliyev.\n\n"
        "Following the talks, the heads of state signed a joint statement."
    )
    found = events(parse(text), "signing")
    assert [FuzzyDate.day(date(2021, 3, 8))] == [e.when for e in found]


def test_a_halt_beside_talks_is_still_an_act() -> None:
    """ "Supplies were halted from 1 January after the two sides failed to agree at the talks
    held in December": the halt is told, besides the talks."""
    text = (
        "Gas supplies from Russia to Azerbaijan were halted from 1 January after the two sides "
        "failed to agree on a contract at the talks held in Moscow in late December."
    )
    found = events(parse(text), "other")
    assert [date(2021, 1, 1)] == [e.when.start for e in found if e.when is not None]


def test_the_document_signed_refers_to_the_signing_of_its_paragraph() -> None:
    """ "... today signed an agreement ... Under the agreement, ... The document was signed in
    the Kremlin": one signing."""
    text = (
        "Aliyev and Putin today signed an agreement on the radar station. Under the agreement, "
        "Russia will lease the station for 10 years. The document was signed in the Kremlin."
    )
    assert [1] == [len(events(parse(text), "signing"))]


def test_an_invitation_to_a_state_visit_is_no_visit() -> None:
    """ "Thank you for the invitation to visit Azerbaijan on a state visit": no visit yet."""
    found = events(
        parse("Thank you for the invitation to visit Azerbaijan on a state visit."), "visit"
    )
    assert [] == [e for e in found if e.modality is Modality.HAPPENED]


def test_he_in_a_reported_clause_is_the_speaker() -> None:
    """ "Overchuk said that he would travel to Baku": Overchuk travels, not the subject of the
    sentence before."""
    text = (
        "On Monday, Putin hosted Aliyev and Pashinyan in Moscow.\n\n"
        "Alexei Overchuk said after the meeting that he would travel to Baku next week."
    )
    found = events(parse(text), "visit")
    assert [("person:alexei-overchuk",)] == [e.participants for e in found]


def test_a_gathering_to_prepare_takes_no_date_of_the_act_before() -> None:
    """ "would travel to Baku next week to prepare the first meeting": the meeting is undated;
    "preparations for the summit, which is to be held in 2022" keep that year."""
    text = "Overchuk said he would travel to Baku next week to prepare the first meeting."
    meetings = events(parse(text), "meeting")
    assert [None] == [e.when for e in meetings]
    text = "They discussed preparations for the summit, which is to be held in Ashgabat in 2022."
    summits = events(parse(text), "summit")
    assert [2022] == [e.when.start.year for e in summits if e.when is not None]


def test_a_date_inside_a_speaking_apposition_dates_the_statement() -> None:
    """ "Aliyev, speaking to television on January 5, demanded ...": on January 5."""
    text = "Aliyev, speaking to Azerbaijani television on January 5, demanded compensation."
    found = events(parse(text), "statement")
    assert [FuzzyDate.day(date(2021, 1, 5))] == [e.when for e in found]


def test_days_later_moves_the_day_told_before() -> None:
    """ "The crash on December 25 ... a phone call between them three days later": Dec 28."""
    text = (
        "The crash of a plane near Aktau on December 25 opened a rift that a phone call between "
        "Vladimir Putin and Ilham Aliyev three days later did little to close."
    )
    found = events(parse(text), "call")
    assert [FuzzyDate.day(date(2020, 12, 28))] == [e.when for e in found]


def test_an_encounter_between_two_people_is_theirs() -> None:
    """ "The crash ... opened a rift that a phone call between Putin and Aliyev did little to
    close": the call is Putin's and Aliyev's, not the airline's."""
    text = (
        "The crash of an Azerbaijan Airlines plane near Aktau opened a rift that a phone call "
        "between Vladimir Putin and Ilham Aliyev did little to close."
    )
    found = events(parse(text), "call")
    assert [("person:vladimir-putin", "person:ilham-aliyev")] == [e.participants for e in found]


BODIES_MEET = [
    # (text, modality, first day)
    (
        "Overchuk said the working group had held its latest session in Moscow last week.",
        "happened",
        date(2021, 3, 1),
    ),
    (
        "The commission met on Thursday for the first time since November 2019, when it last "
        "convened in Baku.",
        "happened",
        date(2019, 11, 1),
    ),
]


@pytest.mark.parametrize(("text", "modality", "day"), BODIES_MEET)
def test_a_body_holding_its_session_meets(text: str, modality: str, day: date) -> None:
    """ "had held its latest session", "when it last convened": meetings that happened."""
    found = events(parse(text), "meeting")
    assert [(Modality(modality), day)] == [
        (e.modality, e.when.start) for e in found if e.when is not None and e.when.start == day
    ]


def test_an_attendee_joins_the_meeting_told_before() -> None:
    """ "Speaker Sahiba Gafarova attended the meeting": one meeting, she takes part."""
    text = (
        "On Monday, President Ilham Aliyev received Vyacheslav Volodin.\n\n"
        "Speaker of the Milli Majlis Sahiba Gafarova attended the meeting."
    )
    found = events(parse(text), "meeting")
    assert [True] == ["person:sahiba-gafarova" in e.participants for e in found]


def test_the_previous_day_is_the_day_before_the_one_told() -> None:
    """ "received X on May 14 ... the commission had held its meeting the previous day"."""
    text = (
        "On March 9, Aliyev received Volodin.\n\n"
        "Aliyev noted that the commission had held its fifth meeting in Baku the previous day."
    )
    found = [e for e in events(parse(text), "meeting") if e.when == FuzzyDate.day(date(2021, 3, 8))]
    assert [1] == [len(found)]


MORE_ACTS = [
    # (text, kind, modality)
    (
        "Gazprom began buying Azerbaijani gas in January, under a contract signed in 2019.",
        "other",
        "happened",
    ),
    (
        "Early oil from the Chirag field is to begin flowing via the pipeline in the autumn.",
        "other",
        "planned",
    ),
    ("The treaty will be submitted for ratification to the State Duma.", "other", "planned"),
    ("Both presidents spoke in favour of the efforts of the co-chairs.", "statement", "happened"),
    ("Aliyev will also address students of the Moscow State Institute.", "statement", "planned"),
]


@pytest.mark.parametrize(("text", "kind", "modality"), MORE_ACTS)
def test_starts_of_supplies_ratification_and_addresses_are_acts(
    text: str, kind: str, modality: str
) -> None:
    """A start of supplies (beside a signing told), a treaty sent for ratification, speaking
    in favour of something and addressing an audience are acts of their kind."""
    found = events(parse(text), kind)
    assert [Modality(modality)] == [e.modality for e in found][:1]


POSTPONINGS = [
    # (text, modality of the act, its date)
    (
        "Azerbaijan Airlines has postponed the resumption of its flights, originally planned "
        "for 29 March.",
        "happened",
        FuzzyDate.year(2021),
    ),
    (
        "The meeting, planned for May 5, was cancelled on Monday.",
        "happened",
        FuzzyDate.day(date(2021, 3, 8)),
    ),
]


@pytest.mark.parametrize(("text", "modality", "when"), POSTPONINGS)
def test_postponing_happens_on_its_own_day_not_on_the_planned_one(
    text: str, modality: str, when: FuzzyDate
) -> None:
    """The act of postponing or cancelling takes neither the date the thing was planned for
    nor the plan's modality."""
    found = events(parse(text), "other")
    assert [(Modality(modality), when)] == [(e.modality, e.when) for e in found]


def test_a_passive_gathering_reported_is_not_the_speakers() -> None:
    """ "Lavrov said the next meeting would be held in Baku in the autumn": not Lavrov's."""
    text = "Sergey Lavrov said the next meeting would be held in Baku in the autumn."
    found = events(parse(text), "meeting")
    assert [False] == ["person:sergey-lavrov" in e.participants for e in found]


def test_people_of_a_relative_clause_in_the_speakers_phrase_do_not_speak() -> None:
    """ "Lavrov, who spoke by phone with his Azerbaijani counterpart on Monday, said ... if both
    sides agreed": Lavrov alone speaks."""
    text = (
        "Sergey Lavrov, who spoke by phone with Jeyhun Bayramov on Monday, said Moscow was "
        "ready to send observers if both sides agreed."
    )
    found = events(parse(text), "statement")
    assert [("person:sergey-lavrov",)] == [e.participants for e in found]


def test_a_participle_right_after_an_event_noun_dates_that_noun() -> None:
    """ "The cease-fire, agreed on Oct. 10 after talks in Moscow": the cease-fire of Oct. 10."""
    text = "The cease-fire, agreed on Oct. 10 after 11 hours of talks in Moscow, has been violated."
    found = events(parse(text), "ceasefire")
    assert [FuzzyDate.day(date(2020, 10, 10))] == [e.when for e in found]


def test_the_source_told_after_a_comma_takes_no_part_in_what_it_reports() -> None:
    """ "Azerbaijani forces shelled X on Tuesday, the Armenian Defense Ministry said, a day
    after ...": the ministry reports the shelling, it does not shell."""
    text = (
        "Azerbaijani forces shelled positions near Lachin on Tuesday, the Armenian Defense "
        "Ministry said, a day after Lavrov urged both sides to respect the truce."
    )
    found = events(parse(text), "attack")
    assert [False] == [any("mod" in p or "ministry" in p for p in e.participants) for e in found]


def test_we_in_an_interview_is_the_interviewee() -> None:
    """In a question-and-answer interview, "We signed a roadmap in March" is the interviewee's
    act, not that of the body named later in the sentence."""
    text = (
        "Deputy Prime Minister Shahin Mustafayev answered questions from Sputnik.\n\n"
        "– How has trade changed?\n\n"
        "– We signed a roadmap on industrial cooperation in March, and the intergovernmental "
        "commission will meet in Baku in November.\n\n"
        "– Will flights resume?\n\n"
        "– I hope so."
    )
    found = events(parse(text), "signing")
    assert [("person:shahin-mustafayev",)] == [e.participants for e in found]


DIGEST = (
    "1. Radar deal signed\n\n"
    "Aliyev and Putin signed an agreement on the radar station on Monday, ANS TV reported.\n\n"
    "2. Aliyev to meet Kasyanov, visit St Petersburg\n\n"
    "Aliyev will meet Prime Minister Mikhail Kasyanov on Tuesday, RIA Novosti reported.\n\n"
    "ALSO NOTED\n\n"
    "- The Milli Majlis will host a delegation of the State Duma next week."
)


def test_the_item_headings_of_a_digest_tell_no_events_of_their_own() -> None:
    """ "1. Radar deal signed", "2. Aliyev to meet Kasyanov, ..." and "ALSO NOTED" are
    headings: the body tells the signing and the meeting once each, the headings add none."""
    article = parse(DIGEST)
    assert [1, 1] == [len(events(article, "signing")), len(events(article, "meeting"))]
    headings = [article.text.index(h) for h in ("1. Radar", "2. Aliyev", "ALSO NOTED")]
    assert [] == [
        e
        for e in article.events
        if any(e.evidence[0].start == h for h in headings) and e.kind is not EventKind.VISIT
    ]
