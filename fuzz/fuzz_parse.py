"""Fuzz target for :func:`govinfo_reports.parse` (atheris; the ``fuzz`` extra).

    python fuzz/fuzz_parse.py -runs=20000            # what ``nox -s fuzz`` runs
    python fuzz/fuzz_parse.py -max_total_time=600    # ten minutes
    python fuzz/fuzz_parse.py crash-<sha1>           # replay one input libFuzzer saved

Each input becomes a ``str`` in one of four ways chosen by its first byte: decoded as UTF-8
(invalid bytes kept as lone surrogates), as GB18030, as latin-1, or spliced into a window of
the invented example report of ``examples/`` (so that the fuzzer starts from a real table and
outline and damages them).  A finding is any exception out of ``parse``, ``validate``, ``checks`` or
``to_dict``, a ``parse.internal_error`` Problem (the safety net caught a bug), or a span outside
the source.

Without atheris installed the script falls back to the same checks over pseudo-random inputs
(``-runs=N`` still sets how many), so that it can run anywhere.
"""

from __future__ import annotations

import contextlib
import json
import random
import sys
import tempfile
from pathlib import Path

try:
    import atheris
except ImportError:  # the fallback below needs no atheris
    atheris = None

if atheris is not None:
    with atheris.instrument_imports(include=["govinfo_reports"]):
        import govinfo_reports as gr
else:
    import govinfo_reports as gr

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "2023-example-transport-bureau.txt"
REPORT = EXAMPLE.read_text(encoding="utf-8") if EXAMPLE.exists() else "一、总体情况\n"
_WINDOW = 600


# what the grammars react to, given to libFuzzer as a dictionary (unless -dict= is passed)
TOKENS = [
    "一、",
    "二、",
    "三、",
    "四、",
    "五、",
    "六、",
    "（一）",
    "（二）",
    "(三)",
    "1.",
    "2、",
    "(1)",
    "①",
    "第一部分",
    "一是",
    "二是",
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "本年新收政府信息公开申请数量",
    "上年结转政府信息公开申请数量",
    "予以公开",
    "部分公开",
    "不予公开",
    "无法提供",
    "不予处理",
    "其他处理",
    "总计",
    "结转下年度继续办理",
    "自然人",
    "商业企业",
    "科研机构",
    "社会公益组织",
    "法律服务机构",
    "其他",
    "行政复议",
    "行政诉讼",
    "结果维持",
    "结果纠正",
    "其他结果",
    "尚未审结",
    "|",
    "\t",
    "\n",
    "。",
    "，",
    "；",
    "：",
    "3439",
    "1,234",
    "6.7",
    "万",
    "余",
    "近",
    "约",
    "以上",
    "不足",
    "至",
    "条",
    "件",
    "宗",
    "人次",
    "万元",
    "%",
    "其中",
    "分别为",
    "未收到",
    "申请",
    "2019年",
    "2023年1月1日",
    "12月31日",
    "人民政府",
    "年度报告",
    "报(bào)",
    "<td>",
    "</td>",
    "<tr>",
    "&nbsp;",
    "-",
    "/",
    "无",
]


def _dictionary() -> str:
    """A libFuzzer dictionary file of :data:`TOKENS` (UTF-8, escaped)."""
    lines = []
    for token in TOKENS:
        raw = token.encode("utf-8")
        lines.append('"' + "".join(f"\\x{b:02x}" for b in raw) + '"')
    # one fixed file, rewritten each run (libFuzzer leaves by os._exit: no clean-up runs)
    path = Path(tempfile.gettempdir()) / "govinfo-reports-fuzz.dict"
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return str(path)


def to_text(data: bytes) -> str:
    """Turn fuzzer bytes into a report-like ``str`` (see the module docstring)."""
    if not data:
        return ""
    mode, body = data[0] % 4, data[1:]
    if mode == 0:
        return body.decode("utf-8", "surrogateescape")
    if mode == 1:
        return body.decode("gb18030", "replace")
    if mode == 2:
        return body.decode("latin-1")
    # splice: two bytes say where in the example, one how much to cut, the rest goes in; the
    # text is a window of the example around that point (a whole report per run is too slow)
    at = int.from_bytes(body[:2].ljust(2, b"\0"), "big") % (len(REPORT) + 1)
    cut = body[2] % 64 if len(body) > 2 else 0
    piece = body[3:].decode("utf-8", "replace")
    lo = REPORT.rfind("\n", 0, max(at - _WINDOW, 0)) + 1
    return REPORT[lo:at] + piece + REPORT[at + cut : at + cut + _WINDOW]


def check(text: str) -> None:
    """Parse ``text`` and raise AssertionError on any broken invariant."""
    report = gr.parse(text)
    internal = [p.message for p in report.problems if p.code == "parse.internal_error"]
    if internal:
        raise AssertionError(internal[0])
    n = len(text)
    spans = [s.span for s in report.outline()]
    spans += [f.quantity.span for f in report.figures]
    for bd in report.breakdowns:
        spans += [bd.span, bd.total.span, *(p.quantity.span for p in bd.parts)]
    for table in (report.active_disclosure, report.applications, report.appeals):
        if table is not None and table.span is not None:
            spans.append(table.span)
    spans += [p.span for p in report.problems if p.span is not None]
    for start, end in spans:
        if not 0 <= start <= end <= n:
            raise AssertionError(f"span {(start, end)} outside a source of {n} characters")
    report.validate()
    report.checks()
    with contextlib.suppress(NotImplementedError):  # while export is being written
        json.dumps(report.to_dict(), ensure_ascii=False)


def test_one_input(data: bytes) -> None:
    """The libFuzzer entry point."""
    check(to_text(data))


def _fallback(argv: list[str]) -> None:
    runs = next((int(a.split("=", 1)[1]) for a in argv if a.startswith("-runs=")), 2000)
    rng = random.Random(0)
    for i in range(runs):
        data = rng.randbytes(rng.randrange(0, 2048))
        try:
            test_one_input(data)
        except Exception:
            Path(f"crash-fallback-{i}").write_bytes(data)
            raise
    print(f"fallback fuzzing (atheris not installed): {runs} inputs, no finding")


def main() -> None:
    """Run libFuzzer over :func:`test_one_input`, or the fallback loop without atheris."""
    if atheris is None:
        _fallback(sys.argv[1:])
        return
    argv = list(sys.argv)
    if not any(a.startswith("-dict=") for a in argv):
        argv.append(f"-dict={_dictionary()}")
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
