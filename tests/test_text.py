"""Cleaning and structure: furniture, apostrophes, title, dateline, credit, sentences."""

# ruff: noqa: SIM300  (asserts read `expected == actual`, as the style guide asks)
from __future__ import annotations

import json
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz._parse import parse_text
from rusaz._text import Dateline, Document, clean, parse_dateline, segment
from rusaz.exceptions import EmptyArticleError, RusazError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = ROOT / "tests" / "gold"
READER = ROOT / "tests" / "data" / "reader"
EXPECTED: dict[str, dict[str, Any]] = tomllib.loads(
    (READER / "expected.toml").read_text(encoding="utf-8")
)


def read(text: str) -> Document:
    """Clean and segment ``text``."""
    return segment(*clean(text))


def sentences(doc: Document) -> list[str]:
    """The sentence texts of a document."""
    return [s.slice(doc.text) for s in doc.sentences]


# --- seeds -------------------------------------------------------------------------------

SEED_PARAGRAPHS = {
    "000_83c4307bf06c061a": 22,
    "001_ccf442b3b6bf0421": 8,
    "002_89b171658d67022e": 7,
    "003_44103dff5f1d34f9": 16,
    "004_a27df77863c53b78": 10,
}
SEED_REMOVED = {
    "000_83c4307bf06c061a": ("Leave a review", "Follow us on social networks"),
    "001_ccf442b3b6bf0421": (
        "Aliyev and Pashinyan in Dushanbe",
        "Leave a review",
        "Follow us on social networks",
        "News Line",
    ),
    "002_89b171658d67022e": (),
    "003_44103dff5f1d34f9": (
        "Google+ Pinterest LinkedIn Tumblr +",
        "A source",
        "Comments are closed.",
    ),
    "004_a27df77863c53b78": ("Photo: official website of the President of the Russian Federation",),
}


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_title_and_outlet(path: Path) -> None:
    """Title and outlet of each seed match the gold ``source`` fields."""
    gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))["source"]
    doc = read(path.read_text(encoding="utf-8"))
    assert (gold["title"], gold["outlet"]) == (doc.title, doc.outlet)
    for value, span in ((doc.title, doc.title_span), (doc.outlet, doc.outlet_span)):
        assert value == (span.slice(doc.text) if span is not None else None)


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_furniture_and_paragraphs(path: Path) -> None:
    """Each seed loses exactly its furniture lines and keeps its body paragraphs."""
    doc = read(path.read_text(encoding="utf-8"))
    assert SEED_REMOVED[path.stem] == doc.removed
    assert SEED_PARAGRAPHS[path.stem] == len(doc.paragraphs)


def test_seed_apostrophes_repaired() -> None:
    """The seeds' straight-quote apostrophes become apostrophes; real quotations stay."""
    doc = read((ROOT / "seeds" / "000_83c4307bf06c061a.txt").read_text(encoding="utf-8"))
    assert "Russia's involvement" in doc.text
    assert "militants' exit" in doc.text
    assert 'CIS "On measures' in doc.text
    assert 'in the Near East" (September' in doc.text


# --- hand-written texts ------------------------------------------------------------------


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_reader_texts(stem: str) -> None:
    """Title, dateline, outlet, removed lines and counts of each hand-written text."""
    want = EXPECTED[stem]
    doc = read((READER / f"{stem}.txt").read_text(encoding="utf-8"))
    got: dict[str, Any] = {
        "title": doc.title,
        "outlet": doc.outlet,
        "dateline": doc.dateline.slice(doc.text) if doc.dateline else None,
        "removed": list(doc.removed),
        "paragraphs": len(doc.paragraphs),
        "sentences": len(doc.sentences),
    }
    expected = {
        key: want.get(key, default)
        for key, default in (("title", None), ("outlet", None), ("dateline", None), ("removed", []))
    }
    expected.update({k: want[k] for k in ("paragraphs", "sentences") if k in want})
    assert expected == {k: got[k] for k in expected}


