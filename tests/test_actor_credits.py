"""Names in bylines and staff credits are no actors of the story; sentences opening with
"By" keep theirs."""

from __future__ import annotations

import pytest

import rusaz

STORY = "Vladimir Putin and Ilham Aliyev met in Moscow on Monday, the Kremlin said."


@pytest.mark.parametrize(
    ("header", "trailer", "absent"),
    [
        ("By Nailia Bagirova\n\n", "", "Nailia Bagirova"),
        ("By Tural Hasanli, energy analyst\n\n", "", "Tural Hasanli"),
        ("Text: Yevgeny Petrov\n\n", "", "Yevgeny Petrov"),
        ("", "\n\nReporting by Anna Smirnova; Editing by Mark Trevelyan", "Mark Trevelyan"),
    ],
)
def test_credited_names_are_no_actors(header: str, trailer: str, absent: str) -> None:
    """The author of a byline or a staff credit is not an actor; the story's actors remain."""
    article = rusaz.parse_text(f"Leaders meet\n\n{header}{STORY}{trailer}\n")
    names = {a.name for a in article.actors}
    assert (False, True) == (absent in names, {"Vladimir Putin", "Ilham Aliyev"} <= names)


def test_sentence_opening_with_by_keeps_its_names() -> None:
    """ "By the end of the year, ..." is a sentence, not a byline."""
    article = rusaz.parse_text("Plans\n\nBy the end of the year, Putin will visit Baku.\n")
    assert "Vladimir Putin" in {a.name for a in article.actors}
