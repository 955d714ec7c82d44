"""Render given values of tables 二, 三 and 四 into the surface forms reports come in.

A test builds :class:`Tables` (the values, both templates, blanks as None), renders them
with one of :data:`FORMS` and checks that the library reads back the same values.  The row
labels and headers are the official wording of 国办公开办函〔2019〕60号 and
〔2021〕30号; every number is the caller's.

Forms: ``pipe`` ('|' rows with blank merged cells, as flattened web tables), ``markdown``,
``tabs`` (tab-separated, as a browser's innerText), ``lines`` (one cell per line, blank
cells as empty lines), ``html`` (``<table>`` with rowspan/colspan), ``docx`` (a Word
document's tables with gridSpan/vMerge, as the library's .docx reader gives them), ``pdf``
(runs of spaces in fixed columns, long labels wrapped over lines with the numbers on the
middle line, blank cells as spaces).  Options: page breaks (a footer ``第 N 页`` and the
header rows repeated inside table 三), blank marks (``-``, ``/``, ``—``, ``无`` instead of an
empty cell), full-width digits, thousands separators.
"""

from __future__ import annotations

import html as html_lib
import io
from collections.abc import Callable, Sequence
from decimal import Decimal

import attrs

Cell = int | Decimal | None
Row7 = tuple[int | None, ...]

T3_COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
T4_OUTCOMES = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")

