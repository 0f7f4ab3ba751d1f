"""Places: cities, regions, territories and venues named as locations.

(Interface fixed by the foundation; the extractor arrives with the actors issue.)
"""

from __future__ import annotations

from rusaz._lexicon import Lexicon
from rusaz._model import Place
from rusaz._text import Document

__all__ = ["find_places"]


def find_places(doc: Document, lexicon: Lexicon) -> tuple[Place, ...]:
    """Every place named as a location in the document, with its mentions."""
    del doc, lexicon
    return ()
