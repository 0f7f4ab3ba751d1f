"""The ``rusaz`` command: parses arguments and calls the library; nothing else.

Works on the bundled seed corpus unless ``--dir PATH`` names a directory of articles.
Prints aligned tables for people and, with ``--json``, JSON for programs. Exit codes:
0 success, 1 some input failed (results for the rest are still printed), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from rusaz.exceptions import RusazError

__all__ = ["main"]

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
_CELL = 60  # widest table cell before it is shortened


class _UsageError(Exception):
    """A command-line argument that parsed but makes no sense (reported with exit code 2)."""


# --- argument parser -------------------------------------------------------------------------


def _common() -> argparse.ArgumentParser:
    """Options every subcommand takes (also accepted before the subcommand)."""
    common = argparse.ArgumentParser(add_help=False)
    source = common.add_argument_group("corpus")
    source.add_argument(
        "--dir",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="parse the articles of this directory instead of the bundled seeds",
    )
    source.add_argument(
        "--pattern",
        metavar="GLOB",
        default=argparse.SUPPRESS,
        help="file pattern inside --dir (default: *.txt; use **/*.txt to recurse)",
    )
    source.add_argument(
        "--workers",
        metavar="N",
        type=int,
        default=argparse.SUPPRESS,
        help="parse with N processes (default: 1)",
    )
    source.add_argument(
        "--jsonl-in",
        metavar="FILE",
        dest="jsonl_in",
        default=argparse.SUPPRESS,
        help="load articles saved as JSON Lines instead of parsing text",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON for programs"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``rusaz`` command."""
    from rusaz import __version__

    common = _common()
    parser = argparse.ArgumentParser(
        prog="rusaz",
        description="Typed records of Russia-Azerbaijan relations from news articles.",
        epilog="Without a command, prints the summary of the corpus.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"rusaz {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("summary", parents=[common], help="overview: articles, actors, events")

    p = sub.add_parser("parse", parents=[common], help="parse article files and print them")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--jsonl", action="store_true", help="one JSON article per line")

    p = sub.add_parser("actors", parents=[common], help="corpus-level actors")
    p.add_argument("--name", help="show the one actor answering to this name, with mentions")

    p = sub.add_parser("events", parents=[common], help="corpus-level events")
    _event_options(p)

    p = sub.add_parser("agreements", parents=[common], help="corpus-level agreements")
    p.add_argument("--party", help="a party's name or id")
    p.add_argument("--kind", help="treaty, declaration, program, memorandum, ...")
    p.add_argument("--signed-between", metavar="D1..D2", help="signing date range")
    p.add_argument("--in-force-on", metavar="DATE", help="in force on this day")

    p = sub.add_parser("timeline", parents=[common], help="dated events in order")
    _event_options(p)

    p = sub.add_parser("dyads", parents=[common], help="who takes part in events with whom")
    p.add_argument("--top", type=int, default=20, help="how many pairs (default 20)")

    p = sub.add_parser("export", parents=[common], help="write the corpus to files")
    p.add_argument(
        "--format",
        required=True,
        choices=["jsonl", "csv", "parquet", "geojson", "plover"],
        help="jsonl (articles), csv/parquet (a directory of tables), geojson, plover",
    )
    p.add_argument("out", metavar="OUT", help="output file (or directory for csv/parquet)")

    p = sub.add_parser("eval", parents=[common], help="score extraction against gold files")
    p.add_argument("gold_dir", metavar="GOLD_DIR")
    p.add_argument("text_dir", metavar="TEXT_DIR")
    p.add_argument("--details", action="store_true", help="list misses per file")

    p = sub.add_parser("plot", parents=[common], help="draw a figure (needs matplotlib)")
    p.add_argument("figure", choices=["timeline", "network"])
    p.add_argument("out", metavar="OUT.png")
    p.add_argument("--actor", help="timeline of this actor only")
    return parser


def _event_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kind", help="visit, meeting, call, summit, signing, ...")
    p.add_argument("--actor", help="an actor taking part (name, alias or id)")
    p.add_argument("--with", dest="with_", metavar="ACTOR", help="a second actor taking part")
    p.add_argument("--place", help="a place name or id")
    p.add_argument("--country", help="ISO code of the event's place")
    p.add_argument("--between", metavar="D1..D2", help="e.g. 2018-01-01..2020-12-31 or 2018..")
    p.add_argument("--modality", help="happened, planned, hypothetical or negated")


def _range(value: str | None) -> tuple[str | None, str | None] | None:
    if value is None:
        return None
    if ".." not in value:
        raise _UsageError(f"a date range reads D1..D2 (either side may be empty), got {value!r}")
    lo, _, hi = value.partition("..")
    return (lo.strip() or None, hi.strip() or None)


# --- output helpers --------------------------------------------------------------------------


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= _CELL else text[: _CELL - 1] + "…"


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], out: TextIO) -> None:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out.write(line.rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
    if not cells:
        out.write("(none)\n")


def _dump(data: object, out: TextIO) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


class _Progress:
    """A one-line counter on stderr, shown only when stderr is a terminal."""

    def __init__(self, total: int, label: str) -> None:
        self.total, self.label, self.done = total, label, 0
        self.enabled = sys.stderr.isatty() and total >= 20

    def tick(self) -> None:
        self.done += 1
        if self.enabled and (self.done % 10 == 0 or self.done == self.total):
            sys.stderr.write(f"\r{self.label} {self.done}/{self.total}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


# --- loading ---------------------------------------------------------------------------------


def _load(args: argparse.Namespace) -> Any:
    from rusaz._corpus import Corpus, list_files, load_corpus

    jsonl = getattr(args, "jsonl_in", None)
    directory = getattr(args, "dir", None)
    if jsonl is not None:
        return Corpus.from_jsonl(jsonl)
    if directory is None:
        return load_corpus()
    paths = list_files(directory, getattr(args, "pattern", "*.txt"))
    return _parse_paths(paths, getattr(args, "workers", 1))


def _parse_paths(paths: Sequence[Path], workers: int) -> Any:
    import warnings

    from rusaz._corpus import Corpus, FileError, iter_parse

    errors: list[FileError] = []
    progress = _Progress(len(paths), "parsing")
    articles = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # errors are reported once, below
        for article in iter_parse(paths, workers=workers, errors=errors):
            articles.append(article)
            progress.tick()
    progress.close()
    for e in errors:
        sys.stderr.write(f"rusaz: skipped {e.path}: {e.kind}: {e.error}\n")
    return Corpus(articles, errors)


# --- commands --------------------------------------------------------------------------------


def _summary(args: argparse.Namespace, out: TextIO) -> int:
    from rusaz import unstructure

    corpus = _load(args)
    s = corpus.summary()
    if getattr(args, "json", False):
        _dump(unstructure(s), out)
        return _status(corpus)
    out.write(f"{s.articles} articles ({s.errors} failed to parse)\n")
    if s.first_published is not None:
        out.write(f"published {s.first_published} .. {s.last_published}\n")
    out.write(f"{s.actors} actors, {s.events} events, {s.agreements} agreements\n\n")
    _table(["actor", "articles"], s.top_actors, out)
    out.write("\n")
    _table(["event kind", "events"], s.events_by_kind, out)
    out.write("\n")
    _table(["agreement kind", "agreements"], s.agreements_by_kind, out)
    timeline = corpus.timeline()
    if timeline:
        out.write("\n")
        _table(
            ["when", "precision", "event"],
            ((str(t.when), t.precision.value, t.label) for t in timeline[:15]),
            out,
        )
    return _status(corpus)


def _status(corpus: Any) -> int:
    return EXIT_INPUT if corpus.errors else EXIT_OK


def _parse(args: argparse.Namespace, out: TextIO) -> int:
    from rusaz import to_json, unstructure

    corpus = _parse_paths([Path(f) for f in args.files], getattr(args, "workers", 1))
    if args.jsonl:
        for article in corpus:
            out.write(to_json(article) + "\n")
    elif getattr(args, "json", False):
        _dump([unstructure(a) for a in corpus], out)
    else:
        for article in corpus:
            out.write(
                f"{article.id}: {article.title or '(no title)'}\n"
                f"  published {article.published or 'unknown'}"
                f" ({article.published_source.value}), {len(article.text)} characters\n"
                f"  {len(article.actors)} actors, {len(article.places)} places,"
                f" {len(article.events)} events, {len(article.agreements)} agreements\n"
            )
            for e in article.events:
                who = ", ".join(article.actor(p).name for p in e.participants)
                out.write(f"    {e.when or 'undated'}  {e.kind.value}: {who}\n")
    return _status(corpus)


def _actors(args: argparse.Namespace, out: TextIO) -> int:
    from rusaz import unstructure

    corpus = _load(args)
    if args.name:
        actor = corpus.actor(args.name)
        if getattr(args, "json", False):
            _dump(unstructure(actor), out)
            return _status(corpus)
        out.write(f"{actor.id}: {actor.name} ({actor.kind.value}, {actor.country or '-'})\n")
        out.write(f"aliases: {', '.join(actor.aliases) or '-'}\n\n")
        _table(
            ["article", "start", "text"],
            ((m.article, m.span.start, corpus.quote(m)) for m in actor.mentions),
            out,
        )
        return _status(corpus)
    actors = sorted(corpus.actors(), key=lambda a: (-len(a.articles), -len(a.mentions), a.id))
    if getattr(args, "json", False):
        _dump([unstructure(a) for a in actors], out)
        return _status(corpus)
    _table(
        ["id", "name", "kind", "country", "articles", "mentions", "aliases"],
        (
            (
                a.id,
                a.name,
                a.kind.value,
                a.country,
                len(a.articles),
                len(a.mentions),
                ", ".join(a.aliases),
            )
            for a in actors
        ),
        out,
    )
    return _status(corpus)


def _event_criteria(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "kind": args.kind,
        "actor": args.actor,
        "with_": args.with_,
        "place": args.place,
        "country": args.country,
        "between": _range(args.between),
        "modality": args.modality,
    }


def _events(args: argparse.Namespace, out: TextIO) -> int:
    from rusaz import unstructure

    corpus = _load(args)
    events = corpus.events(**_event_criteria(args))
    if getattr(args, "json", False):
        _dump([unstructure(e) for e in events], out)
        return _status(corpus)
    places = {p.id: p.name for p in corpus.places()}
    _table(
        ["id", "when", "kind", "participants", "place", "modality", "articles", "conflicts"],
        (
            (
                e.id,
                e.when or "undated",
                e.kind.value,
                ", ".join(corpus.names(e.participants)),
                places.get(e.place or "", ""),
                e.modality.value,
                len(e.articles),
                ", ".join(c.field for c in e.conflicts),
            )
            for e in events
        ),
        out,
    )
    return _status(corpus)


def _agreements(args: argparse.Namespace, out: TextIO) -> int:
    from rusaz import unstructure

    corpus = _load(args)
    found = corpus.agreements(
        party=args.party,
        kind=args.kind,
        signed_between=_range(args.signed_between),
        in_force_on=args.in_force_on,
    )
    if getattr(args, "json", False):
        _dump([unstructure(g) for g in found], out)
        return _status(corpus)
    _table(
        ["id", "title", "kind", "signed", "parties", "expires", "articles"],
        (
            (
                g.id,
                g.title,
                g.kind.value,
                g.signed or "-",
                ", ".join(corpus.names(g.parties)),
                g.expires or "-",
                len(g.articles),
            )
            for g in found
        ),
        out,
    )
    return _status(corpus)


def _timeline(args: argparse.Namespace, out: TextIO) -> int:
    from rusaz import unstructure

    corpus = _load(args)
    entries = corpus.timeline(**_event_criteria(args))
    if getattr(args, "json", False):
        _dump([unstructure(t) for t in entries], out)
        return _status(corpus)
    _table(
        ["when", "precision", "event", "articles"],
        ((t.when, t.precision.value, t.label, len(t.event.articles)) for t in entries),
        out,
    )
    return _status(corpus)


def _dyads(args: argparse.Namespace, out: TextIO) -> int:
    from rusaz import unstructure

    corpus = _load(args)
    dyads = corpus.dyads()[: args.top]
    if getattr(args, "json", False):
        _dump([unstructure(d) for d in dyads], out)
        return _status(corpus)
    names = {a.id: a.name for a in corpus.actors()}
    _table(
        ["actor", "actor", "events"],
        ((names[d.first], names[d.second], d.count) for d in dyads),
        out,
    )
    return _status(corpus)


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from rusaz import _export as ex

    corpus = _load(args)
    target = Path(args.out)
    if args.format == "jsonl":
        count = ex.write_jsonl(corpus, target)
        what = f"{count} articles"
    elif args.format == "csv":
        what = f"{len(ex.write_csv(corpus, target))} tables"
    elif args.format == "parquet":
        what = f"{len(ex.write_parquet(corpus, target))} tables"
    elif args.format == "geojson":
        what = f"{ex.write_geojson(corpus, target)} events with coordinates"
    else:
        what = f"{ex.write_plover(corpus, target)} events"
    if getattr(args, "json", False):
        _dump({"format": args.format, "out": str(target), "written": what}, out)
    else:
        out.write(f"wrote {what} to {target}\n")
    return _status(corpus)


def _eval(args: argparse.Namespace, out: TextIO) -> int:
    from rusaz import evaluate

    report = evaluate(args.gold_dir, args.text_dir)
    if getattr(args, "json", False):
        rows = [
            {
                "category": s.name,
                "precision": s.precision,
                "recall": s.recall,
                "f1": s.f1,
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
            }
            for s in report.scores
        ]
        _dump(rows, out)
    else:
        out.write(report.format(details=args.details) + "\n")
    return EXIT_OK


def _plot(args: argparse.Namespace, out: TextIO) -> int:
    from rusaz._plot import save_network, save_timeline

    corpus = _load(args)
    if args.figure == "timeline":
        save_timeline(corpus, args.out, actor=args.actor)
    else:
        save_network(corpus, args.out)
    out.write(f"wrote {args.out}\n")
    return _status(corpus)


_COMMANDS = {
    "summary": _summary,
    "parse": _parse,
    "actors": _actors,
    "events": _events,
    "agreements": _agreements,
    "timeline": _timeline,
    "dyads": _dyads,
    "export": _export,
    "eval": _eval,
    "plot": _plot,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code (0 ok, 1 input failed, 2 usage)."""
    from rusaz._query import AmbiguousActorError, QueryError, UnknownActorError

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return _COMMANDS[args.command or "summary"](args, sys.stdout)
    except (_UsageError, QueryError, UnknownActorError, AmbiguousActorError) as exc:
        sys.stderr.write(f"rusaz: error: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # `rusaz events | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return EXIT_OK
    except ImportError as exc:
        sys.stderr.write(f"rusaz: error: {exc}\n")
        return EXIT_INPUT
    except (RusazError, OSError) as exc:
        sys.stderr.write(f"rusaz: error: {exc}\n")
        return EXIT_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("rusaz: interrupted\n")
        return 130
