"""Event patterns of wire reports and readouts: receptions, summonses, press conferences,
tours, cancellations, raids, deaths and documents entering into force (one row each)."""

from __future__ import annotations

import pytest

import rusaz
from rusaz import EventKind, FuzzyDate, Modality
from tests.test_extract_events import ALIYEV, BAYRAMOV, GAZPROM, LAVROV, PUTIN, build, of_kind

RUSSIA, AZERBAIJAN = "country:russia", "country:azerbaijan"

ROWS = [
    # (text, kind, modality, participants it has)
    ("On May 20, Aliyev received Lavrov in Baku.", "meeting", "happened", {ALIYEV, LAVROV}),
    ("Aliyev will receive Lavrov on Tuesday.", "meeting", "planned", {ALIYEV, LAVROV}),
    ("Russia summoned the ambassador of Azerbaijan on Monday.", "meeting", "happened", {RUSSIA}),
    (
        "Lavrov and Bayramov held a joint press conference after the talks.",
        "statement",
        "happened",
        {LAVROV, BAYRAMOV},
    ),
    ("Gazprom gave a briefing in Moscow on Monday.", "statement", "happened", {GAZPROM}),
    ("A Russian theatre opened its tour in Baku on Tuesday.", "visit", "happened", set()),
    ("The Azerbaijani troupe will tour Moscow in the spring.", "visit", "planned", set()),
    ("Lavrov flew to Baku on Monday evening.", "visit", "happened", {LAVROV}),
    ("Azerbaijan called off a planned visit by Lavrov.", "visit", "negated", {LAVROV}),
    ("Azerbaijan called off a planned visit by Lavrov.", "other", "happened", {AZERBAIJAN}),
    ("Azerbaijan cancelled all Russian cultural events on Saturday.", "other", "happened", set()),
    (
        "The activities of Gazprom in Azerbaijan were suspended in February.",
        "other",
        "happened",
        set(),
    ),
    ("Police raids on the diaspora took place on Friday.", "other", "happened", set()),
    ("Baku hosted the Caspian summit in August.", "summit", "happened", set()),
    ("Two men died during the detention on June 27.", "other", "happened", set()),
    (
        "The agreement between Gazprom and SOCAR entered into force on January 1.",
        "other",
        "happened",
        set(),
    ),
    ("Putin made a statement on the results of the talks.", "statement", "happened", {PUTIN}),
    (
        "Aliyev asked Lavrov to convey his greetings to Putin.",
        "statement",
        "happened",
        {ALIYEV},
    ),
    ("Gazprom declined to comment on the deliveries.", "statement", "happened", {GAZPROM}),
    (
        "Armenia and Azerbaijan agreed to stop hostilities on Tuesday.",
        "ceasefire",
        "planned",
        set(),
    ),
    ("The heaviest fighting in years broke out on April 2.", "military", "happened", set()),
    ("Putin laid a wreath at the Alley of Honour on Monday.", "other", "happened", {PUTIN}),
    ("Putin and Aliyev then made statements for the press.", "statement", "happened", {PUTIN}),
    (
        "Lavrov held telephone conversations with Bayramov on Saturday.",
        "call",
        "happened",
        {LAVROV, BAYRAMOV},
    ),
    (
        "Lavrov last spoke by telephone with Bayramov in April and is expected to meet him soon.",
        "call",
        "happened",
        {LAVROV, BAYRAMOV},
    ),
    (
        "Lavrov denied reports that a visit by Putin to Baku was being prepared.",
        "visit",
        "negated",
        {PUTIN},
    ),
    ("Bayramov said the delegation was not planning to visit Moscow.", "visit", "negated", set()),
    ('"No such meeting is on the agenda," Lavrov said.', "meeting", "negated", set()),
    (
        "Putin hosted Aliyev and Pashinyan in Sochi on Monday.",
        "meeting",
        "happened",
        {PUTIN, ALIYEV},
    ),
    (
        "Lavrov met Bayramov to discuss travel to Russia. The Russian side stated that visa "
        "rules would change.",
        "statement",
        "happened",
        {RUSSIA},
    ),
    (
        "Lavrov exchanged greetings on the upcoming holidays and confirmed the plans.",
        "statement",
        "happened",
        {LAVROV},
    ),
    (
        "Lavrov said that a meeting of the ministers of Russia and Azerbaijan was not being "
        "prepared.",
        "meeting",
        "negated",
        set(),
    ),
    (
        "Putin will attend the meeting of the CIS Council of Heads of State on Friday.",
        "summit",
        "planned",
        {PUTIN},
    ),
    (
        "The navies of Russia and Azerbaijan held a joint naval exercise on Monday.",
        "military",
        "happened",
        set(),
    ),
    ("Gazprom opened a new office in Baku on Tuesday.", "other", "happened", {GAZPROM}),
    ("The SOCAR branch, which opened in 2008, employs 300 people.", "other", "happened", set()),
    (
        "The meeting of the commission was postponed at the request of Russia.",
        "other",
        "happened",
        set(),
    ),
    ("The agreement has still not entered into force.", "other", "negated", set()),
    (
        "Lavrov and Bayramov discussed preparations for the CIS summit in Bishkek.",
        "summit",
        "planned",
        set(),
    ),
    (
        # (a summit goes on without the one who stays away)
        "Aliyev will not take part in the meeting of the CIS heads of state.",
        "summit",
        "planned",
        set(),
    ),
    ("Bayramov did not attend the summit in Kazan.", "summit", "happened", set()),
    (
        "A meeting with Putin, which had been on the programme of the visit, did not take place.",
        "meeting",
        "negated",
        {PUTIN},
    ),
    ("No bilateral documents were planned for signing, Lavrov said.", "signing", "negated", set()),
    (
        "The forum scheduled for next week would not go ahead, Bayramov said.",
        "summit",
        "negated",
        set(),
    ),
    ("The protocol is to be signed by Lavrov in Baku on June 3.", "signing", "planned", {LAVROV}),
    (
        "Lavrov and Bayramov are to discuss the railway in Baku next week.",
        "meeting",
        "planned",
        set(),
    ),
    (
        "Several intergovernmental agreements were also signed on Monday.",
        "signing",
        "happened",
        set(),
    ),
    (
        "The informal meeting of the two leaders took place on Monday evening.",
        "meeting",
        "happened",
        set(),
    ),
    ("The State Duma ratified the agreement last week.", "other", "happened", set()),
    ("Gazprom lifted the restrictions on deliveries from July 1.", "other", "happened", {GAZPROM}),
    ("Azerbaijan extended the special quarantine regime until May 1.", "other", "happened", set()),
    ("Armenia froze its participation in the CSTO in February.", "other", "happened", set()),
    ("An official welcoming ceremony was held for Putin.", "other", "happened", {PUTIN}),
    ("The draft agreement was removed from today's agenda.", "other", "happened", set()),
    ("The visit was put off until the autumn.", "other", "happened", set()),
    ("Aliyev is due in Moscow on Monday for talks with Putin.", "visit", "planned", {ALIYEV}),
    ("Aliyev is due in Moscow on Monday for talks with Putin.", "meeting", "planned", {PUTIN}),
    ("Two servicemen were killed by Azerbaijani fire in September.", "attack", "happened", set()),
    ("Lavrov answered questions from journalists on Friday.", "statement", "happened", {LAVROV}),
    ("Bayramov asked whether the border would reopen.", "statement", "happened", {BAYRAMOV}),
    ("Lavrov replied that no decision had been taken.", "statement", "happened", {LAVROV}),
    (
        "Lavrov said no trilateral meeting with Aliyev was planned.",
        "meeting",
        "negated",
        {ALIYEV},
    ),
    ("No further round of negotiations is planned, Bayramov said.", "meeting", "negated", set()),
    ("Are there any plans for a meeting of the presidents?", "meeting", "hypothetical", set()),
    ("A meeting of Lavrov and Bayramov is possible in June.", "meeting", "hypothetical", set()),
    ("In 2022 Putin and Aliyev spoke by telephone many times.", "call", "happened", {PUTIN}),
    ("Putin called on the parties to cease fire immediately.", "ceasefire", "hypothetical", set()),
    ("Lavrov said the ministers would meet in Moscow in December.", "meeting", "planned", set()),
    ("If invited, Lavrov would visit Baku.", "visit", "hypothetical", {LAVROV}),
    ("Earlier this month, Azerbaijan suspended all cultural events.", "other", "happened", set()),
    ("Bayramov was handed a note of protest on Monday.", "statement", "happened", {BAYRAMOV}),
    (
        "In 2007 Putin offered the United States joint use of the radar.",
        "statement",
        "happened",
        {PUTIN},
    ),
    ("Lavrov declined the offer on Monday.", "statement", "happened", {LAVROV}),
    ("Azerbaijan became independent in 1991.", "other", "happened", {AZERBAIJAN}),
    ("Azerbaijan and Armenia fought a six-year war over Karabakh.", "military", "happened", set()),
    ("The conflict over Nagorno-Karabakh began in 1988.", "military", "happened", set()),
    ("Russia sent troops into Ukraine in February 2022.", "military", "happened", {RUSSIA}),
    ("Russian peacekeepers have been in Karabakh since November.", "military", "happened", set()),
    ("Grozny was attacked by drones on December 25.", "attack", "happened", set()),
    (
        "Lavrov met Bayramov in Baku, Trend reports citing the ministry.",
        "meeting",
        "happened",
        {LAVROV},
    ),
    ("Bayramov asked for $300 million a year.", "statement", "happened", {BAYRAMOV}),
    ("The decision was, in the words of Lavrov, a joint one.", "statement", "happened", {LAVROV}),
    ("Bayramov complained about the treatment of migrants.", "statement", "happened", {BAYRAMOV}),
    ("Aliyev informed his Russian counterpart about the talks.", "statement", "happened", {ALIYEV}),
    ("Aliyev has spoken publicly about imperial thinking.", "statement", "happened", {ALIYEV}),
    (
        "The Azerbaijani side drew attention to the situation of migrants.",
        "statement",
        "happened",
        set(),
    ),
    ("Lavrov held telephone talks with Bayramov on Monday.", "call", "happened", {LAVROV}),
    ("Thanks to the new pipeline, SOCAR stopped buying gas in 2007.", "other", "happened", set()),
    ("Gazprom delivered the gas under a contract signed in 2011.", "signing", "happened", set()),
    (
        "Gazprom supplies gas under the contract between Gazprom and SOCAR signed last November.",
        "signing",
        "happened",
        {GAZPROM},
    ),
    ("SOCAR stopped buying Russian gas at the beginning of 2007.", "other", "happened", set()),
    ("The consular section has resumed issuing visas.", "other", "happened", set()),
    ("Gazprom said deliveries began on Monday.", "other", "happened", set()),
    ("The new bridge is to be completed by the end of the year.", "other", "planned", set()),
    (
        "The line, which was completed in the autumn of 2023, carries more cargo.",
        "other",
        "happened",
        set(),
    ),
    ("The lease will expire on December 24.", "other", "planned", set()),
    (
        "Next year we will celebrate the 30th anniversary of diplomatic relations.",
        "other",
        "planned",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "kind", "modality", "has"), ROWS)
