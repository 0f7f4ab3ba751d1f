"""Actors: lexicon matches, recognition beyond the lexicon, resolution of every mention.

(Interface fixed by the foundation; the extractor arrives with the actors issue.)
"""

from __future__ import annotations

from rusaz._lexicon import Lexicon
from rusaz._model import Actor, FuzzyDate
from rusaz._text import Document

__all__ = ["find_actors"]


def find_actors(doc: Document, lexicon: Lexicon, on: FuzzyDate | None) -> tuple[Actor, ...]:
    """Every actor of the document with all its mentions; ``on`` dates role references."""
    del doc, lexicon, on
    return ()
