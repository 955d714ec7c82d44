"""Score govinfo_reports against the real reports in ../shared (seeds and corpus).

Runs :func:`govinfo_reports.parse` (or :func:`govinfo_reports.read` for ``source.pdf`` and
``source.html`` items) over every item that has an ``expected.json`` and compares, field by
field: year, agency, period, is_report, headings, figures of the library's kinds, every quoted
number (through :func:`govinfo_reports.find_quantities`), breakdowns, every cell of tables 二, 三
and 四, and the balance check.  Prints a per-field accuracy table and the list of misses.

    python benchmarks/evaluate.py                 # the table and every miss
    python benchmarks/evaluate.py --field table3  # only one field's misses
    python benchmarks/evaluate.py --item pingtan  # only items whose name contains this
    python benchmarks/evaluate.py --json out.json # the figures, machine-readable

The shared folder is found at ``$GOVINFO_SHARED`` or ``../shared`` beside the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import regex

import govinfo_reports as gr
from govinfo_reports._outline_grammar import html_view
from govinfo_reports.model import TABLE3_PATHS_2019

ROOT = Path(__file__).resolve().parents[1]

KIND_OF_WHAT = {
    "proactive disclosures": gr.FigureKind.PROACTIVE_DISCLOSURES,
    "applications received": gr.FigureKind.APPLICATIONS_RECEIVED,
    "administrative reviews": gr.FigureKind.ADMINISTRATIVE_REVIEWS,
    "administrative lawsuits": gr.FigureKind.ADMINISTRATIVE_LAWSUITS,
    "fees collected": gr.FigureKind.FEES_COLLECTED,
}
EXTRA_KIND_OF_WHAT = {
    "applications carried forward": gr.FigureKind.APPLICATIONS_CARRIED_FORWARD,
    "applications carried over from previous year": gr.FigureKind.APPLICATIONS_CARRIED_OVER,
    "applications answered": gr.FigureKind.APPLICATIONS_COMPLETED,
    "applications completed": gr.FigureKind.APPLICATIONS_COMPLETED,
}
COLUMNS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other")
COLUMNS += ("total",)
T3_GROUPS = ("withheld", "unable_to_provide", "not_processed", "other_handling")
T3_ALL_ROWS = TABLE3_PATHS_2019
T4_GROUPS = ("review", "litigation_direct", "litigation_after_review")
T4_FIELDS = ("upheld", "corrected", "other", "pending", "total")


def shared_dir() -> Path:
    """Where ../shared is: $GOVINFO_SHARED, else beside the repository."""
    env = os.environ.get("GOVINFO_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def items(shared: Path) -> Iterator[tuple[str, Path | None, Path, dict[str, Any]]]:
    """(name, source file, expected file, expected) for every scored item."""
    for exp in sorted((shared / "seeds" / "expected").glob("*.json")):
        src = shared / "seeds" / (exp.stem + ".txt")
        yield f"seed/{exp.stem[:3]}", src, exp, json.loads(exp.read_text("utf-8"))
    for exp in sorted((shared / "corpus").glob("*/*/expected.json")):
        folder = exp.parent
        src = next(
            (
                folder / n
                for n in ("source.txt", "source.html", "source.pdf")
                if (folder / n).exists()
            ),
            None,
        )
        name = f"{folder.parent.name}/{folder.name}"
        yield name, src, exp, json.loads(exp.read_text("utf-8"))


def load(src: Path) -> tuple[gr.Report | None, str]:
    """Parse one source file; (None, reason) when it cannot be read here."""
    if src.suffix == ".pdf":
        try:
            return gr.read(src), ""
        except Exception as exc:  # the optional pdf reader may be missing
            return None, f"{type(exc).__name__}: {exc}"[:120]
    return gr.parse(src.read_text("utf-8"), origin=str(src)), ""


def dig(obj: object, path: str) -> object:
    """Follow a dotted attribute path; None when any step is missing."""
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part, None)
    return obj


def same_number(got: object, want: object) -> bool:
    """Numbers compare by value (Decimal vs float vs int); None only equals None."""
    if got is None or want is None:
        return got is None and want is None
    if isinstance(got, bool) or not isinstance(got, (int, Decimal, float)):
        return False
    try:
        return Decimal(str(got)) == Decimal(str(want))
    except ArithmeticError:
        return False


class Scores:
    """Per-field hit counts and the misses."""

    def __init__(self) -> None:
        self.hits: dict[str, int] = defaultdict(int)
        self.total: dict[str, int] = defaultdict(int)
        self.misses: list[tuple[str, str, str]] = []

    def score(self, field: str, item: str, ok: bool, detail: str = "") -> None:
        self.total[field] += 1
        if ok:
            self.hits[field] += 1
        else:
            self.misses.append((field, item, detail))


def outline_of(report: gr.Report) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in report.outline()]


def eval_identity(s: Scores, name: str, r: gr.Report, exp: dict[str, Any]) -> None:
    if "year" in exp:
        s.score("year", name, r.year == exp["year"], f"got {r.year}, want {exp['year']}")
    if "agency" in exp:
        want = exp["agency"]
        s.score("agency", name, r.agency == want, f"got {r.agency!r}, want {want!r}")
    if "period" in exp:
        got = [r.period.start.isoformat(), r.period.end.isoformat()] if r.period else None
        s.score("period", name, got == exp["period"], f"got {got}, want {exp['period']}")
    if "is_report" in exp:
        not_report = any(p.code == "report.not_a_report" for p in r.problems)
        ok = not_report != bool(exp["is_report"])
        s.score("is_report", name, ok, f"not_a_report flagged={not_report}")


def eval_headings(s: Scores, name: str, r: gr.Report, exp: dict[str, Any]) -> None:
    got = outline_of(r)
    if "headings" in exp:
        want = [tuple(h) for h in exp["headings"]]
        s.score("headings(items)", name, got == want, diff_headings(got, want))
        for h in want:
            s.score("headings(each)", name, h in got, f"missing {h}")
        for h in got:
            if h not in want:
                s.score("headings(no false)", name, False, f"extra {h}")
        s.total["headings(no false)"] += len([h for h in got if h in want])
        s.hits["headings(no false)"] += len([h for h in got if h in want])
    elif "headings_level1" in exp:
        titles = [t for lvl, _, t in got if lvl == 1]
        want1 = exp["headings_level1"]
        s.score("headings(items)", name, titles == want1, f"got {titles}, want {want1}")


def diff_headings(got: list[tuple[int, str, str]], want: list[tuple[int, str, str]]) -> str:
    missing = [h for h in want if h not in got]
    extra = [h for h in got if h not in want]
    return f"missing {missing[:4]} extra {extra[:4]}"


QUALIFIER_OF = {
    "exact": gr.Qualifier.EXACT,
    "over": gr.Qualifier.OVER,
    "about": gr.Qualifier.ABOUT,
    "at_least": gr.Qualifier.AT_LEAST,
    "at_most": gr.Qualifier.AT_MOST,
}


def eval_figures(s: Scores, name: str, r: gr.Report, exp: dict[str, Any], text: str) -> None:
    figs = exp.get("figures")
    if isinstance(figs, dict):  # seeds: kind -> value
        for kind_name, value in figs.items():
            q = r.figure(gr.FigureKind(kind_name))
            got = None if q is None else q.value
            s.score(
                "figures", name, same_number(got, value), f"{kind_name}: got {got}, want {value}"
            )
    elif isinstance(figs, list):
        for fig in figs:
            kind = KIND_OF_WHAT.get(fig["what"])
            extra = EXTRA_KIND_OF_WHAT.get(fig["what"])
            want_q = QUALIFIER_OF.get(fig.get("approx", "exact"))
            if kind or extra:
                field = "figures" if kind else "figures(extra kinds)"
                q = r.figure(kind or extra)  # type: ignore[arg-type]
                ok = q is not None and same_number(q.value, fig["value"]) and q.qualifier == want_q
                got = None if q is None else (q.value, q.qualifier.value)
                s.score(
                    field,
                    name,
                    ok,
                    f"{fig['what']}: got {got}, want {fig['value']} «{fig['quote']}»",
                )
            eval_quote(s, name, fig["quote"], fig["value"], want_q, text)
    for item in exp.get("approximate", []):
        eval_quote(s, name, item["quote"], item["value"], QUALIFIER_OF[item["qualifier"]], text)


def eval_quote(
    s: Scores, name: str, quote: str, value: object, qual: gr.Qualifier | None, text: str
) -> None:
    """A quoted number is found by find_quantities inside the quote's place in the source.

    The quote is located with any whitespace between its characters (PDF and HTML text wrap
    and pad differently from the quote).  Quotes of glued table rows (a digit run longer than
    any one number) are table cells, scored under table3/table4, not here; a quote that
    cannot be located is counted apart, not as a miss of the numeral grammar.
    """
    if regex.search(r"\d{6,}", quote.replace(" ", "")) and len(str(value)) < 6:
        return
    chars = [regex.escape(c) for c in quote if not c.isspace()]
    m = regex.search(r"\s*".join(chars), text) if chars else None
    if m is None:
        s.score("quotes located", name, False, f"quote not in source: «{quote}»")
        return
    s.score("quotes located", name, True)
    window = text[max(0, m.start() - 10) : m.end() + 10]
    found = [q for q in gr.find_quantities(window) if same_number(q.value, value)]
    ok = any(q.qualifier == qual for q in found) if qual else bool(found)
    got = [(q.text, q.qualifier.value) for q in found]
    want = qual.value if qual else "any"  # (an enum formats differently on 3.10 and 3.11+)
    s.score("quantities", name, ok, f"«{quote}» want {value} {want}, got {got}")


def eval_breakdowns(s: Scores, name: str, r: gr.Report, exp: dict[str, Any]) -> None:
    for bd in exp.get("breakdowns", []):
        parts = bd.get("parts") if isinstance(bd, dict) else None
        if not parts:
            continue
        want = [Decimal(str(p)) for p in parts]
        ok = any([Decimal(str(p.quantity.value)) for p in b.parts] == want for b in r.breakdowns)
        total = bd.get("total")
        s.score("breakdowns", name, ok, f"total {total} parts {parts}")


def eval_table2(s: Scores, name: str, r: gr.Report, exp: dict[str, Any]) -> None:
    t2 = exp.get("table2")
    if not isinstance(t2, dict):
        return
    undetermined = set(exp.get("undetermined", []))
    for row, cols in t2.items():
        if not isinstance(cols, dict):
            continue
        for col, want in cols.items():
            path = f"{row}.{col}"
            if f"table2.{path}" in undetermined:
                continue
            got = dig(r.active_disclosure, path)
            s.score("table2", name, same_number(got, want), f"{path}: got {got}, want {want}")


def expected_table3(t3: dict[str, Any]) -> dict[str, list[Any]]:
    rows: dict[str, list[Any]] = {}
    for key, val in t3.items():
        if key in T3_GROUPS and isinstance(val, dict):
            for sub, cells in val.items():
                rows[f"{key}.{sub}"] = cells
        elif key == "other_handling" and isinstance(val, list):
            rows["other_handling.other"] = val
        elif isinstance(val, list):
            rows[key] = val
    if t3.get("all_other_rows") == "zero":
        for path in T3_ALL_ROWS:
            rows.setdefault(path, [0] * 7)
    return rows


def eval_table3(s: Scores, name: str, r: gr.Report, exp: dict[str, Any]) -> None:
    t3 = exp.get("table3")
    if not isinstance(t3, dict):
        return
    undetermined = set(exp.get("undetermined", []))
    for path, cells in expected_table3(t3).items():
        row = dig(r.applications, path)
        for i, want in enumerate(cells):
            if f"{path}.{i}" in undetermined or f"table3.{path}.{i}" in undetermined:
                continue
            got = None if row is None else getattr(row, COLUMNS[i])
            s.score(
                "table3",
                name,
                same_number(got, want),
                f"{path}[{COLUMNS[i]}]: got {got}, want {want}",
            )


def eval_table4(s: Scores, name: str, r: gr.Report, exp: dict[str, Any]) -> None:
    t4 = exp.get("table4")
    if not isinstance(t4, list):
        return
    for i, want in enumerate(t4):
        group, field = T4_GROUPS[i // 5], T4_FIELDS[i % 5]
        got = dig(r.appeals, f"{group}.{field}")
        s.score("table4", name, same_number(got, want), f"{group}.{field}: got {got}, want {want}")


def eval_checks(s: Scores, name: str, r: gr.Report, exp: dict[str, Any]) -> None:
    if exp.get("check_balances") is True:
        bad = [p for p in r.validate() if p.code == "table3.balance"]
        s.score("balance check", name, not bad, "; ".join(p.message for p in bad)[:300])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--field", help="print only this field's misses (prefix match)")
    ap.add_argument("--item", help="only items whose name contains this")
    ap.add_argument("--json", help="write the scores as JSON to this file")
    ap.add_argument("--quiet", action="store_true", help="no list of misses")
    args = ap.parse_args(argv)
    shared = shared_dir()
    if not shared.exists():
        print(f"no shared folder at {shared}", file=sys.stderr)
        return 2
    s = Scores()
    skipped: list[str] = []
    seconds = 0.0
    for name, src, _exp_path, exp in items(shared):
        if args.item and args.item not in name:
            continue
        if src is None:
            skipped.append(f"{name}: no source file")
            continue
        t0 = time.perf_counter()
        r, why = load(src)
        seconds += time.perf_counter() - t0
        if r is None:
            skipped.append(f"{name}: {why}")
            continue
        # quotes are text as a reader sees it: on an HTML page, the page's rendered text
        view = html_view(r.source)
        text = r.source if view is None else view[0]
        eval_identity(s, name, r, exp)
        eval_headings(s, name, r, exp)
        eval_figures(s, name, r, exp, text)
        eval_breakdowns(s, name, r, exp)
        eval_table2(s, name, r, exp)
        eval_table3(s, name, r, exp)
        eval_table4(s, name, r, exp)
        eval_checks(s, name, r, exp)
        internal = [p.message for p in r.problems if p.code.endswith("internal_error")]
        s.score("no internal error", name, not internal, "; ".join(internal)[:300])
    print(f"{'field':<22}{'right':>7}{'of':>7}{'%':>8}")
    for field in sorted(s.total):
        n, k = s.total[field], s.hits[field]
        print(f"{field:<22}{k:>7}{n:>7}{100 * k / n:>8.1f}")
    print(f"parse time: {seconds:.2f} s")
    if skipped:
        print("\nskipped:")
        for line in skipped:
            print("  " + line)
    if not args.quiet:
        print("\nmisses:")
        for field, item, detail in s.misses:
            if args.field and not field.startswith(args.field):
                continue
            print(f"  [{field}] {item}: {detail}")
    if args.json:
        data = {f: {"right": s.hits[f], "of": s.total[f]} for f in s.total}
        data["misses"] = [list(m) for m in s.misses]  # type: ignore[assignment]
        Path(args.json).write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
