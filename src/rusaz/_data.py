"""Package data: the one place that opens the TOML files under ``rusaz/data/``.

Every stage keeps its knowledge in data files and parses them through :func:`read_data`,
once (callers cache what they build from it).
"""

from __future__ import annotations

from importlib import resources
from typing import Any

__all__ = ["read_data"]


def read_data(name: str) -> dict[str, Any]:
    """Parse ``rusaz/data/<name>`` (a TOML file shipped with the package)."""
    import tomllib  # imported on first use: keeps `import rusaz` light

    with resources.files("rusaz").joinpath("data", name).open("rb") as fh:
        return tomllib.load(fh)
