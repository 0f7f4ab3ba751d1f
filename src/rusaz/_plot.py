"""Pictures of a corpus: a timeline of events and the network of actors (needs matplotlib).

Figures are built with :class:`matplotlib.figure.Figure` directly (no pyplot, no global
backend state), so they work in scripts, servers and docs builds alike.
"""

from __future__ import annotations

import importlib
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rusaz._model import EventKind, Precision

if TYPE_CHECKING:
    from rusaz._corpus import ActorLike, Corpus

__all__ = ["network_figure", "save_network", "save_timeline", "timeline_figure"]

_PRECISION_COLOURS = {
    Precision.DAY: "#1b6ca8",
    Precision.WEEK: "#3a8fb7",
    Precision.MONTH: "#f0a202",
    Precision.SEASON: "#d95d39",
    Precision.YEAR: "#9b2226",
    Precision.DECADE: "#6d2e46",
}
_KIND_COLOURS = {"person": "#1b6ca8", "organization": "#f0a202", "country": "#9b2226"}


def _figure(width: float, height: float) -> Any:
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ImportError("plotting needs matplotlib: pip install 'rusaz[plot]'") from exc
    return Figure(figsize=(width, height), layout="constrained")


def timeline_figure(corpus: Corpus, *, actor: ActorLike | None = None) -> Any:
    """Events by date (x) and kind (y); each bar spans the event's date interval, so its
    length shows the precision (a dot for a day, a long bar for a year)."""
    mdates = importlib.import_module("matplotlib.dates")
    patch = importlib.import_module("matplotlib.patches").Patch

    entries = corpus.timeline(actor=actor)
    kinds = [k for k in EventKind if any(t.event.kind is k for t in entries)]
    fig = _figure(10, max(2.5, 0.55 * len(kinds) + 1.6))
    ax = fig.add_subplot()
    title = "Events by date and kind"
    if actor is not None:
        title += f": {corpus.actor(actor).name}"
    ax.set_title(title)
    if not entries:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    row = {k: i for i, k in enumerate(kinds)}
    for t in entries:
        y = row[t.event.kind]
        colour = _PRECISION_COLOURS[t.precision]
        start = mdates.date2num(t.when.start)
        width = max(t.when.days, 1)
        ax.barh(y, width, left=start, height=0.5, color=colour, alpha=0.55)
        if t.when.days <= 7:
            ax.plot([start + width / 2], [y], "o", color=colour, markersize=5)
    ax.set_yticks(range(len(kinds)), [k.value for k in kinds])
    first = min(t.when.start for t in entries) - timedelta(days=30)
    last = max(t.when.end for t in entries) + timedelta(days=30)
    ax.set_xlim(mdates.date2num(first), mdates.date2num(last))
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.invert_yaxis()
    ax.grid(axis="x", alpha=0.3)
    shown = sorted({t.precision for t in entries}, key=list(Precision).index)
    ax.legend(
        handles=[patch(color=_PRECISION_COLOURS[p], label=p.value) for p in shown],
        title="date precision",
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
    )
    return fig


def network_figure(corpus: Corpus, *, min_weight: int = 1, top: int = 30) -> Any:
    """Actors as nodes (size: mentions, colour: kind), co-participation as edges (width:
    number of shared events); the ``top`` actors by shared events are drawn. Needs
    networkx as well as matplotlib."""
    import networkx as nx

    graph = corpus.network()
    graph.remove_edges_from(
        [(a, b) for a, b, w in graph.edges(data="weight") if int(w) < min_weight]
    )
    strength = dict(graph.degree(weight="weight"))
    ranked = sorted((n for n in graph.nodes if strength[n] > 0), key=lambda n: (-strength[n], n))
    graph = graph.subgraph(ranked[:top]).copy()
    fig = _figure(11, 8)
    ax = fig.add_subplot()
    ax.set_title("Who takes part in events with whom")
    ax.set_axis_off()
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no shared events", ha="center", va="center", transform=ax.transAxes)
        return fig
    pos = nx.spring_layout(
        graph, seed=7, weight="weight", k=2.5 / max(graph.number_of_nodes(), 1) ** 0.5
    )
    nodes = sorted(graph.nodes)
    nx.draw_networkx_edges(
        graph,
        pos,
        ax=ax,
        width=[0.4 + float(graph.edges[e]["weight"]) ** 0.5 for e in graph.edges],
        alpha=0.3,
    )
    nx.draw_networkx_nodes(
        graph,
        pos,
        nodelist=nodes,
        ax=ax,
        node_size=[min(900.0, 60 + 40 * int(graph.nodes[n]["mentions"]) ** 0.5) for n in nodes],
        node_color=[_KIND_COLOURS[str(graph.nodes[n]["kind"])] for n in nodes],
    )
    nx.draw_networkx_labels(
        graph, pos, labels={n: str(graph.nodes[n]["name"]) for n in nodes}, ax=ax, font_size=8
    )
    patch = importlib.import_module("matplotlib.patches").Patch
    ax.legend(
        handles=[patch(color=c, label=k) for k, c in _KIND_COLOURS.items()],
        loc="lower left",
        title="actor kind",
    )
    return fig


def save_timeline(corpus: Corpus, path: str | Path, *, actor: ActorLike | None = None) -> Path:
    """Draw :func:`timeline_figure` into an image file (format from the suffix)."""
    target = Path(path)
    timeline_figure(corpus, actor=actor).savefig(target, dpi=120)
    return target


def save_network(corpus: Corpus, path: str | Path) -> Path:
    """Draw :func:`network_figure` into an image file (format from the suffix)."""
    target = Path(path)
    network_figure(corpus).savefig(target, dpi=120)
    return target
