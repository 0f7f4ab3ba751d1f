"""Publication dates from the page furniture of common outlets: stamps, bylines, copyright."""

# ruff: noqa: SIM300  (asserts read `expected == actual`, as the style guide asks)
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz._dates import find_dates
from rusaz._model import DateSource
from rusaz._published import infer_published
from rusaz._text import Dateline, clean, parse_dateline, segment
from rusaz._text import _is_furniture as is_furniture

READER = Path(__file__).resolve().parent / "data" / "reader"

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def published(text: str) -> tuple[str | None, DateSource, str | None]:
    """The reader's publication date (as a string), its source and its evidence text."""
    doc = segment(*clean(text))
    pub, source, span = infer_published(doc, find_dates(doc.text, None))
    return (
        str(pub) if pub is not None else None,
        source,
        span.slice(doc.text) if span is not None else None,
    )


@pytest.mark.parametrize(
    ("stem", "expected", "evidence"),
    [
        ("ap_wire_stamp", "1997-02-18", "Tuesday, February 18, 1997 11:05 am EST"),
        ("bracket_stamp", "2011-03-14", "[ 14 Mar 2011 10:05 ]"),
        ("dash_time_number", "2015-05-05", "5 May 2015 - 16:20"),
        ("standfirst_byline_date", "2022-11-07", "7 November 2022"),
        ("trend_copyright", "2019-05-05", "BAKU, Azerbaijan, May 5."),
        ("reuters_lead_weekday", "2021-05-05", "MOSCOW, May 5 (Reuters) -"),
        ("tass_copyright", "2023-04-03", "MOSCOW, April 3. /TASS/."),
        ("interfax_dot", "2019-10-08", "BAKU. Oct 8 (Interfax) -"),
        ("afp_published_on", "2024-12-27", "Published on 27 December 2024 - 14:32"),
        ("bracket_time_credit", "2019-05-15", "15 May 2019 [12:04]"),
        ("eurasianet_byline_date", "2021-03-04", "Mar 4, 2021"),
        ("rferl_gmt", "2019-05-05", "May 05, 2019 12:20 GMT"),
        ("caspian_weekday_stamp", "2021-03-17", "Wed, 17 Mar 2021 10:31"),
        ("jamnews_time_first", "2020-12-17", "15:38, 17 December 2020"),
        ("moscow_times_sept", "2018-09-12", "Sept. 12, 2018"),
        ("outlet_date_line", "2018-09-12", "Kommersant, Sep. 12, 2018"),
        ("mfa_number_date", "2019-05-05", "No:123/19, 5 May 2019"),
        ("turan_slashed", "2013-02-14", "Baku/14.02.13/Turan:"),
    ],
)
def test_outlet_styles(stem: str, expected: str, evidence: str) -> None:
    """Each outlet's date-line style gives the day, shown by the line that states it."""
    text = (READER / f"{stem}.txt").read_text(encoding="utf-8")
    assert (expected, DateSource.DATELINE, evidence) == published(text)


@pytest.mark.parametrize(
    ("stem", "absent", "outlet"),
    [
        pytest.param(
            "ap_wire_stamp",
            ["Associated Press Writer", "PETER MARKOV", "MOSCOW (AP)", "Copyright 1997"],
            "AP",
            id="ap-byline-role-lead-and-copyright",
        ),
        pytest.param("afp_published_on", ["Baku (AFP)"], "AFP", id="afp-lead"),
        pytest.param("dash_time_number", ["1022-05-05-2015", "16:20"], None, id="document-number"),
        pytest.param(
            "standfirst_byline_date",
            ["Farid Guliyev", "Analysis | Russia"],
            None,
            id="byline-and-tags",
        ),
        pytest.param("rferl_gmt", ["Azerbaijani Service"], None, id="service-byline"),
        pytest.param("bracket_time_credit", ["Today.Az"], "Today.Az", id="credit-after-stamp"),
    ],
)
def test_furniture_not_in_body(stem: str, absent: list[str], outlet: str | None) -> None:
    """Bylines, role lines, wire leads, numbers and notices stay out of the body sentences."""
    doc = segment(*clean((READER / f"{stem}.txt").read_text(encoding="utf-8")))
    body = " ".join(s.slice(doc.text) for s in doc.sentences)
    assert ([], outlet) == ([a for a in absent if a in body], doc.outlet)


