"""Digests, round-ups and newsletters: their item headings, section labels, contents lines
and footers are no sentences of the body; numbered prose and lists of documents stay prose."""

# ruff: noqa: SIM300  (asserts read `expected == actual`, as the style guide asks)
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz import parse_text
from rusaz._text import clean, segment

MONITORING = """\
Azerbaijani, Russian media on Aliyev's Moscow visit - round-up
12 March 2009

The following is a round-up of reports on the visit, carried by Azerbaijani and Russian media.

1. Gas deal initialled

Azerbaijani President Ilham Aliyev and Russian President Dmitry Medvedev signed a declaration \
on the Caspian Sea in the Kremlin today, ANS TV reported.

(Source: ANS TV, Baku, in Azeri 1500 gmt 12 Mar 09)

2. Lavrov says Karabakh talks to go on

Russian Foreign Minister Sergey Lavrov told journalists that the Minsk Group co-chairs would \
visit the region next month. [Passage omitted: background]

(Source: Interfax news agency, Moscow, in Russian 1300 gmt 12 Mar 09)

3. Opposition cries foul

The opposition Musavat party said in a statement that the visit brought Azerbaijan nothing new.
"""

NEWSLETTER = """\
Baku-Moscow Brief | Issue 42 | 4 November 2024

In this issue: gas talks resume | border demarcation | flights to Sochi

---

1. GAS TALKS RESUME

SOCAR and Gazprom held talks in Baku on Tuesday on new supplies for the winter, SOCAR said.

2. BORDER DEMARCATION

The border demarcation commission met in Moscow on Thursday and agreed to meet again in \
December.

IN BRIEF
- Azerbaijan Airlines resumed flights to Sochi on Friday, the carrier said.
- The Russian Duma hosted a delegation of the Milli Majlis.

---
The Brief is sent every Monday. | Unsubscribe | Share: Facebook · X · Telegram
"""

PRESS_REVIEW = """\
Russian press review on Azerbaijan, 5 May 2019

1) Kommersant: Moscow and Baku near arms deal

Russia and Azerbaijan are close to signing a contract on air-defence systems, Kommersant \
reports, citing sources in the Defence Ministry.

2) Izvestia: Lavrov to visit Baku

Foreign Minister Sergey Lavrov will visit Baku on 10 May for talks with Elmar Mammadyarov, \
Izvestia says.
"""


def headings(text: str) -> list[str]:
    """The heading lines the reader found in ``text`` after cleaning."""
    doc = segment(*clean(text))
    return [h.slice(doc.text) for h in doc.headings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            MONITORING,
            [
                "1. Gas deal initialled",
                "2. Lavrov says Karabakh talks to go on",
                "3. Opposition cries foul",
            ],
            id="monitoring-round-up",
        ),
        pytest.param(
            NEWSLETTER,
            ["1. GAS TALKS RESUME", "2. BORDER DEMARCATION", "IN BRIEF"],
            id="newsletter-in-capitals",
        ),
        pytest.param(
            PRESS_REVIEW,
            [
                "1) Kommersant: Moscow and Baku near arms deal",
                "2) Izvestia: Lavrov to visit Baku",
            ],
            id="press-review",
        ),
    ],
)
def test_digest_item_headings(text: str, expected: list[str]) -> None:
    """Each item heading and section label of a digest is a heading, not a paragraph."""
    doc = segment(*clean(text))
    in_paragraphs = [h for h in expected if any(h in p.slice(doc.text) for p in doc.paragraphs)]
    assert (expected, []) == (headings(text), in_paragraphs)


@pytest.mark.parametrize("text", [MONITORING, NEWSLETTER, PRESS_REVIEW])
def test_no_fact_rests_on_a_digest_heading(text: str) -> None:
    """No event or agreement of a digest takes its evidence from a heading line."""
    article = parse_text(text)
    heads = segment(*clean(text)).headings
    evidence = [s for e in (*article.events, *article.agreements) for s in e.evidence]
    assert [] == [s.slice(article.text) for s in evidence if any(h.overlaps(s) for h in heads)]


