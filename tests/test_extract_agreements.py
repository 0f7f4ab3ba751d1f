"""Agreements: one example per document kind and phrasing, titles, terms, links, properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz._extract.agreements import title_key
from rusaz._model import Agreement, AgreementKind, AgreementLink, EventKind, FuzzyDate
from tests.test_extract_events import build, of_kind

KIND_ROWS = [
    # (text, kind, title)
    (
        "Russia and Azerbaijan signed the Declaration on Allied Interaction in Moscow on"
        " February 22, 2022.",
        "declaration",
        "Declaration on Allied Interaction",
    ),
    (
        "The Program of Economic Cooperation between Russia and Azerbaijan for the period"
        " until 2030 was signed in Baku.",
        "program",
        "Program of Economic Cooperation between Russia and Azerbaijan for the period until 2030",
    ),
    (
        "The two ministers signed a memorandum of understanding on energy cooperation.",
        "memorandum",
        "memorandum of understanding on energy cooperation",
    ),
    (
        "Armenia, Azerbaijan and Russia adopted a trilateral statement on the unblocking of"
        " transport links.",
        "statement",
        "trilateral statement on the unblocking of transport links",
    ),
    (
        "Gazprom and SOCAR signed a short-term contract for gas supplies on May 3.",
        "contract",
        "short-term contract for gas supplies",
    ),
    (
        "The sides signed a roadmap for cooperation in transport.",
        "roadmap",
        "roadmap for cooperation in transport",
    ),
    ("Russia and Turkey signed a treaty on friendship.", "treaty", "treaty on friendship"),
    (
        "The Action Plan for Trade Facilitation was approved by both governments.",
        "plan",
        "Action Plan for Trade Facilitation",
    ),
    (
        "Moscow insists on the implementation of the Sochi agreements.",
        "agreement",
        "Sochi agreements",
    ),
    (
        "A memorandum was signed on the creation of a joint monitoring centre.",
        "memorandum",
        "memorandum on the creation of a joint monitoring centre",
    ),
    (
        "The parties discussed the protocol on border demarcation.",
        "protocol",
        "protocol on border demarcation",
    ),
    (
        "The agreements reached at the trilateral meeting are being implemented.",
        "agreement",
        "agreements",
    ),
    (
        "After the summit the five presidents signed a political statement.",
        "statement",
        "political statement",
    ),
    (
        "The Treaty on the State Border completes the legal formalisation of the border.",
        "treaty",
        "Treaty on the State Border",
    ),
    (
        "We signed a roadmap on industrial cooperation in March.",
        "roadmap",
        "roadmap on industrial cooperation",
    ),
]


@pytest.mark.parametrize(("text", "kind", "title"), KIND_ROWS)
def test_kind_table(text: str, kind: str, title: str) -> None:
    """Each phrasing yields one document of its kind with its title as written."""
    article = build(text)
    assert [(AgreementKind(kind), title)] == [(a.kind, a.title) for a in article.agreements]


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of cooperation agreements have been signed in recent years.",
        "The two leaders agreed on detailed roadmaps, and documents were signed.",
        "Putin said in a statement that the talks were useful.",
        "Aliyev plans to visit Moscow.",
        "Armenia is a member of the Collective Security Treaty Organization.",
        "Lavrov discussed the plans of the two countries for 2025 with Bayramov.",
        "Putin and Aliyev signed the agreements between them in Moscow on Monday.",
        "There was no agreement on the status of the Caspian.",
        "Lavrov said no written agreement on the mission had been signed.",
        "Aliyev signed the programme of the visit on Monday.",
    ],
)
def test_generic_nouns_are_no_documents(text: str) -> None:
    """Generic plurals, speech "statements", the verb "plans", documents that do not exist ("no
    agreement on"), an event's programme and organisation names are not documents (the last
    needs the organisation listed as an actor, as the pipeline does)."""
    article = build(text)
    assert [] == [a.title for a in article.agreements if "Collective Security" not in article.text]


def test_shared_complement() -> None:
    """ "a protocol and a plan for X were signed": both documents are "for X"."""
    article = build(
        "At the end of the meeting, a protocol and a plan for the joint operation were signed."
    )
    assert ["protocol for the joint operation", "plan for the joint operation"] == [
        a.title for a in article.agreements
    ]


def test_signing_event_links_and_dates_the_agreement() -> None:
    """The signing event points at the document; the document takes its date and place."""
    text = "Gazprom and SOCAR signed a short-term contract for gas supplies in Baku on May 3."
    article = build(text)
    contract = article.agreements[0]
    signing = of_kind(article, EventKind.SIGNING)[0]
    assert (contract.id,) == signing.agreements
    assert FuzzyDate.parse("2024-05-03") == contract.signed
    assert "place:baku" == contract.place
    assert {"organization:gazprom", "organization:socar"} <= set(contract.parties)


def test_parties_from_the_title() -> None:
    """ "between X and Y" in the title names the parties."""
    text = "The Program of Cooperation between Russia and Azerbaijan was signed in Sochi."
    assert ("country:russia", "country:azerbaijan") == build(text).agreements[0].parties


def test_signed_years_ago() -> None:
    """ "signed two years ago" dates the document from the publication date."""
    text = "Aliyev recalled the Declaration on Allied Interaction signed two years ago."
    assert FuzzyDate.year(2022) == build(text).agreements[0].signed


def test_terms_with_bounded_renewal() -> None:
    """Five years with one automatic five-year extension and six months' notice."""
    text = (
        "Russia and Azerbaijan signed the Agreement on Military Cooperation on May 3, 2020. "
        "The agreement was concluded for five years with an automatic extension for another"
        " five-year period, unless either side declares its intention to terminate it six"
        " months before the expiration of the term."
    )
    terms = build(text).agreements[0].terms
    assert terms is not None
    assert ("P5Y", "P5Y", True, "P6M") == (
        terms.duration,
        terms.renewal,
        terms.automatic_renewal,
        terms.notice,
    )
    assert FuzzyDate.parse("2025-05-03") == terms.expires
    assert FuzzyDate.parse("2030-05-03") == terms.renews_until