@pytest.mark.parametrize(
    ("line", "body"),
    [
        pytest.param("MOSCOW, May 5 (Xinhua) -- Russia said.", "Russia said.", id="xinhua"),
        pytest.param(
            "BAKU, May 5, 2019 /Trend/ - Azerbaijan said.", "Azerbaijan said.", id="trend"
        ),
        pytest.param("BAKU, Azerbaijan (AP) -- Azerbaijan said.", "Azerbaijan said.", id="ap"),
        pytest.param(
            "5 May 2019 12:04 | Views: 1234\n\nAzerbaijan said.", "Azerbaijan said.", id="views"
        ),
        pytest.param(
            "Baku. Leyla Aliyeva - APA-Economics. SOCAR signed a deal.",
            "SOCAR signed a deal.",
            id="reporter-and-agency-desk",
        ),
        pytest.param("Sochi. Putin - Aliyev. The talks began.", "Sochi.", id="no-agency-no-lead"),
    ],
)
def test_wire_signatures_leave_the_body(line: str, body: str) -> None:
    """Wire signatures and a stamp's furniture are no part of the first sentence."""
    doc = segment(*clean(f"Talks in Baku\n\n{line}"))
    assert body == doc.sentences[0].slice(doc.text)


def test_standfirst_stays_body() -> None:
    """A standfirst sentence above the byline and stamp is body text, not header."""
    doc = segment(*clean((READER / "standfirst_byline_date.txt").read_text(encoding="utf-8")))
    body = [s.slice(doc.text) for s in doc.sentences]
    assert "The new contract looks modest on paper" in {s[:38] for s in body}


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        pytest.param("Thursday, July 3, 1997 3:41 pm EDT", (1997, 7, 3, 3), id="weekday-time-zone"),
        pytest.param("[ 29 Jun 2009 17:12 ]", (2009, 6, 29, None), id="bracketed-stamp"),
        pytest.param("(14:05, 5 May 2019)", (2019, 5, 5, None), id="parenthesised-stamp"),
        pytest.param("11 December 2012 - 18:47", (2012, 12, 11, None), id="dash-time"),
        pytest.param("Issued on: 05/05/2019 - 12:20", (2019, 5, 5, None), id="issued-on"),
        pytest.param("No:123/19, 5 May 2019", (2019, 5, 5, None), id="document-number"),
        pytest.param("BAKU, Azerbaijan, March 17. The", (None, 3, 17, None), id="trend-lead"),
        pytest.param(
            "Published 3:41 PM EDT, July 3, 2023", (2023, 7, 3, None), id="label-then-time"
        ),
        pytest.param("Sun 5 May 2019 12.20 BST", (2019, 5, 5, 6), id="dotted-clock"),
        pytest.param("2019.05.05 12:04", (2019, 5, 5, None), id="year-first-dotted"),
        pytest.param(
            "May 5, 2019 15:20 The Kremlin, Moscow", (2019, 5, 5, None), id="place-after-time"
        ),
        pytest.param("5 May 2019, 14:00 (Moscow time)", (2019, 5, 5, None), id="named-time"),
        pytest.param("12/25/2019", (2019, 12, 25, None), id="american-order-when-only-valid"),
        pytest.param("05/12/2019", (2019, 12, 5, None), id="day-first-by-default"),
        pytest.param("Mar 4, 2021 | By Anna Novak", (2021, 3, 4, None), id="byline-after"),
        pytest.param("By Anna Novak on 5 May 2019", (2019, 5, 5, None), id="byline-before"),
        pytest.param("5th of May 2019", (2019, 5, 5, None), id="ordinal-day-first"),
        pytest.param("5 May 2019 12:04 | Views: 1234", (2019, 5, 5, None), id="view-counter"),
        pytest.param("2019-05-05 22:13:43", (2019, 5, 5, None), id="clock-seconds"),
        pytest.param("Last updated: May 05, 2019 12:20 GMT", (2019, 5, 5, None), id="last-updated"),
        pytest.param("BAKU, March 17. The parliament met", (None, 3, 17, None), id="caps-lead"),
        pytest.param("MOSCOW, May 5 (Xinhua) -- Russia", (None, 5, 5, None), id="double-hyphen"),
        pytest.param("Baku / 05.05.98 / Turan: The", (1998, 5, 5, None), id="slashed-1900s"),
        pytest.param("Baku/05.05.2019/TURAN - The", (2019, 5, 5, None), id="slashed-full-year"),
        pytest.param("BAKU, May 5, 2019 /Trend/ - Azerbaijan", (2019, 5, 5, None), id="slash-dash"),
    ],
)
def test_stamp_forms(line: str, fields: tuple[int | None, ...]) -> None:
    """Time zones, brackets, dashes, labels and Trend's lead are read as datelines."""
    found = parse_dateline(line)
    assert found is not None
    parts = found[1]
    assert fields == (parts.year, parts.month, parts.day, parts.weekday)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Baku, March 17. The parliament met today.", id="mixed-case-place-lead"),
        pytest.param("Victory Day. May 9. Veterans marched.", id="full-stop-place"),
        pytest.param("[ Photo: Trend ]", id="bracketed-non-date"),
        pytest.param("2283-11-12-2012", id="document-number-alone"),
        pytest.param("May 9 Victory Day", id="headline-after-a-bare-date"),
        pytest.param("Baku/05.05.19/the sides: agreed", id="slashed-without-agency"),
        pytest.param("5 May 2019, 12.5 percent", id="decimal-not-a-clock"),
    ],
)
def test_not_stamps(line: str) -> None:
    """Prose, bracketed captions and document numbers are not datelines."""
    assert None is parse_dateline(line)


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        pytest.param(
            "BAKU, May 5 (Trend) - The ministers met.\n\n© 2019 Trend. All rights reserved.",
            "2019-05-05",
            DateSource.DATELINE,
            id="copyright-year-for-yearless-dateline",
        ),
        pytest.param(
            "BAKU, May 5 (Trend) - The ministers recalled their meeting in December 2019."
            "\n\n© 2019 Trend. All rights reserved.",
            "2020-05-05",
            DateSource.DATELINE,
            id="later-past-date-overrules-copyright",
        ),
        pytest.param(
            "BAKU, May 5 (Trend) - Trade grew in the fourth quarter of 2019, the minister said."
            "\n\n© 2020 Trend. All rights reserved.",
            "2020-05-05",
            DateSource.DATELINE,
            id="copyright-agrees-with-past-quarter",
        ),
        pytest.param(
            "BAKU, May 5 (Trend) - The ministers recalled their meeting in December 2015."
            "\n\n© 2024 Trend. All rights reserved.",
            "2016-05-05",
            DateSource.DATELINE,
            id="footer-year-long-after-the-story-ignored",
        ),
        pytest.param(
            "Monday, May 26\n\nThe ministers met in Baku.\n\n© 2019 Trend. All rights reserved.",
            None,
            DateSource.NONE,
            id="weekday-contradicts-copyright",
        ),
        pytest.param(
            "BAKU, May 5 (Trend) - The ministers met.\n\n© 2005-2019 Trend. All rights reserved.",
            "2019-05-05",
            DateSource.DATELINE,
            id="copyright-range-gives-its-last-year",
        ),
        pytest.param(
            "BAKU, May 5 (Trend) - The ministers recalled their meeting in December 2015."
            "\n\n© 2005-2024 Trend. All rights reserved.",
            "2016-05-05",
            DateSource.DATELINE,
            id="footer-range-long-after-the-story-ignored",
        ),
        pytest.param(
            "The ministers met in 2017.\n\nCopyright 2019 Example News Agency. This material "
            "may not be published, broadcast, rewritten or redistributed without permission",
            "2019",
            DateSource.INFERRED,
            id="copyright-kept-in-text-gives-year",
        ),
        pytest.param(
            "The sides met in 2009. Volumes may be increased from 2011 if the sides agree.",
            "2009",
            DateSource.INFERRED,
            id="possible-future-year-not-past",
        ),
        pytest.param(
            "It may be recalled that in 2019 the presidents met in Sochi.",
            "2019",
            DateSource.INFERRED,
            id="aside-with-may-be-is-past",
        ),
        pytest.param(
            "I would like to recall that in 2019 the presidents met in Sochi.",
            "2019",
            DateSource.INFERRED,
            id="aside-with-would-is-past",
        ),
    ],
)
def test_copyright_and_plans(text: str, expected: str | None, source: DateSource) -> None:
    """A copyright year dates a year-less dateline unless the text contradicts it."""
    pub, got, _ = published(text)
    assert (expected, source) == (pub, got)