# --- datelines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "length", "parts"),
    [
        ("date 2019-10-29", 15, Dateline(year=2019, month=10, day=29)),
        ("date 2019-10-29 Source: Vestnik Kavkaza", 15, Dateline(year=2019, month=10, day=29)),
        (
            "MOSCOW, May 31. /TASS/. Russian President",
            23,
            Dateline(month=5, day=31, agency="TASS"),
        ),
        ("BAKU, November 10. /TASS/.", 26, Dateline(month=11, day=10, agency="TASS")),
        (
            "BAKU, Dec 3 (Reuters) - Azerbaijan said",
            23,
            Dateline(month=12, day=3, agency="Reuters"),
        ),
        ("BAKU, November 10", 17, Dateline(month=11, day=10)),
        ("Baku, 10 November 2020", 22, Dateline(year=2020, month=11, day=10)),
        ("Baku, Azerbaijan, April 22", 26, Dateline(month=4, day=22)),
        ("Mon, 22 Apr 2024", 16, Dateline(year=2024, month=4, day=22, weekday=0)),
        ("Sunday, May 26", 14, Dateline(month=5, day=26, weekday=6)),
        ("Tuesday, 4 June 2019", 20, Dateline(year=2019, month=6, day=4, weekday=1)),
        ("22 April", 8, Dateline(month=4, day=22)),
        ("22 Feb. 20:35", 13, Dateline(month=2, day=22)),
        ("September 1, 2018, Sochi", 24, Dateline(year=2018, month=9, day=1)),
        ("March 2021", 10, Dateline(year=2021, month=3)),
        ("18 November 2022 15:42 (UTC+04:00)", 34, Dateline(year=2022, month=11, day=18)),
        ("22 Feb. 20:35 MSK", 17, Dateline(month=2, day=22)),
        ("Analysis | 12.11.2022", 21, Dateline(year=2022, month=11, day=12)),
        ("Opinion | May 5, 2023", 21, Dateline(year=2023, month=5, day=5)),
        ("Tue, 14 May", 11, Dateline(month=5, day=14, weekday=1)),
        ("15.03.2021 10:15", 16, Dateline(year=2021, month=3, day=15)),
        ("Published: 12 June 2020", 23, Dateline(year=2020, month=6, day=12)),
        (
            "Baku. 5 September. REPORT.AZ/ The talks began.",
            29,
            Dateline(month=9, day=5, agency="REPORT.AZ"),
        ),
        (
            "Moscow. 3 March. INTERFAX - The talks began.",
            27,
            Dateline(month=3, day=3, agency="INTERFAX"),
        ),
        ("Baku, 12 March, AZERTAC", 23, Dateline(month=3, day=12, agency="AZERTAC")),
        ("Baku, March 12, AZERTAC. Talks began.", 24, Dateline(month=3, day=12, agency="AZERTAC")),
        (
            "MOSCOW, March 3 (Reuters) - Talks began.",
            27,
            Dateline(month=3, day=3, agency="Reuters"),
        ),
        (
            "Baku, Azerbaijan, Sept. 14 (Trend): Talks began.",
            35,
            Dateline(month=9, day=14, agency="Trend"),
        ),
        (
            "MOSCOW. Oct 12 (Interfax) - Talks began.",
            27,
            Dateline(month=10, day=12, agency="Interfax"),
        ),
        (
            "Moscow, 3 March 2022, RIA Novosti - Talks began.",
            35,
            Dateline(year=2022, month=3, day=3, agency="RIA Novosti"),
        ),
    ],
)
def test_dateline_forms(line: str, length: int, parts: Dateline) -> None:
    """Each dateline form yields its length and the calendar fields it states."""
    assert (length, parts) == parse_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "22 April was a busy day for the diplomats.",
        "May 26 marks the Independence Day of Azerbaijan.",
        "February 30",
        "Moscow, May 31 and June 1 saw talks",
        "2019 was a year of contacts",
        "Victory Day. May 9",
        "Moscow. 3 March.",
        "Moscow. 3 March. Lavrov said the talks went well.",
        "Baku, 12 March, Lavrov. The talks went well.",
    ],
)
def test_not_datelines(line: str) -> None:
    """Body sentences that open with a date and impossible dates are not datelines."""
    assert None is parse_dateline(line)


