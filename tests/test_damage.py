"""No silent wrong value under the damage real extraction does to a table.

tests/damage.py renders random consistent tables in every surface form, damages one cell
or line (deleted, doubled digit, stray character, glued or dropped cell, split number,
swapped cells, look-alike digit, dropped/duplicated line, page footer, truncation) and
checks that every cell read as another value than the source says carries a Problem
naming it (its row or its table) or a failed sum check of its table.

The second audit (:func:`damage.grid2`) looks where the first did not: how reports print
numbers (thousands separators, full-width digits, units, blank marks, decimals in counts,
signs, footnote markers, 16+ digits), HTML markup (cells split, spanned, nested tags,
&nbsp;, a missing </tr>, no spans at all, a <sup> footnote reference), PDF layout (a
number or a column moved by 1-3 spaces, rows wrapped, a row's numbers over two lines),
context (table 三 rows reordered, printed twice, left out; table 二 of the other
template; prose with figures around the tables, whose figures must be the prose's),
table 四 (a blank cell, zeros blank, a group on its own line, a page break with the
header repeated), page breaks in table 二 and table 三 labels broken over two lines.

Known silent wrong values are xfail(strict=True): fixing one flips its test.  The audit
itself, over more cases: ``python tests/damage.py 4000 1`` (first) and
``python tests/damage.py 6 17 2`` (second: grid2(6), seeds offset by 17).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import damage as dm
import govinfo_reports as gr
from govinfo_reports.model import APPLICANT_COLUMNS

# --- a fixed sample of every form × template × operator (× table) ---------------------


#: none today: a case of the fixed sample that reads wrong without a flag goes here
KNOWN: dict[str, str] = {}

_GRID = dm.grid()


def _param(case: dm.Case) -> object:
    reason = KNOWN.get(str(case))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=str(case), marks=marks)


def test_known_cases_are_in_the_sample() -> None:
    assert set(KNOWN) <= {str(c) for c in _GRID}


@pytest.mark.parametrize("case", [_param(c) for c in _GRID])
def test_no_silent_wrong_value(case: dm.Case) -> None:
    damaged = dm.build(case)
    if damaged is None:
        pytest.skip("the operator does not apply (no neighbour, a one-digit number)")
    assert dm.silent_wrong(damaged) == [], damaged.note


def test_undamaged_tables_read_back_without_flags() -> None:
    """The harness's own baseline: no damage, no wrong value and no flag needed."""
    for case in _GRID[::37]:
        rnd = dm.random.Random(str(case))
        values = dm._values(rnd, case.template)
        text = dm.sf.FORMS[case.form](values, dm.sf.Style())
        got = dm.read(gr.parse_tables(text))
        truth = dm._cells(values)
        assert {k: got.get(k, "missing") for k in truth} == truth, str(case)


# --- the second audit's sample ---------------------------------------------------------------
#: none today (as KNOWN)
KNOWN2: dict[str, str] = {}

_GRID2 = dm.grid2(2)


def _known2(case: dm.Case) -> str | None:
    return KNOWN2.get(str(case))


def _param2(case: dm.Case) -> object:
    reason = _known2(case)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=str(case), marks=marks)


def test_known2_cases_are_in_the_sample() -> None:
    assert set(KNOWN2) <= {str(c) for c in _GRID2}


@pytest.mark.parametrize("case", [_param2(c) for c in _GRID2])
def test_no_silent_wrong_value_2(case: dm.Case) -> None:
    got = dm.check2(case)
    if got is None:
        pytest.skip("the operator does not apply (form, template or no such cell)")
    note, wrong = got
    assert wrong == [], note


def test_second_audit_damage_applies() -> None:
    """The operators change the text (a no-op operator would pass vacuously)."""
    for case in _GRID2[::23]:
        d = dm.build2(case)
        if d is None or case.op in ("mixed", "prose", "t4_zero_blank", "blanks"):
            continue
        rnd = dm.random.Random(str(case))
        plain = dm.sf.FORMS[case.form](dm._values(rnd, case.template), dm.sf.Style())
        assert d.text != plain, str(case)