def test_news_pattern_table(text: str, kind: str, modality: str, has: set[str]) -> None:
    """Each phrasing yields an event of its kind and modality with those participants."""
    found = [
        e
        for e in of_kind(build(text), EventKind(kind))
        if e.modality is Modality(modality) and has <= set(e.participants)
    ]
    assert 1 == len(found), [(e.kind, e.modality, e.participants) for e in build(text).events]


NOT_MEETINGS = [
    "Aliyev received the Order of Friendship from Putin.",
    "Aliyev received a letter from Putin.",
    "Bayramov received a message from Lavrov.",
]


NOT_EVENTS = [
    # (text, kind it is not)
    ("The first batch of Russian wheat arrived in Baku on Monday.", "visit"),
    ("A shipment of vaccines arrived in Baku last week.", "visit"),
    ("The memorandum provides for business missions, joint exhibitions and tenders.", "summit"),
    ("The plan envisages regular consultations and joint exhibitions.", "meeting"),
    ("Dozens of cooperation agreements have been signed over the years.", "signing"),
    ("The informal meeting of the two leaders took place on Monday evening.", "summit"),
    ("The monitoring centre monitors the ceasefire with drones.", "ceasefire"),
    ("Thirty people on board were killed in the crash.", "attack"),
    ("Lavrov held talks with Bayramov, and the consultations resumed on Monday.", "other"),
    ("The working group has met regularly since January.", "meeting"),
    ("The commission has already met several times.", "meeting"),
    ("Gazprom has agreed to supply up to 1 billion cubic metres of gas to SOCAR.", "meeting"),
    ("There was no deal on the Caspian, which Moscow says must be divided.", "statement"),
    ("The plane crashed after, Baku says, it was hit by air defences.", "statement"),
    ("Gazprom became self-sufficient thanks to the Shah Deniz field.", "statement"),
    ("As previously reported, gas supplies will continue until the end of 2025.", "statement"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_EVENTS)
def test_phrasings_that_are_no_event_of_that_kind(text: str, kind: str) -> None:
    """Goods that arrive, activities a document provides for, uncounted documents signed over
    the years, a meeting of two leaders, habits and standing claims ("which Moscow says") are
    no event of that kind."""
    assert [] == of_kind(build(text), EventKind(kind))


def test_a_discussion_is_dated_by_its_own_date() -> None:
    """ "discussed cooperation, taking into account X's membership in 2012-2013": the topic's
    years do not date the discussion."""
    text = (
        "Lavrov held talks with Bayramov in Moscow on May 20.\n\n"
        "The ministers also discussed cooperation within the UN, taking into account "
        "Azerbaijan's membership in the Security Council in 2012-2013."
    )
    meetings = of_kind(build(text), EventKind.MEETING)
    assert ["2024-05-20"] == [str(e.when) for e in meetings]


@pytest.mark.parametrize("text", NOT_MEETINGS)
def test_received_things_are_no_meetings(text: str) -> None:
    """Receiving an award, a letter or a message is no meeting."""
    assert [] == of_kind(build(text), EventKind.MEETING)


def test_two_encounters_of_one_day_stay_two() -> None:
    """ "A received B. Earlier in the day, B held talks with C": two meetings, not one."""
    text = (
        "Aliyev received Lavrov in Baku on May 20.\n\n"
        "Earlier in the day, Lavrov held talks with Bayramov."
    )
    meetings = of_kind(build(text), EventKind.MEETING)
    expected = [{ALIYEV, LAVROV}, {LAVROV, BAYRAMOV}]
    assert expected == [set(e.participants) - {RUSSIA, AZERBAIJAN} for e in meetings]


def test_later_in_the_day_follows_a_day_not_a_recalled_month() -> None:
    """ "Later in the day" takes the last day told, not a month recalled in between."""
    text = (
        "Lavrov arrived in Baku on May 19.\n\n"
        "It should be recalled that Gazprom suspended the activities of SOCAR in February.\n\n"
        "Later in the day, Lavrov held talks with Bayramov."
    )
    meetings = of_kind(build(text), EventKind.MEETING)
    assert ["2024-05-19"] == [str(e.when) for e in meetings]


def test_he_said_is_the_speaker_told_before() -> None:
    """'"...," he said' and "He added" are statements of the speaker told before, not of the
    country named in the quote."""
    text = (
        "Lavrov said on Monday that the talks were useful.\n\n"
        '"We do not understand what Azerbaijan wants," he said. He added that Putin was informed.'
    )
    statements = of_kind(build(text), EventKind.STATEMENT)
    assert [LAVROV] == sorted({p for e in statements for p in e.participants[:1]})


def test_he_before_an_act_is_the_subject_told_before() -> None:
    """ "Putin arrived ... He laid a wreath": the pronoun is the subject of the sentence
    before, not the last person named in it."""
    text = "Putin arrived in Baku on May 19 and met Aliyev.\n\nHe laid a wreath on Monday."
    other = of_kind(build(text), EventKind.OTHER)
    assert [True] == [PUTIN in e.participants for e in other]


SPEECH_DATES = [
    # (text, the date of the statement): the date of the saying, not of what is said
    ("Lavrov said on Friday that the talks would be held in December.", "2024-05-17"),
    ("The forum will be held in Baku next year, Lavrov told reporters on Friday.", "2024-05-17"),
    ("On Friday, Lavrov said the consultations would resume in the autumn.", "2024-05-17"),
    ("Speaking at a briefing on Friday, Lavrov said talks were planned for June.", "2024-05-17"),
    ('"We will meet again in June," Lavrov told Interfax late on Friday.', "2024-05-17"),
    ("Lavrov said in a statement on Friday that a visit was due in July.", "2024-05-17"),
    ("Lavrov said the next round would take place in Moscow in December.", "2024"),
    ('"The terminal will be expanded by the end of the year," Lavrov said.', "2024"),
]


@pytest.mark.parametrize(("text", "expected"), SPEECH_DATES)
def test_a_statement_is_dated_by_its_saying(text: str, expected: str) -> None:
    """A speech act takes the date of its saying (right after the verb, or fronted), never a
    date of the events it reports; with none it falls back to the publication year."""
    statements = of_kind(build(text), EventKind.STATEMENT)
    assert [expected] == [str(e.when) for e in statements]


def test_the_speaker_of_an_attribution_after_a_comma() -> None:
    """ "A and B held talks, aide C told Interfax": the statement is C's alone."""
    text = (
        "Russian President Vladimir Putin and Azerbaijani President Ilham Aliyev held talks "
        "in Moscow on Friday, Kremlin aide Yury Ushakov told reporters."
    )
    statements = of_kind(
        rusaz.parse_text(text, published=FuzzyDate.parse("2024-05-20")), EventKind.STATEMENT
    )
    heads = {"person:vladimir-putin", "person:ilham-aliyev"}
    assert [(True, set())] == [
        ("person:yuri-ushakov" in e.participants, heads & set(e.participants)) for e in statements
    ]


def test_the_two_leaders_are_the_two_heads_met_last() -> None:
    """ "The two leaders" after a plenary of five heads is the pair that held talks, not the
    five leaders of the plenary."""
    text = (
        "Russian President Vladimir Putin and Azerbaijani President Ilham Aliyev held talks in "
        "Sochi on Thursday.\n\n"
        "Earlier in the day, Putin, Aliyev, Kazakh President Kassym-Jomart Tokayev and "
        "Uzbek President Shavkat Mirziyoyev met at the plenary session of the forum.\n\n"
        "The two leaders last spoke by telephone in September."
    )
    calls = of_kind(rusaz.parse_text(text, published=FuzzyDate.parse("2019-10-03")), EventKind.CALL)
    expected = [{"person:vladimir-putin", "person:ilham-aliyev"}]
    assert expected == [set(e.participants) for e in calls]


def test_a_year_closing_a_document_title_names_the_document() -> None:
    """ "signed the Protocol to the Agreement ... of 2011": the signing is no event of 2011."""
    text = (
        "On Monday, Lavrov and Bayramov signed a Protocol to the Agreement between Russia and "
        "Azerbaijan on the readmission of persons residing without permission of 2011."
    )
    signings = of_kind(build(text), EventKind.SIGNING)
    assert ["2024-05-20"] == [str(e.when) for e in signings]


def test_a_headline_event_told_again_in_the_body_is_one_event() -> None:
    """A second headline opening the body ("Lavrov, Bayramov meet in Baku") repeats the
    body's meeting; the body's telling is kept, once."""
    text = (
        "Lavrov, Bayramov meet in Baku to discuss transit\n\n"
        "Lavrov and Bayramov held talks in Baku on Monday, the ministry said."
    )
    meetings = of_kind(build(text), EventKind.MEETING)
    assert ["2024-05-20"] == [str(e.when) for e in meetings]


def test_hosting_an_event_is_no_meeting() -> None:
    """ "Baku hosted the summit": the summit, not a meeting of the host with its guests."""
    assert [] == of_kind(build("Aliyev hosted the Caspian summit in August."), EventKind.MEETING)


def test_following_the_consultations_refers_back() -> None:
    """ "Following the consultations, they signed ...": the consultations told before, not a
    second meeting."""
    text = (
        "Lavrov and Bayramov held consultations in Baku on Monday.\n\n"
        "Following the consultations, the ministers signed a protocol on visas."
    )
    assert 1 == len(of_kind(build(text), EventKind.MEETING))


FRONTED = [
    # (text, kind, the date it takes from the date opening the sentence)
    (
        "In 2023, Lavrov met Bayramov three times and spoke by telephone with him often.",
        "call",
        "2023",
    ),
    (
        "In March, Gazprom held talks with SOCAR, and two contracts on gas supplies were signed.",
        "signing",
        "2024-03",
    ),
    # a clause with a date of its own keeps it
    ("In March, Lavrov met Bayramov, and they spoke by telephone on May 2.", "call", "2024-05-02"),
]


@pytest.mark.parametrize(("text", "kind", "expected"), FRONTED)
def test_a_date_opening_the_sentence_dates_its_other_clauses(
    text: str, kind: str, expected: str
) -> None:
    """ "In 2023, A met B and spoke by telephone": the date opening the sentence dates every
    clause that states none of its own."""
    found = of_kind(build(text), EventKind(kind))
    assert [expected] == [str(e.when) for e in found]


def test_the_two_leaders_are_the_pair_met_before_without_titles() -> None:
    """ "A and his counterpart B signed ... The two leaders also signed ...": the pair told
    before, even when only one of them has a head's title in the text."""
    text = (
        "Russian President Vladimir Putin and his Azerbaijani counterpart Ilham Aliyev signed "
        "a declaration on Friday.\n\n"
        "The declaration was signed in the Kremlin after talks between Russia and Azerbaijan. "
        "The two leaders also signed an agreement on water resources."
    )
    signings = of_kind(
        rusaz.parse_text(text, published=FuzzyDate.parse("2022-02-22")), EventKind.SIGNING
    )
    pair = {"person:vladimir-putin", "person:ilham-aliyev"}
    assert pair <= set(signings[-1].participants)


def test_a_person_honoured_takes_no_part() -> None:
    """ "Lavrov laid a wreath at the tomb of national leader Heydar Aliyev": Lavrov acts, the
    person honoured does not take part."""
    text = "Lavrov laid a wreath at the tomb of national leader Heydar Aliyev on Monday."
    found = of_kind(
        rusaz.parse_text(text, published=FuzzyDate.parse("2024-05-20")), EventKind.OTHER
    )
    assert [("person:sergey-lavrov",)] == [e.participants for e in found]


def test_our_presidents_are_the_two_heads() -> None:
    """ "signed by our presidents" in an interview: the two heads of state the article names."""
    text = (
        "Russian President Vladimir Putin and Azerbaijani President Ilham Aliyev are due to meet "
        "in the autumn, the ambassador said.\n\n"
        "The declaration signed by our presidents in Moscow in February 2022 raised relations to "
        "a new level, he added."
    )
    signings = of_kind(
        rusaz.parse_text(text, published=FuzzyDate.parse("2023-02-09")), EventKind.SIGNING
    )
    expected = [{"person:vladimir-putin", "person:ilham-aliyev"}]
    assert expected == [set(e.participants) for e in signings]


def test_during_the_day_follows_the_day_told() -> None:
    """ "... also held separate meetings with Putin during the day": the day of the summit
    told before, not the publication year."""
    text = (
        "Putin and Aliyev held talks in Astrakhan on Monday.\n\n"
        "Lavrov and Bayramov also held separate meetings during the day."
    )
    meetings = of_kind(build(text), EventKind.MEETING)
    assert ["2024-05-20", "2024-05-20"] == [str(e.when) for e in meetings]


DATE_OWNERS = [
    # (text, kind, modality, the date that event takes)
    (
        "Lavrov met Bayramov on Monday and will meet Putin on Friday.",
        "meeting",
        "happened",
        "2024-05-20",
    ),
    (
        "Lavrov met Bayramov on Monday and will meet Putin on Friday.",
        "meeting",
        "planned",
        "2024-05-24",
    ),
    # a participle that is no trigger keeps its date ("connected to murders committed in ...")
    (
        "Police detained six men on Friday in raids connected to murders committed in 2003.",
        "other",
        "happened",
        "2024-05-17",
    ),
    # first and last day of one event
    (
        "The forum, which opened in Baku on Monday and ends on Thursday, drew 900 guests.",
        "summit",
        "happened",
        "2024-05-20/2024-05-23",
    ),
    (
        "The exhibition opened in Moscow on May 3 and will run until May 6.",
        "summit",
        "happened",
        "2024-05-03/2024-05-06",
    ),
]


@pytest.mark.parametrize(("text", "kind", "modality", "expected"), DATE_OWNERS)
def test_a_date_belongs_to_the_verb_before_it(
    text: str, kind: str, modality: str, expected: str
) -> None:
    """A date after a verb dates that verb's event, not the next one; a participle that is
    no trigger keeps its own date; an event told by its first and last day spans both."""
    found = [e for e in of_kind(build(text), EventKind(kind)) if e.modality is Modality(modality)]
    assert [expected] == [str(e.when) for e in found]


def test_later_in_the_day_follows_the_news_not_a_recalled_day() -> None:
    """ "Later in the day" after a sentence recalling a meeting months before takes the day of
    the news, not the recalled day."""
    text = (
        "Aliyev received Lavrov in Baku on May 20.\n\n"
        "They recalled the meeting of Putin and Aliyev in Sochi on October 31.\n\n"
        "Later in the day, Lavrov held talks with Bayramov."
    )
    meetings = of_kind(build(text), EventKind.MEETING)
    assert "2024-05-20" == str(meetings[-1].when)


TITLED = [
    # (text, the speaker of the last statement)
    (
        "Defence Minister Zakir Hasanov received Rear Admiral Sergei Pinchuk on Tuesday.\n\n"
        "The minister noted that cooperation was developing successfully.",
        "person:zakir-hasanov",
    ),
    (
        "Russian Deputy Prime Minister Alexei Overchuk met Azerbaijani Deputy Prime Minister "
        "Shahin Mustafayev in Baku.\n\nThe Russian Deputy Prime Minister said the group would "
        "meet again in June.",
        "person:alexei-overchuk",
    ),
    (
        "Russian Ambassador Mikhail Bocharnikov met businesspeople in Ganja on Friday.\n\n"
        '"Trade is growing," the diplomat said at the meeting.',
        "person:mikhail-bocharnikov",
    ),
    (
        "President Ilham Aliyev received Sergey Lavrov in Baku.\n\n"
        "The head of state said relations were developing.",
        "person:ilham-aliyev",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), TITLED)
def test_a_title_subject_is_the_person_last_named_with_it(text: str, speaker: str) -> None:
    """ "The minister noted ...": the person last named with that title (and nationality)."""
    article = rusaz.parse_text(text, published=FuzzyDate.parse("2024-05-20"))
    statements = of_kind(article, EventKind.STATEMENT)
    assert [speaker] == [e.participants[0] for e in statements][-1:]


@pytest.mark.parametrize(
    "text",
    [
        "The contract allowed Baku to meet its domestic demand for gas.",
        "SOCAR met all its export obligations in 2023.",
        "The gas will help Azerbaijan meet the winter needs of its power plants.",
    ],
)
def test_meeting_a_need_is_no_encounter(text: str) -> None:
    """ "to meet its domestic demand", "met its obligations": no meeting."""
    assert [] == of_kind(build(text), EventKind.MEETING)


def test_the_russian_side_is_russia_and_its_delegation() -> None:
    """ "The Russian side stated ...": the delegation told before and Russia itself."""
    text = (
        "Deputy Foreign Minister Mikhail Galuzin held consultations in Baku on Tuesday with "
        "Deputy Foreign Minister of Azerbaijan Fariz Rzayev.\n\n"
        "The Russian side stated that visa procedures would be simplified next year."
    )
    article = rusaz.parse_text(text, published=FuzzyDate.parse("2026-10-14"))
    statements = of_kind(article, EventKind.STATEMENT)
    assert [True] == ["country:russia" in e.participants for e in statements]


def test_the_consultations_narrow_the_purpose_of_a_visit() -> None:
    """ "paid a visit on 13-14 May to hold consultations ... The consultations on Tuesday were
    co-chaired by ...": one meeting, on the Tuesday."""
    text = (
        "On 13-14 May, Lavrov paid a working visit to Baku to hold consultations with "
        "Bayramov.\n\n"
        "The consultations on Tuesday were co-chaired by Lavrov and Bayramov."
    )
    meetings = of_kind(build(text), EventKind.MEETING)
    assert ["2024-05-14"] == [str(e.when) for e in meetings]


def test_a_coordinated_speech_verb_keeps_the_speaker() -> None:
    """ "X said that ... by Armenia ... and called on the OSCE Minsk Group to ...": the call is
    X's, not that of the actors named in what X said."""
    text = (
        "Lavrov said that the shelling by Armenia was unacceptable and called on Turkey to "
        "show restraint."
    )
    statements = of_kind(build(text), EventKind.STATEMENT)
    assert {LAVROV} == {p for e in statements for p in e.participants}


def test_i_in_an_interview_is_the_person_interviewed() -> None:
    """In a question-and-answer interview, "I visited it in March" is the interviewee's visit."""
    text = (
        "Russian Ambassador Mikhail Bocharnikov answered questions from our agency.\n\n"
        "Q: Have you been to Shusha?\n\n"
        "A: Yes, I visited Shusha in March and met local officials.\n\n"
        "Q: What about trade?\n\n"
        "A: Trade is growing."
    )
    article = rusaz.parse_text(text, published=FuzzyDate.parse("2021-06-01"))
    visits = of_kind(article, EventKind.VISIT)
    assert [("person:mikhail-bocharnikov",)] == [e.participants[:1] for e in visits]


def test_the_next_day_follows_the_day_told() -> None:
    """ "X informed Y on May 10. Z said the next day ...": the statement is of May 11."""
    text = (
        "On May 10, Gazprom informed SOCAR that deliveries would stop.\n\n"
        "Bayramov said the next day that Baku regretted the decision."
    )
    statements = of_kind(build(text), EventKind.STATEMENT)
    assert ["2024-05-10", "2024-05-11"] == [str(e.when) for e in statements]


def test_later_in_the_day_skips_a_relative_clause() -> None:
    """ "... two men, who died during a raid on May 17. Later in the day, ...": the day of the
    news told before, not the background of a relative clause."""
    text = (
        "Lavrov met Bayramov in Moscow on May 20 after the deaths of two men, who died during "
        "a raid on May 17.\n\n"
        "Later in the day, Lavrov received the ambassador of Azerbaijan."
    )
    meetings = of_kind(build(text), EventKind.MEETING)
    assert "2024-05-20" == str(meetings[-1].when)


def test_the_next_day_after_a_month_is_in_that_month() -> None:
    """ "An offensive last September ... a phone call the next day": the call is of that
    September, not the day after some later day."""
    text = (
        "Azerbaijan launched an offensive in Karabakh last September.\n\n"
        "Aliyev apologised to Putin in a phone call the next day."
    )
    calls = of_kind(build(text), EventKind.CALL)
    assert ["2023-09"] == [str(e.when) for e in calls]


def test_the_document_was_signed_by_is_the_signing_told_before() -> None:
    """ "X and Y signed a contract today. The document was signed by A and B.": one signing
    with all four participants."""
    text = (
        "Gazprom signed a contract on gas supplies with SOCAR in Baku on Monday. "
        "The document was signed by Lavrov and Bayramov."
    )
    signings = of_kind(build(text), EventKind.SIGNING)
    assert 1 == len(signings)
    assert {GAZPROM, LAVROV, BAYRAMOV} <= set(signings[0].participants)


def test_closing_a_chapter_is_no_closure() -> None:
    """ "We have closed a difficult chapter" is a figure of speech; "closed the border" an act."""
    text = '"Today we have closed a difficult chapter," Lavrov said. Russia closed the border.'
    others = of_kind(build(text), EventKind.OTHER)
    assert ["Russia closed the border."] == [
        build(text).text[e.evidence[0].start : e.evidence[0].end] for e in others
    ]


POSTPONED = [
    # (text, kind of the event moved, its new date)
    (
        "The meeting of the commission, which had been planned for June, was moved to "
        "September because of the visit.",
        "meeting",
        "2024-09",
    ),
    (
        "A Russian business mission planned for late May has been postponed to the first "
        "quarter of next year at the request of the Russian side.",
        "visit",
        "2025-01/2025-03",
    ),
    ("The talks with Lavrov were postponed until July.", "meeting", "2024-07"),
]


@pytest.mark.parametrize(("text", "kind", "when"), POSTPONED)
def test_an_event_postponed_to_a_date_is_planned_for_it(text: str, kind: str, when: str) -> None:
    """ "X, planned for A, was moved to B": X is planned for B; the act of moving it is an
    event of its own that takes neither date."""
    article = build(text)
    moved = of_kind(article, EventKind(kind))
    assert [(Modality.PLANNED, when)] == [(e.modality, str(e.when)) for e in moved]
    assert [None] == [e.when for e in of_kind(article, EventKind.OTHER)]


TRANSCRIPT = (
    "Vladimir Putin held talks with Ilham Aliyev in Baku on May 20.\n\n"
    "Excerpts from the press statements following the talks:\n\n"
    "VLADIMIR PUTIN: Today we have resolved two issues that remained open for years.\n\n"
    "We also discussed the railway.\n\n"
    "President of Azerbaijan Ilham Aliyev: Russia is our largest trading partner.\n\n"
    "Putin: Thank you."
)


def test_a_transcript_turn_is_a_statement_of_its_speaker() -> None:
    """ "VLADIMIR PUTIN: ..." and "President of Azerbaijan Ilham Aliyev: ...": one statement
    per speaker (all their turns), on the day of the talks."""
    article = rusaz.parse_text(TRANSCRIPT, published=FuzzyDate.parse("2024-05-20"))
    statements = of_kind(article, EventKind.STATEMENT)
    expected = [
        (("person:vladimir-putin",), "2024-05-20"),
        (("person:ilham-aliyev",), "2024-05-20"),
    ]
    assert expected == [(e.participants, str(e.when)) for e in statements]
    assert 2 == len(statements[0].evidence)


def test_interview_answers_are_no_separate_statements() -> None:
    """In a question-and-answer interview the labelled answers are the interview itself."""
    text = (
        "Ambassador Mikhail Bocharnikov answered questions from our agency.\n\n"
        "Q: How is trade?\n\n"
        "Bocharnikov: Trade is growing.\n\n"
        "Q: And the border?\n\n"
        "Bocharnikov: It stays closed for now."
    )
    article = rusaz.parse_text(text, published=FuzzyDate.parse("2021-06-01"))
    assert [] == [e for e in article.events if e.rule == "speaker_label"]


def test_a_date_in_a_quotation_dates_only_what_it_tells() -> None:
    """'"We will double the capacity by 2030," Lavrov told reporters after the talks': 2030
    dates neither the talks nor the saying."""
    text = (
        "Lavrov held talks with Bayramov in Moscow.\n\n"
        '"We will double the capacity of the railway by 2030," Lavrov told reporters after the '
        "talks."
    )
    article = build(text)
    assert "2030" not in {str(e.when) for e in article.events}


def test_he_added_is_the_speaker_not_the_person_named_last() -> None:
    """ "Peskov said Putin would visit Baku. A meeting was not planned, he added.": the second
    statement is Peskov's alone, though Putin was named last."""
    text = (
        "Kremlin spokesman Dmitry Peskov said on Thursday that Putin would visit Baku.\n\n"
        "A trilateral meeting with Aliyev was not planned, he added."
    )
    article = rusaz.parse_text(text, published=FuzzyDate.parse("2024-05-20"))
    statements = of_kind(article, EventKind.STATEMENT)
    assert [("person:dmitry-peskov",)] == [e.participants for e in statements][-1:]


def test_one_speakers_verbs_in_one_sentence_are_one_statement() -> None:
    """ "Putin acknowledged that missiles had been fired and promised compensation": one
    statement of Putin, with the newly listed speech verbs."""
    text = (
        "Putin acknowledged that two missiles had exploded near the aircraft and promised "
        "compensation."
    )
    statements = of_kind(build(text), EventKind.STATEMENT)
    assert [(PUTIN,)] == [e.participants for e in statements]


def test_a_stop_is_dated_by_its_year() -> None:
    """ "SOCAR stopped buying Russian gas at the beginning of 2007": the weak trigger of a stop
    keeps its own date (only a discussion leaves the dates of its topic)."""
    others = of_kind(
        build("SOCAR stopped buying Russian gas at the beginning of 2007."), EventKind.OTHER
    )
    assert ["2007-01/2007-03"] == [str(e.when) for e in others]


def test_he_after_a_fronted_time_is_the_person_not_the_one_honoured() -> None:
    """ "X laid a wreath at the grave of Heydar Aliyev. On Thursday he will visit Ganja": "he"
    is X, not the person honoured."""
    text = (
        "Lavrov laid a wreath at the grave of national leader Heydar Aliyev.\n\n"
        "On Thursday he will visit Ganja."
    )
    article = rusaz.parse_text(text, published=FuzzyDate.parse("2024-05-20"))
    visits = of_kind(article, EventKind.VISIT)
    assert ["person:sergey-lavrov"] == [e.participants[0] for e in visits]


def test_no_document_had_been_signed_is_no_signing() -> None:
    """ "no written agreement on the mission had been signed" claims no signing."""
    text = "Lavrov said that no written agreement on the mission had been signed."
    signings = of_kind(build(text), EventKind.SIGNING)
    assert [] == [e for e in signings if e.modality is Modality.HAPPENED]


def test_a_subject_before_the_verb_keeps_the_speaker_off_the_reported_names() -> None:
    """ "The ministry said Lavrov was informed on Monday": the reported Lavrov is no speaker
    (only '"...," said Lavrov' puts the speaker after the verb)."""
    text = "The ministry said Lavrov was informed of the decision on Monday."
    statements = of_kind(build(text), EventKind.STATEMENT)
    assert [()] == [e.participants for e in statements]


def test_it_said_is_the_body_that_spoke_last() -> None:
    """ "Gazprom said in a statement ... It said Miller had ...": the second saying is
    Gazprom's."""
    text = (
        '"Supplies will grow," Gazprom said in a statement on Monday.\n\n'
        "It said Lavrov and Bayramov had discussed the supplies."
    )
    statements = of_kind(build(text), EventKind.STATEMENT)
    assert {GAZPROM} == {p for e in statements for p in e.participants}
