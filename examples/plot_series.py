"""Plot one agency's applications received and their outcomes, year by year.

    pip install 'govinfo-reports[plot]'
    python examples/plot_series.py [CORPUS_TABLES_DIR] [-o pingtan.png]

Reads the Pingtan series of ../shared/corpus/tables (``pingtan-*``: 平潭综合实验区's reports
2011–2022), keeps the reports of the agency most of them name, one per year, and draws the
applications received (一、本年新收) with the handling outcomes of table 三 stacked beside
them.  Years of the narrative era have no table 三: their bars show what the prose states
(申请数, 予以公开, 部分公开), and the outcomes it does not state are left out, not guessed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

import govinfo_reports as gr

OUTCOMES = (
    ("予以公开", ("granted",)),
    ("部分公开", ("partially_granted",)),
    ("不予公开", ("withheld",)),
    ("无法提供", ("unable_to_provide",)),
    ("不予处理", ("not_processed",)),
    ("其他处理", ("other_handling",)),
)
ENGLISH = {
    "予以公开": "granted",
    "部分公开": "partially granted",
    "不予公开": "withheld",
    "无法提供": "unable to provide",
    "不予处理": "not processed",
    "其他处理": "other handling",
}
CJK_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei", "PingFang SC")
PROSE = {
    "予以公开": gr.FigureKind.APPLICATIONS_GRANTED,
    "部分公开": gr.FigureKind.APPLICATIONS_PARTIALLY_GRANTED,
}


def default_dir() -> Path:
    shared = os.environ.get("GOVINFO_SHARED")
    root = Path(shared) if shared else Path(__file__).resolve().parents[2] / "shared"
    return root / "corpus" / "tables"


def load_series(directory: Path) -> dict[int, gr.Report]:
    """One report per year of the agency most ``pingtan-*`` items name."""
    sources = sorted(
        src
        for item in directory.glob("pingtan-*")
        for src in item.glob("source.*")
        if src.suffix in (".txt", ".html", ".htm", ".pdf")
    )
    reports = gr.parse_many(sources)
    agency, _ = Counter(r.agency for r in reports if r.agency).most_common(1)[0]
    by_year: dict[int, gr.Report] = {}
    for r in reports:
        if r.agency != agency or r.year is None:
            continue
        have = by_year.get(r.year)
        if have is None or (have.applications is None and r.applications is not None):
            by_year[r.year] = r
    return dict(sorted(by_year.items()))


def row_sum(table: gr.ApplicationTable, prefix: str) -> int | None:
    """The 总计 column summed over the rows at ``prefix`` (None when all are blank)."""
    values = [
        counts.total
        for path, counts in table.rows()
        if (path == prefix or path.startswith(prefix + ".")) and counts is not None
    ]
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def figures(report: gr.Report) -> tuple[int | None, dict[str, int | None]]:
    """Applications received and the outcomes by label, from table 三 or else from prose."""
    t = report.applications
    if t is not None and t.new_received is not None:
        outcomes = {label: row_sum(t, paths[0]) for label, paths in OUTCOMES}
        return t.new_received.total, outcomes
    received = report.figure(gr.FigureKind.APPLICATIONS_RECEIVED)
    outcomes = {}
    for label, _ in OUTCOMES:
        q = report.figure(PROSE[label]) if label in PROSE else None
        outcomes[label] = int(q.value) if q is not None else None
    return (int(received.value) if received is not None else None), outcomes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", nargs="?", type=Path, default=default_dir())
    ap.add_argument("-o", "--output", type=Path, default=Path("pingtan-series.png"))
    args = ap.parse_args(argv)
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("needs the plot extra: pip install 'govinfo-reports[plot]'", file=sys.stderr)
        return 2
    if not args.directory.is_dir():
        print(f"no such directory: {args.directory}", file=sys.stderr)
        return 1
    series = load_series(args.directory)
    if not series:
        print(f"no pingtan-* reports under {args.directory}", file=sys.stderr)
        return 1
    years = list(series)
    data = {year: figures(r) for year, r in series.items()}
    for year, (received, outcomes) in data.items():
        stated = ", ".join(f"{k} {v}" for k, v in outcomes.items() if v is not None)
        print(f"{year}: received {received}; {stated or 'no outcomes stated'}")

    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    cjk = [name for name in CJK_FONTS if name in installed]
    if cjk:  # Chinese labels when a font can draw them, English ones otherwise
        plt.rcParams["font.sans-serif"] = [cjk[0], "DejaVu Sans"]

    def name(label: str) -> str:
        return label if cjk else ENGLISH[label]

    fig, ax = plt.subplots(figsize=(10, 5))
    x = list(range(len(years)))
    width = 0.38
    received = [data[y][0] or 0 for y in years]
    ax.bar([i - width / 2 for i in x], received, width, label="received", color="#555")
    bottom = [0] * len(years)
    for label, _ in OUTCOMES:
        values = [data[y][1][label] or 0 for y in years]
        if not any(values):
            continue
        ax.bar([i + width / 2 for i in x], values, width, bottom=bottom, label=name(label))
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_xticks(x, [str(y) for y in years])
    ax.set_ylabel("applications")
    agency = next(iter(series.values())).agency if cjk else "Pingtan series"
    ax.set_title(f"{agency}: applications received and their outcomes by year")
    ax.legend(fontsize="small", ncol=2)
    fig.tight_layout()
    fig.savefig(args.output, dpi=120)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