MONTHS = ["January", "March", "May", "June", "September", "Nov.", "Sept."]
MONTH_NUMBERS = {"January": 1, "March": 3, "May": 5, "June": 6, "September": 9, "Nov.": 11}
MONTH_NUMBERS["Sept."] = 9
WIRE_FORMS = [
    "{place}. {dm}. {agency}/ ",
    "{place}. {dm}. {agency} - ",
    "{place}, {dm}, {agency}. ",
    "{place}, {dm} ({agency}) - ",
    "{place}, Azerbaijan, {dm} ({agency}): ",
    "{place}, {dm}. /{agency}/. ",
]


@given(
    st.sampled_from(WIRE_FORMS),
    st.sampled_from(["Baku", "MOSCOW", "Sochi", "Ganja"]),
    st.sampled_from(MONTHS),
    st.integers(1, 28),
    st.booleans(),
    st.sampled_from(["REPORT.AZ", "INTERFAX", "AZERTAC", "TASS", "APA"]),
)
def test_wire_dateline_fields(
    form: str, place: str, month: str, day: int, day_first: bool, agency: str
) -> None:
    """A wire dateline in any form gives its day, month and agency, whatever the order."""
    dm = f"{day} {month}" if day_first else f"{month} {day}"
    line = form.format(place=place, dm=dm, agency=agency).replace("..", ".") + "The talks began."
    found = parse_dateline(line)
    assert found is not None
    assert Dateline(month=MONTH_NUMBERS[month], day=day, agency=agency) == found[1]
    assert "The talks began." == line[found[0] :].strip()


@given(
    st.sampled_from(MONTHS),
    st.integers(1, 31),
    st.booleans(),
    st.sampled_from(["Later", "The", "Since", "Russia", "In"]),
)
def test_date_at_sentence_end_splits(month: str, day: int, day_first: bool, word: str) -> None:
    """A sentence ending in a day and month, either order, ends before a capitalised word."""
    dm = f"{day} {month}" if day_first else f"{month} {day}"
    first = f"The ministers met in Baku on {dm}.".replace("..", ".")
    second = f"{word} they signed a plan."
    assert [first, second] == sentences(segment(f"{first} {second}"))


# --- furniture -------------------------------------------------------------------------

BODY = "Putin and Aliyev met in Sochi. They discussed trade."


@pytest.mark.parametrize(
    "line",
    [
        "Leave a review",
        "Follow us on social networks",
        "Comments are closed.",
        "News Line",
        "A source",
        "Google+ Pinterest LinkedIn Tumblr +",
        "Share: Facebook | Twitter | Telegram",
        "Photo: press service of the President of Azerbaijan",
        "Photo by Sputnik / Ilya Pitalev",
        "© AZERTAC 2024",
        "Home / Politics / Caucasus",
        "Main » News",
        "Font size",
        "Version for the visually impaired",
        "We use cookies to improve your experience",
        "Views: 1523",
        "Tags: Russia, Azerbaijan, Putin",
        "Follow us on Telegram",
        "Follow us on X and WhatsApp",
        "Subscribe to our Telegram channel",
        "Subscribe to our channel",
        "Share:",
        "Print",
        "Read more:",
        "Related: Lavrov to visit Baku",
    ],
)
def test_furniture_removed(line: str) -> None:
    """A furniture line is removed and recorded; the body stays unchanged."""
    text, removed = clean(f"{BODY}\n\n{line}\n")
    assert (BODY, (line,)) == (text, removed)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices in Baku rose after the talks.",
        "Photo exhibitions opened in Moscow and Baku last week and drew crowds of visitors "
        "from both capitals.",
        "Home affairs ministers of the two countries met in Baku.",
        "Comments are closed to the press, the spokesman said.",
        "News of the talks spread quickly.",
        "Follow us on the road to peace, Aliyev told the crowd.",
        "Related talks were held in Moscow in 2021.",
    ],
)
def test_body_lines_kept(line: str) -> None:
    """Body sentences that merely resemble furniture are never removed."""
    text, removed = clean(f"{BODY}\n\n{line}\n")
    assert (f"{BODY}\n\n{line}", ()) == (text, removed)


