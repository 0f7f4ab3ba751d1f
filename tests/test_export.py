"""Exports read back with the standard library (csv, json) and with pandas/pyarrow if present."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from rusaz import from_json
from rusaz._corpus import Corpus
from rusaz._export import (
    TABLES,
    geojson,
    plover,
    tables,
    write_csv,
    write_geojson,
    write_jsonl,
    write_parquet,
    write_plover,
)
from rusaz._model import Article
from rusaz.cli import main
from tests.test_corpus import CORPUS


def test_jsonl_lines_are_articles(tmp_path: Path) -> None:
    """Every JSON Lines row is one article that from_json reads back equal."""
    target = tmp_path / "a.jsonl"
    assert 4 == write_jsonl(CORPUS, target)
    back = [from_json(line, Article) for line in target.read_text("utf-8").splitlines()]
    assert list(CORPUS) == back


def test_csv_tables_read_back(tmp_path: Path) -> None:
    """Each CSV table has its header and one row per record, readable by csv."""
    written = write_csv(CORPUS, tmp_path / "tables")
    assert sorted(f"{name}.csv" for name in TABLES) == sorted(p.name for p in written)
    counts = {}
    for path in written:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert list(TABLES[path.stem]) == reader.fieldnames
            counts[path.stem] = list(reader)
    expected = {
        "articles": 4,
        "actors": 8,
        "events": 5,
        "participants": 9,
        "agreements": 2,
        "parties": 4,
    }
    assert expected == {name: len(rows) for name, rows in counts.items()}
    meetings = [r for r in counts["events"] if r["kind"] == "meeting"]
    assert {"2020-11-09", "2020-11-10"} == {r["when"] for r in meetings}
    assert 1 == len({r["corpus_event_id"] for r in meetings})  # two reports, one event


def test_rows_link_to_corpus_records() -> None:
    """Every article-level row names the corpus-level record it resolved to."""
    rows = tables(CORPUS)
    assert all(r["corpus_actor_id"] for r in rows["actors"])
    assert all(r["corpus_event_id"] for r in rows["events"])
    treaty = next(r for r in rows["agreements"] if r["kind"] == "treaty")
    assert ("2015-01", "2010-01") == (treaty["expires"], treaty["signed"])


def test_geojson_points(tmp_path: Path) -> None:
    """Events with a located place become GeoJSON points [lon, lat]."""
    data = geojson(CORPUS)
    assert "FeatureCollection" == data["type"]
    sochi = next(f for f in data["features"] if f["properties"]["place"] == "Sochi")
    assert [39.73, 43.6] == sochi["geometry"]["coordinates"]
    assert ["a", "b"] == sochi["properties"]["articles"]
    target = tmp_path / "events.geojson"
    assert 3 == write_geojson(CORPUS, target)
    assert data == json.loads(target.read_text("utf-8"))


def test_geojson_skips_events_without_coordinates() -> None:
    """An event without a located place is left out of the map."""
    no_place = Corpus([a for a in CORPUS if a.id == "b"])
    assert ["meeting"] == [f["properties"]["kind"] for f in geojson(no_place)["features"]]


def test_plover_records(tmp_path: Path) -> None:
    """PLOVER records carry date, mode, actor, recipient, location and sources."""
    records = plover(CORPUS)
    meeting = next(r for r in records if r["rusaz_kind"] == "meeting")
    assert ("2020-11-09", "happened") == (meeting["event_date"], meeting["event_mode"])
    assert ["Ilham Aliyev", "Vladimir Putin"] == [meeting["actor"], meeting["recipient"]]
    assert "Sochi" == meeting["location"]["name"]
    assert ["a", "b"] == meeting["sources"]
    target = tmp_path / "plover.json"
    assert 4 == write_plover(CORPUS, target)
    assert records == json.loads(target.read_text("utf-8"))


def test_frames_match_tables() -> None:
    """to_frames gives one DataFrame per table with the same rows and columns."""
    pytest.importorskip("pandas")
    frames = CORPUS.to_frames()
    rows = tables(CORPUS)
    for name, frame in frames.items():
        assert list(TABLES[name]) == list(frame.columns)
        assert len(rows[name]) == len(frame)


def test_parquet_read_back(tmp_path: Path) -> None:
    """Parquet tables read back with pyarrow hold the same rows."""
    pq = pytest.importorskip("pyarrow.parquet")
    written = write_parquet(CORPUS, tmp_path / "pq")
    rows = tables(CORPUS)
    for path in written:
        table = pq.read_table(path)
        assert list(TABLES[path.stem]) == table.column_names
        assert rows[path.stem] == table.to_pylist()


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("csv", "tables"),  # a directory of CSV files
        ("geojson", "events.geojson"),  # one file
        ("plover", "plover.json"),  # one file
    ],
)
def test_export_command(tmp_path: Path, fmt: str, name: str) -> None:
    """rusaz export writes each format where it is told."""
    saved = tmp_path / "in.jsonl"
    CORPUS.to_jsonl(saved)
    target = tmp_path / name
    assert 0 == main(["export", "--format", fmt, str(target), "--jsonl-in", str(saved)])
    assert target.exists()
