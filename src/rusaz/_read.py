"""Reading article files: bytes to text with clear, typed errors naming the file.

(Interface fixed by the foundation; encodings and checks arrive with the reader issue.)
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["decode", "read_text"]


def decode(
    data: bytes,
    *,
    encoding: str | None = None,
    errors: str = "strict",
    path: str | Path | None = None,
) -> str:
    """Decode article bytes (UTF-8 with or without BOM, UTF-16 with BOM by default)."""
    del path
    return data.decode(encoding or "utf-8-sig", errors)


def read_text(path: str | Path, *, encoding: str | None = None, errors: str = "strict") -> str:
    """Read an article file as text."""
    p = Path(path)
    return decode(p.read_bytes(), encoding=encoding, errors=errors, path=p)
