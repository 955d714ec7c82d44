"""Reading files and batches (issue 9): encodings, HTML, Markdown, PDF, parse_many.

The fixtures are an invented 2021-format report (云溪县, numbers made up) written here in the
official format; the corpus PDFs and HTML pages of ../shared are read only by the tests that
say so, which skip when it is absent.
"""

from __future__ import annotations

import codecs
import json
import pickle
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import govinfo_reports as gr
from govinfo_reports import files
from shared_data import SHARED

T3_ROWS = [
    ("一、本年新收政府信息公开申请数量", [7, 1, 0, 0, 0, 0, 8]),
    ("二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0, 1]),
    ("三、本年度办理结果 | （一）予以公开", [4, 1, 0, 0, 0, 0, 5]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [1, 0, 0, 0, 0, 0, 1]),
    ("（三）不予公开 | 1.属于国家秘密", [0] * 7),
    ("2.其他法律行政法规禁止公开", [0] * 7),
    ("3.危及“三安全一稳定”", [0] * 7),
    ("4.保护第三方合法权益", [0] * 7),
    ("5.属于三类内部事务信息", [0] * 7),
    ("6.属于四类过程性信息", [0] * 7),
    ("7.属于行政执法案卷", [0] * 7),
    ("8.属于行政查询事项", [0] * 7),
    ("（四）无法提供 | 1.本机关不掌握相关政府信息", [2, 0, 0, 0, 0, 0, 2]),
    ("2.没有现成信息需要另行制作", [0] * 7),
    ("3.补正后申请内容仍不明确", [0] * 7),
    ("（五）不予处理 | 1.信访举报投诉类申请", [0] * 7),
    ("2.重复申请", [0] * 7),
    ("3.要求提供公开出版物", [0] * 7),
    ("4.无正当理由大量反复申请", [0] * 7),
    ("5.要求行政机关确认或重新出具已获取信息", [0] * 7),
    ("（六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", [0] * 7),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", [0] * 7),
    ("3.其他", [0] * 7),
    ("（七）总计", [7, 1, 0, 0, 0, 0, 8]),
    ("四、结转下年度继续办理", [1, 0, 0, 0, 0, 0, 1]),
]
HEAD = (
    "云溪县交通运输局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n2021年，云溪县交通运输局主动公开政府信息120条。\n"
    "三、收到和处理政府信息公开申请情况\n"
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况\n"
    " | 自然人 | 法人或其他组织 | | | | | 总计\n"
    " | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"
)
REPORT = (
    HEAD
    + "".join(f"{label} | {' | '.join(map(str, cells))}\n" for label, cells in T3_ROWS)
    + "五、存在的主要问题及改进情况\n无。\n"
)


def html_page(title: str = "云溪县交通运输局2021年政府信息公开工作年度报告") -> str:
    rows = []
    for label, cells in T3_ROWS:
        parts = label.split(" | ")
        tds = "".join(f"<td>{p}</td>" for p in parts)
        if len(parts) == 1:
            tds = f'<td colspan="2">{parts[0]}</td>'
        rows.append(f"<tr>{tds}{''.join(f'<td>{c}</td>' for c in cells)}</tr>")
    return (
        '<html><head><meta charset="utf-8"><title>报告</title>'
        "<style>td{border:1px}</style></head><body>"
        f"<h1>{title}</h1><p>一、总体情况</p><p>2021年，云溪县交通运输局主动公开政府信息120条。</p>"
        "<p>三、收到和处理政府信息公开申请情况</p><table>"
        '<tr><td colspan="2" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，'
        '等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>'
        '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td>'
        '<td rowspan="2">总计</td></tr>'
        "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td>"
        "<td>其他</td></tr>" + "".join(rows) + "</table><p>五、存在的主要问题及改进情况</p>"
        "<p>无。</p></body></html>"
    )


def table3(report: gr.Report) -> list[tuple[str, tuple[int | None, ...] | None]]:
    assert report.applications is not None
    return [(p, None if c is None else c.cells()) for p, c in report.applications.rows()]


@cache
def reference() -> gr.Report:
    return gr.parse(REPORT)


def test_the_fixture_reads_as_text() -> None:
    r = reference()
    assert r.applications is not None and r.applications.new_received is not None
    assert r.applications.new_received.cells() == (7, 1, 0, 0, 0, 0, 8)
    assert r.applications.total is not None and r.applications.total.total == 8


# --- encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("gb18030", b""),
        ("gbk", b""),
        ("utf-16-le", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-be", b""),
    ],
)
def test_read_decodes_every_encoding(tmp_path: Path, codec: str, bom: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(bom + REPORT.encode(codec))
    r = gr.read(path)
    assert r.source == REPORT
    assert r.origin == str(path)
    assert r.agency == reference().agency and r.year == 2021
    assert table3(r) == table3(reference())


def test_read_decodes_big5_traditional(tmp_path: Path) -> None:
    text = (
        "雲溪縣交通運輸局2021年政府資訊公開工作年度報告\n"
        "一、總體情況\n本局主動公開政府資訊120條。\n"
    )
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("big5"))
    r = gr.read(path)
    assert r.source == text
    assert r.script is gr.Script.TRADITIONAL
    assert r.year == 2021


