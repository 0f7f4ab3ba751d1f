"""The ``rusaz`` command through its real entry point: output, JSON round trips, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz import structure
from rusaz._corpus import CorpusActor, CorpusAgreement, CorpusEvent, Summary, TimelineEntry
from rusaz._query import Dyad
from rusaz.cli import _range, main
from tests.test_corpus import CORPUS

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """The hand-made test corpus saved as JSON Lines (loaded with --jsonl-in)."""
    target = tmp_path / "corpus.jsonl"
    CORPUS.to_jsonl(target)
    return target


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    """Run ``rusaz argv...`` in-process; returns (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_in_process(capsys: Capture) -> None:
    """--version prints the name and version and exits 0."""
    code, out, _ = run(capsys, "--version")
    assert 0 == code
    assert out.startswith("rusaz ")


def test_python_dash_m_version() -> None:
    """``python -m rusaz --version`` works as a program."""
    done = subprocess.run(
        [sys.executable, "-m", "rusaz", "--version"], capture_output=True, text=True, check=False
    )
    assert (0, "") == (done.returncode, done.stderr)
    assert done.stdout.startswith("rusaz ")


@pytest.mark.parametrize(
    ("command", "cls"),
    [
        (["events"], CorpusEvent),
        (["events", "--actor", "Putin"], CorpusEvent),
        (["agreements"], CorpusAgreement),
        (["timeline"], TimelineEntry),
        (["actors"], CorpusActor),
        (["dyads"], Dyad),
    ],
)
def test_json_output_round_trips(
    capsys: Capture, saved: Path, command: list[str], cls: type
) -> None:
    """--json prints JSON that structures back into the typed records."""
    code, out, err = run(capsys, *command, "--jsonl-in", str(saved), "--json")
    assert (0, "") == (code, err)
    items = [structure(item, cls) for item in json.loads(out)]
    assert items
    assert all(isinstance(i, cls) for i in items)


def test_events_json_equals_library(capsys: Capture, saved: Path) -> None:
    """The events the command prints are the events the library returns."""
    _, out, _ = run(capsys, "--jsonl-in", str(saved), "--json", "events", "--kind", "meeting")
    assert list(CORPUS.events(kind="meeting")) == [
        structure(e, CorpusEvent) for e in json.loads(out)
    ]


def test_summary_json(capsys: Capture, saved: Path) -> None:
    """summary --json gives the Summary record."""
    code, out, _ = run(capsys, "summary", "--jsonl-in", str(saved), "--json")
    assert 0 == code
    assert CORPUS.summary() == structure(json.loads(out), Summary)


def test_default_is_readable_summary(capsys: Capture, saved: Path) -> None:
    """Without a command, the summary is printed as aligned tables."""
    code, out, _ = run(capsys, "--jsonl-in", str(saved))
    assert 0 == code
    assert out.startswith("4 articles (0 failed to parse)\n")
    assert "Ilham Aliyev" in out
    assert "2020-11-09  day        meeting: Ilham Aliyev, Vladimir Putin (Sochi)" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["events", "--kind", "meeting"], "2020-11-09"),  # table of events
        (["events", "--between", "2018..2018"], "planned"),  # date range
        (["agreements", "--in-force-on", "2012-01-01"], "Treaty on Friendship"),
        (["timeline", "--actor", "Aliyev"], "2018-09"),
        (["actors", "--name", "Putin"], "person:vladimir-putin: Vladimir Putin"),
        (["dyads"], "Vladimir Putin"),
    ],
)
def test_tables(capsys: Capture, saved: Path, argv: list[str], expected: str) -> None:
    """Each command prints a readable table holding the expected row."""
    code, out, err = run(capsys, *argv, "--jsonl-in", str(saved))
    assert (0, "") == (code, err)
    assert expected in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["events", "--kind", "chat"], "unknown event kind"),  # bad value
        (["events", "--between", "2020"], "D1..D2"),  # bad range
        (["actors", "--name", "Lavrov"], "no actor named"),  # unknown actor
        (["agreements", "--kind", "pact"], "valid kinds"),  # bad kind
    ],
)
def test_usage_errors_exit_2(capsys: Capture, saved: Path, argv: list[str], message: str) -> None:
    """Bad arguments exit with 2 and one clear line on stderr, no traceback."""
    code, out, err = run(capsys, *argv, "--jsonl-in", str(saved))
    assert (2, "") == (code, out)
    assert err.startswith("rusaz: error:")
    assert message in err
    assert "Traceback" not in err


def test_argparse_errors_exit_2(capsys: Capture) -> None:
    """An unknown command is a usage error (exit 2)."""
    code, _, err = run(capsys, "frobnicate")
    assert 2 == code
    assert "invalid choice" in err


