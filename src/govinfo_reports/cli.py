"""The command line: ``govinfo-reports`` / ``python -m govinfo_reports``.

::

    govinfo-reports parse FILE... [--format json|jsonl|csv] [-o OUT] [--workers N]
    govinfo-reports validate FILE... [--strict] [--workers N]
    govinfo-reports show FILE
    govinfo-reports schema

``parse`` writes :meth:`Report.to_dict` as a JSON list or one JSON object per line, or
:func:`govinfo_reports.to_records` as CSV (one row per file).  ``validate`` prints one line per
Problem (``file: severity code: message``) and exits 1 when any ERROR was found (any
WARNING too with ``--strict``).  ``show`` prints the identity, outline, tables (cells of
failed checks marked ``*``), figures and problems of one report.  Every FILE is a path (a
name without a suffix too); ``-`` reads standard input (bytes, decoded as a file's are).  A
file that cannot be read (missing, a directory) gives one line on stderr and the others
still go through (exit status 1); an ``-o`` that cannot be written, one line and status 2.
With the ``cli`` extra (tqdm), batches show a progress bar when stderr is a terminal.

>>> main(["--version"])  # doctest: +ELLIPSIS
govinfo-reports ...
0
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

import attrs

from .display import report_text
from .export import json_schema, record_columns, to_dict, to_records
from .files import Item, iter_parse, load
from .model import Report, Severity

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    ap = argparse.ArgumentParser(
        prog="govinfo-reports",
        description="Read 政府信息公开工作年度报告 files into typed data and check them.",
    )
    ap.add_argument("--version", action="store_true", help="print the version and exit")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("parse", help="parse files and write JSON, JSON lines or CSV")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("json", "jsonl", "csv"), default="json")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.add_argument("--workers", type=int, default=1, help="processes to use (0: every CPU)")

    v = sub.add_parser("validate", help="run the consistency checks, one line per problem")
    v.add_argument("files", nargs="+", metavar="FILE")
    v.add_argument("--strict", action="store_true", help="WARNINGs fail too")
    v.add_argument("--workers", type=int, default=1, help="processes to use (0: every CPU)")

    s = sub.add_parser("show", help="print one report: identity, outline, tables, problems")
    s.add_argument("file", metavar="FILE")

    sub.add_parser("schema", help="print the JSON Schema of `parse --format json` items")
    ap.set_defaults(version_text=f"govinfo-reports {__version__}")
    return ap


def _progress(reports: Iterator[Report], total: int) -> Iterator[Report]:
    """``reports`` with a tqdm bar on stderr when it is a terminal and tqdm is installed."""
    if total < 2 or not sys.stderr.isatty():
        return reports
    try:
        from tqdm import tqdm
    except ImportError:
        return reports
    bar: Iterator[Report] = tqdm(reports, total=total, unit="file", file=sys.stderr)
    return bar


def _item(arg: str) -> Item:
    """A FILE argument as a batch item: standard input's bytes for ``-``, else the path
    (never the argument's own text: a mistyped name is a missing file, not a report)."""
    return sys.stdin.buffer.read() if arg == "-" else Path(arg)


def _load(arg: str) -> Report:
    """The Report of one FILE argument (``-``: standard input, named ``-``)."""
    report = load(_item(arg))
    return attrs.evolve(report, origin="-") if arg == "-" else report


def _reports(
    files: Sequence[str], workers: int, *, announce: bool = True
) -> Iterator[tuple[Report, bool]]:
    """Each file's Report and whether it could be read; an unreadable file gets one line on
    stderr (when ``announce``)."""
    items = [_item(f) for f in files]
    reports = iter_parse(items, workers=workers)
    for arg, report in zip(files, _progress(reports, len(files)), strict=True):
        if arg == "-":
            report = attrs.evolve(report, origin="-")
        bad = [p for p in report.problems if p.code == "file.unreadable"]
        if bad and announce:
            print(f"govinfo-reports: {bad[0].message}", file=sys.stderr)
        yield report, not bad


def _cmd_parse(args: argparse.Namespace, out: IO[str]) -> int:
    ok = True
    good: list[Report] = []
    first = True
    if args.format == "json":
        out.write("[")
    for report, readable in _reports(args.files, args.workers):
        ok = ok and readable
        if not readable:
            continue
        if args.format == "csv":
            good.append(report)
        elif args.format == "jsonl":
            out.write(json.dumps(to_dict(report), ensure_ascii=False) + "\n")
        else:
            out.write(("\n" if first else ",\n") + json.dumps(to_dict(report), ensure_ascii=False))
            first = False
    if args.format == "json":
        out.write("\n]\n")
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=list(record_columns()), lineterminator="\n")
        writer.writeheader()
        for row in to_records(good):
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return 0 if ok else 1


def _cmd_validate(args: argparse.Namespace, out: IO[str]) -> int:
    failed = False
    for report, readable in _reports(args.files, args.workers):
        if not readable:  # (its line went to stderr)
            failed = True
            continue
        name = report.origin or "-"
        for p in report.validate():
            out.write(f"{name}: {p.severity.value} {p.code}: {p.message}\n")
            if p.severity is Severity.ERROR or args.strict:
                failed = True
    return 1 if failed else 0


def _cmd_show(args: argparse.Namespace, out: IO[str]) -> int:
    report = _load(args.file)
    bad = [p for p in report.problems if p.code == "file.unreadable"]
    if bad:
        print(f"govinfo-reports: {bad[0].message}", file=sys.stderr)
        return 1
    out.write(report_text(report) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status.

    >>> main(["validate", "/no/such/file.txt"])  # (its line goes to stderr)
    1
    """
    ap = _parser()
    args = ap.parse_args(argv)
    try:
        return _run(ap, args)
    except BrokenPipeError:
        # the reader went away (… | head): no traceback; the exit's flush goes nowhere
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):  # (a stdout with no file descriptor)
            pass
        return 1


def _run(ap: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """The command ``args`` names."""
    if args.version:
        print(args.version_text)
        return 0
    if args.command is None:
        ap.print_help(sys.stderr)
        return 2
    if args.command == "schema":
        sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=1) + "\n")
        return 0
    if args.command == "show":
        return _cmd_show(args, sys.stdout)
    if args.command == "validate":
        return _cmd_validate(args, sys.stdout)
    if args.output:
        try:
            fh = open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            print(f"govinfo-reports: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
            return 2
        with fh:
            return _cmd_parse(args, fh)
    return _cmd_parse(args, sys.stdout)
