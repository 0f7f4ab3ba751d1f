"""Event patterns of wire prose: plans told after the subject, dates not fixed, terms of a
document, conditions, and year-less days near publication (one row per phenomenon)."""

from __future__ import annotations

from datetime import date

import pytest

import rusaz
from rusaz import EventKind, FuzzyDate, Modality
from rusaz._dates import find_dates
from tests.test_extract_events import build, of_kind

PUBLISHED = "2014-07-03"

MODALITIES = [
    # (text, kind, modality)
    ("The presidential election in Azerbaijan is to be held on October 15.", "election", "planned"),
    ("The next session of the commission in Baku will open on Monday.", "meeting", "planned"),
    ("No date has been set for a visit by Putin to Baku.", "visit", "negated"),
    ("No exact date has yet been fixed for the talks with Lavrov.", "meeting", "negated"),
    (
        "Baku expects Yerevan to amend its constitution before the treaty is signed.",
        "signing",
        "hypothetical",
    ),
    ("The sanctions will stay until the agreement is ratified.", "other", "hypothetical"),
]


@pytest.mark.parametrize(("text", "kind", "modality"), MODALITIES)
def test_modality_told_around_the_trigger(text: str, kind: str, modality: str) -> None:
    """The event of the sentence has the modality its cue gives."""
    found = of_kind(build(text, PUBLISHED), EventKind(kind))
    assert [Modality(modality)] == [e.modality for e in found][:1]


def test_a_relative_clause_ends_the_plan_cue_after_the_trigger() -> None:
    """ "which were postponed in December, will take place": the postponing happened."""
    text = "Consultations, which were postponed in December, will take place in April."
    found = of_kind(build(text, PUBLISHED), EventKind.OTHER)
    assert [Modality.HAPPENED] == [e.modality for e in found]


TERMS = [
    "The agreement will enter into force from the date of signing, the minister said.",
    "The treaty enters into force upon the date of its signing.",
]


@pytest.mark.parametrize("text", TERMS)
def test_a_term_of_the_document_is_no_event(text: str) -> None:
    """Entry into force "from the date of signing" is a term: no signing and no entry."""
    article = build(text, PUBLISHED)
    assert [] == of_kind(article, EventKind.SIGNING) + of_kind(article, EventKind.OTHER)


NEAR_DAYS = [
    # (text, expected date) — published 2014-07-03
    ("The visit came two months before the presidential election on September 9.", "2014-09-09"),
    ("Lavrov hoped the meeting in Sochi on June 6 would help the talks.", "2014-06-06"),
    ("Putin will visit Baku on August 12.", "2014-08-12"),
    ("Putin visited Baku on May 12.", "2014-05-12"),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_DAYS)
def test_a_year_less_day_is_the_near_one(text: str, expected: str) -> None:
    """A day right after an event noun is the one nearest publication, whatever the tense of
    the clause; a planned day a few weeks back is not moved a year on."""
    article = build(text, PUBLISHED)
    assert FuzzyDate.parse(expected) in [e.when for e in article.events]


VERB_DAYS = [
    # (text, expected date) — published 2014-07-03: the verb's tense governs its own date
    ("Putin visited Baku on January 10.", "2014-01-10"),
    ("Two men died in custody on August 27.", "2013-08-27"),
]


@pytest.mark.parametrize(("text", "expected"), VERB_DAYS)
def test_a_day_after_a_verb_follows_its_tense(text: str, expected: str) -> None:
    """A day told after a verb, not an event noun, takes the year the tense points to."""
    [found] = find_dates(text, FuzzyDate.parse(PUBLISHED))
    assert FuzzyDate.parse(expected) == found.when


NEW_KINDS = [
    # (text, kind) — published 2014-07-03
    ("The text of the agreement was initialled by the foreign ministers on June 20.", "other"),
    ("A meeting of the commission has been pushed back to early next year.", "other"),
    ("Lavrov read out a joint statement on Wednesday.", "statement"),
    ("Aliyev described the North-South Transport Corridor as a locomotive of ties.", "statement"),
    ("The Baku-Tbilisi-Kars railway, opened in October 2013, carries grain.", "other"),
    ("The bridge over the river to the Iranian town of Astara opened the following year.", "other"),
    ("U.S. sanctions, reimposed on Iran in November 2012, scared off contractors.", "other"),
    ("Diplomatic relations, which were established on April 4, 1992, are strong.", "other"),
    ("The signing was put off after the hostage-taking in the town of Kizlyar.", "attack"),
]


