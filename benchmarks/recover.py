"""Time to recover a glued table 三 (every row's cells glued into one digit run).

Draws random valid tables with ``tests/glued_forms.py`` (our own generator), renders every
row the way a scraper's ``get_text()`` prints it, and times
``govinfo_reports._recover.recover_table3`` on the 25 rows.  Prints the median, the 90th
percentile and the worst time over ``--tables`` tables (default 1,000), and how many tables
came back with every cell equal to the original, with an ambiguity Problem, or otherwise.

Usage: ``.venv/bin/python benchmarks/recover.py [--tables N] [--seed S]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from glued_forms import random_table3, render_glued, row_order  # noqa: E402
from govinfo_reports._recover import RowText, recover_table3  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tables", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=20261206)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    times: list[float] = []
    exact = ambiguous = other = 0
    worst_desc = ""
    for _ in range(args.tables):
        template = rng.choice(("2019", "2021"))
        table = random_table3(rng, template=template, density=rng.choice((0.1, 0.2, 0.4)))
        rows = [RowText(path, raw=render_glued(table[path], rng)) for path in table]
        # CPU time of this process: the machine may be shared, wall time would count waits
        t0 = time.process_time()
        rec = recover_table3(rows)
        dt = time.process_time() - t0
        times.append(dt)
        if dt >= max(times):
            worst_desc = " / ".join(r.raw or "" for r in rows[:3]) + " …"
        codes = {p.code for p in rec.problems}
        got = {p: rec.cells.get(p) for p in row_order(list(table)[2:-2])}
        if got == table and not codes:
            exact += 1
        elif "table3.ambiguous_cells" in codes:
            ambiguous += 1
        else:
            other += 1
    times.sort()
    ms = [t * 1000 for t in times]
    print(f"glued table 三 recovery over {len(ms)} random tables (seed {args.seed}), CPU time")
    print(f"  median {statistics.median(ms):.2f} ms")
    print(f"  p90    {ms[int(0.9 * (len(ms) - 1))]:.2f} ms")
    print(f"  worst  {ms[-1]:.2f} ms   ({worst_desc})")
    print(f"  read back exactly: {exact}; ambiguity reported: {ambiguous}; other: {other}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
