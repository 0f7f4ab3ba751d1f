"""Wire-service furniture: slug lines, notes to editors, transmission lines, mastheads and
stamps of news-agency archives are no text of the story, and their dates date the page."""

# ruff: noqa: SIM300  (asserts read `expected == actual`, as the style guide asks)
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz import parse_text
from rusaz._text import Dateline, _credit_name, _transmission, clean, parse_dateline
from rusaz._text import _is_furniture as is_furniture

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("AP-NY-05-17-94 0941EDT", (1994, 5, 17), id="ap-new-york"),
        pytest.param("AP-WS-11-03-94 1722EST", (1994, 11, 3), id="ap-world-service"),
        pytest.param("AP-DC-12-30-99 2359EST", (1999, 12, 30), id="ap-washington"),
        pytest.param("UPI-NY-01-25-96 1104EST", (1996, 1, 25), id="four-letter-service"),
        pytest.param("AP-NY-03-02-01 0915GMT", (2001, 3, 2), id="two-thousands"),
    ],
)
def test_transmission_lines(line: str, expected: tuple[int, int, int]) -> None:
    """A wire's transmission line gives its month, day and two-digit year and is furniture."""
    stamp = _transmission(line)
    got = None if stamp is None else (stamp.year, stamp.month, stamp.day)
    assert (expected, True) == (got, is_furniture(line))


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("AP-NY-13-17-94 0941EDT", id="no-such-month"),
        pytest.param("Baku-Novorossiysk-05-17-94", id="pipeline-and-numbers"),
        pytest.param("AP-NY-05-17-94 0941EDT and more text follows", id="text-after"),
        pytest.param("The AP-NY desk sent it at 0941", id="prose"),
    ],
)
def test_not_transmission_lines(line: str) -> None:
    """Lines that only look like a transmission stamp give no date."""
    assert None is _transmission(line)


@given(
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2089, 12, 31)),
    desk=st.sampled_from(["AP-NY", "AP-WS", "AP-DC", "UPI-NY"]),
    clock=st.integers(min_value=0, max_value=2359),
    zone=st.sampled_from(["EDT", "EST", "GMT", ""]),
)
def test_transmission_property(day: date, desk: str, clock: int, zone: str) -> None:
    """Any transmission line gives back the day it was written from."""
    line = f"{desk}-{day.month:02}-{day.day:02}-{day.year % 100:02} {clock:04}{zone}"
    assert Dateline(year=day.year, month=day.month, day=day.day) == _transmission(line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("AM-Russia-Karabakh, 2nd Ld-Writethru, a0512", id="ap-writethru"),
        pytest.param("PM-Azerbaijan-Russia, 1st Ld-Writethru, a0714", id="ap-pm-cycle"),
        pytest.param("BC-Russia-Azerbaijan-Oil, 0389", id="ap-bc-cycle"),
        pytest.param("BC-Azerbaijan-Russia Bjt,0623", id="ap-budget-slug"),
        pytest.param("Eds: UPDATES with Aliyev comments. No pickup.", id="eds-note"),
        pytest.param("EDS: Moving on general news and financial services.", id="eds-capitals"),
        pytest.param("Editors: This story is embargoed until 0001 GMT.", id="editors-note"),
    ],
)
def test_wire_slug_and_note_lines_are_furniture(line: str) -> None:
    """A wire's slug line and its note to editors are furniture."""
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("PM-Pashinyan talks went well, Baku says", id="no-hyphenated-slug"),
        pytest.param("AM-radio in Baku was shut down on Monday.", id="lower-case-slug"),
        pytest.param("Eds said the talks had failed.", id="eds-in-prose"),
    ],
)
def test_lines_like_slugs_are_not_furniture(line: str) -> None:
    """Prose that opens like a slug or a note is kept."""
    assert not is_furniture(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("ITAR-TASS WORLD SERVICE", "ITAR-TASS", id="itar-tass-masthead"),
        pytest.param("INTERFAX NEWS SERVICE", "INTERFAX", id="interfax-masthead"),
        pytest.param("Trend English Service", "Trend", id="trend-masthead"),
        pytest.param("(Itar-Tass)", "Itar-Tass", id="itar-tass-foot"),
        pytest.param("(Reuters)", "Reuters", id="reuters-foot"),
        pytest.param(
            "Rossiyskaya Gazeta – Federal issue № 150(8500)",
            "Rossiyskaya Gazeta",
            id="paper-and-issue",
        ),
        pytest.param("Kommersant, No. 45 (7745)", "Kommersant", id="paper-number"),
        pytest.param("Izvestia | Issue 212", "Izvestia", id="paper-bar-issue"),
    ],
)
def test_mastheads_and_bracketed_outlets_are_credits(line: str, expected: str) -> None:
    """An outlet's name with its service, or in brackets alone, credits that outlet."""
    found = _credit_name(line)
    assert expected == (None if found is None else found[1])


