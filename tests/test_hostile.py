"""Hostile input (issue 10): ``gr.parse`` returns a Report for any ``str``, quickly.

``parse`` has a catch-all that turns an internal exception into a ``parse.internal_error``
Problem.  That is a safety net for a batch run, not a pass: every test here asserts that the
net did not catch anything.  Sizes are moderate so that the file runs in seconds on a loaded
machine; ``benchmarks/throughput.py`` runs the full sizes (10 MB of random Unicode and so on).

The report fixture is the repository's own invented example (``examples/``); nothing here
reads ../shared.
"""

from __future__ import annotations

import ast
import builtins
import io
import logging
import random
import signal
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest

import govinfo_reports as gr
from govinfo_reports.model import Span

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "2023-example-transport-bureau.txt"
REPORT = EXAMPLE.read_text(encoding="utf-8")

# A generous wall-clock bound per input: a linear parser does each of these in well under a
# second; a super-linear regex on 1 MB takes minutes.  The alarm turns a hang into a failure.
LIMIT_S = 20.0


def all_spans(report: gr.Report) -> Iterator[tuple[str, Span]]:
    """Every span a Report carries, labelled by where it was found."""
    for sec in report.outline():
        yield f"section {sec.number}{sec.title[:10]}", sec.span
    for fig in report.figures:
        yield f"figure {fig.kind.value}", fig.quantity.span
    for bd in report.breakdowns:
        yield "breakdown", bd.span
        yield "breakdown total", bd.total.span
        for part in bd.parts:
            yield f"breakdown part {part.label[:10]}", part.quantity.span
    for name in ("active_disclosure", "applications", "appeals"):
        table = getattr(report, name)
        if table is not None and table.span is not None:
            yield name, table.span
    for prob in report.problems:
        if prob.span is not None:
            yield f"problem {prob.code}", prob.span


