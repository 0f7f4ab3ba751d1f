"""parse_text() and parse_file(): run the stages in order and assemble the Article.

read -> clean & segment -> publication date -> dates -> actors & places ->
events & agreements -> Article. Each stage is a pure function of what it is given.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

from rusaz._dates import find_dates
from rusaz._extract.actors import find_actors
from rusaz._extract.events import find_events_and_agreements
from rusaz._extract.places import find_places
from rusaz._lexicon import Lexicon, default_lexicon
from rusaz._model import Article, DateSource, FuzzyDate
from rusaz._published import infer_published
from rusaz._read import read_text
from rusaz._text import clean, segment
from rusaz.exceptions import EmptyArticleError

__all__ = ["parse_file", "parse_text"]


def _as_fuzzy(value: date | FuzzyDate) -> FuzzyDate:
    if isinstance(value, FuzzyDate):
        return value
    if isinstance(value, datetime):  # a timestamp counts as its calendar day
        return FuzzyDate.day(value.date())
    return FuzzyDate.day(value)


def text_id(text: str) -> str:
    """A stable id for an article given as bare text: a hash of its content."""
    return "article-" + hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def parse_text(
    text: str,
    *,
    article_id: str | None = None,
    published: date | FuzzyDate | None = None,
    lexicon: Lexicon | None = None,
    source_path: str | None = None,
) -> Article:
    """Parse one article given as text into an :class:`~rusaz.Article`.

    ``published`` (a date or FuzzyDate), when given, always wins over what the text says;
    ``lexicon`` replaces the bundled lexicon (see :func:`rusaz.lexicon.load_lexicon`).
    """
    cleaned, removed = clean(text)
    if not cleaned.strip():
        raise EmptyArticleError("the article holds no text", source_path)
    doc = segment(cleaned, removed)
    if published is not None:
        pub: FuzzyDate | None = _as_fuzzy(published)
        source, evidence = DateSource.GIVEN, None
    else:
        pub, source, evidence = infer_published(doc, find_dates(doc.text, None))
    mentions = find_dates(doc.text, pub)
    lex = default_lexicon() if lexicon is None else lexicon
    actors = find_actors(doc, lex, pub)
    places = find_places(doc, lex)
    events, agreements = find_events_and_agreements(doc, mentions, actors, places, pub)
    return Article(
        id=article_id or text_id(text),
        text=doc.text,
        title=doc.title,
        published=pub,
        published_source=source,
        published_evidence=evidence,
        outlet=doc.outlet,
        source_path=source_path,
        title_span=doc.title_span,
        dateline=doc.dateline,
        outlet_span=doc.outlet_span,
        paragraphs=doc.paragraphs,
        sentences=doc.sentences,
        removed=doc.removed,
        actors=actors,
        places=places,
        events=events,
        agreements=agreements,
    )


def parse_file(
    path: str | Path,
    *,
    published: date | FuzzyDate | None = None,
    encoding: str | None = None,
    errors: str = "strict",
    lexicon: Lexicon | None = None,
) -> Article:
    """Read and parse one article file; its id is the file name without extension."""
    p = Path(path)
    text = read_text(p, encoding=encoding, errors=errors)
    return parse_text(
        text, article_id=p.stem, published=published, lexicon=lexicon, source_path=str(p)
    )
