"""Showing a Report: HTML for notebooks (``Report._repr_html_``) and aligned text for the CLI.

Both show the identity, the outline, the three tables with the cells involved in a failed
check marked, the figures and the problems.  A cell is marked when its id
(``table3.granted.natural_person``, ``table4.review.total``, ``table2.fees.amount_wan_yuan``;
see :attr:`Problem.cells`) is named by a Problem; in HTML the cell is highlighted and its
title (shown on hover) names the checks, in text the value is followed by ``*``.

>>> import govinfo_reports as gr
>>> t = gr.ApplicationTable(granted=gr.ApplicantCounts.of([1, 0, 0, 0, 0, 0, 2]))
>>> r = gr.Report(source="", applications=t)
>>> p = gr.Problem("table3.row_sum", gr.Severity.ERROR, "予以公开行: 1 ≠ 2",
...                cells=("table3.granted.natural_person", "table3.granted.total"))
>>> "2*" in report_text(r, problems=(p,))
True
>>> 'class="gr-bad"' in report_html(r, problems=(p,))
True
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Iterator, Sequence

import attrs

from ._rules import TABLE2_ROW_LABELS, TABLE4_FIELD_LABELS, TABLE4_GROUP_LABELS
from .model import (
    APPLICANT_COLUMN_LABELS,
    APPLICANT_COLUMNS,
    Number,
    Problem,
    Report,
    Section,
)

__all__ = ["Grid", "problem_cells", "report_html", "report_text", "table_grids"]

_T3_LABELS: dict[str, str] = {
    "new_received": "一、本年新收",
    "carried_over": "二、上年结转",
    "granted": "（一）予以公开",
    "partially_granted": "（二）部分公开",
    "withheld.state_secret": "（三）不予公开 1.国家秘密",
    "withheld.prohibited_by_law": "（三）不予公开 2.法律行政法规禁止",
    "withheld.three_safeties_one_stability": "（三）不予公开 3.三安全一稳定",
    "withheld.third_party_rights": "（三）不予公开 4.第三方合法权益",
    "withheld.internal_affairs": "（三）不予公开 5.内部事务信息",
    "withheld.process_information": "（三）不予公开 6.过程性信息",
    "withheld.enforcement_files": "（三）不予公开 7.行政执法案卷",
    "withheld.administrative_inquiry": "（三）不予公开 8.行政查询事项",
    "unable_to_provide.not_held": "（四）无法提供 1.本机关不掌握",
    "unable_to_provide.needs_creation": "（四）无法提供 2.需另行制作",
    "unable_to_provide.unclear_after_correction": "（四）无法提供 3.补正后仍不明确",
    "not_processed.petition_complaint": "（五）不予处理 1.信访举报投诉",
    "not_processed.duplicate": "（五）不予处理 2.重复申请",
    "not_processed.publication": "（五）不予处理 3.公开出版物",
    "not_processed.massive_repeated": "（五）不予处理 4.大量反复申请",
    "not_processed.confirm_or_reissue": "（五）不予处理 5.确认或重新出具",
    "other_handling.overdue_correction": "（六）其他处理 1.逾期不补正",
    "other_handling.overdue_fee": "（六）其他处理 2.逾期未缴费",
    "other_handling.other": "（六）其他处理 3.其他",
    "total": "（七）总计",
    "carried_forward": "四、结转下年度继续办理",
}
_T2_COLUMNS: dict[str, str] = {
    "made": "本年制发/新制作",
    "repealed": "本年废止",
    "in_force": "现行有效",
    "published": "本年新公开",
    "total_published": "对外公开总数",
    "previous_items": "上一年项目数",
    "change": "本年增/减",
    "decisions": "处理决定数",
    "amount_wan_yuan": "收费金额(万元)",
    "items": "采购项目数",
    "amount": "采购总金额",
}
_NUMBER_FORMS = {1: "{}、", 2: "（{}）", 3: "{}.", 4: "({})"}


@attrs.frozen(slots=True)
class Grid:
    """One table laid out for display: a title, column headers, and rows of
    ``(label, ((cell id, value), ...))``."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[tuple[str, Number | None], ...]], ...]


