"""Page layouts of wires, agency sites, ministries, think tanks and monitoring services: the
publication date comes out right and page furniture yields no actor, place or event."""

# ruff: noqa: SIM300  (asserts read `expected == actual`, as the style guide asks)
from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz import parse_text
from rusaz._dates import find_dates
from rusaz._model import ActorKind, DateSource, Span
from rusaz._published import infer_published
from rusaz._text import Dateline, byline_stamp, clean, parse_dateline, segment
from rusaz._text import _is_furniture as is_furniture

LAYOUTS = Path(__file__).resolve().parent / "data" / "reader" / "layouts"
EXPECTED: dict[str, dict[str, Any]] = tomllib.loads(
    (LAYOUTS / "expected.toml").read_text(encoding="utf-8")
)

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


def test_every_layout_has_expectations() -> None:
    """Each layout text has a table of expectations and each table a text."""
    assert sorted(EXPECTED) == sorted(p.stem for p in LAYOUTS.glob("*.txt"))


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_layout_publication_date(stem: str) -> None:
    """Each layout's publication date, its source and the text that shows it."""
    want = EXPECTED[stem]
    got = published((LAYOUTS / f"{stem}.txt").read_text(encoding="utf-8"))
    expected = (want["published"] or None, DateSource(want["source"]), want["evidence"] or None)
    assert expected == got


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_layout_furniture(stem: str) -> None:
    """Furniture lines are removed, no actor carries a furniture name, the body is kept."""
    want = EXPECTED[stem]
    article = parse_text((LAYOUTS / f"{stem}.txt").read_text(encoding="utf-8"))
    names = {n for a in article.actors for n in a.names}
    paragraphs = [p.slice(article.text) for p in article.paragraphs]
    expected = {
        "removed": want.get("removed", []),
        "absent": [],
        "kept": want.get("kept", []),
    }
    got = {
        "removed": [line for line in want.get("removed", []) if line in article.removed],
        "absent": sorted(names & set(want.get("absent", []))),
        "kept": [k for k in want.get("kept", []) if any(k in p for p in paragraphs)],
    }
    assert expected == got


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_layout_facts_outside_furniture(stem: str) -> None:
    """No actor, place or event of a layout rests on a line outside the title and body (a
    byline, a stamp, a credit), but for the places a dateline names."""
    article = parse_text((LAYOUTS / f"{stem}.txt").read_text(encoding="utf-8"))
    text = article.text
    body = tuple(s for s in (article.title_span,) if s is not None)
    body = (*article.paragraphs, *body)
    dateline = article.dateline

    def placed(span: Span) -> bool:
        """A place a dateline names ("BAKU, Azerbaijan, March 12."), or a wire's city
        opening its line under the page's stamp ("MOSCOW (AP) _", "BAKU, Azerbaijan (AP) _":
        before the paragraph on that line)."""
        in_dateline = dateline is not None and dateline.contains(span)
        lead = any(
            span.end <= p.start and "\n" not in text[span.start : p.start]
            for p in article.paragraphs
        )
        return in_dateline or lead or span.start == 0 or text[span.start - 1] == "\n"

    spans = [
        m.span
        for a in article.actors
        for m in a.mentions
        if not (a.kind is ActorKind.COUNTRY and placed(m.span))
    ]
    spans += [m.span for p in article.places for m in p.mentions if not placed(m.span)]
    spans += [s for e in article.events for s in e.evidence]
    outside = [s.slice(text) for s in spans if not any(b.contains(s) for b in body)]
    assert [] == outside