@pytest.mark.parametrize(
    ("block", "removed", "kept"),
    [
        pytest.param(
            "Read more:\nAliyev receives Russian delegation\nOverchuk: trade turnover grows",
            ("Read more:", "Aliyev receives Russian delegation", "Overchuk: trade turnover grows"),
            "",
            id="marker-then-headlines",
        ),
        pytest.param(
            "Read also:\n\nLavrov to visit Baku\n12:40\nBaku hosts energy week",
            ("Read also:", "Lavrov to visit Baku", "12:40", "Baku hosts energy week"),
            "",
            id="blank-after-marker-and-time-stamps",
        ),
        pytest.param(
            "Related: Lavrov to visit Baku\nBaku hosts energy week\n\nEnergy talks",
            ("Related: Lavrov to visit Baku", "Baku hosts energy week"),
            "Energy talks",
            id="inline-marker-ends-at-blank-line",
        ),
        pytest.param(
            "See also:\nGas transit via Azerbaijan\nThe ministers agreed on a working group.",
            ("See also:", "Gas transit via Azerbaijan"),
            "The ministers agreed on a working group.",
            id="sentence-ends-links",
        ),
        pytest.param(
            "Read more:\nSource: TASS",
            ("Read more:",),
            "Source: TASS",
            id="credit-is-no-link",
        ),
    ],
)
def test_related_links_removed(block: str, removed: tuple[str, ...], kept: str) -> None:
    """Linked headlines under a related-links marker go with it; sentences and credits stay."""
    text, got = clean(f"{BODY}\n\n{block}\n")
    assert (f"{BODY}\n\n{kept}".strip(), removed) == (text, got)


def test_related_marker_above_title_keeps_title() -> None:
    """Before the body begins, a marker is removed alone: the headline under it stays."""
    text, got = clean(f"Read more\nPutin congratulates Aliyev\n\n{BODY}\n")
    assert (f"Putin congratulates Aliyev\n\n{BODY}", ("Read more",)) == (text, got)


# --- normalisation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('Russia"s position', "Russia's position"),
        ('President Erdogan"s visit', "President Erdogan's visit"),
        ('the militants" exit from Idlib', "the militants' exit from Idlib"),
        ('He called it "the friends" club" today', 'He called it "the friends" club" today'),
        ('The "Trend" agency reported', 'The "Trend" agency reported'),
        ('the local nomenclature" notice', 'the local nomenclature" notice'),
        ('He said: "Yes"', 'He said: "Yes"'),
        ("Baku\u00a0 and\tMoscow", "Baku and Moscow"),
        ("Cafe\u0301", "Café"),
        ("a\r\nb\r\n\r\n\r\n\r\nc", "a\nb\n\nc"),
        ("zero\u200bwidth", "zerowidth"),
    ],
)
def test_normalisation(raw: str, expected: str) -> None:
    """Apostrophe repair, NFC, spaces and blank lines, invisible characters."""
    assert expected == clean(raw)[0]


