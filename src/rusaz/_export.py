"""Exports: JSON Lines of articles, flat tables (CSV, pandas, Parquet), GeoJSON and PLOVER JSON.

The flat tables are one row per article-level record, each row carrying the id of the
corpus-level record it was resolved into (``corpus_*_id``), so spreadsheets can group
reports of one event. Optional libraries (pandas, pyarrow) are imported only when used.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rusaz._merge import Ref
from rusaz._model import Article, FuzzyDate

if TYPE_CHECKING:
    from rusaz._corpus import Corpus

__all__ = [
    "TABLES",
    "Frames",
    "geojson",
    "plover",
    "tables",
    "to_frames",
    "write_csv",
    "write_geojson",
    "write_jsonl",
    "write_parquet",
    "write_plover",
]

Frames = dict[str, Any]  # table name -> pandas.DataFrame
Row = dict[str, str | int | float | None]

#: Table names and their columns, in order.
TABLES: dict[str, tuple[str, ...]] = {
    "articles": (
        "article_id",
        "title",
        "outlet",
        "published",
        "published_start",
        "published_end",
        "published_precision",
        "published_source",
        "source_path",
        "chars",
        "actors",
        "events",
        "agreements",
    ),
    "actors": (
        "article_id",
        "actor_id",
        "corpus_actor_id",
        "name",
        "kind",
        "country",
        "lexicon_id",
        "aliases",
        "roles",
        "mentions",
    ),
    "events": (
        "article_id",
        "event_id",
        "corpus_event_id",
        "kind",
        "when",
        "when_start",
        "when_end",
        "when_precision",
        "place_id",
        "place",
        "country",
        "latitude",
        "longitude",
        "modality",
        "cameo",
        "plover",
        "evidence",
        "evidence_start",
        "evidence_end",
    ),
    "participants": ("article_id", "event_id", "actor_id", "corpus_actor_id", "name", "role"),
    "agreements": (
        "article_id",
        "agreement_id",
        "corpus_agreement_id",
        "title",
        "kind",
        "signed",
        "signed_start",
        "signed_end",
        "signed_precision",
        "place_id",
        "expires",
        "duration",
        "evidence",
    ),
    "parties": ("article_id", "agreement_id", "actor_id", "corpus_actor_id", "name"),
}

_SEP = "; "


def _date_cols(prefix: str, value: FuzzyDate | None) -> Row:
    if value is None:
        return {prefix: None, f"{prefix}_start": None, f"{prefix}_end": None}
    return {
        prefix: str(value),
        f"{prefix}_start": value.start.isoformat(),
        f"{prefix}_end": value.end.isoformat(),
    }


def tables(corpus: Corpus) -> dict[str, list[Row]]:
    """The flat tables (see :data:`TABLES`) as lists of rows."""
    links = corpus.resolution.link_map()
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    for art in corpus:
        _article_rows(art, links, out)
    return out


def _article_rows(art: Article, links: dict[Ref, str], out: dict[str, list[Row]]) -> None:
    pub = art.published
    out["articles"].append(
        {
            "article_id": art.id,
            "title": art.title,
            "outlet": art.outlet,
            **_date_cols("published", pub),
            "published_precision": None if pub is None else pub.precision.value,
            "published_source": art.published_source.value,
            "source_path": art.source_path,
            "chars": len(art.text),
            "actors": len(art.actors),
            "events": len(art.events),
            "agreements": len(art.agreements),
        }
    )
    names = {a.id: a.name for a in art.actors}
    for a in art.actors:
        out["actors"].append(
            {
                "article_id": art.id,
                "actor_id": a.id,
                "corpus_actor_id": links.get(Ref(art.id, a.id)),
                "name": a.name,
                "kind": a.kind.value,
                "country": a.country,
                "lexicon_id": a.lexicon_id,
                "aliases": _SEP.join(a.aliases),
                "roles": _SEP.join(r.title for r in a.roles),
                "mentions": len(a.mentions),
            }
        )
    for e in art.events:
        place = art.place(e.place) if e.place is not None else None
        first = e.evidence[0]
        out["events"].append(
            {
                "article_id": art.id,
                "event_id": e.id,
                "corpus_event_id": links.get(Ref(art.id, e.id)),
                "kind": e.kind.value,
                **_date_cols("when", e.when),
                "when_precision": None if e.when is None else e.when.precision.value,
                "place_id": e.place,
                "place": None if place is None else place.name,
                "country": None if place is None else place.country,
                "latitude": None if place is None else place.latitude,
                "longitude": None if place is None else place.longitude,
                "modality": e.modality.value,
                "cameo": e.cameo,
                "plover": e.plover,
                "evidence": art.quote(first),
                "evidence_start": first.start,
                "evidence_end": first.end,
            }
        )
        roles = {r.actor: r.role for r in e.participant_roles}
        for p in e.participants:
            out["participants"].append(
                {
                    "article_id": art.id,
                    "event_id": e.id,
                    "actor_id": p,
                    "corpus_actor_id": links.get(Ref(art.id, p)),
                    "name": names[p],
                    "role": roles.get(p),
                }
            )
    for g in art.agreements:
        end = None
        if g.terms is not None:
            end = g.terms.renews_until or g.terms.expires or g.terms.valid_until
        out["agreements"].append(
            {
                "article_id": art.id,
                "agreement_id": g.id,
                "corpus_agreement_id": links.get(Ref(art.id, g.id)),
                "title": g.title,
                "kind": g.kind.value,
                **_date_cols("signed", g.signed),
                "signed_precision": None if g.signed is None else g.signed.precision.value,
                "place_id": g.place,
                "expires": None if end is None else str(end),
                "duration": None if g.terms is None else g.terms.duration,
                "evidence": art.quote(g.evidence[0]),
            }
        )
        for p in g.parties:
            out["parties"].append(
                {
                    "article_id": art.id,
                    "agreement_id": g.id,
                    "actor_id": p,
                    "corpus_actor_id": links.get(Ref(art.id, p)),
                    "name": names[p],
                }
            )


# --- writers ---------------------------------------------------------------------------------


def write_jsonl(articles: Iterable[Article], path: str | Path) -> int:
    """One JSON article per line (the lossless format of ``rusaz.to_json``); returns the count."""
    from rusaz._serde import to_json

    count = 0
    with Path(path).open("w", encoding="utf-8", newline="\n") as handle:
        for art in articles:
            handle.write(to_json(art))
            handle.write("\n")
            count += 1
    return count


def write_csv(corpus: Corpus, directory: str | Path) -> list[Path]:
    """Write ``<table>.csv`` for each flat table into ``directory`` (created if needed)."""
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables(corpus).items():
        target = root / f"{name}.csv"
        with target.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=TABLES[name])
            writer.writeheader()
            writer.writerows(rows)
        written.append(target)
    return written


def to_frames(corpus: Corpus) -> Frames:
    """The flat tables as pandas DataFrames, keyed by table name (needs the pandas extra)."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError("to_frames() needs pandas: pip install 'rusaz[pandas]'") from exc
    return {
        name: pd.DataFrame(rows, columns=list(TABLES[name]))
        for name, rows in tables(corpus).items()
    }