# --- bylines carrying the date -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Anna Novak Nov 18, 2019", (2019, 11, 18, "Anna Novak"), id="name-space"),
        pytest.param("Anna Novak, 18 November 2019", (2019, 11, 18, "Anna Novak"), id="comma"),
        pytest.param("Anna Novak — 18.11.2019", (2019, 11, 18, "Anna Novak"), id="dash-numeric"),
        pytest.param("Anna Novak - 2019-11-18", (2019, 11, 18, "Anna Novak"), id="hyphen-iso"),
        pytest.param("Anna B. Novak • Nov. 18, 2019", (2019, 11, 18, "Anna B. Novak"), id="dot"),
        pytest.param(
            "Rashad Suleymanov Mammadli 18 November 2019 14:05",
            (2019, 11, 18, "Rashad Suleymanov Mammadli"),
            id="three-names-and-time",
        ),
    ],
)
def test_byline_stamps(line: str, expected: tuple[int, int, int, str]) -> None:
    """A byline naming its writer before the date gives the date and the writer."""
    stamp = byline_stamp(line)
    got = None if stamp is None else (stamp.year, stamp.month, stamp.day, stamp.writer)
    assert expected == got


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("By Anna Novak | Nov 18, 2019", id="by-stays-a-dateline"),
        pytest.param("Putin Visits Baku On May 5", id="headline-without-year"),
        pytest.param("Talks In Baku 18 November 2019", id="function-word-in-name"),
        pytest.param("Updated Published 18 November 2019", id="label-words"),
        pytest.param("Anna Novak Nov 18, 2019. The ministers met.", id="sentence-follows"),
        pytest.param("Nov 18, 2019", id="stamp-without-name"),
    ],
)
def test_not_byline_stamps(line: str) -> None:
    """Headlines, labelled stamps, "By" bylines and prose are no writer's byline stamp."""
    assert None is byline_stamp(line)


@given(
    first=st.sampled_from(["Anna", "Rashad", "Farid", "Olga", "Joshua"]),
    last=st.sampled_from(["Novak", "Suleymanov", "Guliyev", "Kucera", "Ivanova"]),
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)),
    style=st.sampled_from(
        ["{d} {M} {y}", "{M} {d}, {y}", "{d:02}.{m:02}.{y}", "{y}-{m:02}-{d:02}"]
    ),
    # (after " | " the name reads as a section's, "Analysis | 12.11.2022": a dateline kept)
    sep=st.sampled_from([" ", ", ", " — ", " - ", " – "]),
)
def test_byline_stamp_property(first: str, last: str, day: date, style: str, sep: str) -> None:
    """Any writer's name and separator before a full date gives that date and that name."""
    stamp = style.format(d=day.day, m=day.month, y=day.year, M=MONTHS[day.month - 1])
    if sep == ", " and style.startswith("{M}"):
        sep = " "  # "Anna Novak, November 18, 2019" reads as a place list; not a byline form
    got = byline_stamp(f"{first} {last}{sep}{stamp}")
    assert Dateline(year=day.year, month=day.month, day=day.day, writer=f"{first} {last}") == got


@given(
    first=st.sampled_from(["Anna", "Rashad", "Ismi", "Olga"]),
    last=st.sampled_from(["Novak", "Aghayev", "Ivanova"]),
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)),
)
def test_two_line_byline_property(first: str, last: str, day: date) -> None:
    """A writer's name over a date stamp under a standfirst is removed, the stamp dates the
    page, and cleaning again changes nothing."""
    stamp = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    text = (
        "Baku and Moscow trade barbs\n\nThe row follows the arrest of two journalists in "
        f"Baku.\n\n{first} {last}\n{stamp}\n\nThe ministry summoned the ambassador on Tuesday."
    )
    cleaned, removed = clean(text)
    pub, source, evidence = published(text)
    assert ((f"{first} {last}",), (str(day), DateSource.DATELINE, stamp)) == (
        removed,
        (pub, source, evidence),
    )
    assert (cleaned, ()) == clean(cleaned)


