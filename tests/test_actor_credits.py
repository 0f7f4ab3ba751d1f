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


def test_outlet_cited_in_prose_is_an_actor_its_dateline_is_not() -> None:
    """ "BAKU, May 5 (Interfax) -" credits the story; "told Interfax" cites a source."""
    dated = "Talks\n\nBAKU, May 5 (Interfax) - Vladimir Putin met Ilham Aliyev on Monday.\n"
    cited = dated.replace("on Monday.", "on Monday, the Kremlin told Interfax.")
    names = [{a.name for a in rusaz.parse_text(t).actors} for t in (dated, cited)]
    assert (False, True) == ("Interfax" in names[0], "Interfax" in names[1])


def test_follow_us_rows_are_furniture() -> None:
    """ "Share Tweet Follow Report.az on Telegram" is page furniture, not an actor."""
    article = rusaz.parse_text(
        f"Leaders meet\n\n{STORY}\n\nShare Tweet Follow Report.az on Telegram\n"
    )
    expected = ("Share Tweet Follow Report.az on Telegram", False)
    assert expected == (article.removed[-1], "Report.az" in {a.name for a in article.actors})
