"""Parse a directory of reports with dask.bag and write one Parquet file of flat records.

    pip install 'govinfo-reports[dask]'
    python examples/dask_to_parquet.py reports/ reports.parquet [--pattern '*.txt']

Each file becomes one row of :func:`govinfo_reports.to_records` (identity, every table cell,
the prose figures, problem counts).  Files that cannot be read still give a row, with
``problems.error`` at least 1; their names are printed at the end.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def parse_partition(paths: list[str]) -> list[dict[str, Any]]:
    """One dask partition: its files parsed and flattened (runs in a worker)."""
    import govinfo_reports as gr

    return gr.to_records(gr.parse_many(paths))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", type=Path)
    ap.add_argument("output", type=Path, help="the Parquet file to write")
    ap.add_argument("--pattern", default="*.txt", help="glob of the files to read")
    ap.add_argument("--partitions", type=int, default=8)
    args = ap.parse_args(argv)

    try:
        import dask.bag as db
        import pandas as pd
    except ImportError:
        print("needs the dask extra: pip install 'govinfo-reports[dask]'", file=sys.stderr)
        return 2
    from govinfo_reports.export import record_columns

    paths = sorted(str(p) for p in args.directory.rglob(args.pattern))
    if not paths:
        print(f"no {args.pattern} files under {args.directory}", file=sys.stderr)
        return 1
    bag = db.from_sequence(paths, npartitions=min(args.partitions, len(paths)))
    records = bag.map_partitions(parse_partition).compute()

    frame = pd.DataFrame.from_records(records, columns=list(record_columns()))
    # Decimal cells (money) as strings keep every digit; counts as nullable integers.
    for col in frame.columns:
        values = frame[col].dropna()
        if len(values) and all(isinstance(v, int) for v in values):
            frame[col] = frame[col].astype("Int64")
        elif col.startswith(("t2.", "fig.")):
            frame[col] = frame[col].map(lambda v: None if v is None else str(v))
    frame.to_parquet(args.output, index=False)

    bad = frame.loc[frame["problems.error"] > 0, "origin"].tolist()
    print(f"{len(frame)} reports -> {args.output}; {len(bad)} with errors", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