@pytest.mark.parametrize(("text", "kind"), NEW_KINDS)
def test_happenings_of_wire_prose(text: str, kind: str) -> None:
    """Initialling, postponing, reading out, describing, openings of lines and bridges,
    sanctions reimposed, relations established and hostage-takings are events."""
    found = of_kind(build(text, PUBLISHED), EventKind(kind))
    assert [Modality.HAPPENED] == [e.modality for e in found][:1]


def test_a_meeting_not_yet_held_joins_no_other_meeting() -> None:
    """ "the meeting ... has not yet taken place" is negated and merges into no planned one."""
    text = (
        "A meeting of the transport ministers has been pushed back to early next year. "
        "The meeting of the foreign ministers, which we had hoped to hold in June, has not yet "
        "taken place."
    )
    meetings = of_kind(build(text, PUBLISHED), EventKind.MEETING)
    assert [Modality.PLANNED, Modality.NEGATED] == [e.modality for e in meetings]


def test_unlike_happenings_of_two_sentences_stay_two() -> None:
    """A case opened and a crash told in two sentences are two "other" events."""
    text = "The prosecutor opened a criminal case on Monday. The plane crashed on Sunday."
    assert 2 == len(of_kind(build(text, PUBLISHED), EventKind.OTHER))


STAYING_AWAY = [
    # (text, kind, modality)
    ("Aliyev will not take part in the summit of CIS leaders in Minsk.", "summit", "planned"),
    (
        "Aliyev did not travel to Moscow for the celebrations of the 70th anniversary.",
        "other",
        "happened",
    ),
]


@pytest.mark.parametrize(("text", "kind", "modality"), STAYING_AWAY)
def test_a_gathering_goes_on_without_one_who_stays_away(
    text: str, kind: str, modality: str
) -> None:
    """A summit or celebration happens (or is planned) without the one who stays away."""
    [found] = of_kind(build(text, PUBLISHED), EventKind(kind))
    assert (Modality(modality), False) == (
        found.modality,
        "person:ilham-aliyev" in found.participants,
    )


def test_an_encounter_not_travelled_to_does_not_happen() -> None:
    """ "would not travel to Moscow for talks with Putin": the talks are negated."""
    text = "Aliyev would not travel to Moscow for talks with Putin."
    [found] = of_kind(build(text, PUBLISHED), EventKind.MEETING)
    assert Modality.NEGATED == found.modality