# --- copyright, quotations, deadlines, reporting verbs --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "BAKU, Oct 13 (Reuters) - The sides signed the accord on Monday.\n\n"
            "(c) Reuters Limited 1992",
            "1992-10-13",
            id="holder-before-the-year",
        ),
        pytest.param(
            "BAKU, Oct 13 (Interfax) - The sides signed the accord on Monday.\n\n© Interfax, 1996",
            "1996-10-13",
            id="holder-comma-year",
        ),
        pytest.param(
            "BAKU, Oct 13 (APA) - The sides signed the accord.\n\n© 2005-2019 APA.",
            "2019-10-13",
            id="last-year-of-a-range",
        ),
        pytest.param(
            "BAKU, Oct 13 (Reuters) - Fighting since 1988 has killed thousands.\n\n"
            "© 1992 Reuters. All rights reserved.",
            "1992-10-13",
            id="since-date-does-not-make-the-footer-old",
        ),
        pytest.param(
            'BAKU, Oct 13 (Reuters) - "The withdrawal will be completed in 1993," the minister '
            "told reporters.\n\n(c) Reuters Limited 1992",
            "1992-10-13",
            id="quoted-future-year",
        ),
        pytest.param(
            "BAKU, Oct 13 (Reuters) - The sides agreed that the troops will leave by end-1993."
            "\n\n(c) Reuters Limited 1992",
            "1992-10-13",
            id="glued-deadline",
        ),
        pytest.param(
            "BAKU, March 12 (Interfax) - The bridge will be completed in 2026, the minister said."
            " The agreement was signed in October 2023.\n\n(c) Interfax 2024",
            "2024-03-12",
            id="reporting-verb-after-a-comma",
        ),
        pytest.param(
            "BAKU, March 12 (Interfax) - The minister said in 2023 that the bridge will open.",
            "2023-03-12",
            id="reporting-verb-next-to-its-year",
        ),
    ],
)
def test_copyright_and_tense(text: str, expected: str) -> None:
    """A copyright year dates a year-less dateline; future clauses, quoted or reported after
    a comma, never bound the date from below."""
    pub, source, _ = published(text)
    assert (expected, DateSource.DATELINE) == (pub, source)


# --- stamps outside the header ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Presidents discuss Karabakh\n\nMoscow, 12 March: The presidents spoke by phone.\n\n"
            "They agreed to meet in April.\n\n"
            "Source: Interfax news agency, Moscow, in English 1230 gmt 12 Mar 09",
            ("2009-03-12", DateSource.DATELINE, "Moscow, 12 March:"),
            id="monitoring-source-gives-the-year",
        ),
        pytest.param(
            "Paper says Moscow worried\n\nMoscow is worried about the gas deals, the paper says."
            "\n\nSource: Nezavisimaya Gazeta, Moscow, in Russian 5 Jun 98; p 2",
            ("1998-06-05", DateSource.DATELINE, "5 Jun 98"),
            id="monitoring-source-alone",
        ),
        pytest.param(
            "Lavrov's remarks at a news conference with Jeyhun Bayramov, Moscow, 12 March 2024"
            "\n\nSergey Lavrov: We have held useful talks.",
            ("2024-03-12", DateSource.DATELINE, "12 March 2024"),
            id="title-closing-with-place-and-date",
        ),
        pytest.param(
            "Caucasus digest | 12.03.2024\n\nThe ministers met in Baku on Tuesday.",
            ("2024-03-12", DateSource.DATELINE, "Caucasus digest | 12.03.2024"),
            id="title-closing-with-date",
        ),
        pytest.param(
            "Azerbaijan remembers Black January - 20 January 1990\n\nSoviet troops entered "
            "Baku in January 1990. In 2023, Azerbaijan marked the day with a ceremony.",
            ("2023", DateSource.INFERRED, "2023"),
            id="title-date-of-the-subject",
        ),
        pytest.param(
            "Decree on the agreement\n\nThe agreement signed in Moscow on 22 April 2023 is "
            "approved.\n\nIlham Aliyev\nPresident of the Republic of Azerbaijan\n\n"
            "Baku, 12 March 2024",
            ("2024-03-12", DateSource.DATELINE, "Baku, 12 March 2024"),
            id="stamp-under-a-signature",
        ),
    ],
)
def test_stamps_outside_the_header(text: str, expected: tuple[str, DateSource, str]) -> None:
    """A monitoring service's source line, a title's closing date and a stamp under a
    signature date the page."""
    assert expected == published(text)