def test_newsletter_contents_rules_and_footer_are_furniture() -> None:
    """The contents line, the rules and the footer of links are removed; the bulleted
    items under a section label stay in the body."""
    article = parse_text(NEWSLETTER)
    paragraphs = [p.slice(article.text) for p in article.paragraphs]
    expected_removed = [
        "In this issue: gas talks resume | border demarcation | flights to Sochi",
        "---",
        "The Brief is sent every Monday. | Unsubscribe | Share: Facebook · X · Telegram",
    ]
    assert (expected_removed, True) == (
        [line for line in expected_removed if line in article.removed],
        any(p.startswith("- Azerbaijan Airlines resumed flights") for p in paragraphs),
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Documents signed during the visit\n\n"
            "The following documents were signed in the presence of the two presidents.\n\n"
            "1. Joint Declaration on Allied Interaction\n\n"
            "2. Agreement on cooperation in the energy sector\n\n"
            "3. Memorandum on the North-South transport corridor\n\n"
            "The next meeting of the commission will be held in Baku.",
            id="list-of-documents",
        ),
        pytest.param(
            "Lavrov and Bayramov agree steps\n\n"
            "The ministers agreed on the following steps.\n\n"
            "1. The sides will resume talks on the border in May\n"
            "2. The commission will meet in Baku in the autumn\n\n"
            "The ministers also discussed the Caspian summit.",
            id="numbered-lines-of-one-block",
        ),
        pytest.param(
            "Statement of the ministries\n\n"
            "1. The sides reaffirmed their commitment to the declaration of 2022.\n\n"
            "The ministers met in Baku on Monday and discussed the border.\n\n"
            "2. The sides agreed to hold consultations in Moscow in June.\n\n"
            "The consultations will be chaired by the deputy foreign ministers.",
            id="numbered-sentences",
        ),
        pytest.param(
            "Moscow hosts talks\n\n"
            "1. Putin meets Aliyev in the Kremlin\n\n"
            "Vladimir Putin met Ilham Aliyev in the Kremlin on Tuesday, the Kremlin said.",
            id="one-numbered-line-no-digest",
        ),
        pytest.param(
            "Agenda of the council\n\n"
            "1) Enlarged meeting of the council on measures against the recruitment of foreign "
            "fighters and on migration flows (May 12, 2019, Baku)\n\n"
            "The meeting was attended by representatives of eleven countries.\n\n"
            "2) Plenary meeting of the council on information security and counter-propaganda "
            "work against extremism (June 20, 2019, Moscow)\n\n"
            "The meeting adopted recommendations for the member states.",
            id="long-agenda-items",
        ),
    ],
)
def test_numbered_prose_and_lists_stay_in_the_body(text: str) -> None:
    """Lists of documents, numbered sentences and long agenda items are no headings."""
    assert [] == headings(text)


def test_capitals_line_in_prose_is_no_heading() -> None:
    """A line in capitals inside a block of prose, or closing the page, stays put."""
    text = (
        "Putin and Aliyev meet in Sochi\n\n"
        "Vladimir Putin met Ilham Aliyev in Sochi on Friday.\nNATO AND THE EU\n"
        "were not mentioned, the Kremlin said.\n\nREUTER"
    )
    assert [] == headings(text)


WORDS = st.sampled_from(
    ["Gas", "deal", "signed", "Lavrov", "visits", "Baku", "border", "talks", "resume", "Sochi"]
)


