"""Snapshot of ``parse`` + ``validate`` output, to show that a refactoring changed nothing.

    python benchmarks/snapshot.py                      # benchmarks/out/snapshot.json
    python benchmarks/snapshot.py before.json          # on the old tree
    python benchmarks/snapshot.py after.json           # on the new tree
    python benchmarks/snapshot.py --diff before.json after.json

Every input's ``to_dict()`` (every value, span, problem and note) plus the ``validate()``
problems are written as JSON.  The inputs: the seeds and corpus texts of ../shared
(``$GOVINFO_SHARED`` overrides), the bundled example alone and repeated, every surface form of
``tests/surface_forms.py`` for both table formats, the first half and the last two thirds of each
of those texts (cut tables, missing headings), and a few hostile strings.  ``--diff`` prints the
inputs whose output differs and exits 1 when any does.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "2023-example-transport-bureau.txt"


def inputs() -> list[tuple[str, str]]:
    """(name, text) of every input, in a fixed order."""
    env = os.environ.get("GOVINFO_SHARED")
    shared = Path(env) if env else ROOT.parent / "shared"
    out: list[tuple[str, str]] = []
    paths = sorted(shared.glob("seeds/*.txt")) + sorted(shared.glob("corpus/*/*/source.*"))
    for p in paths:
        if p.suffix in (".txt", ".html"):
            text = p.read_text(encoding="utf-8", errors="replace")
            out.append((str(p.relative_to(shared)), text))
    example = EXAMPLE.read_text(encoding="utf-8")
    out += [("example", example), ("example x7", (example + "\n") * 7)]
    sys.path.insert(0, str(ROOT / "tests"))
    import surface_forms as sf

    for template in ("2021", "2019"):
        tables = sf.example(template)
        for form, render in sorted(sf.FORMS.items()):  # (the text forms: a fixed set)
            out.append((f"render_{form} {template}", render(tables, sf.Style())))
    for name, text in list(out):
        out.append((f"{name} [first half]", text[: len(text) // 2]))
        out.append((f"{name} [last two thirds]", text[len(text) // 3 :]))
    out += [
        ("empty", ""),
        ("blanks", " \n\t" * 100),
        ("headings", "一、" * 500),
        ("pipes", "|" * 5000),
        ("digits", "1234567890" * 500),
        ("NUL", "\x00" * 100 + "二、主动公开政府信息情况"),
    ]
    return out


def dump(path: Path) -> None:
    """Write the snapshot of every input to ``path``."""
    import govinfo_reports as gr

    result: dict[str, Any] = {}
    for name, text in inputs():
        try:
            report = gr.parse(text)
            data = report.to_dict()
            data["_validate"] = [repr(p) for p in report.validate()]
            result[name] = json.loads(json.dumps(data, default=repr, ensure_ascii=False))
        except Exception as exc:  # an exception is an output to compare too
            result[name] = {"_exception": repr(exc)}
    path.write_text(json.dumps(result, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"{len(result)} inputs written to {path}")


def diff(old: Path, new: Path) -> int:
    """Print the inputs whose output differs (and the fields that do); 1 if any does."""
    a = json.loads(old.read_text(encoding="utf-8"))
    b = json.loads(new.read_text(encoding="utf-8"))
    changed = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
    for key in changed[:20]:
        x, y = a.get(key, {}), b.get(key, {})
        fields = [f for f in sorted(set(x) | set(y)) if x.get(f) != y.get(f)]
        print(f"differs: {key}: {', '.join(fields[:8])}")
    print(f"{len(changed)} of {len(a)} inputs differ")
    return 1 if changed else 0


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "--diff":
        return diff(Path(argv[1]), Path(argv[2]))
    if len(argv) <= 1:
        out = Path(argv[0]) if argv else ROOT / "benchmarks" / "out" / "snapshot.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        dump(out)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
