"""The ``rusaz`` command: parses arguments and calls the library; nothing else."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

__all__ = ["main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``rusaz`` command."""
    from rusaz import __version__

    parser = argparse.ArgumentParser(prog="rusaz", description=__doc__)
    parser.add_argument("--version", action="version", version=f"rusaz {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    parser = build_parser()
    parser.parse_args(argv)
    parser.print_help(sys.stdout)
    return 0
