"""Draw the corpus figures of the docs: a timeline of events and the actor network.

Run by hand (``python docs/_scripts/make_figures.py``) or from ``docs/conf.py``; the corpus is
the bundled seeds plus the hand-written test articles when the repository is at hand. Needs
the ``plot`` and ``network`` extras; without them it says so and draws nothing.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "_static" / "figures"


def build(out: Path = OUT) -> list[Path]:
    """Parse the corpus and write ``timeline.png`` and ``network.png`` into ``out``."""
    try:
        import matplotlib  # noqa: F401
        import networkx  # noqa: F401
    except ImportError as exc:
        print(f"make_figures: skipped ({exc}); pip install 'rusaz[plot,network]'")
        return []
    import rusaz
    from rusaz._corpus import Corpus
    from rusaz._plot import save_network, save_timeline

    articles = list(rusaz.load_corpus())
    extra = ROOT / "tests" / "data" / "articles"
    if extra.is_dir():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            articles += list(Corpus.from_dir(extra))
    corpus = Corpus(articles)
    out.mkdir(parents=True, exist_ok=True)
    return [
        save_timeline(corpus, out / "timeline.png"),
        save_network(corpus, out / "network.png"),
    ]


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(f"wrote {path}")