# --- the distinct silent wrong values, as small texts --------------------------------------

_T4_HEAD = (
    "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼\n"
    "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
)
_T4_PDF = (
    "四、政府信息公开行政复议、行政诉讼情况\n行政复议                        行政诉讼\n"
    "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n"
    "结果维持  结果纠正  其他结果  尚未审结  总计  结果维持  结果纠正  其他结果  尚未审结  总计\n"
)
_T2_PIPE = (
    "二、主动公开政府信息情况\n第二十条第（一）项 |  |  |  |\n"
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
)
_T2_LINES = (
    "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n"
    "现行有效件数\n规章\n"
)
_T2_PDF = (
    "二、主动公开政府信息情况\n第二十条第（一）项\n"
    "信息内容                          本年制发件数    本年废止件数    现行有效件数\n"
)
_T2_TABS_2019 = (
    "二、主动公开政府信息情况\n第二十条第（六）项\t\t\t\n"
    "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政处罚\t2434\t45\t2003\n"
)
_T2_FEES_PDF = (
    "二、主动公开政府信息情况\n第二十条第（八）项\n"
    "信息内容                          本年收费金额（单位：万元）\n"
)
_T4_PDF_ROW = (  # 结果维持 … 总计 × 3 in 8-character columns, one blank cell (尚未审结)
    "6       31      0       0       37      0       57      27              84      "
    "38      30      17      15      100"
)
_T3_TABS = (  # table 三 cut after its row (一)予以公开, whose 总计 cell is lost (1…5, 30)
    "三、收到和处理政府信息公开申请情况\n"
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\n"
    "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n"
    "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n"
    "一、本年新收政府信息公开申请数量\t\t\t1\t2\t3\t4\t5\t6\t21\n"
    "二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0\n"
)
_END = "\n三、收到和处理政府信息公开申请情况\n"
_T3_PDF = (  # table 三 as pdftotext prints it, cut after two rows
    "三、收到和处理政府信息公开申请情况\n"
    "（本列数据的勾稽关系为：第一项加第二项之和，等于 自然人 法人或其他组织 总计\n"
    "第三项加第四项之和）                        商业企业 科研机构 社会公益组织 法律服务机构 其他\n"
    "一、本年新收政府信息公开申请数量                            "
    "332     91      387     237     337     157     1541\n"
    "二、上年结转政府信息公开申请数量                            "
    "135     256     123     196     182     287     1179\n"
)
_T3_PDF_END = (
    "（二）部分公开（区分处理的，只计                            "
    "44      20      14      11      38      28      155\n"
    "这一情形，不计其他情形）\n四、政府信息公开行政复议、行政诉讼情况\n"
)


def _t3_example(form: str, cell: tuple[str, int], text: str) -> str:
    """The example tables in a form with one table 三 cell printed as ``text``."""
    values = dm._with(dm.sf.example("2021"), {("table3", cell): text})
    return dm.sf.FORMS[form](values, dm.sf.Style())


_T4_END = "\n五、存在的主要问题及改进情况\n"