_ZONES = st.sampled_from(["", " GMT", " EDT", " (UTC+04:00)", " MSK"])


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(0, 23),
    st.integers(0, 59),
    _ZONES,
    st.sampled_from(
        ["{d} {M} {y}{t}", "[ {d} {m} {y}{t} ]", "{d} {M} {y} -{t}", "{M} {d}, {y}{t}"]
    ),
)
def test_stamp_round_trip(day: date, hour: int, minute: int, zone: str, form: str) -> None:
    """A stamp written in any supported form reads back as its own day, filling its line."""
    name = MONTHS[day.month - 1]
    line = form.format(
        d=day.day, M=name, m=name[:3], y=day.year, t=f" {hour:02d}:{minute:02d}{zone}"
    )
    assert (len(line), Dateline(year=day.year, month=day.month, day=day.day)) == parse_dateline(
        line
    )


@given(st.text(max_size=80))
def test_bracketed_lines_never_fail(inner: str) -> None:
    """Any bracketed line is read without error, as a stamp or as nothing."""
    found = parse_dateline(f"[ {inner} ]")
    assert found is None or found[1].month is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lavrov meets Bayramov\n\nThe ministers met in Moscow, the ministry said."
            "\n\n05.05.2019\n\nSource: TASS",
            ("2019-05-05", DateSource.DATELINE, "05.05.2019"),
            id="stamp-at-the-foot",
        ),
        pytest.param(
            "Joint statement\n\nThe sides reaffirmed their commitment to the treaty."
            "\n\nBaku, 5 May 2019",
            ("2019-05-05", DateSource.DATELINE, "Baku, 5 May 2019"),
            id="place-and-date-under-a-statement",
        ),
        pytest.param(
            "Lavrov meets Bayramov\n\nThe ministers met in Moscow in 2018, the ministry said."
            "\n\nRussia and Azerbaijan sign a deal\n05.05.2019",
            ("2019", DateSource.INFERRED, "05.05.2019"),
            id="linked-headline-stamp-is-no-date",
        ),
        pytest.param(
            "Russia and Azerbaijan deepen ties\n\nMar 4, 2021 | By Anna Novak\n\n"
            "The ministers met in Moscow on Friday, the ministry said.",
            ("2021-03-04", DateSource.DATELINE, "Mar 4, 2021"),
            id="stamp-and-byline-on-one-line",
        ),
        pytest.param(
            "Talks in Baku\n\nUpdated: 6 May 2019 10:00\nPublished: 5 May 2019 09:00\n\n"
            "The ministers met on Sunday.",
            ("2019-05-05", DateSource.DATELINE, "Published: 5 May 2019 09:00"),
            id="publication-stamp-under-update-stamp",
        ),
        pytest.param(
            "Talks in Baku\n\nPublished: 5 May 2019 09:00\nUpdated: 6 May 2019 10:00\n\n"
            "The ministers met on Sunday.",
            ("2019-05-05", DateSource.DATELINE, "Published: 5 May 2019 09:00"),
            id="update-stamp-under-publication-stamp",
        ),
        pytest.param(
            "Russia and Azerbaijan discuss grain\n\nThe talks come as wheat prices climb "
            "across the region.\n\nMOSCOW, May 5 (Reuters) - The ministers discussed grain "
            "exports on Wednesday.\n\nRussia exported wheat to Azerbaijan in 2020.",
            ("2021-05-05", DateSource.DATELINE, "MOSCOW, May 5 (Reuters) -"),
            id="standfirst-sentence-above-a-wire-lead",
        ),
    ],
)
def test_stamp_places(text: str, expected: tuple[str, DateSource, str]) -> None:
    """A stamp at the foot under the last sentence dates the page; a linked headline's stamp
    is no dateline (it bounds the year only, as any date of the text)."""
    assert expected == published(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Analysis | Azerbaijan | Russia | Nagorno-Karabakh", True, id="section-tags"),
        pytest.param("Politics | Azerbaijan", True, id="section-and-country"),
        pytest.param("Perspectives | Azerbaijan | Russia", True, id="opinion-section-tags"),
        pytest.param(
            "Copyright 2003 The Associated Press. All rights reserved. This material may not "
            "be published, broadcast, rewritten or redistributed.",
            True,
            id="long-copyright-notice",
        ),
        pytest.param("(c) RIA Novosti. All rights reserved", True, id="c-in-brackets"),
        pytest.param(
            "Reporting by Nigar Aliyeva; Additional reporting by Reuters in Moscow; Writing by "
            "Anna Petrova; Editing by Mark Hollings",
            True,
            id="staff-credits",
        ),
        pytest.param("Interviewed by Elnur Rahimov", True, id="interviewer"),
        pytest.param(
            "Written by Putin, the letter was sent to Baku on Monday.", False, id="written-by-prose"
        ),
        pytest.param(
            "Reporting by the ministry showed that trade grew.", False, id="reporting-by-prose"
        ),
        pytest.param(
            "Opinion | Russia and Azerbaijan drift apart over Karabakh", False, id="headline"
        ),
        pytest.param(
            "The agreement protects all rights reserved to the parties under the 1997 treaty.",
            False,
            id="rights-reserved-in-a-sentence",
        ),
    ],
)
def test_notice_and_tag_lines(line: str, expected: bool) -> None:
    """Section-and-tag lines, copyright notices and staff credits are furniture; prose is not."""
    assert expected == is_furniture(line)
