"""Sphinx configuration: MyST Markdown pages, furo theme, API reference from docstrings.

Built with warnings as errors: ``sphinx-build -n -W -b html docs docs/_build/html``.
No intersphinx (it needs the network); references to the standard library or to attrs
internals that cannot resolve offline are listed in ``nitpick_ignore``.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from types import ModuleType
from typing import Any

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

import rusaz

project = "rusaz"
author = "rusaz developers"
copyright = "2026, rusaz developers"
release = rusaz.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "_generated"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"rusaz {release}"

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

nitpicky = True
# Targets outside this project: without intersphinx they cannot resolve offline.
_EXTERNAL = (
    "Path",
    "date",
    "datetime.date",
    "pathlib.Path",
    "enum.Enum",
    "Enum",
    "Exception",
    "ValueError",
    "KeyError",
    "collections.abc.Sequence",
    "collections.abc.Callable",
    "collections.abc.Iterable",
    "collections.abc.Iterator",
    "collections.abc.Mapping",
    "Sequence",
    "Callable",
    "Iterable",
    "Iterator",
    "Mapping",
    "typing.Any",
    "Any",
    "T",
    "TypeVar",
    "networkx.Graph",
    "pandas.DataFrame",
    "matplotlib.figure.Figure",
    "matplotlib.axes.Axes",
    "dask.bag.Bag",
    "argparse.ArgumentParser",
    "attr.Attribute",
    "attrs.Attribute",
)
nitpick_ignore = [("py:class", name) for name in _EXTERNAL] + [
    ("py:exc", name) for name in ("KeyError", "ValueError", "TypeError", "ImportError")
]
nitpick_ignore_regex = [
    # Standard-library, typing and third-party names in rendered signatures.
    ("py:class", r"(builtins|typing|collections\.abc|datetime|pathlib|enum|os)\..*"),
    ("py:class", r"(attr|attrs|cattrs|networkx|pandas|pyarrow|matplotlib|dask)\..*"),
]


_PUBLIC_MODULES = ("rusaz", "rusaz.exceptions", "rusaz.lexicon", "rusaz.dask")


def _internal_name(target: str) -> str | None:
    """The part of ``target`` after any ``rusaz._module.`` prefix, if it names rusaz code."""
    if target.startswith("rusaz._"):
        return target.split(".", 2)[2] if target.count(".") >= 2 else None
    if target.startswith("rusaz."):
        return None
    return target


@functools.cache
def _rusaz_modules() -> tuple[ModuleType, ...]:
    """Every importable rusaz module (some are only imported for type checking)."""
    found = []
    for info in pkgutil.walk_packages(rusaz.__path__, "rusaz."):
        if info.name.endswith("__main__"):
            continue  # importing it would run the command
        try:
            found.append(importlib.import_module(info.name))
        except ImportError:  # a module needing an optional extra that is not installed
            continue
    return tuple(found)


def _defined_somewhere_in_rusaz(name: str) -> bool:
    head = name.split(".", 1)[0]
    return any(hasattr(module, head) for module in _rusaz_modules())


def _public_target(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.Node | None:
    """Resolve names as signatures and docstrings spell them to the public documentation.

    Public classes live in private modules and are documented under the package, so a
    type hint ``rusaz._model.Span`` or a bare ``LexiconError`` is looked up as
    ``rusaz.Span`` / ``rusaz.exceptions.LexiconError``. Internal record types that are not
    part of the public API (and type variables) are shown as plain text.
    """
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    name = _internal_name(target)
    if name is None:
        return None
    domain: Any = env.get_domain("py")
    for public in _PUBLIC_MODULES:
        module = importlib.import_module(public)
        if name.split(".", 1)[0] in getattr(module, "__all__", ()):
            new = node.deepcopy()
            new["reftarget"] = f"{public}.{name}"
            result: nodes.Node | None = domain.resolve_xref(
                env, node["refdoc"], app.builder, node["reftype"], new["reftarget"], new, contnode
            )
            if result is not None:
                return result
    if target.startswith("rusaz._") or _defined_somewhere_in_rusaz(name):
        return contnode  # internal: shown as text, not linked
    return None


def setup(app: Sphinx) -> None:
    """Register the resolver of private-module type names."""
    app.connect("missing-reference", _public_target)


def _draw_figures() -> None:
    """Draw the corpus figures for this build into ``_generated/figures``.

    The figures come from the library itself (``docs/_scripts/make_figures.py``); without the
    ``plot`` and ``network`` extras the committed copies in ``_static/figures`` stand in.
    """
    import runpy
    import shutil
    from pathlib import Path

    here = Path(__file__).resolve().parent
    out = here / "_generated" / "figures"
    script = runpy.run_path(str(here / "_scripts" / "make_figures.py"))
    if not script["build"](out):
        out.mkdir(parents=True, exist_ok=True)
        for png in (here / "_static" / "figures").glob("*.png"):
            shutil.copy(png, out / png.name)


_draw_figures()
