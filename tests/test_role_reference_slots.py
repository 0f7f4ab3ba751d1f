"""Role references with a demonym inside ("the head of the Azerbaijani state") name the
office holder of that country; lower-case references name a known body."""

from __future__ import annotations

import pytest

import rusaz


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("The head of the Azerbaijani state thanked the guests.", "Ilham Aliyev"),
        ("The head of the Russian state thanked the guests.", "Vladimir Putin"),
    ],
)
def test_demonym_inside_a_role_reference(sentence: str, holder: str) -> None:
    """The reference is a mention of the country's president at the publication date."""
    text = f"Leaders meet\n\n15 May 2024\n\nVladimir Putin met Ilham Aliyev on May 14. {sentence}\n"
    article = rusaz.parse_text(text)
    actor = next(a for a in article.actors if a.name == holder)
    quoted = [m.span.slice(article.text) for m in actor.mentions]
    assert sentence.split(" thanked")[0] in quoted


def test_lower_case_reference_to_a_known_body() -> None:
    """ "the intergovernmental commission" in lower case is the Russian-Azerbaijani commission
    of the lexicon; its surface form becomes an alias."""
    text = "Talks\n\nOverchuk said the intergovernmental commission would meet in Baku in May.\n"
    article = rusaz.parse_text(text)
    found = [(a.lexicon_id, a.aliases) for a in article.actors if a.kind.value == "organization"]
    assert [("org:az-ru-intergovernmental-commission", ("intergovernmental commission",))] == found