# --- furniture lines and prose ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "FILE PHOTO: Vladimir Putin and Ilham Aliyev in Moscow, April 22, 2022.",
            id="file-photo",
        ),
        pytest.param(
            "Putin and Aliyev at the Kremlin, April 22, 2023. Photo: kremlin.ru",
            id="caption-credit",
        ),
        pytest.param(
            "Putin and Aliyev in Moscow. REUTERS/Evgenia Novozhenina/File Photo",
            id="reuters-credit",
        ),
        pytest.param(
            "Editor's note: This article was updated on March 14 to correct a name.",
            id="editors-note",
        ),
        pytest.param(
            "Correction: An earlier version of this story misstated the date of the talks.",
            id="correction",
        ),
        pytest.param(
            "This article has been updated to include a comment from the Kremlin.",
            id="updated-note",
        ),
        pytest.param("The views expressed in this article are the author's own.", id="disclaimer"),
        pytest.param("Text of report by Russian news agency Interfax", id="monitoring-intro"),
        pytest.param(
            "Excerpt from report by Azerbaijani newspaper Zerkalo on 12 March",
            id="monitoring-excerpt",
        ),
        pytest.param("BBC Mon Alert AZE 1203 gk", id="monitoring-desk-code"),
        pytest.param("[Passage omitted: details of the talks]", id="omission-note"),
        pytest.param("Eurasia Daily Monitor Volume: 6 Issue: 48", id="issue-line"),
        pytest.param("By: Vladimir Socor", id="byline-colon"),
        pytest.param("Published in sections: News, Transcripts", id="site-sections"),
        pytest.param("Direct link: http://en.kremlin.ru/events/president/news/73640", id="link"),
        pytest.param("https://www.mid.ru/en/foreign_policy/news/", id="bare-address"),
        pytest.param("Details added (first version posted at 14:05)", id="update-note"),
        pytest.param(
            "You are receiving this email because you subscribed to our newsletter.",
            id="newsletter",
        ),
        pytest.param("View this email in your browser", id="browser"),
        pytest.param("For more news from the region, follow us on Telegram.", id="follow-prompt"),
        pytest.param("Russian Politics & Diplomacy", id="section-name"),
        pytest.param("Today, 14:05", id="relative-stamp"),
        pytest.param("2 hours ago", id="hours-ago"),
        pytest.param("Reading time: 4 min", id="reading-time"),
        pytest.param("Comments (4)", id="comment-counter"),
        pytest.param("Persons", id="kremlin-tag-list"),
        pytest.param("ORIGINAL FILE: EC0216.DOC", id="wire-file-name"),
        pytest.param("mb/jh/sj", id="editors-initials"),
        pytest.param("#Azerbaijan #Russia #AZAL", id="hashtags"),
    ],
)
def test_furniture_lines(line: str) -> None:
    """Captions, notes, monitoring lines, site notes and prompts are furniture."""
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Follow us on the road to peace, Aliyev told the crowd.", id="follow-us-speech"
        ),
        pytest.param(
            "The ministers met in Baku on Tuesday. They signed a memorandum. Photo: APA",
            id="two-sentences-then-credit",
        ),
        pytest.param(
            "Report of the commission on the border was approved on Tuesday.", id="report-of"
        ),
        pytest.param(
            "The deal was signed by Gazprom and SOCAR/Azerigaz in 2021.", id="slash-in-prose"
        ),
        pytest.param(
            "The update: the ministers agreed to meet again in April.", id="update-colon-prose"
        ),
        pytest.param("Ilham Aliyev received Sergey Lavrov (PHOTO)", id="headline-photo-tag"),
        pytest.param("Today the ministers met in Baku.", id="today-sentence"),
        pytest.param("RFE/RL", id="outlet-with-slash"),
        pytest.param("The author is said to have met Lavrov twice.", id="author-prose"),
    ],
)
def test_prose_not_furniture(line: str) -> None:
    """Sentences and headlines that merely resemble furniture are kept."""
    assert not is_furniture(line)


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        pytest.param(
            "Why Baku stopped needing Moscow\n\nBy Thomas de Waal\n\nPublished on March 12, 2024"
            "\n\nThe relationship has changed since the war. Baku no longer depends on Moscow."
            "\n\nThomas de Waal is a senior fellow at Carnegie Europe.",
            ("Thomas de Waal is a senior fellow at Carnegie Europe.",),
            id="author-note",
        ),
        pytest.param(
            "Why Baku stopped needing Moscow\n\nBy Thomas de Waal\n\nPublished on March 12, 2024"
            "\n\nIlham Aliyev is a pragmatist, and the relationship has changed since the war.",
            (),
            id="a-sentence-about-someone-else",
        ),
        pytest.param(
            "EURASIANET\n\nVladimir Putin Visits Baku\n12 March 2024\n\nThe presidents met on "
            "Tuesday in Baku and discussed the transport corridor.",
            (),
            id="short-headline-over-a-stamp-is-kept",
        ),
        pytest.param(
            "Why Baku stopped needing Moscow\n\nBashir Kitachayev\n12 March 2024\n\n"
            "The relationship between Russia and Azerbaijan has changed.",
            ("Bashir Kitachayev",),
            id="name-named-nowhere-else-over-a-stamp",
        ),
        pytest.param(
            "Why Baku stopped needing Moscow\n\n12 March 2024\nJoshua Kucera\n\n"
            "The relationship between Russia and Azerbaijan has changed.",
            ("Joshua Kucera",),
            id="name-under-a-stamp",
        ),
        pytest.param(
            "Caucasus Watch\n\nPutin Meets Aliyev\n12 March 2024\n\n"
            "Putin and Aliyev met in Sochi on Tuesday.",
            (),
            id="headline-named-in-the-body-is-kept",
        ),
    ],
)
def test_writer_lines(text: str, removed: tuple[str, ...]) -> None:
    """A closing note about the byline's writer is furniture; other lines are not."""
    assert removed == clean(text)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Trade turnover reached $4.4 billion in 2023.", "2024", id="annual-total"),
        pytest.param("Exports to Russia grew by 12% in 2023, officials said.", "2024", id="growth"),
        pytest.param("The sides signed the accord in 2023.", "2023", id="event-in-the-year"),
        pytest.param("Trade grew in the first quarter of 2023.", "2023", id="part-of-the-year"),
        pytest.param("Trade has grown since 2023 and reached $4 billion.", "2023", id="since"),
    ],
)
def test_annual_totals(text: str, expected: str) -> None:
    """A year's total is reported after the year: the article is of a later year."""
    assert expected == published(text)[0]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Kommersant, March 12, 2024, p. 2", (2024, 3, 12, "Kommersant"), id="page"),
        pytest.param(
            "Kommersant No. 45 (7745), March 12, 2024", (2024, 3, 12, "Kommersant"), id="issue"
        ),
        pytest.param(
            "Rossiyskaya Gazeta - March 12, 2024",
            (2024, 3, 12, "Rossiyskaya Gazeta"),
            id="paper-dash",
        ),
        pytest.param("Vedomosti, 12 March 2024", (2024, 3, 12, "Vedomosti"), id="paper-comma"),
        pytest.param("Baku, 12 March 2024", (2024, 3, 12, None), id="city-is-no-paper"),
    ],
)
def test_paper_stamps(line: str, expected: tuple[int, int, int, str | None]) -> None:
    """A paper's stamp (its name, issue or page, and date) gives the date and the paper."""
    found = parse_dateline(line)
    got = None if found is None else (found[1].year, found[1].month, found[1].day)
    agency = None if found is None else found[1].agency
    assert expected == (*(got or ()), agency)