# --- sentences -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The forum opened in St. Petersburg. It lasted two days.",
            ["The forum opened in St. Petersburg.", "It lasted two days."],
        ),
        (
            "M. Aliyeva visited Moscow. She met Putin.",
            ["M. Aliyeva visited Moscow.", "She met Putin."],
        ),
        (
            "The meeting was held in P. Cholpon-Ata, Kyrgyzstan. It was brief.",
            ["The meeting was held in P. Cholpon-Ata, Kyrgyzstan.", "It was brief."],
        ),
        (
            "There were approx. 3,500 fighters. Most left.",
            ["There were approx. 3,500 fighters.", "Most left."],
        ),
        (
            "It happened on Feb. 22 in Baku. Then talks began.",
            ["It happened on Feb. 22 in Baku.", "Then talks began."],
        ),
        (
            "Resolution No. 5 passed. It was binding.",
            ["Resolution No. 5 passed.", "It was binding."],
        ),
        ("Mr. Bayramov spoke. Lavrov replied.", ["Mr. Bayramov spoke.", "Lavrov replied."]),
        (
            "It followed the collapse of the USSR. In 1992 ties resumed.",
            ["It followed the collapse of the USSR.", "In 1992 ties resumed."],
        ),
        (
            "The U.S. Senate objected. Baku disagreed.",
            ["The U.S. Senate objected.", "Baku disagreed."],
        ),
        (
            'He said: "We agreed on everything." The talks ended.',
            ['He said: "We agreed on everything."', "The talks ended."],
        ),
        (
            "The book “Heydar Aliyev. 100 moments of life” was presented. It sold out.",
            ["The book “Heydar Aliyev. 100 moments of life” was presented.", "It sold out."],
        ),
        (
            "– What do you expect? – Growth. – And then?",
            ["– What do you expect?", "– Growth.", "– And then?"],
        ),
        ("1. Transport.\n2. Energy.\n3) Culture.", ["1. Transport.", "2. Energy.", "3) Culture."]),
        ("Agreed on: 1) a plan, 2) a map. Done.", ["Agreed on: 1) a plan, 2) a map.", "Done."]),
        (
            "Russia was involved in Syria.. A question remains.",
            ["Russia was involved in Syria..", "A question remains."],
        ),
        ("Wait... Then it ended.", ["Wait...", "Then it ended."]),
        (
            "The talks were held in Baku on April 22. Later in the day, the ministers left.",
            ["The talks were held in Baku on April 22.", "Later in the day, the ministers left."],
        ),
        (
            "They met in Sochi on 14 June. The two sides signed a plan.",
            ["They met in Sochi on 14 June.", "The two sides signed a plan."],
        ),
        (
            "Ties were frozen in 2019. Since then, trade has grown.",
            ["Ties were frozen in 2019.", "Since then, trade has grown."],
        ),
        (
            "The deal was signed on Sept. 14. Gas flows began.",
            ["The deal was signed on Sept. 14.", "Gas flows began."],
        ),
        (
            "He cited Art. 5. Under Art. 5 of the charter, p. 12 applies.",
            ["He cited Art. 5.", "Under Art. 5 of the charter, p. 12 applies."],
        ),
        (
            "The plan covers: 1. A ceasefire. 2. An exchange of prisoners.",
            ["The plan covers: 1. A ceasefire.", "2. An exchange of prisoners."],
        ),
        ("• 1. Energy.\n(2. Transport.", ["• 1. Energy.", "(2. Transport."]),
        (
            "They met on 14 Nov. Later, on Nov. 15, they left.",
            ["They met on 14 Nov.", "Later, on Nov. 15, they left."],
        ),
        ("Prices rose 2.5 percent. Why? Demand!", ["Prices rose 2.5 percent.", "Why?", "Demand!"]),
        ("a line that is\nwrapped here. Next one.", ["a line that is\nwrapped here.", "Next one."]),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    """Sentences end at stops, numbers too; not after abbreviations, list numbers, in quotes."""
    assert expected == sentences(segment(text))


def test_title_absent_for_body_first_line() -> None:
    """A first line that is a body sentence is not a title."""
    doc = read("Putin and Aliyev met in Sochi.\n\nThey discussed trade.")
    assert (None, 2) == (doc.title, len(doc.paragraphs))


def test_title_dateline_and_credit_outside_body() -> None:
    """Title, dateline and credit lines stay in the text but belong to no sentence."""
    doc = read("Talks in Sochi\n\n22 April\n\nPutin met Aliyev.\n\nSource: TASS")
    assert ["Putin met Aliyev."] == sentences(doc)
    assert ("Talks in Sochi", "22 April", "TASS") == (
        doc.title,
        doc.dateline.slice(doc.text) if doc.dateline else None,
        doc.outlet,
    )


# --- properties --------------------------------------------------------------------------