def test_terms_with_open_renewal() -> None:
    """Renewal for further periods without end leaves ``renews_until`` unknown."""
    text = (
        "Russia and Turkey signed the Treaty on Friendship on March 16, 2021. The treaty is"
        " valid for ten years and is automatically extended for subsequent five-year periods."
    )
    terms = build(text).agreements[0].terms
    assert terms is not None
    assert (FuzzyDate.parse("2031-03-16"), None) == (terms.expires, terms.renews_until)


def test_valid_until_from_title() -> None:
    """ "for the period until 2030" is the document's validity."""
    text = "The Program of Cooperation for the period until 2030 was signed in Baku."
    terms = build(text).agreements[0].terms
    assert terms is not None
    assert FuzzyDate.year(2030) == terms.valid_until


@pytest.mark.parametrize(
    ("cue", "relation"),
    [
        ("in implementation of", "implements"),
        ("proceeding from", "based_on"),
        ("on the basis of", "based_on"),
    ],
)
def test_links_between_documents(cue: str, relation: str) -> None:
    """A cue before a document links the other document of the sentence to it."""
    text = f"The Roadmap on Transport was signed {cue} the Declaration on Allied Interaction."
    article = build(text)
    by_title = {a.title: a for a in article.agreements}
    roadmap = by_title["Roadmap on Transport"]
    target = by_title["Declaration on Allied Interaction"]
    assert (AgreementLink(target.id, relation),) == roadmap.links


def test_link_target_is_not_signed_by_the_sentence() -> None:
    """ "X was signed in implementation of Y": only X is signed here."""
    text = (
        "A memorandum of understanding between Gazprom and SOCAR was signed in Baku in"
        " implementation of the Agreement on Strategic Partnership."
    )
    article = build(text)
    signing = of_kind(article, EventKind.SIGNING)[0]
    by_title = {a.title: a for a in article.agreements}
    memo = by_title["memorandum of understanding between Gazprom and SOCAR"]
    assert (memo.id,) == signing.agreements
    assert None is by_title["Agreement on Strategic Partnership"].signed


def test_mentions_merge_into_fullest_title() -> None:
    """Repeated mentions of one document merge; the fullest title wins."""
    text = (
        "The Declaration on Allied Interaction between Russia and Azerbaijan was signed in"
        " Moscow.\n\nThe Declaration on Allied Interaction remains the basis of relations."
    )
    agreements = build(text).agreements
    assert 1 == len(agreements)
    assert "Declaration on Allied Interaction between Russia and Azerbaijan" == agreements[0].title
    assert 2 == len(agreements[0].evidence)


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("the Sochi agreements", {"sochi", "agreement"}),
        (
            "Program of Cooperation for the period until 2024",
            {"program", "cooperation", "period", "until", "2024"},
        ),
    ],
)
def test_title_key(title: str, key: set[str]) -> None:
    """Title keys drop stop words and fold plurals."""
    assert frozenset(key) == title_key(title)


DOCS = [
    "a memorandum on energy cooperation",
    "the Declaration on Allied Interaction",
    "a roadmap for transport cooperation",
    "a protocol",
    "the Sochi agreements",
]
VERBS = ["signed", "discussed", "will sign", "concluded"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Putin", "Aliyev", "Russia", "Gazprom"]),
            st.sampled_from(VERBS),
            st.sampled_from(DOCS),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_property_agreements_resolve(parts: list[tuple[str, str, str]]) -> None:
    """Every party, link and signed document id resolves; evidence lies inside sentences."""
    text = " ".join(f"{s} {v} {d} on May 3." for s, v, d in parts)
    article = build(text)  # Article validates that all ids resolve
    for ag in article.agreements:
        assert isinstance(ag, Agreement)
        for span in ag.evidence:
            assert any(s.contains(span) for s in article.sentences)
    assert build(text).agreements == article.agreements


def test_a_closing_quotation_ends_a_title() -> None:
    """'"... the trilateral agreements on Nagorno-Karabakh," the statement said': the title
    stops where the quotation closes."""
    text = (
        '"The leaders exchanged views on the implementation of the trilateral agreements on '
        'Nagorno-Karabakh," the statement said.'
    )
    titles = [a.title for a in build(text).agreements]
    assert ["trilateral agreements on Nagorno-Karabakh"] == titles