@given(
    outlet=st.sampled_from(["APA news agency", "Interfax", "Ictimai TV", "Kommersant"]),
    place=st.sampled_from(["Baku", "Moscow", "Tbilisi"]),
    language=st.sampled_from(["English", "Russian", "Azeri"]),
    clock=st.sampled_from(["", " 0915 gmt", " 1700gmt", " 0600 GMT"]),
    day=st.dates(min_value=date(1992, 1, 1), max_value=date(2035, 12, 31)),
    tail=st.sampled_from(["", "; p 6", "; p 2 (Excerpt)"]),
)
def test_source_line_property(
    outlet: str, place: str, language: str, clock: str, day: date, tail: str
) -> None:
    """Any monitoring source line dates an undated report and names its outlet."""
    stamp = f"{day.day} {MONTHS[day.month - 1][:3]} {day.year % 100:02d}"
    text = (
        "Paper says Moscow worried\n\nMoscow is worried about the gas deals, the paper says."
        "\n\nThe deals were signed on Monday.\n\n"
        f"Source: {outlet}, {place}, in {language}{clock} {stamp}{tail}"
    )
    doc = segment(*clean(text))
    pub, source, span = infer_published(doc, find_dates(doc.text, None))
    got = (str(pub), source, span.slice(doc.text) if span else None, doc.outlet)
    assert (str(day), DateSource.DATELINE, stamp, outlet) == got