@pytest.mark.parametrize(
    "line",
    [
        "(the ministry)",
        "World Service",
        "ITAR-TASS WORLD SERVICE REPORTED A DEAL",
        "Putin signs decree No. 45",
        "Resolution No. 1322",
    ],
)
def test_lines_like_mastheads_credit_nothing(line: str) -> None:
    """A bracketed phrase or a service without a known outlet credits no outlet."""
    assert None is _credit_name(line)


@given(
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)),
    clock=st.sampled_from(["", " 18:27", " 09:05"]),
)
def test_agency_day_month_year_stamps(day: date, clock: str) -> None:
    """A news agency's "03-JUL-1997 18:27" stamp is a dateline of that day."""
    line = f"{day.day:02}-{MONTHS[day.month - 1]}-{day.year}{clock}"
    found = parse_dateline(line)
    assert (len(line), Dateline(year=day.year, month=day.month, day=day.day)) == found


WIRES = [
    pytest.param(
        "ITAR-TASS WORLD SERVICE\n12-MAR-1996 11:05\n\n"
        "CHERNOMYRDIN, GULIYEV SIGN AGREEMENT ON OIL TRANSIT\n\n"
        "MOSCOW, March 12 (Itar-Tass) -- Viktor Chernomyrdin and Fuad Guliyev signed an "
        "agreement on the transit of Azerbaijani oil on Tuesday.\n\n(Itar-Tass)",
        "CHERNOMYRDIN, GULIYEV SIGN AGREEMENT ON OIL TRANSIT",
        id="itar-tass",
    ),
    pytest.param(
        "INTERFAX NEWS SERVICE\n03-SEP-2010 16:40\n\n"
        "MEDVEDEV, ALIYEV SIGN TREATY ON STATE BORDER\n\n"
        "BAKU, September 3 (Interfax) - Dmitry Medvedev and Ilham Aliyev signed a treaty on "
        "the state border between the two countries on Friday.",
        "MEDVEDEV, ALIYEV SIGN TREATY ON STATE BORDER",
        id="interfax",
    ),
    pytest.param(
        "AM-Russia-Azerbaijan, 0512\n\nYeltsin, Aliyev Sign Friendship Treaty\n\n"
        "By DMITRI NOVIKOV\nAssociated Press Writer\n\n"
        "MOSCOW (AP) _ Boris Yeltsin and Heydar Aliyev signed a treaty of friendship and "
        "cooperation on Thursday.\n\nAP-NY-07-03-97 1827EDT",
        "Yeltsin, Aliyev Sign Friendship Treaty",
        id="associated-press",
    ),
]


@pytest.mark.parametrize(("text", "headline"), WIRES)
def test_a_wire_headline_under_its_furniture_is_the_title(text: str, headline: str) -> None:
    """Under a masthead, a stamp or a slug the headline is the title: no agreement takes
    its words, the body's sentence names the document."""
    article = parse_text(text)
    titles = [a.title for a in article.agreements]
    assert (headline, 1, []) == (
        article.title,
        len(titles),
        [t for t in titles if t.isupper() or "Sign" in t],
    )


def test_clean_keeps_a_wire_idempotent() -> None:
    """Cleaning a wire with its furniture removed changes nothing more."""
    cleaned, removed = clean(str(WIRES[2].values[0]))
    assert (2, (cleaned, ())) == (len(removed), clean(cleaned))
