"""The edges of a news page: desk bylines, agency credits, photo captions, bulleted related
links, bureau credit lines, and the copyright lines and bylines at the foot are no text of
the story (one row per outlet's layout)."""

# ruff: noqa: SIM300  (asserts read `expected == actual`, as the style guide asks)
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz import parse_text
from rusaz._text import _credit_name, clean, segment
from rusaz._text import _is_furniture as is_furniture

BODY = (
    "Russian Deputy Prime Minister Alexei Overchuk met Azerbaijani Deputy Prime Minister "
    "Shahin Mustafayev in Baku on Tuesday to discuss the North-South corridor."
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("By RFE/RL's Armenian and Azerbaijani services", id="rferl-services"),
        pytest.param("By RFE/RL's Russian Service", id="rferl-one-service"),
        pytest.param("By Trend's Caspian desk", id="trend-desk"),
        pytest.param("By Reuters' Moscow bureau", id="reuters-bureau"),
        pytest.param("With reporting by Reuters, AFP, and TASS", id="agencies-drawn-on"),
        pytest.param("With reporting by AFP and Interfax", id="two-agencies"),
        pytest.param("Reporting by Nailia Bagirova; Editing by Mark Heinrich", id="staff-credit"),
        pytest.param("(Source: kremlin.ru)", id="photo-source-site"),
        pytest.param("(Photo: president.az)", id="photo-credit-site"),
        pytest.param("Caption: Putin, Aliyev and Pashinyan at the Kremlin, January 11", id="cap"),
        pytest.param("Text: Yevgeny Shestakov", id="russian-paper-writer"),
        pytest.param("Interview by Rufat Ahmadov", id="interviewer"),
        pytest.param("Share on Facebook | Share on Twitter | Copy link", id="share-and-copy"),
        pytest.param("Print | Send to friend", id="interfax-buttons"),
        pytest.param("Send to a friend | Print version", id="mid-buttons"),
        pytest.param(
            "Permanent link: en.kremlin.ru/events/president/news/64384", id="kremlin-link"
        ),
        pytest.param("Text version", id="kremlin-text-version"),
        pytest.param(
            "Read more: Azerbaijan's Ministry of Culture cancels all events organized by Russian "
            "institutions",
            id="related-marker-long-headline",
        ),
    ],
)
def test_edge_lines_are_furniture(line: str) -> None:
    """Desk bylines, agency credits and photo captions are furniture."""
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("By Tuesday's deadline the sides had agreed on the text.", id="by-deadline"),
        pytest.param("With reporting by the press, the talks drew attention.", id="with-prose"),
        pytest.param("(Source: the Foreign Ministry said on Monday)", id="source-prose"),
        pytest.param("Written by Putin, the letter was handed to Aliyev.", id="written-by-prose"),
        pytest.param("Text: the treaty enters into force in May.", id="text-of-document"),
        pytest.param("Print | Baku and Moscow agree on flights", id="button-and-headline"),
        pytest.param("Link: the talks in Baku were postponed.", id="link-in-prose"),
    ],
)
def test_prose_at_the_edges_is_kept(line: str) -> None:
    """Sentences opening like a credit are kept."""
    assert not is_furniture(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("JAMnews, Baku", "JAMnews", id="jamnews-bureau"),
        pytest.param("Trend, Baku", "Trend", id="trend-bureau"),
        pytest.param("Reuters, Moscow", "Reuters", id="reuters-bureau"),
        pytest.param("Publication: Eurasia Daily Monitor", "Eurasia Daily Monitor", id="edm"),
    ],
)
def test_bureau_and_publication_credits(line: str, expected: str) -> None:
    """An outlet and its bureau's city, or a "Publication:" label, credit the outlet."""
    found = _credit_name(line)
    assert expected == (None if found is None else found[1])


@pytest.mark.parametrize(
    "line", ["Baku, Moscow", "Putin, Aliyev", "Trend, the agency said", "JAMnews, Baku said"]
)
def test_lists_of_names_credit_nothing(line: str) -> None:
    """Two places, two people, or an outlet in a clause credit no outlet."""
    assert None is _credit_name(line)