SPEAKERS = [
    # (text, speaker) — the only participant of the sentence's statement
    (
        "The Azerbaijani community in Russia, according to Lavrov, numbers 600,000 people.",
        "person:sergey-lavrov",
    ),
    (
        "Turkey, which has openly backed Azerbaijan, welcomed the truce but said Armenia must "
        "withdraw.",
        "country:turkey",
    ),
    ("Russia, which mediated the talks, condemned the shelling of Ganja.", "country:russia"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_the_speaker_across_a_source_or_relative_clause(text: str, speaker: str) -> None:
    """ "according to X" names X; a relative clause between subject and speech verb, or a
    second verb after "but", keeps the subject as the one speaker."""
    found = of_kind(build(text, PUBLISHED), EventKind.STATEMENT)
    assert [(speaker,)] == [e.participants for e in found]


def test_a_reported_plan_leaves_the_statement_happened() -> None:
    """ "said the sides will meet again": the saying happened; the meeting is planned."""
    article = build("Lavrov, who chaired the talks, said the sides will meet again.", PUBLISHED)
    [said] = of_kind(article, EventKind.STATEMENT)
    assert Modality.HAPPENED == said.modality


SIGNINGS_TOLD_AGAIN = [
    # (text, the one signing's date) — published 2014-07-03
    (
        "Putin and Aliyev signed the Baku Declaration in Baku on Tuesday. The Baku Declaration, "
        "signed after three hours of talks at the palace, was accompanied by a joint statement.",
        "2014-07-01",
    ),
    (
        "Lavrov and Bayramov will sign an agreement on the border in Moscow on Sunday, Lavrov "
        "told reporters on Friday. The document will be signed in the presence of Putin.",
        "2014-07-06",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNINGS_TOLD_AGAIN)
def test_a_document_signed_told_again_is_the_signing_told_before(text: str, expected: str) -> None:
    """ "The Baku Declaration, signed after ...", "The document will be signed in the presence
    of ...": the signing of the sentence before (not the statement that reported it on
    another day), not a second one."""
    signings = of_kind(build(text, PUBLISHED), EventKind.SIGNING)
    assert [FuzzyDate.parse(expected)] == [e.when for e in signings]


def test_a_statement_signed_by_ministers_is_a_signing_and_says_nothing() -> None:
    """ "The statement, signed by A, B and C, also says that ...": a signing by the three;
    the document saying is no statement of theirs."""
    text = (
        "Lavrov read out a joint statement on Wednesday. The statement, signed by Lavrov, "
        "Bayramov and Pashinyan, also says that the sides will talk."
    )
    article = build(text, PUBLISHED)
    [signing] = of_kind(article, EventKind.SIGNING)
    statements = of_kind(article, EventKind.STATEMENT)
    assert (["person:sergey-lavrov"], 3) == (
        [p for s in statements for p in s.participants],
        len(signing.participants),
    )


def test_an_outlet_spoken_to_takes_no_part() -> None:
    """ "..., Lavrov told Gazprom on Friday": the one spoken to is in no event."""
    text = "Russia will sign the agreement with Azerbaijan on Sunday, Lavrov told Gazprom."
    article = build(text, PUBLISHED)
    assert [] == [e.kind for e in article.events if "organization:gazprom" in e.participants]


TRANSCRIPT = """Lavrov and Bayramov meet the press

Baku, 24 June

Bayramov: Dear colleague, welcome to Baku. Earlier today you were received by President Aliyev.

Lavrov: Thank you. A few minutes ago we signed the plan of consultations.
"""


def test_we_and_you_in_a_transcript_are_its_speakers() -> None:
    """ "we signed" in a two-speaker transcript is both speakers; "you were received" the
    speaker addressed; "a few minutes ago" is the day of publication."""
    article = build(TRANSCRIPT, "2022-06-24")
    [signing] = of_kind(article, EventKind.SIGNING)
    [reception] = of_kind(article, EventKind.MEETING)
    assert (
        {"person:sergey-lavrov", "person:jeyhun-bayramov"},
        FuzzyDate.parse("2022-06-24"),
        "person:sergey-lavrov",
    ) == (set(signing.participants), signing.when, reception.participants[0])


def test_relations_established_keep_their_own_day_beside_a_celebration() -> None:
    """A celebration this year and the relations established on April 4, 1992 are two."""
    text = (
        "This year we are celebrating the 30th anniversary of diplomatic relations, which were "
        "established on April 4, 1992."
    )
    dates = [e.when for e in of_kind(build(text, "2022-06-24"), EventKind.OTHER)]
    assert FuzzyDate.parse("1992-04-04") in dates


def test_the_topic_of_a_document_is_no_event() -> None:
    """ "signed an agreement on the withdrawal of Russian troops": a signing, no withdrawal."""
    text = "Putin and Aliyev signed an agreement on the withdrawal of Russian troops on Monday."
    article = build(text, PUBLISHED)
    assert ([EventKind.SIGNING], []) == (
        [e.kind for e in of_kind(article, EventKind.SIGNING)],
        of_kind(article, EventKind.MILITARY),
    )


WIRE_STATEMENTS = [
    # (text, kind, modality, participants)
    (
        "Azerbaijan has accused Armenia of shelling Ganja.",
        "statement",
        "happened",
        ["country:azerbaijan"],
    ),
    ("Russia denies the charge.", "statement", "happened", ["country:russia"]),
    ("Analysts in Baku say a meeting there could be a test.", "statement", "happened", []),
    ("Analysts in Baku say a meeting there could be a test.", "meeting", "hypothetical", []),
    ("Lavrov is due to travel to Moscow in December, diplomats said.", "statement", "happened", []),
    (
        "Lavrov is due to travel to Moscow in December, diplomats said.",
        "visit",
        "planned",
        ["person:sergey-lavrov"],
    ),
    (
        "The parliament of Armenia voted last week against ratifying the treaty.",
        "other",
        "happened",
        ["country:armenia"],
    ),
]


@pytest.mark.parametrize(("text", "kind", "modality", "participants"), WIRE_STATEMENTS)
def test_wire_statements_and_their_speakers(
    text: str, kind: str, modality: str, participants: list[str]
) -> None:
    """Accusations and denials have the accuser as speaker; unnamed speakers ("diplomats
    said", "Analysts say") take no actor of another clause; a supposed meeting, a planned
    trip and a vote are told with their modality."""
    [found] = of_kind(build(text, PUBLISHED), EventKind(kind))
    assert (Modality(modality), participants) == (found.modality, list(found.participants))


def test_a_vote_is_dated_by_its_own_time() -> None:
    """ "voted last week against ratifying": the vote of last week."""
    text = "The parliament of Armenia voted last week against ratifying the treaty."
    [found] = of_kind(build(text, PUBLISHED), EventKind.OTHER)
    assert found.when is not None
    assert ("2014-06-23", "2014-06-29") == (str(found.when.start), str(found.when.end))


def test_fighting_since_a_year_is_dated_from_it() -> None:
    """ "where fighting since 1988 has killed ..." is fighting of 1988, while the accusation
    around it is no statement of 1988."""
    text = (
        "Baku has accused Moscow of helping Armenia in Karabakh, where fighting since 1988 has "
        "killed more than 2,000 people."
    )
    article = build(text, PUBLISHED)
    [fighting] = of_kind(article, EventKind.MILITARY)
    [accusation] = of_kind(article, EventKind.STATEMENT)
    assert (1988, FuzzyDate.parse("2014")) == (fighting.when.start.year, accusation.when)


def test_the_leader_after_a_fronted_phrase_is_the_head_named_before() -> None:
    """ "Speaking at the session, the Azerbaijani leader said": Aliyev, and the parties he
    speaks of take no part."""
    text = (
        "Putin met Aliyev in Sochi on Thursday. Speaking at the session, the Azerbaijani leader "
        "said that Russia was ready to help the parties."
    )
    article = rusaz.parse_text(text, published=date(2014, 7, 3))
    [said] = of_kind(article, EventKind.STATEMENT)
    assert ("person:ilham-aliyev",) == said.participants


def test_the_minister_is_no_prime_minister() -> None:
    """ "the minister said" after a minister and a prime minister were named: the minister."""
    text = (
        "Energy Minister Yury Shafranik met Prime Minister Fuad Guliyev in Moscow on Monday. "
        "The signing was put off, the minister said."
    )
    article = rusaz.parse_text(text, published=date(1996, 2, 16))
    assert [("person:yuri-shafranik",)] == [
        e.participants for e in of_kind(article, EventKind.STATEMENT)
    ]


def test_a_plan_put_off_is_a_postponement_that_happened() -> None:
    """ "was originally planned for January but was put off": the putting off happened."""
    text = "The signing was originally planned for January but was put off after the attack."
    modalities = {e.modality for e in of_kind(build(text, PUBLISHED), EventKind.OTHER)}
    assert {Modality.HAPPENED} == modalities


def test_a_date_about_a_person_dates_no_other_clause() -> None:
    """ "... in the presence of Guliyev, who is to arrive in Moscow on Saturday": Saturday is
    Guliyev's arrival, not the signing's."""
    text = (
        "Lavrov and Bayramov will sign an agreement in Moscow on Sunday. The document will be "
        "signed in the presence of Putin, who is to arrive in Moscow on Saturday."
    )
    article = build(text, PUBLISHED)
    [signing] = of_kind(article, EventKind.SIGNING)
    [visit] = of_kind(article, EventKind.VISIT)
    assert (FuzzyDate.parse("2014-07-06"), FuzzyDate.parse("2014-07-05")) == (
        signing.when,
        visit.when,
    )


def test_the_nationalities_of_the_subject_take_part() -> None:
    """ "The Russian and Azerbaijani governments will sign ..., the minister told reporters":
    Russia and Azerbaijan sign."""
    text = (
        "Russia and Azerbaijan agreed on the text in May. The Russian and Azerbaijani "
        "governments will sign the agreement on Sunday, Lavrov told reporters."
    )
    [signing] = of_kind(build(text, PUBLISHED), EventKind.SIGNING)
    assert {"country:russia", "country:azerbaijan"} <= set(signing.participants)


def test_talks_with_two_dates_in_their_sentence_stay_one() -> None:
    """ "agreed to a cease-fire on October 10 following ten hours of talks, ... since fighting
    broke out on September 27": one meeting, an agreement reached, fighting of September 27."""
    text = (
        "Armenia and Azerbaijan have agreed to a humanitarian cease-fire starting on October 10 "
        "following ten hours of talks in Moscow, the first breakthrough since heavy fighting "
        "broke out on September 27."
    )
    article = build(text, "2020-10-10")
    meetings = of_kind(article, EventKind.MEETING)
    [fighting] = of_kind(article, EventKind.MILITARY)
    [truce] = of_kind(article, EventKind.CEASEFIRE)
    assert (1, FuzzyDate.parse("2020-09-27"), Modality.HAPPENED) == (
        len(meetings),
        fighting.when,
        truce.modality,
    )


def test_before_the_meeting_began_refers_to_the_meeting_told() -> None:
    """ "Hours before the Moscow meeting began, Aliyev said ...": no second meeting."""
    text = (
        "Lavrov, Bayramov and Pashinyan held talks in Moscow on Friday. Hours before the Moscow "
        "meeting began, Aliyev said that Azerbaijan would go on."
    )
    assert 1 == len(of_kind(build(text, "2020-10-10"), EventKind.MEETING))


def test_the_statement_of_a_date_is_a_document_not_a_saying() -> None:
    """ "The statement of November 9 provides for a five-year term": no statement event."""
    text = "The statement of November 9 provides for a five-year term."
    assert [] == of_kind(build(text, "2022-06-24"), EventKind.STATEMENT)


FORMATS = [
    (
        "Putin and Aliyev first held a one-on-one meeting on Monday, which was followed by "
        "talks in an expanded format."
    ),
    "Putin and Aliyev met in Sochi on Monday. The talks then continued with the participation "
    "of delegations.",
]


@pytest.mark.parametrize("text", FORMATS)
def test_talks_in_another_format_continue_the_meeting(text: str) -> None:
    """Talks "in an expanded format" or "with the participation of delegations" are the
    meeting told just before, not a second one."""
    assert 1 == len(of_kind(build(text, PUBLISHED), EventKind.MEETING))


def test_talks_of_named_people_in_formats_are_their_own_meeting() -> None:
    """ "Earlier in the day, Lavrov held talks with Bayramov in narrow and expanded formats"
    after Aliyev received Lavrov: two meetings."""
    text = (
        "Aliyev received Lavrov in Baku on Monday. Earlier in the day, Lavrov held talks with "
        "Bayramov in narrow and expanded formats."
    )
    assert 2 == len(of_kind(build(text, PUBLISHED), EventKind.MEETING))


def test_a_sentence_opening_with_the_talks_tells_of_those_told_before() -> None:
    """ "The talks were convened by Putin" after the ministers' talks: one meeting."""
    text = (
        "Lavrov, Bayramov and Pashinyan held talks in Moscow on Friday. The talks were convened "
        "by Putin after a series of calls."
    )
    assert 1 == len(of_kind(build(text, "2020-10-10"), EventKind.MEETING))


def test_the_next_meeting_is_another_one() -> None:
    """ "The next meeting will be held in Baku in May" is a meeting of its own."""
    text = "Lavrov met Bayramov in Moscow on Friday. The next meeting will be held in Baku in May."
    assert 2 == len(of_kind(build(text, "2020-10-10"), EventKind.MEETING))


def test_a_month_before_an_event_noun_dates_that_event() -> None:
    """ "which boycotted the November parliamentary elections" (published in January): the
    elections of the November before."""
    text = "Opposition parties, which boycotted the November parliamentary elections, met."
    [election] = of_kind(build(text, "2001-01-09"), EventKind.ELECTION)
    assert FuzzyDate.parse("2000-11") == election.when


def test_one_who_skips_a_summit_takes_no_part_in_it() -> None:
    """ "Aliyev skipped the CIS summit in Bishkek in October": the summit of the CIS, without
    Aliyev; "boycotted the elections": the elections took place."""
    text = "Aliyev skipped the summit in Bishkek in October. Armenia boycotted the elections."
    article = build(text, PUBLISHED)
    [summit] = of_kind(article, EventKind.SUMMIT)
    [election] = of_kind(article, EventKind.ELECTION)
    assert ("person:ilham-aliyev" in summit.participants, election.modality) == (
        False,
        Modality.HAPPENED,
    )


def test_no_date_set_after_the_visit_negates_it() -> None:
    """ "A visit by Putin to Baku has been discussed for months, but no date has been set." """
    text = "A visit by Putin to Baku has been discussed for months, but no date has been set."
    [visit] = of_kind(build(text, PUBLISHED), EventKind.VISIT)
    assert Modality.NEGATED == visit.modality


def test_unnamed_speakers_do_not_borrow_the_leaders_they_speak_of() -> None:
    """ "Officials in Baku say the two leaders will meet again": no participant and no date of
    the meeting told before."""
    text = (
        "Putin met Aliyev in Moscow on April 22. Officials in Baku say the two leaders will meet "
        "again in July."
    )
    [said] = of_kind(build(text, PUBLISHED), EventKind.STATEMENT)
    assert ((), FuzzyDate.parse("2014")) == (said.participants, said.when)


def test_the_companies_are_those_told_before() -> None:
    """ "The companies plan to sign ..." after SOCAR and Gazprom signed: those two."""
    text = (
        "SOCAR and Gazprom signed a memorandum on exploration on March 12. The companies plan "
        "to sign a contract by the end of the year."
    )
    signings = of_kind(build(text, PUBLISHED), EventKind.SIGNING)
    assert {"organization:socar", "organization:gazprom"} <= set(signings[-1].participants)


def test_the_ministry_said_of_no_named_ministry_names_nobody() -> None:
    """ "Bayramov will visit Moscow for talks with Lavrov, the ministry said": no speaker."""
    text = "Bayramov will visit Moscow on March 20 for talks with Lavrov, the ministry said."
    [said] = of_kind(build(text, PUBLISHED), EventKind.STATEMENT)
    assert () == said.participants


def test_the_meeting_of_a_named_group_is_its_own() -> None:
    """ "The meeting of the working group on the Caspian ... was postponed" after a reception
    is not the reception."""
    text = (
        "Bayramov received Lavrov in Baku on Monday. The meeting of the working group on the "
        "Caspian, which had been scheduled for this week, was postponed."
    )
    article = rusaz.parse_text(text, published=date(2014, 7, 3))
    assert 2 == len(of_kind(article, EventKind.MEETING))


def test_an_encounter_postponed_with_no_new_date_is_not_held() -> None:
    """ "The meeting ..., which had been scheduled for this week, was postponed": no meeting
    held (the postponing is the event)."""
    text = (
        "The meeting of the working group, which had been scheduled for this week, was postponed."
    )
    article = build(text, PUBLISHED)
    meetings = of_kind(article, EventKind.MEETING)
    others = of_kind(article, EventKind.OTHER)
    assert ([Modality.NEGATED], [Modality.HAPPENED]) == (
        [e.modality for e in meetings],
        [e.modality for e in others],
    )


FOR_DATES = [
    # (text, expected) — published 2014-07-03
    ("The meeting is planned for December.", "2014-12"),
    ("The next session is scheduled for the autumn.", "2014-09/2014-11"),
]


@pytest.mark.parametrize(("text", "expected"), FOR_DATES)
def test_a_month_or_season_after_for_is_a_date(text: str, expected: str) -> None:
    """ "planned for December", "scheduled for the autumn": the planned time."""
    [found] = find_dates(text, FuzzyDate.parse(PUBLISHED))
    assert found.when is not None
    assert expected == (
        str(found.when)
        if "/" not in expected
        else f"{found.when.start:%Y-%m}/{found.when.end:%Y-%m}"
    )


def test_a_speaker_label_takes_no_part_in_what_the_speaker_tells() -> None:
    """ "Lavrov: The plan, signed by our ministers on May 2, ...": Lavrov speaks, and is no
    signatory by his label."""
    text = (
        "Interview with Sergey Lavrov\n\nTrend: How do you assess the plan?\n\n"
        "Sergey Lavrov: The plan, signed by our ministers in Moscow on May 2, is working.\n"
    )
    article = rusaz.parse_text(text, published=date(2022, 6, 1))
    signings = of_kind(article, EventKind.SIGNING)
    assert [()] == [s.participants for s in signings]


def test_it_before_an_act_is_the_state_named_last() -> None:
    """ "Azerbaijan has also hedged. In July 2022 it signed a memorandum with Gazprom":
    Azerbaijan signs."""
    text = "Azerbaijan has also hedged. In July 2022 it signed a memorandum with Gazprom."
    [signing] = of_kind(build(text, PUBLISHED), EventKind.SIGNING)
    assert "country:azerbaijan" in signing.participants
