"""Where the real reports of ../shared are, for the tests that read them (skipped when absent).

``$GOVINFO_SHARED`` wins; otherwise ``shared/`` beside the repository.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

SHARED = Path(os.environ.get("GOVINFO_SHARED") or Path(__file__).resolve().parents[2] / "shared")


def shared_items() -> list[tuple[str, Path, dict[str, Any]]]:
    """(name, source file, expected) for every seed and every str-input corpus item.

    ``source.pdf`` items are left out: they are not str input (``gr.read`` reads them).
    """
    items: list[tuple[str, Path, dict[str, Any]]] = []
    for f in sorted((SHARED / "seeds").glob("*.txt")):
        exp = SHARED / "seeds" / "expected" / (f.stem + ".json")
        if exp.exists():
            items.append((f"seed/{f.stem}", f, json.loads(exp.read_text(encoding="utf-8"))))
    for d in sorted((SHARED / "corpus").glob("*/*")):
        exp = d / "expected.json"
        src = next((d / n for n in ("source.txt", "source.html") if (d / n).exists()), None)
        if exp.exists() and src is not None:
            items.append((f"{d.parent.name}/{d.name}", src, json.loads(exp.read_text("utf-8"))))
    return items