# (name, text, cell → what the source says there; a read other than it or None needs a
# Problem naming the cell, its row or its table, or a failed sum check of the table)
_REPRODUCERS: list[tuple[str, str, dict[str, object]]] = [
    (
        "t4-pipe-dropped-cell-resplit",
        _T4_HEAD + "45 | 15 | 27 | 3 | 90 | 9 | 56 | 49 | 114 | 9 | 14 | 18 | 17 | 58" + _T4_END,
        # which cell is missing the text cannot say
        {"table4.litigation_direct.upheld": None, "table4.litigation_direct.corrected": None},
    ),
    (
        "t4-pipe-letter-o-for-zero-resplit",
        _T4_HEAD
        + "45 | 15 | 27 | 3 | 90 | 9 | o | 56 | 49 | 114 | 9 | 14 | 18 | 17 | 58"
        + _T4_END,
        {"table4.litigation_direct.upheld": 9, "table4.litigation_direct.other": 56},
    ),
    (
        "t4-pdf-blank-cell-resplit",
        _T4_PDF + _T4_PDF_ROW + _T4_END,
        {"table4.litigation_direct.corrected": 57, "table4.litigation_direct.other": 27},
    ),
    (
        "t2-pipe-short-row-left-aligned",
        _T2_PIPE + "规章 | 2626 | 3000 |\n规范性文件 | 1 | 2 | 3 |" + _END,
        {"table2.regulations.made": None, "table2.regulations.repealed": None},
    ),
    (
        "t2-pipe-long-row-extra-cell-ignored",
        _T2_PIPE + "规章 | 2626 | 3000 | 12 | 7 |\n规范性文件 | 1 | 2 | 3 |" + _END,
        {"table2.regulations.in_force": None},
    ),
    (
        "t2-tabs-trailing-blanks-dropped-resplit",
        _T2_TABS_2019 + "行政强制\t871" + _END,
        {"table2.coercive_measures.previous_items": 871},
    ),
    (
        "t2-tabs-two-digits-under-two-columns-resplit",
        "二、主动公开政府信息情况\n第二十条第（八）项\t\t\t\n"
        "信息内容\t上一年项目数量\t本年增/减\t\n行政事业性收费\t35" + _END,
        {"table2.fees.previous_items": 35},
    ),
    (
        "t3-tabs-short-row-right-aligned",
        _T3_TABS + "三、本年度办理结果\t（一）予以公开\t\t1\t2\t3\t4\t5\t30\n",
        {"table3.granted.natural_person": 1, "table3.granted.total": None},
    ),
    (
        "t2-lines-letter-dropped",
        _T2_LINES + "1235\nI205\n1335\n行政规范性文件\n1842\n2768\n431" + _END,
        {"table2.regulations.repealed": None},
    ),
    (
        "t2-lines-ling-dropped",
        _T2_LINES + "1235\n46〇\n1335\n行政规范性文件\n1842\n2768\n431" + _END,
        {"table2.regulations.repealed": 460},
    ),
    (
        "t2-pdf-letter-dropped",
        _T2_PDF + "规章                              l904            5               7" + _END,
        {"table2.regulations.made": None},
    ),
    (
        "t2-lines-trailing-dot-drops-a-digit",
        _T2_LINES + "1235\n2330\n1335.\n行政规范性文件\n1842\n2768\n431" + _END,
        {"table2.regulations.in_force": 1335},
    ),
    (
        "t2-pdf-split-amount-tail-dropped",
        _T2_FEES_PDF + "行政事业性收费                    9943 .57" + _END,
        {"table2.fees.amount_wan_yuan": None},
    ),
    # the second audit
    (
        "t2-pipe-yuan-under-wan-yuan",
        "二、主动公开政府信息情况\n第二十条第（八）项 |  |\n"
        "信息内容 | 本年收费金额（单位：万元） |\n行政事业性收费 | 1250元 |" + _END,
        {"table2.fees.amount_wan_yuan": Decimal("0.125")},
    ),
    (
        "t2-pipe-header-in-yuan",
        "二、主动公开政府信息情况\n第二十条第（八）项 |  |\n"
        "信息内容 | 本年收费金额（单位：元） |\n行政事业性收费 | 25000 |" + _END,
        {"table2.fees.amount_wan_yuan": Decimal("2.5")},
    ),
    (
        "t2-pdf-yuan-under-wan-yuan",
        _T2_FEES_PDF + "行政事业性收费                    1250 元" + _END,
        {"table2.fees.amount_wan_yuan": Decimal("0.125")},
    ),
    (
        "t2-html-sup-footnote-glued",
        "<html><body><p>二、主动公开政府信息情况</p><table>"
        '<tr><td colspan="4">第二十条第（六）项</td></tr><tr><td>信息内容</td>'
        "<td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>"
        "<tr><td>行政处罚</td><td>2648<sup>1</sup></td><td>12</td><td>430</td></tr>"
        "</table><p>三、收到和处理政府信息公开申请情况</p></body></html>",
        {"table2.penalties.previous_items": 2648},
    ),
    (
        "t4-pdf-unicode-minus-dropped",
        _T4_PDF + "−6      31      0       0       37      0       57      27      0       84      "
        "38      30      17      15      100" + _T4_END,
        {"table4.review.upheld": -6},
    ),
    (
        "t3-lines-unicode-minus-dropped",
        _t3_example("lines", ("new_received", 0), "−120"),
        {"table3.new_received.natural_person": -120},
    ),
    (
        "t2-pdf-word-before-number-dropped",
        "二、主动公开政府信息情况\n第二十条第（六）项\n"
        "信息内容                          上一年项目数量  本年增/减  处理决定数量\n"
        "行政处罚                          2434            减少 45         2003" + _END,
        {"table2.penalties.change": -45},
    ),
    (
        "t3-pdf-word-before-number-dropped",
        _t3_example("pdf", ("new_received", 0), "减 120"),
        {"table3.new_received.natural_person": -120},
    ),
    (
        "t4-pdf-note-word-ends-table-resplit",
        _T4_PDF + "0  22  7  1  30  43  2  5  8  58  40  36  0  49（注）  125" + _T4_END,
        {
            "table4.litigation_after_review.corrected": 36,
            "table4.litigation_after_review.other": 0,
            "table4.litigation_after_review.pending": 49,
            "table4.litigation_after_review.total": 125,
        },
    ),
    (  # found by the sweep `damage.py 4000 7` (pipe-2019-dropcell-any-865784)
        "t2-pipe-cell-lost-before-a-blank",
        "二、主动公开政府信息情况\n第二十条第（八）项 |  |  |  |\n"
        "信息内容 | 上一年项目数量 | 本年增/减 |  |\n行政事业性收费 | 9 |  |" + _END,
        {"table2.fees.previous_items": 5, "table2.fees.change": 9},
    ),
    (
        "t3-pdf-dash-dropped-in-wrapped-row",
        _T3_PDF
        + "三、本年度办理结果 （一）予以公                            0       49      0       "
        "56      60      0       -165\n开\n" + _T3_PDF_END,
        {"table3.granted.total": -165},
    ),
]