def check_report(report: gr.Report, source: str) -> None:
    """The invariants every parse must keep, whatever the input."""
    assert isinstance(report, gr.Report)
    assert report.source is source
    internal = [p.message for p in report.problems if p.code == "parse.internal_error"]
    assert internal == [], internal
    n = len(source)
    for where, span in all_spans(report):
        start, end = span
        assert 0 <= start <= end <= n, (where, span, n)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Fail (instead of hanging the suite) when the block runs longer than ``seconds``."""

    def _raise(signum: int, frame: object) -> None:
        raise TimeoutError(f"parse ran longer than {seconds} s")

    if not hasattr(signal, "SIGALRM"):  # pragma: no cover - Windows
        yield
        return
    old = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def parse_checked(text: str) -> tuple[gr.Report, float]:
    """Parse under a deadline, check the invariants, return the report and the seconds taken."""
    t0 = time.perf_counter()
    with deadline(3 * LIMIT_S):
        report = gr.parse(text)
    elapsed = time.perf_counter() - t0
    check_report(report, text)
    assert elapsed < LIMIT_S, f"{elapsed:.1f} s for {len(text)} chars"
    return report, elapsed


def _random_unicode(n: int, seed: int) -> str:
    rng = random.Random(seed)
    # every plane-0..2 code point but the surrogates (tested on their own below)
    out = []
    for _ in range(n):
        cp = rng.randrange(0x1, 0x2FFFF)
        if 0xD800 <= cp <= 0xDFFF:
            cp = 0x3000
        out.append(chr(cp))
    return "".join(out)


def _cjk_soup(n: int, seed: int) -> str:
    """Random text over the characters the grammars care about: the worst mixture for them."""
    rng = random.Random(seed)
    alphabet = "一二三四五六七八九十百千万亿零两〇、（）()|0123456789.,，。："
    alphabet += "%余多近约以上不足条件万元人次年月日 \n\t"
    return "".join(rng.choice(alphabet) for _ in range(n))


def _word_xml(report: str) -> str:
    paras = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/>'
        f"</w:rPr><w:t>{line}</w:t></w:r></w:p>"
        for line in report.splitlines()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<w:body>{paras}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body>'
        "</w:document>"
    )


def _html_page(report: str) -> str:
    rows = "".join(
        "<tr>" + "".join(f"<td>{c.strip()}</td>" for c in line.split("|")) + "</tr>\n"
        if "|" in line
        else f"<p>{line}</p>\n"
        for line in report.splitlines()
    )
    script = "var x = '一、总体情况'; for (var i = 0; i < 10; i++) { x += '|' + i; }\n" * 50
    style = "td { border: 1px solid #000; } .a::before { content: '（一）'; }\n" * 50
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>年度报告</title>"
        f"<script type='text/javascript'>{script}</script><style>{style}</style></head>"
        f"<body><div class='nav'>首页 &gt; 政务公开 &nbsp;&nbsp; 字号：大 中 小</div>"
        f"<table border='1'>{rows}</table><!-- {'<' * 1000} --></body></html>"
    )


def _table_rows(n: int) -> str:
    head = "三、收到和处理政府信息公开申请情况\n | 自然人 | 商业企业 | 科研机构 | 总计 |\n"
    return head + "".join(f"{i}.第{i}行 | {i} | 0 | {i % 7} | {i} |\n" for i in range(n))


JUNK: dict[str, Callable[[], str]] = {
    "empty": lambda: "",
    "spaces": lambda: " " * 10_000,
    "mixed whitespace": lambda: " \t\n\r\x0b\x0c\u3000\xa0\u2028\u2029\ufeff" * 5_000,
    "random unicode 200k": lambda: _random_unicode(200_000, 1),
    "latin-1 junk 200k": lambda: random.Random(2).randbytes(200_000).decode("latin-1"),
    "cjk soup 50k": lambda: _cjk_soup(50_000, 3),
    "一、 x 100,000": lambda: "一、" * 100_000,
    "一、 lines x 20,000": lambda: "一、\n" * 20_000,
    "（一） x 20,000": lambda: "（一）" * 20_000,
    "| x 1,000,000": lambda: "|" * 1_000_000,
    "| lines x 100,000": lambda: "|\n" * 100_000,
    "NUL x 100,000": lambda: "\x00" * 100_000,
    "NUL-separated report": lambda: "\x00".join(REPORT),
    "digits 1 MB": lambda: "7" * 1_000_000,
    "digits with separators": lambda: "1,234," * 20_000,
    "chinese numerals 100k": lambda: "三千九百五十九万" * 12_500,
    "open brackets 200k": lambda: "（" * 100_000 + "(" * 100_000,
    "table with 10,000 rows": lambda: _table_rows(10_000),
    "lone surrogates": lambda: "\ud800一、总体情况\udfff" * 1_000 + REPORT + "\udc80",
    "surrogate pairs as halves": lambda: REPORT.replace("。", "\ud83d\ude00"),
    "word xml": lambda: _word_xml(REPORT),
    "html with scripts and styles": lambda: _html_page(REPORT),
    "report x 100": lambda: REPORT * 100,
    # numbers past int()'s 4,300-digit limit, numerals and dates no reader expects
    "5,000-digit count": lambda: "主动公开政府信息" + "9" * 5_000 + "条。",
    "5,000-digit table cell": lambda: REPORT.replace("| 40 |", "| " + "4" * 5_000 + " |"),
    "4,400-digit zeros in every cell": lambda: REPORT.replace(" 0 ", " " + "0" * 4_400 + " "),
    "long decimal": lambda: "收费" + "1" * 3_000 + "." + "5" * 3_000 + "万元。",
    "long range": lambda: "受理" + "1" * 5_000 + "至" + "2" * 5_000 + "件",
    "chinese numeral run": lambda: "主动公开政府信息" + "九千" * 2_000 + "条。",
    "万 x 3,000": lambda: "主动公开1" + "万" * 3_000 + "条",
    "百分之 x 3,000": lambda: "百分之" * 3_000 + "百",
    "impossible dates": lambda: "统计期限自2023年2月30日起至2023年13月45日止。" + REPORT,
    "reversed period": lambda: REPORT.replace(
        "自2023年1月1日起至2023年12月31日止", "自2023年12月31日起至2023年1月1日止"
    ),
    "year 0000 and 9999": lambda: "0000年政府信息公开工作年度报告\n9999年\n" + REPORT,
    "nested brackets": lambda: "".join("（" * k + "一" + "）" * k for k in range(1, 300)),
    "numbers without punctuation": lambda: "3条" * 10_000,
    "breakdowns without punctuation": lambda: "其中3条、" * 5_000,
}


@pytest.mark.parametrize("name", list(JUNK))
def test_any_str_gives_a_report(name: str) -> None:
    parse_checked(JUNK[name]())


@pytest.mark.parametrize(
    "name",
    ["empty", "spaces", "mixed whitespace", "| x 1,000,000", "NUL x 100,000", "digits 1 MB"],
)
def test_junk_is_not_a_report_and_invents_nothing(name: str) -> None:
    report, _ = parse_checked(JUNK[name]())
    assert "report.not_a_report" in [p.code for p in report.problems]
    assert report.sections == ()
    assert report.figures == ()
    assert report.applications is None
    assert report.appeals is None
    assert report.year is None


def test_the_example_itself_reads() -> None:
    """The baseline the hostile variants below are compared with."""
    report, _ = parse_checked(REPORT)
    assert report.year == 2023
    assert report.applications is not None
    assert report.applications.total is not None
    assert report.applications.total.total == 48


def test_report_repeated_keeps_its_identity() -> None:
    report, _ = parse_checked(REPORT * 100)
    assert report.year == 2023
    assert report.sections != ()


def test_lone_surrogates_do_not_hide_the_report() -> None:
    """A report with broken UTF-16 halves in it still reads as the report it is."""
    text = REPORT.replace("\n\n", "\n\ud800\n", 3) + "\udfff"
    report, _ = parse_checked(text)
    assert report.year == 2023
    assert report.applications is not None


def test_nul_bytes_between_lines_do_not_hide_the_report() -> None:
    report, _ = parse_checked(REPORT.replace("\n", "\x00\n"))
    assert report.year == 2023


def test_non_str_is_a_type_error() -> None:
    """The one documented exception: a caller passing bytes gets told at once."""
    with pytest.raises(TypeError):
        gr.parse(REPORT.encode("utf-8"))  # type: ignore[arg-type]


def test_validate_on_hostile_reports() -> None:
    for name in ("lone surrogates", "table with 10,000 rows", "html with scripts and styles"):
        report, _ = parse_checked(JUNK[name]())
        problems = gr.validate(report)
        assert isinstance(problems, tuple)
        for p in problems:
            assert isinstance(p, gr.Problem)


@contextmanager
def _forbidden(target: Any, attr: str, what: str) -> Iterator[list[str]]:
    calls: list[str] = []
    original = getattr(target, attr)

    def refuse(*args: object, **kwargs: object) -> object:
        calls.append(f"{what}{args[:1]!r}")
        raise PermissionError(f"parse must not use {what}")

    setattr(target, attr, refuse)
    try:
        yield calls
    finally:
        setattr(target, attr, original)


def test_no_module_calls_eval_exec_or_compile() -> None:
    """The runtime check below sees only what runs after its warm-up (a cached helper may
    have run eval/exec before it); this reads every module for such calls."""
    src = Path(gr.__file__).parent
    calls = []
    for path in sorted(src.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"eval", "exec", "compile", "__import__"}
            ):
                calls.append(f"{path.name}:{node.lineno} {node.func.id}")
    assert calls == []


def test_parse_touches_no_files_network_or_eval_and_prints_nothing() -> None:
    """Warnings are Problems: nothing printed, logged or warned; no file, socket or eval."""
    text = JUNK["html with scripts and styles"]() + REPORT + JUNK["lone surrogates"]()
    gr.parse(text)  # warm up: lazily loaded converters may read their data files once
    out, err = io.StringIO(), io.StringIO()
    records: list[logging.LogRecord] = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    root = logging.getLogger()
    handler = _Keep(level=logging.DEBUG)
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        with (
            warnings.catch_warnings(record=True) as caught,
            redirect_stdout(out),
            redirect_stderr(err),
            _forbidden(builtins, "open", "open") as opened,
            _forbidden(builtins, "eval", "eval") as evaled,
            _forbidden(builtins, "exec", "exec") as execed,
            _forbidden(socket, "socket", "socket") as sockets,
            _forbidden(subprocess, "Popen", "subprocess") as procs,
        ):
            warnings.simplefilter("always")
            for source in (text, REPORT, ""):
                report = gr.parse(source)
                check_report(report, source)
                gr.validate(report)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    assert (opened, evaled, execed, sockets, procs) == ([], [], [], [], [])
    assert out.getvalue() == ""
    assert err.getvalue() == ""
    assert [str(w.message) for w in caught] == []
    assert [r.getMessage() for r in records if r.name.startswith("govinfo_reports")] == []


def test_import_is_light() -> None:
    """``import govinfo_reports`` does not pull in cn2an, pandas, matplotlib, multiprocessing
    or the other optional or heavy modules at import time."""
    code = (
        "import sys, govinfo_reports; "
        "print(','.join(m for m in ('cn2an', 'pandas', 'matplotlib', 'pdfplumber', 'opencc', "
        "'multiprocessing', 'charset_normalizer', 'cattrs') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout.strip()
    heavy = [m for m in out.split(",") if m and m != "opencc"]
    assert heavy == []
