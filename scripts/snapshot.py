"""Parse every article text of the repository and save (or compare) the JSON of the results.

A guard for refactors that must not change output: run ``save`` before, ``check`` after::

    python scripts/snapshot.py save /tmp/snap
    python scripts/snapshot.py check /tmp/snap

Texts: the seeds, the hand-written articles, the held-out articles, the reader texts and the
date cases of ``tests/data/dates.jsonl`` (found with and without a reference date).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import rusaz
from rusaz.exceptions import RusazError

ROOT = Path(__file__).resolve().parents[1]
DIRS = ("seeds", "tests/data/articles", "tests/data/heldout/articles", "tests/data/reader")


def outputs() -> dict[str, str]:
    """Name -> JSON text of every parse (or the error it raised)."""
    out: dict[str, str] = {}
    for d in DIRS:
        for p in sorted((ROOT / d).glob("*.txt")):
            name = f"{d}/{p.name}"
            try:
                out[name] = rusaz.to_json(rusaz.parse_file(p))
            except RusazError as exc:
                out[name] = f"{type(exc).__name__}: {exc}"
    ref = date(2024, 5, 1)
    for i, line in enumerate((ROOT / "tests/data/dates.jsonl").read_text().splitlines()):
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        for reference in (None, ref):
            found = rusaz.find_dates(text, reference)
            out[f"dates/{i}/{reference}"] = repr(found)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("save", "check"))
    ap.add_argument("where", type=Path)
    args = ap.parse_args()
    now = outputs()
    target = args.where / "snapshot.json"
    if args.action == "save":
        args.where.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(now, indent=0, sort_keys=True), encoding="utf-8")
        print(f"saved {len(now)} outputs to {target}")
        return 0
    before = json.loads(target.read_text(encoding="utf-8"))
    changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for k in changed:
        print("changed:", k)
    print(f"{len(now) - len(changed)}/{len(now)} outputs identical")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