#: the reproducers that read wrong without a flag today (xfail: fixing one flips its test)
_STILL_SILENT: dict[str, str] = {}


def _silent(text: str, says: dict[str, object]) -> list[str]:
    tables = gr.parse_tables(text)
    report = gr.Report(
        source=text,
        year=2021,
        active_disclosure=tables.active_disclosure,
        applications=tables.applications,
        appeals=tables.appeals,
    )
    sums = gr.validate(report)
    got = {dm.cell_name(k)[0]: (k, v) for k, v in dm.read(tables).items()}
    out = []
    for name, want in says.items():
        key, value = got.get(name, (None, None))
        if key is None or value is None or value == want:
            continue
        if not dm._flagged(key, tables.problems, sums):
            out.append(f"{name} read {value!r}, the source says {want!r}")
    return out


def test_reproducers_are_sound() -> None:
    """Each reproducer reads its table, and the cells it names exist."""
    for name, text, says in _REPRODUCERS:
        cells = {dm.cell_name(k)[0] for k in dm.read(gr.parse_tables(text))}
        assert set(says) <= cells, name


@pytest.mark.parametrize(
    ("text", "says"),
    [
        pytest.param(
            text,
            says,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=_STILL_SILENT[name])]
            if name in _STILL_SILENT
            else [],
        )
        for name, text, says in _REPRODUCERS
    ],
)
def test_known_silent_wrong_value(text: str, says: dict[str, object]) -> None:
    assert _silent(text, says) == []