@given(
    items=st.lists(st.lists(WORDS, min_size=1, max_size=10), min_size=2, max_size=6),
    caps=st.booleans(),
    mark=st.sampled_from([". ", ") "]),
)
def test_digest_headings_property(items: list[list[str]], caps: bool, mark: str) -> None:
    """Any digest of two or more numbered short headings, each over a paragraph of prose,
    has exactly those headings; its prose paragraphs all stay in the body."""
    heads = []
    parts = ["Weekly digest of Russia-Azerbaijan news"]
    for n, words in enumerate(items, 1):
        head = f"{n}{mark}{' '.join(words)}"
        heads.append(head.upper() if caps else head)
        parts += [heads[-1], f"Item {n} tells what happened in Baku and Moscow this week."]
    doc = segment(*clean("\n\n".join(parts)))
    paragraphs = [p.slice(doc.text) for p in doc.paragraphs]
    assert (heads, [f"Item {n}" for n in range(1, len(items) + 1)]) == (
        [h.slice(doc.text) for h in doc.headings],
        [p[:6] for p in paragraphs],
    )


TRANSCRIPT = """\
Russian-Azerbaijani talks

August 13, 2013, 15:00

Vladimir Putin held talks with Ilham Aliyev in Baku. The presidents then made statements.

Press statements following Russian-Azerbaijani talks

Ilham Aliyev: Mr President, dear friends,

I am very glad to welcome you to Baku. We have discussed the full range of our relations.

Vladimir Putin: Mr President, ladies and gentlemen,

Thank you for the invitation. The talks were held in a friendly atmosphere.
"""


PRESS_CONFERENCE = """\
Lavrov and Bayramov hold talks in Moscow

17 March 2026 18:20

Sergey Lavrov held talks with Jeyhun Bayramov in Moscow. The ministers then met the press.

Press conference following the talks

Sergey Lavrov: Good afternoon, ladies and gentlemen,

We have discussed the peace treaty and the work of the border commission.

Question: When will the commission meet again?

Jeyhun Bayramov: The commission will meet in Baku in April.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            TRANSCRIPT, ["Press statements following Russian-Azerbaijani talks"], id="kremlin"
        ),
        pytest.param(PRESS_CONFERENCE, ["Press conference following the talks"], id="mid"),
        pytest.param(
            "Ilham Aliyev and Vladimir Putin made press statements\n\n3 September 2010\n\n"
            "The presidents signed the treaty on the state border in Baku.\n\n"
            "Excerpts from the statements of the heads of state:\n\n"
            "ILHAM ALIYEV: Dear Mr President, today we have resolved an old issue.\n\n"
            "DMITRY MEDVEDEV: The border is now drawn along the Samur.",
            ["Excerpts from the statements of the heads of state:"],
            id="president-az-colon",
        ),
    ],
)
def test_transcript_section_headings(text: str, expected: list[str]) -> None:
    """A short line between prose and a speaker's labelled turn heads a transcript's
    section; the labelled turns and the questions stay in the body."""
    assert expected == headings(text)


def test_a_crosshead_tells_no_event() -> None:
    """A crosshead naming talks yields no event; the prose around it does."""
    article = parse_text(TRANSCRIPT)
    heads = segment(*clean(TRANSCRIPT)).headings
    evidence = [s for e in article.events for s in e.evidence]
    assert ([], True) == (
        [s.slice(article.text) for s in evidence if any(h.overlaps(s) for h in heads)],
        bool(evidence),
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Baku and Moscow trade barbs\n\nThe row began in June.\n\n"
            "What comes next?\n\nNobody in Baku expects a quick end to the row.",
            id="explainer-question",
        ),
        pytest.param(
            "Baku and Moscow trade barbs\n\nThe row began in June.\n\n"
            "The ministry later said that the talks had been held in a constructive spirit\n\n"
            "The next round is due in Moscow in May.",
            id="long-line-without-stop",
        ),
        pytest.param(
            "Baku and Moscow trade barbs\n\nWhy the row matters for the corridor\n\n"
            "The row began in June, when police raided Azerbaijani homes in Yekaterinburg.",
            id="standfirst-above-the-first-sentence",
        ),
    ],
)
def test_questions_long_lines_and_standfirsts_are_no_headings(text: str) -> None:
    """A question, a long line missing its stop and a standfirst are no headings."""
    assert [] == headings(text)
