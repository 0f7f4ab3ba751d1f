"""Bylines that name the writer's desk or town before a bar and the date: the date is the
publication date and the writer is no actor of the story (one row per layout)."""

from __future__ import annotations

import pytest

import rusaz

BODY = (
    "The withdrawal of Russian peacekeepers began on April 17, officials said. Aliyev met "
    "Putin on April 22.\n"
)

BYLINES = [
    "By Rustam Aliyev, Caspian Desk | 2 May 2024",
    "By Rustam Aliyev | 2 May 2024",
    "Rustam Aliyev | May 2, 2024",
    "By Rustam Aliyev, Baku | 02.05.2024",
]


@pytest.mark.parametrize("byline", BYLINES)
def test_a_byline_with_a_desk_dates_the_article_and_names_no_actor(byline: str) -> None:
    """The byline's date is the publication date; "Aliyev" in the story is Ilham Aliyev."""
    article = rusaz.parse_text(f"ANALYSIS: Why Baku waits\n\n{byline}\n\n{BODY}")
    assert ("2024-05-02", {"Ilham Aliyev", "Vladimir Putin"}) == (
        str(article.published),
        {a.name for a in article.actors},
    )


def test_a_section_label_before_a_bar_is_no_writer() -> None:
    """ "Politics | 12 May 2024": the date of the page, and no actor named Politics."""
    article = rusaz.parse_text(f"Why Baku waits\n\nPolitics | 12 May 2024\n\n{BODY}")
    assert ("2024-05-12", {"Ilham Aliyev", "Vladimir Putin"}) == (
        str(article.published),
        {a.name for a in article.actors},
    )