# --- near cases: what the sign and dash rules must still read -------------------------------


def _t3_row(text: str, path: str) -> tuple[object, list[str]]:
    tables = gr.parse_tables(text)
    apps = tables.applications
    row = None if apps is None else dict(apps.rows()).get(path)
    name = f"table3.{path}"
    flags = [p.code for p in tables.problems if any(c.startswith(name) for c in p.cells)]
    return (None if row is None else tuple(row.cells())), flags


@pytest.mark.parametrize("form", ["pdf", "lines"])
@pytest.mark.parametrize("said", ["增加 120", "+ 120", "120"])
def test_t3_increase_word_keeps_its_number(form: str, said: str) -> None:
    """A word of increase (or +) set apart says the number itself: only a decrease is a
    token of its own (grid.SIGN_TOKEN), so 增加 120 still reads 120."""
    cells, flags = _t3_row(_t3_example(form, ("new_received", 0), said), "new_received")
    assert cells is not None and cells[0] == 120 and flags == []


@pytest.mark.parametrize("said", ["减 120", "减少 120", "减120", "− 120"])
def test_t3_decrease_word_is_not_dropped(said: str) -> None:
    """A decrease before a count is no count: the row is refused with a Problem, never
    read from the bare number."""
    cells, flags = _t3_row(_t3_example("pdf", ("new_received", 0), said), "new_received")
    assert cells is None or cells[0] is None
    assert "table3.unreadable_row" in flags


@pytest.mark.parametrize(
    ("row", "other"),
    [("0       ", 0), ("−       ", None), ("-       ", None)],
    ids=["zero", "minus-sign-blank", "dash-blank"],
)
def test_t3_wrapped_label_row_still_read(row: str, other: object) -> None:
    """A PDF row whose label wraps around its numbers reads them, a dash standing alone
    (− or -) as a blank cell; only a dash glued to a number refuses the row."""
    text = (
        _T3_PDF
        + "三、本年度办理结果 （一）予以公                            0       49      0       "
        + "56      60      "
        + row
        + "165\n开\n"
        + _T3_PDF_END
    )
    cells, flags = _t3_row(text, "granted")
    assert cells == (0, 49, 0, 56, 60, other, 165) and flags == []


_T2_FEES_PIPE = (
    "二、主动公开政府信息情况\n第二十条第（八）项 |  |  |  |\n"
    "信息内容 | 上一年项目数量 | 本年增/减 |  |\n"
)


@pytest.mark.parametrize(
    ("row", "want"),
    [("行政事业性收费 | 5 | 9 |", (5, 9)), ("行政事业性收费 | 5 | 9 |  |", (5, 9))],
    ids=["trailing-blank-left-out", "as-the-header"],
)
def test_t2_row_with_every_column_is_not_short(row: str, want: tuple[int, int]) -> None:
    """A '|' row with a number in every column and fewer cells than its header row lost
    only the blanks after the columns (an export leaves them out): read, no flag."""
    tables = gr.parse_tables(_T2_FEES_PIPE + row + _END)
    fees = tables.active_disclosure.fees if tables.active_disclosure else None
    assert fees is not None and (fees.previous_items, fees.change) == want
    # (a table of one row: the other rows are named missing, and nothing else)
    assert not [
        p
        for p in tables.problems
        if p.code.startswith("table2.") and p.code != "table2.missing_rows"
    ]


#: cases the sweeps (``python tests/damage.py N seed``) found reading wrong without a flag
_SWEPT = [
    dm.Case(641270, "pdf", "2019", "dropcell"),  # the harness closed up a dropped cell
    dm.Case(865784, "pipe", "2019", "dropcell"),  # a '|' row lost a cell before a blank
    dm.Case(910190, "lines", "2019", "truncate"),  # 38 45 33 26 (cut short) read 3 8 4 5 3 3 26
    # cut inside （六）其他处理 1.申请人无正当|理由…: the row's numbers read as 2019's 其他处理
    dm.Case(770901, "pdf", "2021", "truncate"),
]