# (path, group label, row label); the group label is printed once, on the group's first row
_T3_HEAD: tuple[tuple[str, str, str], ...] = (
    ("new_received", "", "一、本年新收政府信息公开申请数量"),
    ("carried_over", "", "二、上年结转政府信息公开申请数量"),
    ("granted", "三、本年度办理结果", "（一）予以公开"),
    ("partially_granted", "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("withheld.state_secret", "（三）不予公开", "1.属于国家秘密"),
    ("withheld.prohibited_by_law", "", "2.其他法律行政法规禁止公开"),
    ("withheld.three_safeties_one_stability", "", "3.危及“三安全一稳定”"),
    ("withheld.third_party_rights", "", "4.保护第三方合法权益"),
    ("withheld.internal_affairs", "", "5.属于三类内部事务信息"),
    ("withheld.process_information", "", "6.属于四类过程性信息"),
    ("withheld.enforcement_files", "", "7.属于行政执法案卷"),
    ("withheld.administrative_inquiry", "", "8.属于行政查询事项"),
    ("unable_to_provide.not_held", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("unable_to_provide.needs_creation", "", "2.没有现成信息需要另行制作"),
    ("unable_to_provide.unclear_after_correction", "", "3.补正后申请内容仍不明确"),
    ("not_processed.petition_complaint", "（五）不予处理", "1.信访举报投诉类申请"),
    ("not_processed.duplicate", "", "2.重复申请"),
    ("not_processed.publication", "", "3.要求提供公开出版物"),
    ("not_processed.massive_repeated", "", "4.无正当理由大量反复申请"),
    ("not_processed.confirm_or_reissue", "", "5.要求行政机关确认或重新出具已获取信息"),
)
_T3_OTHER_2021: tuple[tuple[str, str, str], ...] = (
    (
        "other_handling.overdue_correction",
        "（六）其他处理",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    ),
    (
        "other_handling.overdue_fee",
        "",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    ),
    ("other_handling.other", "", "3.其他"),
)
_T3_OTHER_2019: tuple[tuple[str, str, str], ...] = (("other_handling.other", "", "（六）其他处理"),)
_T3_TAIL: tuple[tuple[str, str, str], ...] = (
    ("total", "", "（七）总计"),
    ("carried_forward", "", "四、结转下年度继续办理"),
)


def t3_rows(template: str) -> tuple[tuple[str, str, str], ...]:
    """(path, group label, row label) of every table 三 row of a template ('2019'/'2021')."""
    other = _T3_OTHER_2021 if template == "2021" else _T3_OTHER_2019
    return _T3_HEAD + other + _T3_TAIL


def t3_paths(template: str) -> tuple[str, ...]:
    """The row paths of table 三 in a template."""
    return tuple(p for p, _, _ in t3_rows(template))


# table 二: (item, header, rows: (attribute, label)); columns: (field, header text)
_T2_2021: tuple[tuple[str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]], ...] = (
    (
        "第二十条第（一）项",
        (("made", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数")),
        (("regulations", "规章"), ("normative_documents", "行政规范性文件")),
    ),
    ("第二十条第（五）项", (("decisions", "本年处理决定数量"),), (("licensing", "行政许可"),)),
    (
        "第二十条第（六）项",
        (("decisions", "本年处理决定数量"),),
        (("penalties", "行政处罚"), ("coercive_measures", "行政强制")),
    ),
    (
        "第二十条第（八）项",
        (("amount_wan_yuan", "本年收费金额（单位：万元）"),),
        (("fees", "行政事业性收费"),),
    ),
)
_COUNTS_2019 = (
    ("previous_items", "上一年项目数量"),
    ("change", "本年增/减"),
    ("decisions", "处理决定数量"),
)
_T2_2019: tuple[tuple[str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]], ...] = (
    (
        "第二十条第（一）项",
        (
            ("made", "本年新制作数量"),
            ("published", "本年新公开数量"),
            ("total_published", "对外公开总数量"),
        ),
        (("regulations", "规章"), ("normative_documents", "规范性文件")),
    ),
    (
        "第二十条第（五）项",
        _COUNTS_2019,
        (("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")),
    ),
    (
        "第二十条第（六）项",
        _COUNTS_2019,
        (("penalties", "行政处罚"), ("coercive_measures", "行政强制")),
    ),
    (
        "第二十条第（八）项",
        (("previous_items", "上一年项目数量"), ("change", "本年增/减")),
        (("fees", "行政事业性收费"),),
    ),
    (
        "第二十条第（九）项",
        (("items", "采购项目数量"), ("amount", "采购总金额")),
        (("procurement", "政府集中采购"),),
    ),
)


def t2_layout(template: str) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(item, column fields, row attributes) of table 二 in a template."""
    spec = _T2_2021 if template == "2021" else _T2_2019
    return tuple(
        (item, tuple(c for c, _ in cols), tuple(r for r, _ in rows)) for item, cols, rows in spec
    )


@attrs.frozen
class Tables:
    """The values of the three tables.  ``table2``: 'row.column' → value; ``table3``: row
    path → 7 cells; ``table4``: the 15 cells.  None is a blank cell."""

    t2_template: str = "2021"
    t3_template: str = "2021"
    table2: dict[str, Cell] = attrs.field(factory=dict)
    table3: dict[str, Row7] = attrs.field(factory=dict)
    table4: tuple[int | None, ...] = (None,) * 15


@attrs.frozen
class Style:
    """How cells are printed."""

    blank: str = ""  # the text of a blank cell: '', '-', '/', '—', '无'
    fullwidth: bool = False
    thousands: bool = False
    page_break_after: int | None = None  # a table 三 row index: footer + header repeated


_FULL = str.maketrans("0123456789.,-", "０１２３４５６７８９．，－")


def fmt(value: Cell, style: Style) -> str:
    """One cell's text."""
    if value is None:
        return style.blank
    text = f"{value:,}" if style.thousands and abs(value) >= 1000 else str(value)
    if style.fullwidth:
        text = text.translate(_FULL)
    return text


# --- the logical table: rows of cells, as a grid ------------------------------------------


@attrs.frozen
class GridCell:
    text: str
    colspan: int = 1
    rowspan: int = 1
    covered: bool = False  # part of another cell's span (printed blank in flat forms)


def _t2_grid(t: Tables, style: Style) -> list[list[GridCell]]:
    spec = _T2_2021 if t.t2_template == "2021" else _T2_2019
    width = 4
    rows: list[list[GridCell]] = []
    for item, cols, labels in spec:
        rows.append([GridCell(item, colspan=width)] + [GridCell("", covered=True)] * (width - 1))
        head = [GridCell("信息内容")] + [GridCell(h) for _, h in cols]
        head += [GridCell("", covered=True)] * (width - len(head))
        rows.append(head)
        for attr, label in labels:
            row = [GridCell(label)]
            for field, _ in cols:
                row.append(GridCell(fmt(t.table2.get(f"{attr}.{field}"), style)))
            row += [GridCell("", covered=True)] * (width - len(row))
            rows.append(row)
    return rows


def _t3_header() -> list[list[GridCell]]:
    c = GridCell
    cov = c("", covered=True)
    return [
        [
            c("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
            cov,
            cov,
            c("申请人情况", 7),
            *[cov] * 6,
        ],
        [cov, cov, cov, c("自然人", 1, 2), c("法人或其他组织", 5), *[cov] * 4, c("总计", 1, 2)],
        [cov, cov, cov, cov, *[c(n) for n in T3_COLUMNS[1:6]], cov],
    ]


def _t3_grid(t: Tables, style: Style) -> tuple[list[list[GridCell]], list[int]]:
    """The grid of table 三 and, for each template row, its grid row index."""
    rows = _t3_header()
    index: list[int] = []
    spec = t3_rows(t.t3_template)
    # the rowspans of the group labels
    group_len: dict[int, int] = {}
    current = -1
    for i, (path, group, _) in enumerate(spec):
        if group:
            current = i
            group_len[i] = 1
        elif current >= 0 and "." in path and "." in spec[current][0]:
            if path.split(".")[0] == spec[current][0].split(".")[0]:
                group_len[current] += 1
                continue
            current = -1
        elif current >= 0 and spec[current][0] == "granted" and path == "partially_granted":
            group_len[current] += 1
            continue
        else:
            current = -1
    # the outer group 三、本年度办理结果 spans granted … other_handling
    outcome_rows = [i for i, (p, _, _) in enumerate(spec) if p not in _NON_OUTCOME]
    for i, (path, group, label) in enumerate(spec):
        values = t.table3.get(path, (None,) * 7)
        cells = [GridCell(fmt(v, style)) for v in values]
        if path in _NON_OUTCOME:
            row = [GridCell(label, 3), GridCell("", covered=True), GridCell("", covered=True)]
        elif path == "granted":
            row = [
                GridCell("三、本年度办理结果", 1, len(outcome_rows)),
                GridCell(label, 2),
                GridCell("", covered=True),
            ]
        elif path in ("partially_granted", "total") or (
            path == "other_handling.other" and t.t3_template == "2019"
        ):
            row = [GridCell("", covered=True), GridCell(label, 2), GridCell("", covered=True)]
        elif group:
            row = [
                GridCell("", covered=True),
                GridCell(group, 1, group_len.get(i, 1)),
                GridCell(label),
            ]
        else:
            row = [GridCell("", covered=True), GridCell("", covered=True), GridCell(label)]
        index.append(len(rows))
        rows.append(row + cells)
    return rows, index


_NON_OUTCOME = frozenset({"new_received", "carried_over", "carried_forward"})


def _t4_grid(t: Tables, style: Style) -> list[list[GridCell]]:
    c = GridCell
    cov = c("", covered=True)
    return [
        [c("行政复议", 5), *[cov] * 4, c("行政诉讼", 10), *[cov] * 9],
        [
            *[c(n, 1, 2) for n in T4_OUTCOMES],
            c("未经复议直接起诉", 5),
            *[cov] * 4,
            c("复议后起诉", 5),
            *[cov] * 4,
        ],
        [*[cov] * 5, *[c(n) for n in T4_OUTCOMES], *[c(n) for n in T4_OUTCOMES]],
        [c(fmt(v, style)) for v in t.table4],
    ]


_T2_TITLE = "二、主动公开政府信息情况"
_T3_TITLE = "三、收到和处理政府信息公开申请情况"
_T4_TITLE = "四、政府信息公开行政复议、行政诉讼情况"


# --- flat forms -----------------------------------------------------------------------------


def _flat_rows(rows: list[list[GridCell]]) -> list[list[str]]:
    return [[g.text for g in row] for row in rows]


def _filled_rows(rows: list[list[GridCell]]) -> list[list[GridCell]]:
    """The grid with every merged cell's text repeated over its span (as pandas.read_html
    and some converters fill colspan/rowspan)."""
    out = [list(row) for row in rows]
    for r, row in enumerate(rows):
        for c, g in enumerate(row):
            if g.covered or (g.colspan == 1 and g.rowspan == 1):
                continue
            for i in range(g.rowspan):
                for j in range(g.colspan):
                    if (i or j) and r + i < len(out) and c + j < len(out[r + i]):
                        out[r + i][c + j] = GridCell(g.text)
    return out


def _with_break(
    t3: list[list[GridCell]], index: list[int], style: Style
) -> tuple[list[list[GridCell]], int | None]:
    """Table 三's rows with its header repeated after row ``page_break_after``; the grid
    index where the footer goes."""
    k = style.page_break_after
    if k is None or not 0 <= k < len(index) - 1:
        return t3, None
    at = index[k] + 1
    return t3[:at] + _t3_header() + t3[at:], at


def _render_tables(
    t: Tables,
    style: Style,
    table: Callable[[list[list[GridCell]], int | None], list[str]],
) -> str:
    """The three tables under their headings: ``table`` prints a grid's lines, given the
    grid row before which table 三's page break falls (None for no break)."""
    t3, index = _t3_grid(t, style)
    t3b, at = _with_break(t3, index, style)
    out = [
        _T2_TITLE,
        *table(_t2_grid(t, style), None),
        _T3_TITLE,
        *table(t3b, at),
        _T4_TITLE,
        *table(_t4_grid(t, style), None),
        "五、存在的主要问题及改进情况",
    ]
    return "\n".join(out) + "\n"


def _render_flat(
    t: Tables, style: Style, line: Callable[[list[str]], str], sep_after_first: bool = False
) -> str:
    def table(rows: list[list[GridCell]], at: int | None) -> list[str]:
        lines = _table_lines(_flat_rows(rows), line, sep_after_first)
        if at is not None:
            lines.insert(at + (2 if sep_after_first else 0), "第 3 页")
        return lines

    return _render_tables(t, style, table)


def _table_lines(rows: list[list[str]], line: Callable[[list[str]], str], sep: bool) -> list[str]:
    out = [line(r) for r in rows]
    if sep:
        width = max(len(r) for r in rows)
        out.insert(1, "| " + " | ".join(["---"] * width) + " |")
    return out


def render_pipe(t: Tables, style: Style = Style()) -> str:
    """'|' rows, merged cells blank, a trailing '|' (flattened web tables)."""
    return _render_flat(t, style, lambda r: " | ".join(r) + " |")


def render_markdown(t: Tables, style: Style = Style()) -> str:
    """Markdown tables (a separator row after the first row)."""
    return _render_flat(t, style, lambda r: "| " + " | ".join(r) + " |", sep_after_first=True)


def render_tabs(t: Tables, style: Style = Style()) -> str:
    """Tab-separated cells."""
    return _render_flat(t, style, lambda r: "\t".join(r))


def render_filled(t: Tables, style: Style = Style()) -> str:
    """Tab-separated rows with merged cells' text repeated over their span (a DataFrame
    from pandas.read_html written out with to_csv(sep='\\t'))."""
    # a page break repeats table 三's header but prints no footer
    return _render_tables(
        t, style, lambda rows, _: ["\t".join(g.text for g in row) for row in _filled_rows(rows)]
    )


def render_csv(t: Tables, style: Style = Style()) -> str:
    """CSV rows (merged cells empty, a cell with a comma quoted), as a spreadsheet saves
    a table."""

    def line(row: list[str]) -> str:
        # every field quoted: unquoted, "-3,689" (two cells) reads as one number -3689;
        # written by hand as csv.QUOTE_ALL does, which on Python 3.10 refuses a NUL cell
        return ",".join('"' + cell.replace('"', '""') + '"' for cell in row)

    return _render_flat(t, style, line)


def render_lines(t: Tables, style: Style = Style()) -> str:
    """One cell per line: labels on their lines, each value cell on its own line (an empty
    line for a blank cell); merged (covered) cells print nothing."""

    def cells(rows: list[list[GridCell]]) -> list[str]:
        return [g.text for row in rows for g in row if not g.covered]

    def table(rows: list[list[GridCell]], at: int | None) -> list[str]:
        if at is None:
            return cells(rows)
        return [*cells(rows[:at]), "第 3 页", *cells(rows[at:])]

    return _render_tables(t, style, table)


def render_html(t: Tables, style: Style = Style()) -> str:
    """A page with three ``<table>``: rowspan/colspan, covered cells omitted."""
    parts = ["<html><body>", f"<p>{_T2_TITLE}</p>"]

    def table(rows: list[list[GridCell]]) -> None:
        parts.append('<table border="1">')
        for row in rows:
            parts.append("<tr>")
            for g in row:
                if g.covered:
                    continue
                span = ""
                if g.colspan > 1:
                    span += f' colspan="{g.colspan}"'
                if g.rowspan > 1:
                    span += f' rowspan="{g.rowspan}"'
                parts.append(f"<td{span}><p>{html_lib.escape(g.text)}</p></td>")
            parts.append("</tr>")
        parts.append("</table>")

    table(_t2_grid(t, style))
    parts.append(f"<p>{_T3_TITLE}</p>")
    t3, _ = _t3_grid(t, style)
    table(t3)
    parts.append(f"<p>{_T4_TITLE}</p>")
    table(_t4_grid(t, style))
    parts.append("<p>五、存在的主要问题及改进情况</p></body></html>")
    return "\n".join(parts)


# --- PDF text (pdftotext -layout) --------------------------------------------------------

_LABEL_WIDTH = 16  # characters of a label line before it wraps
_COL = 8  # width of a number column


def _wrap(label: str) -> list[str]:
    return [label[i : i + _LABEL_WIDTH] for i in range(0, len(label), _LABEL_WIDTH)] or [""]


def _pdf_cells(values: Sequence[str], first_col: int) -> str:
    line = ""
    for k, v in enumerate(values):
        col = first_col + k * _COL
        line = line.ljust(col) + v
    return line


def _pdf_row(label: str, values: Sequence[str], first_col: int) -> list[str]:
    """A row: the label wrapped over lines; the numbers on the middle line (on a line of
    their own when the label takes three lines, like pdftotext prints a tall cell)."""
    parts = _wrap(label)
    numbers = _pdf_cells(values, first_col)
    if len(parts) >= 3:
        mid = len(parts) // 2
        return [*parts[:mid], numbers, *parts[mid:]]
    return [_merge_line(parts[0], numbers, first_col), *parts[1:]]


def _merge_line(label: str, numbers: str, first_col: int) -> str:
    # pdftotext -layout aligns columns in characters (a Han character counts one)
    return label + " " * max(2, first_col - len(label)) + numbers[first_col:]


def render_pdf(t: Tables, style: Style = Style()) -> str:
    """Space-aligned text as ``pdftotext -layout`` prints a table: no separators, blank
    cells are spaces, long labels wrapped, a page footer where asked."""
    out: list[str] = [_T2_TITLE]
    spec = _T2_2021 if t.t2_template == "2021" else _T2_2019
    for item, cols, labels in spec:
        out.append(item)
        # header words stand over their numbers (pdftotext keeps the columns)
        out.append("信息内容" + _pdf_cells([h for _, h in cols], 34)[4:])
        for attr, label in labels:
            values = [fmt(t.table2.get(f"{attr}.{f}"), style) for f, _ in cols]
            out.append(_merge_line(label, _pdf_cells(values, 34), 34))
    out.append(_T3_TITLE)
    first = 44
    header = [
        "（本列数据的勾稽关系为：第一项加第二项之和，等于 自然人 法人或其他组织 总计",
        "第三项加第四项之和）" + " " * 24 + "商业企业 科研机构 社会公益组织 法律服务机构 其他",
    ]
    out.extend(header)
    for i, (path, group, label) in enumerate(t3_rows(t.t3_template)):
        values = [fmt(v, style) for v in t.table3.get(path, (None,) * 7)]
        full = (group + " " if group else "") + label
        out.extend(_pdf_row(full, values, first))
        if style.page_break_after == i and i < len(t3_rows(t.t3_template)) - 1:
            out.append("")
            out.append("                    - 3 -")
            out.append("")
            out.extend(header)
    out.append(_T4_TITLE)
    out.append("行政复议                        行政诉讼")
    out.append("结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉")
    out.append("  ".join(T4_OUTCOMES) + "  " + "  ".join(T4_OUTCOMES))
    out.append(_pdf_cells([fmt(v, style) for v in t.table4], 0))
    out.append("五、存在的主要问题及改进情况")
    return "\n".join(out) + "\n"


# --- Word (.docx) ------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_par(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{html_lib.escape(text)}</w:t></w:r></w:p>'


def _docx_table(rows: list[list[GridCell]]) -> str:
    """A Word table of the grid: a merged cell is one cell with gridSpan and vMerge
    restart, the rows it covers below hold a vMerge continue cell of the same span."""
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row in enumerate(rows):
        for c, g in enumerate(row):
            if not g.covered and (g.colspan > 1 or g.rowspan > 1):
                for i in range(g.rowspan):
                    for j in range(g.colspan):
                        if i or j:
                            owner[(r + i, c + j)] = (r, c)
    out = ["<w:tbl>"]
    for r, row in enumerate(rows):
        out.append("<w:tr>")
        c = 0
        while c < len(row):
            g = row[c]
            props = ""
            text = g.text
            span = g.colspan
            if (r, c) in owner:
                orow, ocol = owner[(r, c)]
                if orow == r or ocol != c:
                    c += 1
                    continue  # inside the span of a cell to its left
                span = rows[orow][ocol].colspan
                props = "<w:vMerge/>"
                text = ""
            elif g.rowspan > 1:
                props = '<w:vMerge w:val="restart"/>'
            if span > 1:
                props = f'<w:gridSpan w:val="{span}"/>' + props
            out.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{_docx_par(text)}</w:tc>")
            c += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def render_docx(t: Tables, style: Style = Style()) -> bytes:
    """A Word document (.docx bytes): the headings as paragraphs, the tables as Word tables
    with merged cells (a page break splits table 三 in two, its header repeated)."""
    import zipfile

    t3, index = _t3_grid(t, style)
    t3b, at = _with_break(t3, index, style)
    t3_tables = [t3b] if at is None else [t3b[:at], t3b[at:]]
    body = [_docx_par(_T2_TITLE), _docx_table(_t2_grid(t, style)), _docx_par(_T3_TITLE)]
    for k, part in enumerate(t3_tables):
        if k:
            body.append(_docx_par("第 3 页"))
        body.append(_docx_table(part))
    body += [_docx_par(_T4_TITLE), _docx_table(_t4_grid(t, style))]
    body.append(_docx_par("五、存在的主要问题及改进情况"))
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}"><w:body>{"".join(body)}</w:body></w:document>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document)
    return buf.getvalue()


def render_docx_text(t: Tables, style: Style = Style()) -> str:
    """The text the library reads from :func:`render_docx`'s document."""
    from govinfo_reports._docx import docx_text

    return docx_text(render_docx(t, style))


FORMS: dict[str, Callable[[Tables, Style], str]] = {
    "pipe": render_pipe,
    "markdown": render_markdown,
    "tabs": render_tabs,
    "lines": render_lines,
    "html": render_html,
    "pdf": render_pdf,
    "filled": render_filled,
    "csv": render_csv,
}


def _paragraphs(
    render: Callable[[Tables, Style], str], open_tag: str, close_tag: str
) -> Callable[[Tables, Style], str]:
    def page(t: Tables, style: Style = Style()) -> str:
        lines = render(t, style).split("\n")
        body = "".join(f"{open_tag}{html_lib.escape(line)}{close_tag}" for line in lines)
        return f"<html><body>{body}</body></html>"

    return page


def render_pipe_trimmed(t: Tables, style: Style = Style()) -> str:
    """'|' rows with each line's leading and trailing blanks trimmed (a scraper's
    ``line.strip()``): a row whose first cell is blank begins with its '|'."""
    return "\n".join(line.strip() for line in render_pipe(t, style).split("\n"))


#: forms that reach the library changed on the way: HTML pages whose tables were pasted
#: as paragraphs, not ``<table>`` markup (a CMS editor's paste from Word: each '|' row a
#: ``<p>``, each cell a ``<p>`` as in the "lines" form, or the rows of a ``<div>`` ended by
#: ``<br>``), and '|' rows trimmed line by line
CHANGED_FORMS: dict[str, Callable[[Tables, Style], str]] = {
    "html_p_rows": _paragraphs(render_pipe, "<p>", "</p>"),
    "html_p_cells": _paragraphs(render_lines, "<p>", "</p>"),
    "html_br_rows": _paragraphs(render_pipe, "", "<br>"),
    "pipe_trimmed": render_pipe_trimmed,
}
#: forms that come from a file format the library reads itself (the damage harness, which
#: damages text the way extractors do, samples :data:`FORMS` only)
FILE_FORMS: dict[str, Callable[[Tables, Style], str]] = {"docx": render_docx_text}


# --- values -----------------------------------------------------------------------------


def consistent_table3(
    template: str, outcome_rows: dict[str, Row7], received: Row7 | None = None
) -> dict[str, Row7]:
    """A table 三 whose sums hold: each row's 总计 is the sum of its six columns, (七)总计
    the sum of the outcome rows, 一 + 二 = (七) + 四.  ``outcome_rows`` give the first
    six cells of each outcome row (a None cell counts as 0 and stays blank)."""
    paths = t3_paths(template)
    out: dict[str, Row7] = {}
    col_tot = [0] * 6
    for p in paths:
        if p in _NON_OUTCOME or p == "total":
            continue
        six = tuple(outcome_rows.get(p, (0,) * 7))[:6]
        out[p] = (*six, sum(v or 0 for v in six))
        for k in range(6):
            col_tot[k] += six[k] or 0
    out["total"] = (*col_tot, sum(col_tot))
    new = tuple(received[:6]) if received else tuple(col_tot)
    new_i = [v or 0 for v in new]
    # 二 = max(0, 七 − 一); 四 = 一 + 二 − 七
    carried = [max(0, col_tot[k] - new_i[k]) for k in range(6)]
    forward = [new_i[k] + carried[k] - col_tot[k] for k in range(6)]
    out["new_received"] = (*new, sum(new_i))
    out["carried_over"] = (*carried, sum(carried))
    out["carried_forward"] = (*forward, sum(forward))
    return out


def consistent_table4(groups: Sequence[Sequence[int | None]]) -> tuple[int | None, ...]:
    """Table 四 from three groups of four outcomes, each group's 总计 their sum."""
    out: list[int | None] = []
    for g in groups:
        out.extend(g[:4])
        out.append(sum(v or 0 for v in g[:4]))
    return tuple(out)


def example(template: str = "2021", t3_template: str | None = None) -> Tables:
    """A fixed, consistent set of values (some zeros, some multi-digit)."""
    t3t = t3_template or template
    paths = [p for p in t3_paths(t3t) if p not in _NON_OUTCOME and p != "total"]
    outcomes = {
        p: ((i * 7) % 23, i % 3, 0, (i * 5) % 4, i % 2, (i * 11) % 5, 0)
        for i, p in enumerate(paths)
    }
    t3 = consistent_table3(t3t, outcomes, received=(120, 4, 0, 2, 1, 3, 0))
    if template == "2021":
        t2: dict[str, Cell] = {
            "regulations.made": 0,
            "regulations.repealed": 1,
            "regulations.in_force": 12,
            "normative_documents.made": 23,
            "normative_documents.repealed": 4,
            "normative_documents.in_force": 1520,
            "licensing.decisions": 36015,
            "penalties.decisions": 874,
            "coercive_measures.decisions": 0,
            "fees.amount_wan_yuan": Decimal("3.25"),
        }
    else:
        t2 = {
            "regulations.made": 1,
            "regulations.published": 1,
            "regulations.total_published": 40,
            "normative_documents.made": 12,
            "normative_documents.published": 12,
            "normative_documents.total_published": 310,
            "licensing.previous_items": 396,
            "licensing.change": -3,
            "licensing.decisions": 2181,
            "other_services.previous_items": 10,
            "other_services.change": 0,
            "other_services.decisions": 153,
            "penalties.previous_items": 2648,
            "penalties.change": 12,
            "penalties.decisions": 430,
            "coercive_measures.previous_items": 126,
            "coercive_measures.change": 0,
            "coercive_measures.decisions": 25,
            "fees.previous_items": 35,
            "fees.change": 0,
            "procurement.items": 135,
            "procurement.amount": Decimal("7539.52"),
        }
    t4 = consistent_table4([(3, 1, 0, 2), (1, 0, 0, 1), (0, 0, 2, 0)])
    return Tables(t2_template=template, t3_template=t3t, table2=t2, table3=t3, table4=t4)