def write_parquet(corpus: Corpus, directory: str | Path) -> list[Path]:
    """Write ``<table>.parquet`` for each flat table (needs the parquet extra)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ImportError("Parquet export needs pyarrow: pip install 'rusaz[parquet]'") from exc
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables(corpus).items():
        columns = {col: [row.get(col) for row in rows] for col in TABLES[name]}
        table = pa.table({col: pa.array(values) for col, values in columns.items()})
        target = root / f"{name}.parquet"
        pq.write_table(table, target)
        written.append(target)
    return written


def geojson(corpus: Corpus) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: one Point per corpus-level event whose place has coordinates."""
    res = corpus.resolution
    places = {p.id: p for p in res.places}
    features = []
    for e in res.events:
        place = places.get(e.place) if e.place is not None else None
        if place is None or place.latitude is None or place.longitude is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": e.id,
                "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
                "properties": {
                    "kind": e.kind.value,
                    "when": None if e.when is None else str(e.when),
                    "start": None if e.when is None else e.when.start.isoformat(),
                    "end": None if e.when is None else e.when.end.isoformat(),
                    "precision": None if e.when is None else e.when.precision.value,
                    "place": place.name,
                    "country": place.country,
                    "participants": corpus.names(e.participants),
                    "modality": e.modality.value,
                    "articles": list(e.articles),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def plover(corpus: Corpus) -> list[dict[str, Any]]:
    """Corpus-level events as PLOVER-style records (event type and mode, actor, recipient,
    date, location, sources and the first evidence sentence)."""
    from rusaz._crosswalk import cameo_code, plover_code

    res = corpus.resolution
    actors = {a.id: a for a in res.actors}
    places = {p.id: p for p in res.places}
    records = []
    for e in res.events:
        order = {name: i for i, name in enumerate(corpus.names(e.participants))}
        people = sorted((actors[p] for p in e.participants), key=lambda a: order[a.name])
        place = places.get(e.place) if e.place is not None else None
        first = e.evidence[0] if e.evidence else None
        records.append(
            {
                "id": e.id,
                "event_date": None if e.when is None else e.when.start.isoformat(),
                "event_date_end": None if e.when is None else e.when.end.isoformat(),
                "date_precision": None if e.when is None else e.when.precision.value,
                "event_type": plover_code(e.kind, e.modality),
                "event_mode": e.modality.value,
                "cameo": cameo_code(e.kind, e.modality),
                "rusaz_kind": e.kind.value,
                "actor": people[0].name if people else None,
                "actor_country": people[0].country if people else None,
                "recipient": people[1].name if len(people) > 1 else None,
                "recipient_country": people[1].country if len(people) > 1 else None,
                "participants": [a.name for a in people],
                "location": None
                if place is None
                else {
                    "name": place.name,
                    "country": place.country,
                    "lat": place.latitude,
                    "lon": place.longitude,
                },
                "sources": list(e.articles),
                "text": None if first is None else corpus.quote(first),
            }
        )
    return records


def write_geojson(corpus: Corpus, path: str | Path) -> int:
    """Write the events GeoJSON; returns the number of features."""
    data = geojson(corpus)
    _write_json(data, path)
    return len(data["features"])


def write_plover(corpus: Corpus, path: str | Path) -> int:
    """Write the PLOVER-style events as a JSON array; returns the number of events."""
    data = plover(corpus)
    _write_json(data, path)
    return len(data)


def _write_json(data: object, path: str | Path) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
    Path(path).write_text(text + "\n", encoding="utf-8")