@pytest.mark.parametrize("case", _SWEPT, ids=str)
def test_swept_case(case: dm.Case) -> None:
    damaged = dm.build(case)
    assert damaged is not None
    assert dm.silent_wrong(damaged) == [], damaged.note


@pytest.mark.parametrize(
    ("pad", "want"),
    [(27, (0, 49, None, 56, 60, 0, 165)), (26, None), (30, None)],
    ids=["under-its-columns", "one-left", "three-right"],
)
def test_t3_row_with_a_blank_left_out(pad: int, want: object) -> None:
    """A PDF row whose blank cell is printed as spaces: under the columns of the full rows
    it reads its numbers whole, unflagged; moved off them, the sums alone cut 49 56 into
    4 95 6, which is marked as inferred (the text shows six numbers, not seven)."""
    text = (
        _T3_PDF
        + "三、本年度办理结果 （一）予以公开"
        + " " * pad
        + "0       49              56      60      0       165\n"
        + _T3_PDF_END
    )
    cells, flags = _t3_row(text, "granted")
    if want is not None:
        assert cells == want and flags == []
    else:
        assert cells != (0, 49, None, 56, 60, 0, 165)
        assert "table3.boundaries_inferred" in flags


def _blank_zeros(values: dm.sf.Tables) -> dm.sf.Tables:
    """Every other zero cell of table 三 printed blank, as many reports print zeros."""
    t3 = {
        p: tuple(None if v == 0 and (i + k) % 2 == 0 else v for k, v in enumerate(row))
        for i, (p, row) in enumerate(values.table3.items())
    }
    return dm.sf.Tables(values.t2_template, values.t3_template, values.table2, t3, values.table4)


_WHITESPACE = {
    # an editor that turns each tab into four spaces: numbers no longer stand in columns
    "tabs_to_spaces": lambda t: t.replace("\t", "    "),
    # a scraper that strips every line: trailing tabs (blank cells) and leading ones go
    "strip_lines": lambda t: "\n".join(line.strip() for line in t.split("\n")),
}


@pytest.mark.parametrize("change", sorted(_WHITESPACE))
@pytest.mark.parametrize("form", ["tabs", "filled"])
@pytest.mark.parametrize("template", ["2021", "2019"])
def test_tab_table_with_its_blanks_rewritten(change: str, form: str, template: str) -> None:
    """A tab table with blank cells whose whitespace was rewritten: rows of zeros and
    blanks whose columns the text no longer fixes read None with a Problem, never 0 for a
    blank.  (Before: the full rows' positions, which move with each row's label once
    tabs are spaces, were taken as columns; and a stripped row of 7 cells was read as it
    stood though its first blank may be a merged label's cell.)"""
    values = _blank_zeros(dm.sf.example(template))
    text = _WHITESPACE[change](dm.sf.FORMS[form](values, dm.sf.Style()))
    damaged = dm.Damaged(dm.Case(0, "pipe", template, change), values, text, {}, change)
    assert dm.silent_wrong(damaged) == []
    # the zero rows are no longer read as printed numbers in the wrong columns, and the
    # rows with numbers that fix their columns keep them
    tables = gr.parse_tables(text)
    assert tables.applications is not None
    assert tables.applications.new_received.total == values.table3["new_received"][6]
    if change == "tabs_to_spaces":
        # one separator's width between two cells, a blank cell one more: a row with a
        # number other than 0 reads exactly (was: 13 or 14 rows with cells None)
        for path, row in values.table3.items():
            if any(v for v in row):
                assert _row(tables.applications, path) == row, path


def _row(table: gr.ApplicationTable, path: str) -> tuple[int | None, ...] | None:
    """The seven cells of the row ``path`` of table 三 (None: no such row read)."""
    obj: object = table
    for part in path.split("."):
        obj = getattr(obj, part)
    return None if obj is None else tuple(getattr(obj, c) for c in APPLICANT_COLUMNS)