def test_decode_without_charset_normalizer_falls_back_to_gb18030(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(files, "_guess", lambda data: None)
    assert files.decode(REPORT.encode("gb18030")) == REPORT
    assert files.decode(REPORT.encode("utf-8")) == REPORT


def test_decode_keeps_utf8_cut_inside_its_last_character_or_with_a_stray_byte() -> None:
    data = (REPORT + "。").encode("utf-8")[:-1]
    assert files.decode(data) == REPORT + "\ufffd"
    encoded = REPORT.encode("utf-8")
    middle = encoded.index("总体".encode())
    assert files.decode(encoded[:middle] + b"\xff" + encoded[middle:]).endswith(REPORT[-100:])


def test_html_meta_charset_is_honoured() -> None:
    page = '<html><head><meta charset="big5"></head><body>政府資訊公開</body></html>'
    assert "政府資訊公開" in files.decode(page.encode("big5"), html=True)


# --- HTML and Markdown ---------------------------------------------------------------------


def test_html_file_gives_the_same_tables_as_the_text(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    page = html_page()
    path.write_text(page, encoding="utf-8")
    r = gr.read(path)
    assert r.source == page  # the page itself: spans point into it
    assert table3(r) == table3(reference())
    assert r.year == 2021
    assert [s.title for s in r.sections][:1] == ["总体情况"]


def test_gbk_html_file(tmp_path: Path) -> None:
    path = tmp_path / "report.htm"
    path.write_bytes(html_page().replace("utf-8", "gbk").encode("gbk"))
    assert table3(gr.read(path)) == table3(reference())


def test_markdown_file(tmp_path: Path) -> None:
    lines = [
        *HEAD.splitlines()[:4],
        "| | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
    ]
    lines.append("|---|---|---|---|---|---|---|---|")
    lines += [
        f"| {label.replace(' | ', ' ')} | {' | '.join(map(str, c))} |" for label, c in T3_ROWS
    ]
    path = tmp_path / "report.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert table3(gr.read(path)) == table3(reference())


def test_read_raises_for_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        gr.read(tmp_path / "missing.txt")


# --- PDF -------------------------------------------------------------------------------------


def test_pdf_rows_become_pipe_rows_and_single_cells_prose() -> None:
    assert files._row_text(["规章", "1", None, "3"]) == ("| 规章 | 1 |  | 3 |", True)
    assert files._row_text(["一、总体情况", None, None]) == ("一、总体情况", False)
    assert (
        files._row_text(["三\n、\n本\n年", "（一）予\n以公开"])[0]
        == "| 三、本年 | （一）予以公开 |"
    )


def test_pdf_without_pdfplumber_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins

    real = builtins.__import__

    def fake(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pdfplumber":
            raise ImportError("no pdfplumber")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake)
    path = tmp_path / "r.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(ImportError, match=r"govinfo-reports\[pdf\]"):
        gr.read(path)
    [r] = gr.parse_many([path])
    assert [p.code for p in r.problems] == ["file.unreadable"]
    assert "pdf" in r.problems[0].message


def expected_cells(exp: dict[str, Any]) -> dict[str, Any]:
    """table2/table3/table4 of an expected.json as {cell id: value}."""
    out: dict[str, Any] = {}
    for row, cols in (exp.get("table2") or {}).items():
        for col, v in cols.items():
            out[f"table2.{row}.{col}"] = v
    for key, value in (exp.get("table3") or {}).items():
        rows = value.items() if isinstance(value, dict) else [(None, value)]
        for sub, cells in rows:
            path = key if sub is None else f"{key}.{sub}"
            if key == "other_handling" and sub is None:
                path = "other_handling.other"
            for col, v in zip(gr.model.APPLICANT_COLUMNS, cells, strict=True):
                out[f"table3.{path}.{col}"] = v
    groups = ("review", "litigation_direct", "litigation_after_review")
    fields = ("upheld", "corrected", "other", "pending", "total")
    for i, v in enumerate(exp.get("table4") or ()):
        out[f"table4.{groups[i // 5]}.{fields[i % 5]}"] = v
    return out


def got_cells(r: gr.Report) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if r.active_disclosure is not None:
        out.update((f"table2.{k}", v) for k, v in r.active_disclosure.cells())
    if r.applications is not None:
        for path, counts in r.applications.rows():
            for col, v in zip(
                gr.model.APPLICANT_COLUMNS,
                counts.cells() if counts else (None,) * 7,
                strict=True,
            ):
                out[f"table3.{path}.{col}"] = v
    if r.appeals is not None:
        groups = ("review", "litigation_direct", "litigation_after_review")
        fields = ("upheld", "corrected", "other", "pending", "total")
        for i, v in enumerate(r.appeals.cells()):
            out[f"table4.{groups[i // 5]}.{fields[i % 5]}"] = v
    return out


def corpus(suffix: str) -> list[Path]:
    return sorted(SHARED.glob(f"corpus/tables/*/source.{suffix}")) if SHARED.is_dir() else []


@pytest.mark.parametrize("name", ["pdf", "html"])
def test_corpus_pdf_and_html_tables_are_right_cell_for_cell(name: str) -> None:
    if name == "pdf":
        pytest.importorskip("pdfplumber")
    sources = corpus(name)
    if not sources:
        pytest.skip("../shared is absent")
    checked = 0
    for src in sources:
        exp = json.loads((src.parent / "expected.json").read_text("utf-8"))
        undetermined = set(exp.get("undetermined") or ())
        r = gr.read(src)
        got = got_cells(r)
        for cell, want in expected_cells(exp).items():
            if cell.removeprefix("table3.").removeprefix("table2.") in undetermined:
                continue
            if want is None and cell.startswith("table3.other_handling.overdue"):
                continue
            value = got.get(cell)
            if isinstance(want, float):
                assert value is not None and float(value) == want, (src, cell)
            else:
                assert value == want, (src.parent.name, cell, value, want)
            checked += 1
        if name == "pdf":
            assert files.PDF_NOTE in r.notes
            assert gr.Report.from_dict(json.loads(json.dumps(r.to_dict()))) == r
    assert checked > 100


# --- batches -------------------------------------------------------------------------------


def test_parse_many_keeps_input_order_and_reports_unreadable_files(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="gb18030")
    directory = tmp_path / "a-directory.txt"
    directory.mkdir()
    items: list[Any] = [
        good,
        str(tmp_path / "missing.txt"),
        "二、主动公开政府信息情况\n规章 | 1 | 0 | 4",
        REPORT.encode("utf-16"),
        directory,
    ]
    serial = gr.parse_many(items)
    assert [r.origin for r in serial] == [
        str(good),
        str(tmp_path / "missing.txt"),
        None,
        None,
        str(directory),
    ]
    assert table3(serial[0]) == table3(reference())
    assert [p.code for p in serial[1].problems] == ["file.unreadable"]
    assert "missing.txt" in serial[1].problems[0].message
    assert serial[1].problems[0].severity is gr.Severity.ERROR
    assert serial[2].source.startswith("二、主动公开")
    assert serial[3].source == REPORT
    assert [p.code for p in serial[4].problems] == ["file.unreadable"]
    parallel = gr.parse_many(items, workers=2)
    assert parallel == serial


def test_reports_pickle() -> None:
    r = reference()
    assert pickle.loads(pickle.dumps(r)) == r


def test_an_unreadable_file_gives_its_one_problem_and_no_identity_findings(
    tmp_path: Path,
) -> None:
    (report,) = gr.parse_many([str(tmp_path / "gone.txt")])
    assert [p.code for p in report.validate()] == ["file.unreadable"]
