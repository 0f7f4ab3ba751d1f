"""Reading and cleaning article text, keeping offsets: title, dateline, credit, sentences.

(Interface fixed by the foundation; the reader itself arrives with the reader issue.)
"""

from __future__ import annotations

import unicodedata

import attrs

from rusaz._model import Span

__all__ = ["Document", "clean", "segment"]


@attrs.frozen(kw_only=True)
class Document:
    """A cleaned article text and its structure, before any extraction."""

    text: str
    removed: tuple[str, ...] = ()
    title: str | None = None
    title_span: Span | None = None
    dateline: Span | None = None
    outlet: str | None = None
    outlet_span: Span | None = None
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()


def clean(raw: str) -> tuple[str, tuple[str, ...]]:
    """Return the cleaned text and the lines removed as page furniture."""
    return unicodedata.normalize("NFC", raw).strip(), ()


def segment(text: str, removed: tuple[str, ...] = ()) -> Document:
    """Find title, dateline, credit, paragraphs and sentences of a cleaned text."""
    return Document(text=text, removed=removed)