@pytest.mark.parametrize("blank", ["/", "-", "无", "—"])
@pytest.mark.parametrize("template", ["2021", "2019"])
def test_stripped_tab_rows_whose_blanks_are_marked_read_exactly(blank: str, template: str) -> None:
    """A stripped tab table whose blank cells are printed as a mark (/, -, 无): a mark is a
    cell of the row, never a merged label's empty cell, so the rows of zeros and marks
    read exactly (was: 1．属于国家秘密⇥/⇥/⇥0⇥0⇥0⇥0⇥0 lost 其他 and 总计 as ambiguous)."""
    values = _blank_zeros(dm.sf.example(template))
    text = _WHITESPACE["strip_lines"](dm.sf.FORMS["tabs"](values, dm.sf.Style(blank=blank)))
    tables = gr.parse_tables(text)
    assert tables.applications is not None
    for path, row in values.table3.items():
        assert _row(tables.applications, path) == row, path
    assert not [p for p in tables.problems if p.code == "table3.ambiguous_cells"]


@pytest.mark.parametrize("trail", ["", " ", "  "])
def test_a_pipe_row_of_blank_cells_is_left_blank_without_a_problem(trail: str) -> None:
    """A '|' row whose cells are all blank is a row the source left blank: every cell
    None and no row_without_numbers, as docs/problems.md says (was: a warning when the
    row's last blank cell ended its line and read as a border, six cells for seven)."""
    values = dm.sf.example("2021")
    head = [
        "三、收到和处理政府信息公开申请情况",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况",
        " | 自然人 | 法人或其他组织 | 总计",
        " |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ",
    ]
    rows = []
    for path, group, label in dm.sf.t3_rows("2021"):
        cells = values.table3[path]
        if path == "carried_over":
            rows.append(f"{group} {label}".strip() + " |  |  |  |  |  |  |" + trail)
        else:
            rows.append(f"{group} {label}".strip() + " | " + " | ".join(map(str, cells)))
    tables = gr.parse_tables("\n".join(head + rows) + "\n")
    assert tables.applications is not None
    assert _row(tables.applications, "carried_over") == (None,) * 7
    assert not [p for p in tables.problems if p.code == "table3.row_without_numbers"]
    assert _row(tables.applications, "new_received") == values.table3["new_received"]


@pytest.mark.parametrize("template", ["2021", "2019"])
def test_a_quoted_label_cell_with_a_line_break_keeps_its_row(template: str) -> None:
    """A spreadsheet's tab copy quotes a cell that holds a line break, the label's two
    halves on two lines and its numbers on the second (⇥"（二）部分公开（区分处理的⏎，只计
    这一情形，不计其他情形）"⇥⇥1⇥1…): the row is read (was: lost, with no Problem but the
    blank-cells note)."""
    values = dm.sf.example(template)
    text = dm.sf.FORMS["tabs"](values, dm.sf.Style())
    label = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    assert label in text
    text = text.replace(label, '"（二）部分公开（区分处理的\n，只计这一情形，不计其他情形）"')
    tables = gr.parse_tables(text)
    assert tables.applications is not None
    assert _row(tables.applications, "partially_granted") == values.table3["partially_granted"]


