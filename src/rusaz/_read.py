"""Reading article files: bytes to text with clear, typed errors naming the file.

By default an article is UTF-8 (with or without BOM) or UTF-16/UTF-32 with a BOM; any other
encoding (cp1251, latin-1, ...) is used only when the caller names it, because guessing an
8-bit code page silently produces wrong letters rather than an error.
"""

from __future__ import annotations

import codecs
import re
import warnings
from pathlib import Path

from rusaz.exceptions import DecodeError, EmptyArticleError, NotTextError, ReadError

__all__ = ["decode", "read_text"]

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls that plain text never holds (tab, newlines, form feed and escape are allowed).
_CONTROLS = re.compile("[\x01-\x08\x0e-\x1a\x1c-\x1f]")


def _sniff(data: bytes) -> tuple[str, int]:
    """The encoding a BOM announces (UTF-8 when there is none) and the BOM's length."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return "utf-8", 0


def _check_text(text: str, path: str | Path | None) -> None:
    """Raise NotTextError for binary content and EmptyArticleError for blank content."""
    nul = text.find("\x00")
    if nul >= 0:
        raise NotTextError(f"binary content: NUL character at position {nul}", path)
    controls = len(_CONTROLS.findall(text))
    if controls and controls * 100 > len(text):
        raise NotTextError(f"binary content: {controls} control characters", path)
    if not text.strip():
        raise EmptyArticleError("the article is empty or holds only white space", path)


def decode(
    data: bytes,
    *,
    encoding: str | None = None,
    errors: str = "strict",
    path: str | Path | None = None,
) -> str:
    """Decode article bytes (UTF-8 with or without BOM, UTF-16/32 with BOM by default).

    Invalid bytes raise :class:`~rusaz.exceptions.DecodeError` with the byte offset of the
    first bad byte; with ``errors="replace"`` (or another codec error handler) they are
    replaced and a :class:`UserWarning` naming the file is emitted instead.
    """
    if encoding is None:
        name, skip = _sniff(data)
        nul = data.find(b"\x00") if name == "utf-8" else -1
        if nul >= 0:
            raise NotTextError(f"binary content: NUL byte at byte {nul} (no UTF-16 BOM)", path)
    else:
        name, skip = encoding, 0
        try:
            codecs.lookup(name)
        except LookupError:
            raise ReadError(f"unknown encoding {encoding!r}", path) from None
    try:
        text = data.decode(name, "strict")
    except UnicodeDecodeError as exc:
        # utf-8-sig reports offsets after its BOM; utf-16/32 count from the start of the data.
        offset = exc.start + (skip if name == "utf-8-sig" else 0)
        if errors == "strict":
            raise DecodeError(f"invalid {exc.encoding} data ({exc.reason})", path, offset) from None
        try:
            text = data.decode(name, errors)
        except LookupError:
            raise ReadError(f"unknown error handler {errors!r}", path) from None
        where = f"{path}: " if path is not None else ""
        warnings.warn(
            f"{where}invalid {exc.encoding} data from byte {offset}; decoded with "
            f"errors={errors!r}",
            UserWarning,
            stacklevel=3,
        )
    _check_text(text, path)
    return text


def read_text(path: str | Path, *, encoding: str | None = None, errors: str = "strict") -> str:
    """Read an article file as text; OSError subclasses (missing file, directory) pass through."""
    p = Path(path)
    return decode(p.read_bytes(), encoding=encoding, errors=errors, path=p)
