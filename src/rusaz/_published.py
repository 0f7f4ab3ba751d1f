"""Publication date of an article: from its dateline, else bounded by what it reports.

(Interface fixed by the foundation; inference arrives with the reader issue.)
"""

from __future__ import annotations

from collections.abc import Sequence

from rusaz._dates import DateMention
from rusaz._model import DateSource, FuzzyDate, Span
from rusaz._text import Document

__all__ = ["infer_published"]


def infer_published(
    doc: Document, mentions: Sequence[DateMention]
) -> tuple[FuzzyDate | None, DateSource, Span | None]:
    """The publication date, how it was obtained, and the span that shows it.

    ``mentions`` are the document's date mentions found without a reference date.
    """
    del doc, mentions
    return None, DateSource.NONE, None