@pytest.mark.parametrize(
    ("page", "foot"),
    [
        pytest.param(
            f"Putin, Aliyev discuss corridor\n\nMOSCOW, May 5 (Reuters) - {BODY}\n\n"
            "REUTER\n\n(c) Reuters Limited 1996",
            ["REUTER", "(c) Reuters Limited 1996"],
            id="reuters-signoff-and-copyright",
        ),
        pytest.param(
            f"Overchuk in Baku\n\nMOSCOW, May 5. /TASS/. {BODY}\n\n(c) TASS 2019",
            ["(c) TASS 2019"],
            id="tass-copyright",
        ),
        pytest.param(
            f"Overchuk in Baku\nThe corridor is back on the agenda\n\n{BODY}\n\n"
            "by Anna Petrova, Moscow",
            ["by Anna Petrova, Moscow"],
            id="kommersant-foot-byline",
        ),
        pytest.param(
            f"Overchuk in Baku\n\n12 May 2024\n\n{BODY}\n\nReport.az © 2023",
            ["Report.az © 2023"],
            id="holder-before-the-mark",
        ),
        pytest.param(
            f"Overchuk in Baku\n\n12 May 2024\n\n{BODY}\n\n© 2024 Caspian News",
            ["© 2024 Caspian News"],
            id="newsletter-copyright",
        ),
    ],
)
def test_the_foot_of_a_page_is_no_body(page: str, foot: list[str]) -> None:
    """Copyright lines, sign-offs and bylines at the foot are in no paragraph (kept in the
    text, or removed as furniture)."""
    doc = segment(*clean(page))
    paragraphs = [p.slice(doc.text) for p in doc.paragraphs]
    assert (foot, [], True) == (
        [line for line in foot if line in doc.text or line in doc.removed],
        [p for p in paragraphs if any(line in p for line in foot)],
        BODY in paragraphs,
    )


def test_a_copyright_line_in_the_body_is_kept() -> None:
    """A sentence naming a copyright inside the body is prose, not the foot."""
    page = f"Overchuk in Baku\n\n{BODY}\n\nCopyright disputes were not discussed."
    doc = segment(*clean(page))
    assert any("Copyright disputes" in p.slice(doc.text) for p in doc.paragraphs)


@pytest.mark.parametrize("bullet", ["- ", "• ", "– "])
def test_bulleted_related_links_are_removed(bullet: str) -> None:
    """Linked headlines under a related-links marker are furniture, bullets or none."""
    links = ["Azerbaijan to stop buying Russian gas", "Shah Deniz gas reaches Georgian border"]
    page = f"SOCAR halts oil transit\n\n10.01.2007 16:42\n\n{BODY}\n\nRelated news:\n" + "\n".join(
        f"{bullet}{link}" for link in links
    )
    article = parse_text(page)
    assert [f"{bullet}{link}" for link in links] == [
        line for line in article.removed if line.lstrip("-•– ") in links
    ]


@given(
    name=st.sampled_from(["Anna Petrova", "Rufat Ahmadov", "Ilkin Mammadli", "Olga Ivanova"]),
    town=st.sampled_from(["", ", Baku", ", Moscow", ", Makhachkala"]),
    by=st.sampled_from(["by", "By"]),
)
def test_foot_byline_property(name: str, town: str, by: str) -> None:
    """Any writer's byline closing the page, with or without a town, is in no paragraph."""
    doc = segment(*clean(f"Overchuk in Baku\n\n{BODY}\n\n{by} {name}{town}"))
    assert [BODY] == [p.slice(doc.text) for p in doc.paragraphs]


@pytest.mark.parametrize(
    "byline",
    [
        "By Farid Guliyev, senior fellow",
        "By Tural Hasanli, energy analyst",
        "By Ruslan Mamedov, contributing analyst",
    ],
)
def test_a_byline_with_the_writers_role_is_header(byline: str) -> None:
    """A byline naming the writer's role after a comma opens no paragraph."""
    doc = segment(*clean(f"Why Baku and Moscow still need each other\n\n{byline}\n\n{BODY}"))
    assert [BODY] == [p.slice(doc.text) for p in doc.paragraphs]


@pytest.mark.parametrize(
    "crumbs",
    [
        "President of Russia / Events / News",
        "Ministry of Foreign Affairs / Press Service / News",
        "Embassy of Azerbaijan / News",
    ],
)
def test_an_institutions_breadcrumb_is_furniture(crumbs: str) -> None:
    """The navigation line of an institution's site, its name holding "of", is furniture."""
    assert is_furniture(crumbs)