def table_grids(report: Report) -> tuple[Grid, ...]:
    """The report's tables 二, 三 and 四 as :class:`Grid` values (absent tables left out).

    >>> import govinfo_reports as gr
    >>> r = gr.Report(source="", appeals=gr.AppealTable.of([1, 0, 2, 0, 3] + [0] * 10))
    >>> [g.title for g in table_grids(r)], table_grids(r)[0].rows[0][1][4]
    (['表四 行政复议、行政诉讼'], ('table4.review.total', 3))
    """
    grids: list[Grid] = []
    t2 = report.active_disclosure
    if t2 is not None:
        cols: list[str] = []
        cells = list(t2.cells())
        for key, _ in cells:
            col = key.split(".")[1]
            if col not in cols:
                cols.append(col)
        rows2: list[tuple[str, tuple[tuple[str, Number | None], ...]]] = []
        for row in TABLE2_ROW_LABELS:
            mine = {k.split(".")[1]: v for k, v in cells if k.split(".")[0] == row}
            if not mine:
                continue
            rows2.append(
                (
                    TABLE2_ROW_LABELS[row],
                    tuple((f"table2.{row}.{c}", mine.get(c)) for c in cols),
                )
            )
        grids.append(
            Grid(
                "表二 主动公开政府信息情况",
                tuple(_T2_COLUMNS.get(c, c) for c in cols),
                tuple(rows2),
            )
        )
    t3 = report.applications
    if t3 is not None:
        rows3 = []
        for path, counts in t3.rows():
            if counts is None and path in (
                "other_handling.overdue_correction",
                "other_handling.overdue_fee",
            ):
                continue
            values = counts.cells() if counts is not None else (None,) * 7
            rows3.append(
                (
                    _T3_LABELS.get(path, path),
                    tuple(
                        (f"table3.{path}.{c}", v)
                        for c, v in zip(APPLICANT_COLUMNS, values, strict=True)
                    ),
                )
            )
        grids.append(
            Grid(
                "表三 收到和处理政府信息公开申请情况",
                tuple(APPLICANT_COLUMN_LABELS[c] for c in APPLICANT_COLUMNS),
                tuple(rows3),
            )
        )
    t4 = report.appeals
    if t4 is not None:
        rows4 = []
        for group, label in TABLE4_GROUP_LABELS.items():
            outcomes = getattr(t4, group)
            rows4.append(
                (
                    label,
                    tuple(
                        (
                            f"table4.{group}.{f}",
                            None if outcomes is None else getattr(outcomes, f),
                        )
                        for f in TABLE4_FIELD_LABELS
                    ),
                )
            )
        grids.append(
            Grid("表四 行政复议、行政诉讼", tuple(TABLE4_FIELD_LABELS.values()), tuple(rows4))
        )
    return tuple(grids)


def problem_cells(problems: Iterable[Problem]) -> dict[str, list[Problem]]:
    """Cell id → the problems naming it.  A row id (``table3.granted``) marks every cell of
    the row.

    >>> from govinfo_reports import Severity
    >>> p = Problem("x", Severity.ERROR, "m", cells=("table4.review.total",))
    >>> list(problem_cells([p]))
    ['table4.review.total']
    """
    out: dict[str, list[Problem]] = {}
    for p in problems:
        for cell in p.cells:
            out.setdefault(cell, []).append(p)
    return out


def _marks(cell: str, marked: dict[str, list[Problem]]) -> list[Problem]:
    found = list(marked.get(cell, ()))
    row = cell.rsplit(".", 1)[0]
    for p in marked.get(row, ()):  # a Problem naming a whole row
        if p not in found:
            found.append(p)
    return found


def _value(v: Number | None) -> str:
    return "" if v is None else str(v)


def _section_lines(sections: Sequence[Section]) -> Iterator[tuple[int, str]]:
    for top in sections:
        for s in top.walk():
            number = _NUMBER_FORMS.get(s.level, "{} ").format(s.number)
            yield s.level, f"{number}{s.title}"


def _identity(report: Report) -> list[tuple[str, str]]:
    period = (
        f"{report.period.start.isoformat()} – {report.period.end.isoformat()}"
        if report.period is not None
        else ""
    )
    rows = [
        ("file", report.origin or ""),
        ("agency", report.agency or ""),
        ("year", "" if report.year is None else str(report.year)),
        ("period", period),
        ("template", report.template.value),
        ("script", report.script.value),
        ("title", report.title or ""),
    ]
    return [(k, v) for k, v in rows if v]