ANY_TEXT = st.text(
    st.characters(codec="utf-8"),
    max_size=400,
) | st.lists(
    st.sampled_from(
        [
            "Putin met Aliyev in St. Petersburg.",
            "Leave a review",
            "22 April",
            "MOSCOW, May 31. /TASS/. Talks began.",
            '– Mr. Bayramov"s view? – "Yes." No. 5.',
            "1. Item.",
            "\n",
            "\n\n",
            "\u00a0",
            "  ",
            "\t",
            "\r",
            "..",
            "\u2028",
            "\x00\x07",
            "Source: TASS",
            " " * 300,
            "\n \t" * 40,
        ]
    ),
    max_size=25,
).map("".join)


@given(ANY_TEXT)
def test_clean_idempotent(raw: str) -> None:
    """Cleaning a cleaned text changes nothing and removes nothing more."""
    text, _ = clean(raw)
    assert (text, ()) == clean(text)


@given(ANY_TEXT)
def test_sentence_spans_partition_body(raw: str) -> None:
    """Sentence spans are ordered, disjoint, inside paragraphs, and cover every body character."""
    doc = read(raw)
    covered: set[int] = set()
    last = 0
    for span in doc.sentences:
        assert last <= span.start < span.end <= len(doc.text)
        assert any(p.contains(span) for p in doc.paragraphs)
        text = span.slice(doc.text)
        assert text == text.strip()
        covered.update(range(span.start, span.end))
        last = span.end
    body = {i for p in doc.paragraphs for i in range(p.start, p.end) if not doc.text[i].isspace()}
    assert body == body & covered


BODY_LINES = st.lists(
    st.sampled_from(
        [
            "Putin and Aliyev met in St. Petersburg on Feb. 22.",
            "The talks, said Mr. Peskov, were constructive.",
            "– What next? – More meetings.",
            'Russia"s envoy arrived in Baku.',
            "1. Energy.",
            "The sides signed three documents in 2023.",
        ]
    ),
    min_size=2,
    max_size=6,
)
FURNITURE = st.lists(
    st.sampled_from(
        [
            "Leave a review",
            "Follow us on social networks",
            "News Line",
            "Comments are closed.",
            "Google+ Pinterest LinkedIn Tumblr +",
            "Photo: press service",
            "Font size",
        ]
    ),
    max_size=3,
)


@given(BODY_LINES, FURNITURE, FURNITURE)
def test_furniture_leaves_body_sentences(body: list[str], head: list[str], tail: list[str]) -> None:
    """Adding furniture lines around a body leaves the body's sentences unchanged."""
    plain = "\n\n".join(body)
    padded = "\n\n".join([*head, plain, *tail])
    assert sentences(read(plain)) == sentences(read(padded))


@given(ANY_TEXT)
def test_any_text_parses_or_rusaz_error(raw: str) -> None:
    """Arbitrary text gives an Article whose spans index its text, or a RusazError."""
    try:
        article = parse_text(raw)
    except RusazError as exc:
        error: RusazError | None = exc
    else:
        error = None
    if error is not None:
        assert EmptyArticleError is type(error)
        return
    for span in (*article.sentences, *article.paragraphs, article.title_span, article.dateline):
        if span is not None:
            assert span.end <= len(article.text)


READER_DATA = ["furniture.toml", "text_dates.toml", "text_outlets.toml", "text_sentences.toml"]


@pytest.mark.parametrize("name", READER_DATA)
def test_reader_data_clean(name: str) -> None:
    """Reader data files name their source; string lists are NFC, trimmed and unique."""
    raw = (ROOT / "src" / "rusaz" / "data" / name).read_text(encoding="utf-8")
    header = raw.split("\n\n")[0]
    assert (True, True) == (header.startswith("# "), "Source:" in header)
    problems = []
    for key, value in tomllib.loads(raw).items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            seen = [v.casefold() for v in value]
            problems += [f"{key}: duplicate {v!r}" for v in set(seen) if seen.count(v) > 1]
            problems += [
                f"{key}: {v!r}"
                for v in value
                if v != unicodedata.normalize("NFC", v)
                or (v != v.strip() and not key.endswith("separators"))
            ]
    assert [] == problems
