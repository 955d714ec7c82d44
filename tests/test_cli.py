"""The command line (issue 9), run as a subprocess the way a user runs it.

Fixtures: the bundled example report and an unbalanced copy of it made here (its （七）总计
自然人 cell changed); ../shared/seeds only in the tests that skip when it is absent.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import govinfo_reports as gr
from govinfo_reports.cli import main
from govinfo_reports.export import json_schema, record_columns
from shared_data import SHARED

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "2023-example-transport-bureau.txt"

TOTAL_ROW = "(七)总计 | 41 |"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "govinfo_reports", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        check=False,
    )


@pytest.fixture
def unbalanced(tmp_path: Path) -> Path:
    text = EXAMPLE.read_text("utf-8")
    assert TOTAL_ROW in text
    path = tmp_path / "unbalanced.txt"
    path.write_text(text.replace(TOTAL_ROW, "(七)总计 | 45 |"), encoding="utf-8")
    return path


def test_show_prints_identity_outline_tables_and_problems() -> None:
    proc = run("show", "examples/2023-example-transport-bureau.txt")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    r = gr.read(EXAMPLE)
    assert r.agency is not None and r.agency in out
    assert "一、总体情况" in out
    for title in ("表二", "表三", "表四"):
        assert title in out
    total = r.applications.total  # type: ignore[union-attr]
    assert total is not None
    line = next(x for x in out.splitlines() if "（七）总计" in x)
    assert line.split()[1:] == [str(v) for v in total.cells()]
    for p in r.validate():
        assert p.code in out


def test_show_marks_the_cells_of_a_failed_check(unbalanced: Path) -> None:
    proc = run("show", unbalanced)
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if "（七）总计" in x)
    assert "45*" in line
    assert "error" in proc.stdout


def test_validate_exits_1_on_an_unbalanced_table(unbalanced: Path) -> None:
    proc = run("validate", unbalanced, EXAMPLE)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    errors = [x for x in lines if x.startswith(f"{unbalanced}: error ")]
    assert errors, proc.stdout
    assert any("table3." in x for x in errors)
    expected = sum(len(gr.read(p).validate()) for p in (unbalanced, EXAMPLE))
    assert len(lines) == expected  # one line per Problem


def test_validate_strict_fails_on_warnings_only() -> None:
    problems = gr.read(EXAMPLE).validate()
    assert not any(p.severity is gr.Severity.ERROR for p in problems)
    assert main(["validate", str(EXAMPLE)]) == 0
    assert main(["validate", "--strict", str(EXAMPLE)]) == (1 if problems else 0)


def test_parse_csv_one_row_per_file_and_unreadable_files_go_on(
    unbalanced: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    proc = run("parse", EXAMPLE, missing, unbalanced, "--format", "csv")
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "missing.txt" in proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [r["origin"] for r in rows] == [str(EXAMPLE), str(unbalanced)]
    assert list(rows[0]) == list(record_columns())
    assert rows[1]["t3.total.natural_person"] == "45"
    assert int(rows[1]["problems.error"]) >= 1


def test_validate_reports_an_unreadable_file_on_stderr(tmp_path: Path) -> None:
    """As docs/cli.md says: one line on standard error, the other files go through."""
    missing = tmp_path / "missing.txt"
    proc = run("validate", EXAMPLE, missing)
    assert proc.returncode == 1
    assert "missing.txt" not in proc.stdout
    assert proc.stderr.count("\n") == 1 and "missing.txt" in proc.stderr


def test_an_output_that_cannot_be_written_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    proc = run("parse", EXAMPLE, "-o", tmp_path / "no-such-dir" / "out.json")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "no-such-dir" in proc.stderr


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    cmd = [sys.executable, "-m", "govinfo_reports", "parse", *[str(EXAMPLE)] * 30]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()  # (as … | head -c 10 does)
    err = proc.stderr.read().decode("utf-8")
    proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipeError" not in err


def test_parse_json_and_jsonl_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["parse", str(EXAMPLE), "--format", "json", "-o", str(out)]) == 0
    [d] = json.loads(out.read_text("utf-8"))
    assert gr.Report.from_dict(d) == gr.read(EXAMPLE)
    assert main(["parse", str(EXAMPLE), str(EXAMPLE), "--format", "jsonl", "-o", str(out)]) == 0
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 2
    assert gr.Report.from_dict(json.loads(lines[1])) == gr.read(EXAMPLE)


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema()


def test_no_command_is_a_usage_error() -> None:
    assert main([]) == 2


def test_parse_workers_gives_the_same_output(tmp_path: Path, unbalanced: Path) -> None:
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    files = [str(EXAMPLE), str(unbalanced)]
    assert main(["parse", *files, "--format", "jsonl", "-o", str(one)]) == 0
    assert main(["parse", *files, "--format", "jsonl", "--workers", "2", "-o", str(two)]) == 0
    assert one.read_text("utf-8") == two.read_text("utf-8")


# --- the seeds -----------------------------------------------------------------------------


def seeds() -> list[Path]:
    found = sorted(SHARED.glob("seeds/*.txt")) if SHARED.is_dir() else []
    if not found:
        pytest.skip("../shared is absent")
    return found


def test_parse_seeds_csv_gives_one_row_per_seed() -> None:
    paths = seeds()
    proc = run("parse", *paths, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [r["origin"] for r in rows] == [str(p) for p in paths]


def test_validate_seed_002_lists_its_problem() -> None:
    [path] = [p for p in seeds() if p.name.startswith("002")]
    errors = [p for p in gr.read(path).validate() if p.severity is gr.Severity.ERROR]
    proc = run("validate", path)
    assert proc.returncode == (1 if errors else 0)
    for p in errors:
        assert f"{path}: error {p.code}: {p.message}" in proc.stdout.splitlines()


# --- notebook display ----------------------------------------------------------------------


def test_html_view_highlights_the_cells_of_failed_checks(unbalanced: Path) -> None:
    r = gr.read(unbalanced)
    failed = [p for p in r.validate() if "table3.total.natural_person" in p.cells]
    assert failed
    page = r._repr_html_()
    cell = page.split('data-cell="table3.total.natural_person"')[0].rsplit("<td", 1)[1]
    assert 'class="gr-bad"' in cell
    for p in failed:
        assert f"{p.code}: " in cell  # the check is named in the hover title
    ok = page.split('data-cell="table3.granted.commercial"')[0].rsplit("<td", 1)[1]
    assert "gr-bad" not in ok
    assert "（七）总计" in page and r.agency is not None and r.agency in page


def test_repr_is_short() -> None:
    r = gr.read(EXAMPLE)
    assert len(repr(r)) < 200 and r.source[:20] not in repr(r)


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tqdm")
    from govinfo_reports import cli

    items = iter([gr.parse("")])
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert cli._progress(items, 5) is items
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    bar = cli._progress(items, 5)
    assert bar is not items and type(bar).__name__ == "tqdm"
    assert cli._progress(items, 1) is items  # one file: no bar


def test_a_file_name_is_never_read_as_the_report_text(tmp_path: Path) -> None:
    """A mistyped name without a suffix, or a directory, is a file that cannot be read (one
    line on stderr, exit 1), not a text to parse (was: parsed as the text 'report2023',
    a report.not_a_report warning and exit 0)."""
    missing = tmp_path / "report2023"
    proc = run("parse", missing, "--format", "jsonl")
    assert proc.returncode == 1
    assert proc.stdout == "" and "report2023" in proc.stderr
    assert main(["validate", str(tmp_path)]) == 1  # (a directory)


def test_dash_reads_standard_input() -> None:
    """``-`` is standard input, read as a file's bytes (decoded the same way) and named
    ``-`` where the output names the file."""
    data = EXAMPLE.read_text("utf-8").encode("gb18030")
    proc = subprocess.run(
        [sys.executable, "-m", "govinfo_reports", "parse", "-", "--format", "jsonl"],
        input=data,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    want = gr.parse(EXAMPLE.read_text("utf-8"))
    assert (got["agency"], got["year"], got["origin"]) == (want.agency, want.year, "-")
    assert got["applications"] == want.to_dict()["applications"]