# --- text ------------------------------------------------------------------------------


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _ljust(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _rjust(text: str, width: int) -> str:
    return " " * max(0, width - _width(text)) + text


def _grid_text(grid: Grid, marked: dict[str, list[Problem]]) -> list[str]:
    cells = [
        [_value(v) + ("*" if _marks(cid, marked) else "") for cid, v in row] for _, row in grid.rows
    ]
    label_w = max([_width(label) for label, _ in grid.rows] + [4])
    widths = [
        max([_width(h)] + [_width(r[i]) for r in cells if i < len(r)])
        for i, h in enumerate(grid.columns)
    ]
    lines = [grid.title]
    lines.append(
        "  "
        + _ljust("", label_w)
        + "".join("  " + _rjust(h, w) for h, w in zip(grid.columns, widths, strict=True))
    )
    for (label, _), row in zip(grid.rows, cells, strict=True):
        lines.append(
            "  "
            + _ljust(label, label_w)
            + "".join("  " + _rjust(c, w) for c, w in zip(row, widths, strict=False))
        )
    return lines


def report_text(report: Report, *, problems: Sequence[Problem] | None = None) -> str:
    """The report as aligned plain text (what ``govinfo-reports show`` prints).

    ``problems`` defaults to :meth:`Report.validate`; cells they name get a ``*``.

    >>> import govinfo_reports as gr
    >>> print(report_text(gr.Report(source="", agency="示例局", year=2023), problems=()))
    agency    示例局
    year      2023
    template  narrative
    script    simplified
    <BLANKLINE>
    outline: none found
    tables: none found
    figures: none found
    problems: none
    """
    problems = report.validate() if problems is None else tuple(problems)
    marked = problem_cells(problems)
    out = [f"{k:<9} {v}" for k, v in _identity(report)]
    out.append("")
    outline = list(_section_lines(report.sections))
    if outline:
        out.append("outline")
        out.extend("  " + "  " * (level - 1) + text for level, text in outline)
    else:
        out.append("outline: none found")
    grids = table_grids(report)
    if grids:
        for grid in grids:
            out.append("")
            out.extend(_grid_text(grid, marked))
        if marked:
            out.append("  (* cell involved in a failed check)")
        out.append("")
    else:
        out.append("tables: none found")
    if report.figures:
        out.append("figures")
        for fig in report.figures:
            q = fig.quantity
            source = "table" if fig.from_table else repr(q.text)
            out.append(f"  {fig.kind.value:<32} {q.value!s:>10} {q.unit or ''}  ({source})")
    else:
        out.append("figures: none found")
    if problems:
        out.append("problems")
        for p in problems:
            out.append(f"  {p.severity.value:<7} {p.code}: {p.message}")
    else:
        out.append("problems: none")
    return "\n".join(out)


# --- HTML ------------------------------------------------------------------------------

_STYLE = (
    "<style>"
    ".gr-report table{border-collapse:collapse;margin:.4em 0 1em 0;font-size:90%}"
    ".gr-report td,.gr-report th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
    ".gr-report th.gr-label,.gr-report td.gr-label{text-align:left}"
    ".gr-report td.gr-bad{background:#fdd;color:#900;font-weight:bold}"
    ".gr-report td.gr-warn{background:#ffe9b3}"
    ".gr-report ul{margin:.2em 0}"
    "</style>"
)


def _grid_html(grid: Grid, marked: dict[str, list[Problem]]) -> str:
    esc = html.escape
    parts = [f"<table><caption>{esc(grid.title)}</caption><tr><th></th>"]
    parts.extend(f"<th>{esc(h)}</th>" for h in grid.columns)
    parts.append("</tr>")
    for label, row in grid.rows:
        parts.append(f'<tr><td class="gr-label">{esc(label)}</td>')
        for cid, v in row:
            found = _marks(cid, marked)
            if found:
                errors = any(p.severity.value == "error" for p in found)
                title = "; ".join(f"{p.code}: {p.message}" for p in found)
                cls = "gr-bad" if errors else "gr-warn"
                parts.append(
                    f'<td class="{cls}" title="{esc(title)}" data-cell="{esc(cid)}">'
                    f"{esc(_value(v))}</td>"
                )
            else:
                parts.append(f'<td data-cell="{esc(cid)}">{esc(_value(v))}</td>')
        parts.append("</tr>")
    parts.append("</table>")
    return "".join(parts)


def report_html(report: Report, *, problems: Sequence[Problem] | None = None) -> str:
    """HTML for Jupyter: identity, outline, the tables with the cells of failed checks
    highlighted (hover names the check), figures and problems.

    >>> import govinfo_reports as gr
    >>> page = report_html(gr.Report(source="", agency="<i>示例局</i>"), problems=())
    >>> "&lt;i&gt;示例局" in page, "<i>" in page
    (True, False)
    """
    esc = html.escape
    problems = report.validate() if problems is None else tuple(problems)
    marked = problem_cells(problems)
    parts = ['<div class="gr-report">', _STYLE]
    parts.append("<table>")
    parts.extend(
        f'<tr><th class="gr-label">{esc(k)}</th><td class="gr-label">{esc(v)}</td></tr>'
        for k, v in _identity(report)
    )
    parts.append("</table>")
    outline = list(_section_lines(report.sections))
    if outline:
        parts.append("<details open><summary>outline</summary><ul>")
        parts.extend(
            f'<li style="margin-left:{(level - 1) * 1.5}em">{esc(text)}</li>'
            for level, text in outline
        )
        parts.append("</ul></details>")
    parts.extend(_grid_html(g, marked) for g in table_grids(report))
    if report.figures:
        parts.append("<details><summary>figures</summary><ul>")
        for fig in report.figures:
            q = fig.quantity
            parts.append(
                f"<li>{esc(fig.kind.value)}: {esc(str(q.value))} {esc(q.unit or '')}"
                f" <small>{esc('table' if fig.from_table else q.text)}</small></li>"
            )
        parts.append("</ul></details>")
    if problems:
        parts.append("<details open><summary>problems</summary><ul>")
        parts.extend(
            f"<li><b>{esc(p.severity.value)}</b> <code>{esc(p.code)}</code> {esc(p.message)}</li>"
            for p in problems
        )
        parts.append("</ul></details>")
    parts.append("</div>")
    return "".join(parts)
