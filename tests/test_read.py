"""Reading article files: encodings, byte offsets of bad bytes, typed errors naming the file."""

# ruff: noqa: SIM300  (asserts read `expected == actual`, as the style guide asks)
from __future__ import annotations

import codecs
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz._parse import parse_file
from rusaz._read import decode, read_text
from rusaz.exceptions import (
    DecodeError,
    EmptyArticleError,
    NotTextError,
    ReadError,
    RusazError,
)

TEXT = "Putin and Aliyev met in Sochi.\n\nThey discussed Karabakh – and trade."


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), id="utf-32-le-bom"),
    ],
)
def test_default_encodings(tmp_path: Path, data: bytes) -> None:
    """UTF-8 with or without BOM and UTF-16/32 with BOM read without being asked."""
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert TEXT == read_text(path)


@pytest.mark.parametrize("encoding", ["cp1251", "latin-1"])
def test_other_encoding_when_asked(tmp_path: Path, encoding: str) -> None:
    """An 8-bit encoding is used when the caller names it."""
    text = "Baku – Moscow" if encoding == "cp1251" else "Baku café, Zürich"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    assert text == read_text(path, encoding=encoding)


def test_cp1251_not_guessed(tmp_path: Path) -> None:
    """cp1251 bytes without an encoding raise DecodeError at the first bad byte, naming the file."""
    path = tmp_path / "cyr.txt"
    path.write_bytes(b"Moscow " + "Москва".encode("cp1251"))
    with pytest.raises(DecodeError) as info:
        read_text(path)
    assert 7 == info.value.offset
    assert str(path) in str(info.value)


def test_decode_error_offset_after_bom(tmp_path: Path) -> None:
    """The byte offset counts from the start of the file, BOM included."""
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"abc\xffdef")
    with pytest.raises(DecodeError) as info:
        read_text(path)
    assert 6 == info.value.offset
    assert "at byte 6" in str(info.value)


def test_replace_warns_naming_file(tmp_path: Path) -> None:
    """errors='replace' reads the text with U+FFFD and warns, naming the file."""
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Baku and Moscow \xff agreed.")
    with pytest.warns(UserWarning, match=r"bad\.txt"):
        text = read_text(path, errors="replace")
    assert "Baku and Moscow \ufffd agreed." == text


def test_parse_file_replace_warns(tmp_path: Path) -> None:
    """parse_file passes errors='replace' through and warns with the file name."""
    path = tmp_path / "bad2.txt"
    path.write_bytes(b"Baku and Moscow \xff agreed on trade.")
    with pytest.warns(UserWarning, match=r"bad2\.txt"):
        article = parse_file(path, errors="replace")
    assert "\ufffd" in article.text


def test_valid_file_does_not_warn(tmp_path: Path) -> None:
    """errors='replace' on valid bytes emits no warning."""
    path = tmp_path / "ok.txt"
    path.write_bytes(TEXT.encode())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert TEXT == read_text(path, errors="replace")


@pytest.mark.parametrize(
    "data", [pytest.param(b"", id="empty"), pytest.param(b" \n\t\r\n \xc2\xa0\n", id="blank")]
)
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    """An empty or whitespace-only file raises EmptyArticleError naming the file."""
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(EmptyArticleError, match=r"empty\.txt"):
        read_text(path)


def test_only_furniture_is_empty(tmp_path: Path) -> None:
    """A file holding only page furniture parses to EmptyArticleError naming the file."""
    path = tmp_path / "furniture.txt"
    path.write_text("Leave a review\n\nFollow us on social networks\n\nNews Line\n")
    with pytest.raises(EmptyArticleError, match=r"furniture\.txt"):
        parse_file(path)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"Baku\x00Moscow", id="nul"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png"),
        pytest.param(bytes(range(1, 9)) * 4 + b"text", id="controls"),
    ],
)
def test_binary_file(tmp_path: Path, data: bytes) -> None:
    """NUL bytes or many control characters raise NotTextError naming the file."""
    path = tmp_path / "blob.bin"
    path.write_bytes(data)
    with pytest.raises(NotTextError, match=r"blob\.bin"):
        read_text(path)


def test_missing_file(tmp_path: Path) -> None:
    """A missing path raises FileNotFoundError carrying the path."""
    path = tmp_path / "nowhere.txt"
    with pytest.raises(FileNotFoundError) as info:
        parse_file(path)
    assert str(path) == info.value.filename


def test_directory(tmp_path: Path) -> None:
    """A directory given as a file raises an OSError carrying the path."""
    with pytest.raises(OSError, match=r"\[Errno") as info:
        parse_file(tmp_path)
    assert str(tmp_path) == info.value.filename


def test_unknown_encoding(tmp_path: Path) -> None:
    """An unknown encoding name raises ReadError naming the file and the encoding."""
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode())
    with pytest.raises(ReadError, match=r"a\.txt.*no-such-codec"):
        read_text(path, encoding="no-such-codec")


@given(st.binary(max_size=300))
def test_any_bytes_decode_or_rusaz_error(data: bytes) -> None:
    """Any bytes decode to text or raise a RusazError subclass, nothing else."""
    try:
        text = decode(data, path="x.txt")
    except RusazError as exc:
        message = str(exc)
    else:
        message = "x.txt" if text.strip() else ""
    assert "x.txt" in message