def test_table3_rows_out_of_order_keep_their_labels() -> None:
    """Space-separated table 三 whose first rows lost their labels (numbers before the
    first label, so the rows are placed by template order) and whose 2. row of
    （四）无法提供 is printed before its 1. row (blind PDF audit, pdfminer): the labelled
    rows are never read under another row (was: 1.本机关不掌握's numbers read as 2.没有
    现成信息's, and the other way round, with no Problem)."""
    values = dm.sf.example("2021")
    lines = ["三、收到和处理政府信息公开申请情况"]
    for path, _group, label in dm.sf.t3_rows("2021"):
        cells = " ".join(str(v) for v in values.table3[path])
        shown = "" if path in ("carried_over", "granted") else f"{label} "  # (no group)
        if path == "new_received":
            shown = f"{label}\n"  # (its numbers on the line below)
        lines.append(f"{shown}{cells}".strip())
    k = next(i for i, line in enumerate(lines) if "本机关不掌握" in line)
    lines[k], lines[k + 1] = lines[k + 1], lines[k]
    tables = gr.parse_tables("\n".join(lines) + "\n四、政府信息公开行政复议、行政诉讼情况\n")
    t3 = tables.applications
    assert t3 is not None
    for path in ("unable_to_provide.not_held", "unable_to_provide.needs_creation"):
        got = _row(t3, path)
        assert got is None or all(g is None for g in got) or got == values.table3[path], path


@pytest.mark.parametrize("tag", ["<br>", "<br/>", "<BR />"])
def test_markdown_cells_with_line_break_tags(tag: str) -> None:
    """A Markdown table keeps a cell's line break as <br> (| 四、结转<br>下年度继续办理 |):
    three of them made the text an HTML page, and every row of table 三 and table 四 was
    lost (blind table audit, 2,768 cells, table3.missing_rows); with some, a 总计 was read
    wrong. The tags inside a Markdown row are dropped."""
    values = dm.sf.example("2021")
    text = dm.sf.FORMS["markdown"](values, dm.sf.Style())
    for label in ("本机关不掌握", "没有现成信息", "结转下年度"):
        assert label in text
        text = text.replace(label, label[:2] + tag + label[2:], 1)
    tables = gr.parse_tables(text)
    assert tables.applications is not None and tables.appeals is not None
    for path, row in values.table3.items():
        assert _row(tables.applications, path) == row, path
    assert tables.appeals.cells() == values.table4


@pytest.mark.parametrize("form", ["tabs", "pipe"])
def test_a_label_cell_with_a_line_break_keeps_its_row(form: str) -> None:
    """A browser's text of a label cell that holds <br>: the label's first part alone on
    a line, the rest and the row's cells on the next (二、上年结转政府信⏎息公开申请数量⇥1⇥0…):
    the row is read (was: table3.row_without_numbers, its cells None; blind table audit,
    300 cells of innertext_br_in_cell)."""
    values = dm.sf.example("2021")
    text = dm.sf.FORMS[form](values, dm.sf.Style())
    label = "二、上年结转政府信息公开申请数量"
    assert label in text
    text = text.replace(label, "二、上年结转政府信\n息公开申请数量", 1)
    tables = gr.parse_tables(text)
    assert tables.applications is not None
    assert _row(tables.applications, "carried_over") == values.table3["carried_over"]
    assert _row(tables.applications, "new_received") == values.table3["new_received"]


@pytest.mark.parametrize("value", ["1237", "1,237", "0"])
def test_a_merged_table2_cell_a_document_repeats_is_one_cell(value: str) -> None:
    """python-docx gives a merged cell once for each column it spans: 行政许可 with its
    one 本年处理决定数量 under a header cell three columns wide reads 1,237⇥1,237⇥1,237
    (was: table2.ambiguous_row, the cell None; blind table audit, docx forms). A row of
    one column whose cells are all the same number is that number; different numbers
    stay ambiguous."""
    head = (
        "二、主动公开政府信息情况\n第二十条第（五）项\n"
        "信息内容\t本年处理决定数量\t本年处理决定数量\n"
    )
    tables = gr.parse_tables(head + f"行政许可\t{value}\t{value}\t{value}\n")
    ad = tables.active_disclosure
    assert ad is not None and ad.licensing is not None
    assert ad.licensing.decisions == int(value.replace(",", ""))
    tables = gr.parse_tables(head + "行政许可\t12\t13\t12\n")
    ad = tables.active_disclosure
    assert ad is not None and ad.licensing is not None and ad.licensing.decisions is None
    assert "table2.ambiguous_row" in {p.code for p in tables.problems}