def test_missing_directory_exits_1(capsys: Capture, tmp_path: Path) -> None:
    """A directory that does not exist is an input failure with a message."""
    code, _, err = run(capsys, "events", "--dir", str(tmp_path / "nope"))
    assert 1 == code
    assert "not a directory" in err


def test_failing_file_exits_1_but_prints_the_rest(capsys: Capture, tmp_path: Path) -> None:
    """A file that fails is named on stderr; the others are still reported; exit 1."""
    (tmp_path / "a.txt").write_text("Moscow, 3 March 2021. Talks were held.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("  \n", encoding="utf-8")
    code, out, err = run(capsys, "summary", "--dir", str(tmp_path))
    assert 1 == code
    assert "b.txt" in err
    assert out.startswith("1 articles (1 failed to parse)")


def test_parse_jsonl(capsys: Capture, tmp_path: Path) -> None:
    """parse --jsonl prints one JSON article per line, ids from file names."""
    path = tmp_path / "wire.txt"
    path.write_text("Baku, 9 November 2020. Ilham Aliyev met Vladimir Putin.\n", "utf-8")
    code, out, _ = run(capsys, "parse", str(path), "--jsonl")
    assert 0 == code
    (line,) = out.splitlines()
    assert "wire" == json.loads(line)["id"]


def test_parse_missing_file(capsys: Capture, tmp_path: Path) -> None:
    """A missing file is reported and exits 1."""
    code, _, err = run(capsys, "parse", str(tmp_path / "missing.txt"))
    assert 1 == code
    assert "missing.txt" in err


def test_export_jsonl_then_reload(capsys: Capture, saved: Path, tmp_path: Path) -> None:
    """export --format jsonl writes articles that --jsonl-in reads back."""
    out_file = tmp_path / "again.jsonl"
    code, out, _ = run(
        capsys, "export", "--format", "jsonl", str(out_file), "--jsonl-in", str(saved)
    )
    assert (0, f"wrote 4 articles to {out_file}\n") == (code, out)
    assert saved.read_text("utf-8") == out_file.read_text("utf-8")


def test_plot_timeline(capsys: Capture, saved: Path, tmp_path: Path) -> None:
    """plot timeline writes a PNG image."""
    pytest.importorskip("matplotlib")
    target = tmp_path / "timeline.png"
    code, _, _ = run(capsys, "plot", "timeline", str(target), "--jsonl-in", str(saved))
    assert 0 == code
    assert b"\x89PNG" == target.read_bytes()[:4]


def test_plot_network(capsys: Capture, saved: Path, tmp_path: Path) -> None:
    """plot network writes a PNG image."""
    pytest.importorskip("matplotlib")
    pytest.importorskip("networkx")
    target = tmp_path / "network.png"
    code, _, _ = run(capsys, "plot", "network", str(target), "--jsonl-in", str(saved))
    assert 0 == code
    assert b"\x89PNG" == target.read_bytes()[:4]


def test_default_corpus_is_the_bundled_seeds(capsys: Capture) -> None:
    """With no corpus option the command summarises the five bundled seed articles."""
    code, out, err = run(capsys)
    assert (0, "") == (code, err)
    assert out.startswith("5 articles (0 failed to parse)\n")


def test_eval_json(capsys: Capture) -> None:
    """eval scores the test articles against their gold files; --json rows carry P/R/F1."""
    data = Path(__file__).parent / "data"
    code, out, _ = run(capsys, "eval", str(data / "gold"), str(data / "articles"), "--json")
    assert 0 == code
    rows = json.loads(out)
    assert rows
    assert all({"category", "precision", "recall", "f1"} <= set(r) for r in rows)


@pytest.mark.parametrize(("tty", "shown"), [(True, True), (False, False)])
def test_progress_only_on_a_terminal(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tty: bool, shown: bool
) -> None:
    """Parsing a directory shows a counter on stderr only when stderr is a terminal."""
    for i in range(20):
        (tmp_path / f"{i:02d}.txt").write_text(
            f"Baku, {i + 1} May 2021. Talks were held.\n", "utf-8"
        )
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    code, out, err = run(capsys, "summary", "--dir", str(tmp_path))
    assert 0 == code
    assert out.startswith("20 articles")
    assert shown == ("parsing 20/20" in err)


@given(st.dates(), st.dates(), st.booleans(), st.booleans())
def test_date_range_option_parses_any_pair(
    d1: date, d2: date, open_start: bool, open_end: bool
) -> None:
    """``D1..D2`` reads back the two sides, either of which may be left empty."""
    lo = None if open_start else d1.isoformat()
    hi = None if open_end else d2.isoformat()
    assert (lo, hi) == _range(f"{lo or ''}..{hi or ''}")
