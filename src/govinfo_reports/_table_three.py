"""Table 三 (收到和处理政府信息公开申请情况): rows found, cells segmented, solver called.

The reader finds every row label (:mod:`._table_labels`), cuts what stands after it, and
hands each row to :func:`._recover.recover_table3` as cells (when the surface form gives
reliable boundaries: '|' rows, tabs, markdown, HTML turned into '|' rows, or a PDF row with
exactly seven clean numbers) or as raw text (glued scraper text, dropped blanks, split
numbers).  When the labels of a PDF text stand away from their numbers (labels printed
before or after the numbers, cells emitted column by column) and the text holds exactly
seven numbers per row of the template, the numbers are placed by order instead, row by
row, or column by column when only that order satisfies every row's sum.

>>> row = "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1"
>>> t = read_table3(normalize_for_test(row))
>>> t.table.new_received.total
1
"""

from __future__ import annotations

import array
import bisect
import itertools
import re
from collections.abc import Callable, Sequence

import attrs

from . import _table_grid as grid
from ._lazy import lazy_re, lazy_regex
from ._recover import RowText, ambiguous_cells, read_as_printed, recover_table3
from ._table_labels import (
    GROUP6,
    PATHS_2019,
    PATHS_2021,
    TABLE3_LABELS,
    Hit,
    Scanned,
    scan_table3,
)
from .model import (
    APPLICANT_COLUMN_LABELS,
    APPLICANT_COLUMNS,
    ApplicantCounts,
    ApplicationTable,
    NotProcessed,
    OtherHandling,
    Problem,
    Recovery,
    Severity,
    Template,
    UnableToProvide,
    Withheld,
)

_THREE_ROW = (
    "other_handling.overdue_correction",
    "other_handling.overdue_fee",
    "other_handling.other",
)
_COLUMN_NAMES = tuple(APPLICANT_COLUMN_LABELS[c] for c in APPLICANT_COLUMNS)


@attrs.frozen(slots=True)
class Read3:
    """What the table 三 reader found."""

    table: ApplicationTable | None
    layout: Template | None = None
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()


def normalize_for_test(text: str) -> tuple[str, int, int]:
    """(masked text, start, end) of a whole string: for doctests."""
    return grid.mask_footers(text), 0, len(text)


def _warn(code: str, message: str, **kw: object) -> Problem:
    return Problem(code=code, severity=Severity.WARNING, message=message, **kw)  # type: ignore[arg-type]


def _layout(hits: Sequence[Hit]) -> Template | None:
    paths = {h.path for h in hits}
    if paths & {
        "other_handling.overdue_correction",
        "other_handling.overdue_fee",
        "other_handling.other",
    }:
        return Template.STANDARD_2021
    if GROUP6 in paths:
        return Template.STANDARD_2019
    return None


#: the numeral of a group's first sub-row after the group's label (（六）其他处理 1.)
_SUB_ONE = lazy_regex(r"[ \t\u3000]*+1[ \t\u3000]*+[.、．]")


def _sub_row_one(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with a （六）其他处理 followed by the numeral 1. read as the 2021 layout's
    sub-row 1. (申请人无正当理由逾期不补正…) when no label of that row was found: a text
    cut inside the row's words, its numbers then standing after the group's label.  The
    2019 layout's single 其他处理 row has no sub-row to number.

    >>> text = "（六）其他处理 1.申请人无正当 1 0 0 0 0 0 1"
    >>> [h.path for h in _sub_row_one(text, [Hit(GROUP6, 0, 7, 3)])]
    ['other_handling.overdue_correction']
    """
    if any(h.path == "other_handling.overdue_correction" for h in hits):
        return hits
    return [
        h._replace(path="other_handling.overdue_correction")
        if h.path == GROUP6 and _SUB_ONE.match(text, h.end)
        else h
        for h in hits
    ]


def read_table3(
    region: tuple[str, int, int],
    column: grid.Columns | None = None,
    known: Scanned | None = None,
    *,
    hits: list[Hit] | None = None,
    span: tuple[int, int] | None = None,
) -> Read3:
    """Read table 三 from ``text[start:end]`` of a footer-masked text.  ``column`` gives
    the printed column of a position (space-aligned PDF text); by default, counted in
    ``text``.  ``known``: the label cores a scan from ``start`` to a later end found;
    ``hits``: the table's labels when the caller scanned them
    (:func:`._table_labels.scan_table3`); ``span``: the table's span (by default
    ``(start, end)``; the caller's in its source)."""
    text, start, end = region
    column = column or grid.text_columns(text)
    if hits is None:
        hits = scan_table3(text, start, end, known)
    if not hits:
        return Read3(table=None)
    hits = _sub_row_one(text, hits)
    layout = _layout(hits)
    if layout is Template.STANDARD_2021:
        hits = [h for h in hits if h.path != GROUP6]
    else:
        hits = [h._replace(path="other_handling.other") if h.path == GROUP6 else h for h in hits]
    problems: list[Problem] = []
    notes: list[str] = []
    recovery: Recovery | None = None

    rows: dict[str, RowText] = {}
    placed = False
    glued: bool | None = None  # grid.is_glued of the table, found when asked
    # the labels' lines, when some line of them may be a row of cells
    first = grid.line_bounds(text, min(h.end for h in hits) - 1)[0]
    last = grid.line_bounds(text, max(h.end for h in hits) - 1)[1]
    may_cells = grid.may_hold_cells(text, first, last)
    lines = [grid.line_bounds(text, h.end - 1) for h in hits] if may_cells else []
    if may_cells and _cell_mode(text, lines):
        rows = _cell_rows(text, hits, lines, start, problems)
    else:
        glued = grid.is_glued(text, start, end)
        segs = _segments(text, hits, end)
        ordered = None
        if not glued and _displaced(text, hits, segs, start):
            segs = []  # its tokens (most of the reader's memory): made again if needed
            ordered = _by_order(text, hits, start, end, layout, problems, notes)
        if ordered is not None:
            rows, recovery, layout = ordered
            placed = True
        else:
            segs = segs or _segments(text, hits, end)
            # glued from the first label on: a scan from there finds the matches a scan
            # from the start finds after it, so only text glued from the start can be
            rows_glued = glued and grid.is_glued(text, hits[0].start, end)
            rows = _token_rows(text, hits, segs, end, problems, column, rows_glued)
        segs = []  # its tokens are not read past here
    lines = []  # nor the labels' lines (memory while the cells are recovered)
    if not rows:
        return Read3(table=None, layout=layout, problems=tuple(problems), notes=tuple(notes))

    cut_row = _row_cut_by_text_end(text, hits, rows)
    # (a cut row read as a short row under the header's columns keeps its cells)
    if cut_row is not None and not _is_short_row(problems, cut_row):
        rows[cut_row] = RowText(cut_row)  # (no cells: its numbers after the cut are lost)
        problems.append(
            _warn(
                "table3.row_cut",
                f"文本在表三“{TABLE3_LABELS[cut_row]}”一行中途结束，该行数字不足七格，"
                "其后各格未知，最后一个数字未必是总计，整行置空",
                cells=(f"table3.{cut_row}",),
            )
        )
    recovered = recover_table3(list(rows.values()))
    problems.extend(recovered.problems)
    if not placed and not any(p.code == "table3.boundaries_inferred" for p in recovered.problems):
        problems.extend(_cut_rows(text, start, end, rows, recovered.cells, glued))
    if recovered.recovery is not None:
        recovery = _merge(recovery, recovered.recovery)

    expected = PATHS_2019 if layout is Template.STANDARD_2019 else PATHS_2021
    if layout is None:
        expected = tuple(p for p in PATHS_2021 if p not in _THREE_ROW)
    missing = [p for p in expected if p not in rows]
    if missing and not placed:
        labels = "、".join(TABLE3_LABELS[p] for p in missing)
        problems.append(
            _warn(
                "table3.missing_rows",
                f"表三缺少{len(missing)}行: {labels}",
                expected=tuple(missing),
                cells=tuple(f"table3.{p}" for p in missing),
            )
        )
    for path, row in rows.items():
        if row.raw is None or row.raw.strip():
            continue  # (the common row: its numbers are there)
        cells = recovered.cells.get(path)
        if cells is None or not any(c is not None for c in cells):
            problems.append(
                _warn(
                    "table3.row_without_numbers",
                    f"表三“{TABLE3_LABELS[path]}”一行找到了行名，但没有找到数字",
                    cells=(f"table3.{path}",),
                )
            )
    table = _build(recovered.cells, layout, span or (start, end), recovery)
    return Read3(table=table, layout=layout, problems=tuple(problems), notes=tuple(notes))


# what may stand after the last row's label when the text ends inside that row: the rest
# of its words right after the label's match (2.其他法律行政法规禁止|公开: the match stops
# before 公开), its bracketed note, and numbers with blanks and cell marks (no word after
# a blank, no later heading)
_TAIL_OF_CUT_TEXT = lazy_re(r"[\u4e00-\u9fff“”\"]{0,16}(?:[（(][^）)\n]{0,60}[）)])?[\d\s|,，.、]*")
_DIGIT_RUN = lazy_re(r"\d+")


def _row_cut_by_text_end(text: str, hits: Sequence[Hit], rows: dict[str, RowText]) -> str | None:
    """The path of the table's last row when the text ends inside it: after its label
    stand only numbers, fewer than its seven cells (fewer runs of digits, fewer digits,
    and fewer '|'/tab cell marks than seven), and nothing else to the text's end.  Such
    a row's last number need not be its 总计 (the cells after the cut are lost).

    >>> h = Hit("partially_granted", 0, 7, 3)
    >>> rows = {"partially_granted": RowText("partially_granted")}
    >>> _row_cut_by_text_end("（二）部分公开 2 0 0", [h], rows)
    'partially_granted'
    >>> _row_cut_by_text_end("（二）部分公开 2 0 0 1 0 0 3", [h], rows)
    >>> _row_cut_by_text_end("（二）部分公开 | 2 | 2 |||||", [h], rows)
    >>> _row_cut_by_text_end("（二）部分公开 2 0 0 五、存在的主要问题", [h], rows)
    >>> h = Hit("withheld.prohibited_by_law", 0, 12, 2)
    >>> rows = {"withheld.prohibited_by_law": RowText("withheld.prohibited_by_law")}
    >>> _row_cut_by_text_end("2.其他法律行政法规禁止公开 1 0 0 0 0", [h], rows)
    'withheld.prohibited_by_law'
    """
    last = max(hits, key=lambda h: h.start)
    if last.path not in rows or not _TAIL_OF_CUT_TEXT.fullmatch(text, last.end):
        return None
    runs = _DIGIT_RUN.findall(text, last.end)
    # the cells the tail shows: its numbers, or its '|'/tab marks (blank cells printed)
    shown = max(
        len(runs), sum(map(len, runs)), text.count("|", last.end), text.count("\t", last.end) + 1
    )
    if not runs or shown >= len(APPLICANT_COLUMNS):
        return None
    return last.path


def _is_short_row(problems: Sequence[Problem], path: str) -> bool:
    """Whether the row ``path`` was read as a short '|'/tab row (``table3.short_row``)."""
    cell = f"table3.{path}"
    return any(
        p.code == "table3.short_row" and any(c == cell or c.startswith(cell + ".") for c in p.cells)
        for p in problems
    )


def _cut_rows(
    text: str,
    start: int,
    end: int,
    rows: dict[str, RowText],
    cells: dict[str, tuple[int | None, ...]],
    glued: bool | None = None,
) -> list[Problem]:
    """``table3.boundaries_inferred`` for the rows of text that keeps blanks between its
    numbers (not glued, the row of more than one number) read as more numbers than the
    text shows: a number the text prints whole was cut into cells (``38 45 33 26``, a row
    cut short, read as 3 8 4 5 3 3 26), which the sums alone decided (as table 四 marks a
    text of another number of numbers than 15).  ``glued``: :func:`grid.is_glued` of the
    table when known."""
    if glued:
        return []
    cut = []
    for path, row in rows.items():
        got = cells.get(path)
        if row.raw is None or got is None:
            continue
        n = len(row.raw.split())
        # (one run of digits: a glued row; as many words as cells: none cut)
        if 1 < n < len(got) and sum(c is not None for c in got) > n:
            cut.append(path)
    if not cut or (glued is None and grid.is_glued(text, start, end)):
        return []
    labels = "、".join(f"“{TABLE3_LABELS[p]}”" for p in cut)
    return [
        _warn(
            "table3.boundaries_inferred",
            f"表三{labels}的文本在数字之间留有空白，读出的数字却多于文本所示："
            "拆分了文本中完整的数字，单元格边界仅由勾稽关系推断",
            cells=tuple(f"table3.{p}.{c}" for p in cut for c in APPLICANT_COLUMNS),
        )
    ]


def _merge(a: Recovery | None, b: Recovery) -> Recovery:
    if a is None:
        return b
    rows = tuple(dict.fromkeys((*a.rows, *b.rows)))
    rules = tuple(dict.fromkeys((*a.rules, *b.rules)))
    return Recovery(rows=rows, rules=rules, unique=a.unique and b.unique)


def _counts(cells: dict[str, tuple[int | None, ...]], path: str) -> ApplicantCounts | None:
    row = cells.get(path)
    if row is None or len(row) != 7:
        return None
    return ApplicantCounts(*row)  # ApplicantCounts.of without its length check (made here)


#: the rows of table 三 that stand alone, and its groups of rows: (attribute, class, the
#: row path of each of the class's fields in order)
_SINGLE_ROWS = tuple(p for p in PATHS_2021 if "." not in p)
_GROUPS: tuple[tuple[str, Callable[..., object], tuple[str, ...]], ...] = tuple(
    (name, cls, tuple(f"{name}.{f.name}" for f in attrs.fields(cls)))
    for name, cls in (
        ("withheld", Withheld),
        ("unable_to_provide", UnableToProvide),
        ("not_processed", NotProcessed),
        ("other_handling", OtherHandling),
    )
)


def _build(
    cells: dict[str, tuple[int | None, ...]],
    layout: Template | None,
    span: tuple[int, int],
    recovery: Recovery | None,
) -> ApplicationTable:
    rows: dict[str, object] = {p: _counts(cells, p) for p in _SINGLE_ROWS}
    for name, cls, paths in _GROUPS:
        rows[name] = cls(*[_counts(cells, p) for p in paths])
    return ApplicationTable(**rows, template=layout, span=span, recovery=recovery)  # type: ignore[arg-type]


# --- cell forms ('|', tabs, markdown, HTML as '|' rows) --------------------------------


def _cell_mode(text: str, lines: Sequence[tuple[int, int]]) -> bool:
    """Whether most hits (their lines: ``lines``) stand on lines of cells."""
    n = 0
    seen: dict[int, bool] = {}  # line start -> a line of cells (labels share glued lines)
    for s, e in lines:
        cells = seen.get(s)
        if cells is None:
            cells = seen[s] = grid.cell_separator(text[s:e]) is not None
        if cells:
            n += 1
    return n * 2 > len(lines)


def _header_positions(text: str, start: int, first_row: int, border: bool) -> list[int] | None:
    """Column index of each of the 7 columns from the header rows, when they line up."""
    found: dict[str, int] = {}
    for _, line in grid.lines_with_offsets(text, start, first_row):
        for i, cell in enumerate(grid.cell_texts(line, border)):
            name = "".join(cell.split())
            if name in _COLUMN_NAMES:
                found[name] = i
    if len(found) != 7:
        return None
    pos = [found[n] for n in _COLUMN_NAMES]
    if any(b <= a for a, b in itertools.pairwise(pos)):
        return None
    return pos


def _cell_rows(
    text: str,
    hits: Sequence[Hit],
    lines: Sequence[tuple[int, int]],
    start: int,
    problems: list[Problem],
) -> dict[str, RowText]:
    """The rows of a table of cells (``lines``: the line of each hit)."""
    # the last label on each line names the row
    by_line: dict[tuple[int, int], Hit] = dict(zip(lines, hits, strict=True))
    line_hits = sorted(by_line.items())
    # (one reading of a '|' at a line start for the header and every row)
    border = grid.pipe_border(text, start, line_hits[-1][0][1]) if line_hits else True
    header = _header_positions(text, start, line_hits[0][0][0], border) if line_hits else None

    # each row's label, the index of the label's cell and the texts of the cells after it
    parsed: list[tuple[Hit, int, list[str]]] = []
    left = right = 0
    starts = {s for s, _ in by_line}
    for (s, e), h in line_hits:
        line = text[s:e]
        if e + 1 not in starts and grid.cell_separator(line) is None:
            line += _label_rest(text, e, border)
        cells, idx = grid.cells_at(line, h.end - 1 - s, border=border)
        # a merged label cell repeated over its span (pandas.read_html fills spans)
        while idx + 1 < len(cells) and cells[idx] and cells[idx + 1] == cells[idx]:
            idx += 1
        data = cells[idx + 1 :]
        if not any(data) and e + 1 not in starts and grid.cell_separator(text[s:e]):
            # (a label cut inside its cell: its row's cells are blank on this line and
            # filled on the next, whose first cell is the rest of the label: │（二）部分
            # 公开（区分处理的，只计│ │ │…⏎│这一情形，不计其他情形）│ 3│ 1│…)
            rest = _label_rest(text, e, border)
            if rest:
                more = grid.cells_at(rest, 0, border=border)[0]
                # (as many cells as the label's line, or the seven after a label's cell
                # that closed its line: ⇥（六）其他处理⇥1.申请人无正当理由…⏎…申请⇥0⇥0…)
                fits = len(more) == len(cells) - idx if data else len(more) == 8
                if fits and any(more[1:]):
                    data = more[1:]
        parsed.append((h, idx, data))
        if len(data) > 7:
            if data[0] and not data[-1]:
                left += 1
            elif data[-1] and not data[0]:
                right += 1

    # tab rows with no header to place their columns, none ending in a blank cell: lines
    # whose trailing tabs (blank cells) may have been stripped
    stripped = header is None and _tabs_stripped(text, [se for se, _ in line_hits])
    rows: dict[str, RowText] = {}
    for h, idx, data in parsed:
        if h.path in rows:
            continue
        picked: list[str] | None = None
        if (
            header is not None
            and header[0] > idx
            and all(not c or i in header for i, c in enumerate(data, idx + 1))
        ):
            # the cells under the header's columns (a blank cell that carries on the
            # label's merged cell is no 自然人 cell): cells[i] of the line is
            # data[i - idx - 1] (header[0] > idx)
            picked = [data[i - idx - 1] if i - idx - 1 < len(data) else "" for i in header]
            missing = sum(i - idx - 1 >= len(data) for i in header)
            if missing and any(data):
                problems.append(
                    _warn(
                        "table3.short_row",
                        f"表三“{TABLE3_LABELS[h.path]}”一行比表头少{missing}个单元格："
                        f"按表头的栏读取，末尾{missing}栏留空",
                        cells=(f"table3.{h.path}",),
                    )
                )
        elif len(data) == 7:
            picked = data
        elif len(data) > 7:
            keep = data[:7] if left > right else data[-7:]
            drop = data[7:] if left > right else data[:-7]
            if not any(drop):
                picked = keep
        if picked is None and data and not any(data):
            picked = [""] * 7  # (a row of blank cells, however many: left blank)
        if picked is None:
            rows[h.path] = RowText(path=h.path, raw=" ".join([c for c in data if c]))
            continue
        read = _clean_cells(h.path, picked, problems)
        if stripped:
            read = _undecided_shift(h.path, data, read, problems)
        rows[h.path] = RowText(path=h.path, cells=read)
    return rows


def _label_rest(text: str, end: int, border: bool) -> str:
    """The next line after a label line of no cells that ends at ``end``, when it is the
    rest of the label's cell and the row's cells (a label cell that holds a line break:
    二、上年结转政府信⏎息公开申请数量⇥1⇥0…, a browser's text of <td>…<br>…</td>): a line of
    cells whose first cell holds words, no digit; else nothing.

    >>> t = "二、上年结转政府信\\n息公开申请数量\\t1\\t0\\n（一）予以公开\\t3"
    >>> _label_rest(t, 9, True), _label_rest(t, 22, True)
    ('息公开申请数量\\t1\\t0', '')
    """
    if end >= len(text):
        return ""
    s, e = grid.line_bounds(text, end + 1)
    nxt = text[s:e]
    if grid.cell_separator(nxt) is None:
        return ""
    first = grid.cells_at(nxt, 0, border=border)[0]
    if not first or not first[0] or _DIGIT.search(first[0]):
        return ""
    return nxt


def _tabs_stripped(text: str, lines: Sequence[tuple[int, int]]) -> bool:
    """Whether the rows (``lines``) are tab rows none of which ends in a blank cell (a tab
    last): their lines' trailing blanks may have been stripped, trailing blank cells with
    them."""
    for s, e in lines:
        line = text[s:e]
        if grid.cell_separator(line) != "\t" or line.rstrip(" ").endswith("\t"):
            return False
    return bool(lines)


def _undecided_shift(
    path: str, data: Sequence[str], cells: tuple[str, ...], problems: list[Problem]
) -> tuple[str, ...]:
    """A tab row whose trailing blank cells may have been stripped, read with no header to
    place its columns (``data``: the cells after its label; ``cells``: the seven read).
    Its leading blank cells may be cells of a merged label, so its seven may start at any
    of them, blanks filling the stripped end.  Where another such start also satisfies
    the row's sum and reads a cell differently (only a row of zeros and blanks can), the
    cell is undecided: blank, named in ``table3.ambiguous_cells``.

    >>> row = ["", "", "0", "", "0", "", "0"]
    >>> out: list[Problem] = []
    >>> _undecided_shift("granted", row, tuple(row), out)
    ('', '', '', '', '', '', '')
    >>> len(out[0].cells), out[0].cells[0]
    (7, 'table3.granted.natural_person')
    >>> row = ["", "5", "", "3", "", "", "8"]  # shifted, 8 would be no 总计 of 5 + 3
    >>> _undecided_shift("granted", row, tuple(row), [])
    ('', '5', '', '3', '', '', '8')
    >>> row = ["/", "/", "0", "0", "0", "0", "0"]  # marked blanks: no label's cells
    >>> _undecided_shift("granted", row, tuple(row), [])
    ('/', '/', '0', '0', '0', '0', '0')
    """
    values = [grid.clean_cell(c) for c in data]
    if not _row_sum_holds(cells) or any(v is None for v in values):
        return cells
    # (a merged label's cell is empty: a blank marker, / - 无, is a cell of the row)
    lead = next((k for k, c in enumerate(data) if c.strip()), len(data))
    seen = {cells}
    for j in range(min(lead, len(values)) + 1):
        window = [v or "" for v in values[j : j + 7]]
        if any(c.strip() for c in data[j + 7 :]):
            continue  # a number or a mark would stand past the row's end
        reading = tuple(window + [""] * (7 - len(window)))
        if _row_sum_holds(reading):
            seen.add(reading)
    if len(seen) == 1:
        return cells
    undecided = [k for k in range(7) if len({r[k] for r in seen}) > 1]
    amb = {
        f"table3.{path}.{APPLICANT_COLUMNS[k]}": sorted(
            {int(r[k]) if r[k] else None for r in seen}, key=str
        )
        for k in undecided
    }
    problems.append(
        ambiguous_cells(amb, "（该行没有可对齐的表头，开头的空白单元格可能属于合并的行标题）")
    )
    return tuple("" if k in undecided else c for k, c in enumerate(cells))


def _row_sum_holds(cells: Sequence[str]) -> bool:
    """:func:`_sums` of a row whose blank cells count as 0."""
    return _sums([c or "0" for c in cells])


def _clean_cells(path: str, cells: Sequence[str], problems: list[Problem]) -> tuple[str, ...]:
    most = grid.MAX_DIGITS
    joined = "".join(cells)
    if (not joined or (joined.isascii() and joined.isdigit())) and len(joined) <= most:
        return tuple(cells)  # plain digits or blanks, each short: clean_cell keeps them
    out: list[str] = []
    for i, raw in enumerate(cells):
        if raw.isascii() and raw.isdigit() and len(raw) <= most:  # clean_cell's fast path
            out.append(raw)
            continue
        clean = grid.clean_cell(raw)
        if clean is None:
            problems.append(
                _warn(
                    "table3.cell_unreadable",
                    f"表三“{TABLE3_LABELS[path]}”的“{_COLUMN_NAMES[i]}”单元格不是数字: "
                    f"{raw[:40]!r}",
                    actual=raw[:200],
                    cells=(f"table3.{path}.{APPLICANT_COLUMNS[i]}",),
                )
            )
            clean = ""
        out.append(clean)
    return tuple(out)


# --- text forms (PDF text, one cell per line, glued scraper text) ----------------------


#: a row of text: its label and the (start, end) of each of its number tokens, flat
#: (those inside a wrapped label first): ints in an array, ~8 bytes a position where a
#: token object with its text and ints took ~200 bytes (most of the reader's memory)
_Seg = tuple[Hit, "array.array[int]"]  # (subscripted as a string: Python 3.11)


def _segments(text: str, hits: Sequence[Hit], end: int) -> list[_Seg]:
    out: list[_Seg] = []
    for i, h in enumerate(hits):
        stop = hits[i + 1].start if i + 1 < len(hits) else grid.before_sentence(text, h.end, end)
        spans = [x for span in h.inner_cells(text) for x in span]
        spans += [
            x
            for m in grid.NUMBER.finditer(text, h.end, max(h.end, stop))
            if not _sub_row_numeral(text, m.start(), m.end())
            for x in m.span()
        ]
        out.append((h, array.array("q", spans)))
    return out


def _sub_row_numeral(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` is the numeral of a sub-row's label (``2.``
    of 2.其他法律行政法规禁止公开, ``1、``) whose label the scan did not find: a text cut
    right after it, or a misspelt label.  It is no cell of the row before (a single digit
    1-9 and a numeral's mark, not a decimal point, after it).

    >>> t = "0 |\\n2.\\n"
    >>> _sub_row_numeral(t, 0, 1), _sub_row_numeral(t, 4, 5)
    (False, True)
    """
    return (
        end - start == 1
        and end < len(text)
        and text[end] in ".、．"
        and text[start] in "123456789"
        and not text[end + 1 : end + 2].isdigit()
    )


def _row_tokens(text: str, seg: _Seg) -> list[grid.Token]:
    """The number tokens of a row of :func:`_segments`, made when they are read."""
    new = tuple.__new__  # grid.Token(text, start, end) without the named tuple's __new__
    it = iter(seg[1])
    return [new(grid.Token, (text[a:b], a, b)) for a, b in zip(it, it, strict=True)]


def _clean_token(tok: str) -> bool:
    return tok == "0" or (tok.isdigit() and not tok.startswith("0") and len(tok) <= grid.MAX_DIGITS)


def _clean_tokens(toks: Sequence[grid.Token]) -> bool:
    """Whether every token of a row is a clean number (:func:`_clean_token`)."""
    return all(_clean_token(t[0]) for t in toks)


def _token_rows(
    text: str,
    hits: Sequence[Hit],
    segs: Sequence[_Seg],
    end: int,
    problems: list[Problem],
    column: grid.Columns,
    glued: bool,
) -> dict[str, RowText]:
    """The rows of a table of text (``glued``: :func:`grid.is_glued` from its first
    label)."""
    strict = None if glued else _strict_lines(text, segs, end)
    found: list[list[tuple[int, int]] | None] = []

    def grid_cols() -> list[tuple[int, int]] | None:
        """The printed columns, found when a short row first needs them."""
        if not found:
            found.append(None if glued or strict is not None else _column_spans(text, segs, column))
        return found[0]

    rows: dict[str, RowText] = {}
    # rows whose offsets (printed columns of their tokens) are found only when some row
    # needs recovering: the recovery reads offsets only then (alignment evidence)
    deferred: dict[str, _Seg] = {}
    plain: set[str] = set()  # rows of seven plain ASCII digits: read as printed
    for i, seg in enumerate(segs):
        h, spans = seg
        if h.path in rows:
            if spans and not rows[h.path].cells and not (rows[h.path].raw or "").strip():
                pass  # a later copy of the label with the numbers: use it
            else:
                continue
        deferred.pop(h.path, None)
        plain.discard(h.path)
        if strict is not None and i in strict:
            rows[h.path] = RowText(path=h.path, cells=_clean_cells(h.path, strict[i], problems))
            continue
        toks = _row_tokens(text, seg)  # made only for a row read from its tokens
        if not glued and len(toks) == 7 and _clean_tokens(toks):
            raw = grid.raw_of(text, toks)
            if len(raw.split()) == len(toks):  # a full row: its columns place the short rows'
                rows[h.path] = RowText(path=h.path, raw=raw)
                deferred[h.path] = seg
                if raw.isascii():  # its words are its seven clean tokens
                    plain.add(h.path)
            else:
                rows[h.path] = RowText(path=h.path, cells=tuple(t.text for t in toks))
        elif glued:
            rows[h.path] = RowText(path=h.path, raw=grid.raw_of(text, toks))
        elif (placed := _under_columns(text, toks, grid_cols, column)) is not None:
            rows[h.path] = RowText(path=h.path, cells=_clean_cells(h.path, placed, problems))
        else:
            raw = grid.raw_of(text, toks)
            rows[h.path] = RowText(path=h.path, raw=raw)
            if len(raw.split()) == len(toks):
                deferred[h.path] = seg
    if deferred and not all(p in plain or read_as_printed(r) for p, r in rows.items()):
        for path, (_, spans) in deferred.items():
            it = iter(spans)  # (start, end) of each token
            offsets = tuple((column(a), column(b - 1) + 1) for a, b in zip(it, it, strict=True))
            rows[path] = RowText(path=path, raw=rows[path].raw, offsets=offsets)
    return rows


def _one_line(text: str, spans: Sequence[int]) -> bool:
    """Whether the tokens of a row (their flat (start, end) positions) stand on one line."""
    return bool(spans) and "\n" not in text[spans[0] : spans[-1]]


def _column_spans(
    text: str, segs: Sequence[_Seg], column: grid.Columns
) -> list[tuple[int, int]] | None:
    """The printed columns of the 7 cells in space-aligned text, from the rows printed in
    full on one line: for each column the span its numbers cover.  None unless at least
    two such rows exist and the seven spans stand apart, left to right."""
    # the tokens of the rows of 7 on one line, made only for them
    rows7 = (_row_tokens(text, s) for s in segs if len(s[1]) == 14 and _one_line(text, s[1]))
    full = [toks for toks in rows7 if _clean_tokens(toks)]
    if len(full) < 2:
        return None
    spans: list[tuple[int, int]] = []
    for k in range(7):
        starts = [column(toks[k].start) for toks in full]
        ends = [column(toks[k].end - 1) + 1 for toks in full]
        spans.append((min(starts), max(ends)))
    if any(b[0] < a[1] + 1 for a, b in itertools.pairwise(spans)):
        return None  # columns that touch: alignment decides nothing
    return spans


def _under_columns(
    text: str,
    toks: Sequence[grid.Token],
    columns: Callable[[], list[tuple[int, int]] | None],
    column: grid.Columns,
) -> list[str] | None:
    """A short row of space-aligned text (blank cells printed as spaces) placed under the
    columns (``columns()``: their spans, or None): each number must overlap exactly one
    column's span, in order."""
    if not toks or len(toks) >= 7 or not _one_line(text, (toks[0].start, toks[-1].end)):
        return None
    spans = columns()
    if spans is None:
        return None
    out = [""] * 7
    last = -1
    for t in toks:
        if not (_clean_token(t.text) or t.text in _BLANK_MARKS):
            return None
        a, b = column(t.start), column(t.end - 1) + 1
        hit = [k for k, (s, e) in enumerate(spans) if a < e and s < b]
        if len(hit) != 1 or hit[0] <= last:
            return None
        last = hit[0]
        out[last] = t.text
    return out


def _strict_lines(text: str, segs: Sequence[_Seg], end: int) -> dict[int, list[str]] | None:
    """One cell per line with empty lines for blank cells: every row is its label line
    followed by exactly seven lines.  None unless every row of the table has that shape."""
    n = len(segs)
    # (a double-spaced page: one paragraph a line, grid.double_spaced)
    double = n > 0 and grid.double_spaced(text, segs[0][0].start, "自然人")
    if n and all(h.start <= end for h, _ in segs) and not _may_blank(text, segs):
        # no row but the last can have a blank cell, and the answer needs one
        last = _strict_cells(text, segs, n - 1, end, double)
        if last is None or not _has_blank(last):
            return None
    return _strict_rows(text, segs, end, double)


def _strict_rows(
    text: str, segs: Sequence[_Seg], end: int, double: bool = False
) -> dict[int, list[str]] | None:
    """:func:`_strict_lines` without its prefilter: every row read."""
    out: dict[int, list[str]] = {}
    for i in range(len(segs)):
        cells = _strict_cells(text, segs, i, end, double)
        if cells is None:
            return None
        out[i] = cells
    return out if any(_has_blank(v) for v in out.values()) else None


def _has_blank(cells: Sequence[str]) -> bool:
    return any(c == "" or c in grid.BLANK_MARKS for c in cells)


def _strict_cells(
    text: str, segs: Sequence[_Seg], i: int, end: int, double: bool = False
) -> list[str] | None:
    """The seven cell lines of row ``i`` of :func:`_strict_lines`, or None; on a
    ``double`` spaced page a line is what stands between empty lines."""
    h = segs[i][0]
    last = i + 1 == len(segs)
    stop = end if last else segs[i + 1][0].start
    seg = text[h.end : stop]
    if double:
        seg = grid.paragraph_lines(seg)
    lines = seg.split("\n")
    if not _label_text(lines[0]) and lines[0].strip():
        return None
    body = [ln for ln in lines[1:] if grid.FOOTER_MARK not in ln]
    # the rest of a wrapped label before the cells; after them, the next label's
    # leading text (indentation), a group label (（三）不予公开), a repeated header
    while body and _label_text(body[0]):
        body.pop(0)
    if not last:
        if body and not body[-1].strip():
            body.pop()
        while body and _label_text(body[-1]):
            body.pop()
    else:
        while body and (_label_text(body[-1]) or (len(body) > 7 and not body[-1].strip())):
            body.pop()
    if len(body) != 7:
        return None
    cells: list[str] = []
    for ln in body:
        s = ln.strip()
        if s and s not in grid.BLANK_MARKS and grid.NUMBER.fullmatch(s) is None:
            return None
        cells.append(s)
    return cells


#: every character str.strip removes (str.isspace), but the line break
_STRIP_BLANKS = r"\t\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: a whole line (with the line breaks on both sides) that is blank or one blank mark
#: (str.strip of it empty or in BLANK_MARKS).  Stdlib ``re``: the pattern names each of its
#: characters (no class whose Unicode tables could differ) and ``re`` runs it 3x faster
_BLANK_LINE = lazy_re(
    r"\n["
    + _STRIP_BLANKS
    + r"]*+(?:(?:"
    + "|".join(re.escape(m) for m in sorted(grid.BLANK_MARKS, key=lambda m: (-len(m), m)))
    + r")["
    + _STRIP_BLANKS
    + r"]*+)?\n"
)


def _may_blank(text: str, segs: Sequence[_Seg]) -> bool:
    """Whether some line :func:`_strict_lines` takes for a cell of a row but the last may
    be a blank cell: a whole blank (or blank-mark) line between the first and the last
    label, or a blank mark just before the next label (a blank line there is dropped as
    the row's last line)."""
    if _BLANK_LINE.search(text, segs[0][0].end, segs[-1][0].start) is not None:
        return True
    for i in range(len(segs) - 1):
        stop = segs[i + 1][0].start
        nl = text.rfind("\n", segs[i][0].end, stop)
        if nl >= 0 and text[nl + 1 : stop].strip() in grid.BLANK_MARKS:
            return True
    return False


# --- labels away from their numbers: place the numbers by order -----------------------


def _displaced(
    text: str,
    hits: Sequence[Hit],
    segs: Sequence[_Seg],
    start: int,
) -> bool:
    """Whether the numbers of text that is not glued may stand away from their labels
    (:func:`_by_order` then places them): numbers before the first label, or a row with
    none or more than seven."""
    return grid.NUMBER.search(text, start, hits[0].start) is not None or any(
        not 0 < len(spans) // 2 <= 7 for h, spans in segs if h.path in PATHS_2021
    )


def _labels_disagree(
    text: str, hits: Sequence[Hit], starts: Sequence[int], paths: Sequence[str]
) -> bool:
    """Whether a label on the line of the numbers that template order gives another row
    (``starts``: where each number starts, seven a row in the order of ``paths``) names
    its own row otherwise: a row printed out of order (2.没有现成信息… before 1.本机关不
    掌握…, as an extractor may), whose label the order would overrule.

    >>> from ._table_labels import scan_table3
    >>> t = "一、本年新收 1 0 0 0 0 0 1\\n二、上年结转 0 0 0 0 0 0 0"
    >>> hits = scan_table3(t, 0, len(t))
    >>> nums = [m.start() for m in grid.NUMBER.finditer(t)]
    >>> _labels_disagree(t, hits, nums, ["new_received", "carried_over"])
    False
    >>> _labels_disagree(t, hits, nums, ["carried_over", "new_received"])
    True
    """
    row_of = {path: r for r, path in enumerate(paths)}
    for h in hits:
        r = row_of.get(h.path)
        k = bisect.bisect_left(starts, h.end)
        if r is None or k >= len(starts) or "\n" in text[h.end : starts[k]]:
            continue  # (no number on the label's line: nothing to disagree with)
        if k != 7 * r:
            return True
    return False


def _by_order(
    text: str,
    hits: Sequence[Hit],
    start: int,
    end: int,
    layout: Template | None,
    problems: list[Problem],
    notes: list[str],
) -> tuple[dict[str, RowText], Recovery, Template] | None:
    """The rows of a table whose numbers stand away from their labels
    (:func:`_displaced`): all its numbers placed seven a row in template order."""
    # the tokens between labels only (a label's own numbering 1. 2. is not a cell): their
    # texts, and of the gap after each whether it is blank and holds a line break (the
    # tokens themselves are not kept: a table has hundreds, the stage's peak of memory)
    inner = {a for h in hits for a, _ in h.inner_cells(text)}
    in_label = _in_labels(hits)
    values: list[str] = []
    blank_after: list[bool] = []
    line_after: list[bool] = []
    starts: list[int] = []
    ends: list[int] = []
    last = -1  # the end of the last token kept
    for m in grid.NUMBER.finditer(text, start, end):
        at = m.start()
        if at not in inner and in_label(at):
            continue
        if values:
            gap = text[last:at]
            blank_after.append(grid.is_blank_gap(gap))
            line_after.append("\n" in gap)
        values.append(m[0])
        starts.append(at)
        ends.append(m.end())
        last = m.end()
    candidates: list[tuple[Template, tuple[str, ...]]] = []
    if layout in (None, Template.STANDARD_2021):
        candidates.append((Template.STANDARD_2021, PATHS_2021))
    if layout in (None, Template.STANDARD_2019):
        candidates.append((Template.STANDARD_2019, PATHS_2019))
    fits = [(t, p) for t, p in candidates if len(values) == 7 * len(p)]
    if not fits:
        return None
    tmpl, paths = fits[0]
    if not all(_clean_token(v) or v in _BLANK_MARKS for v in values):
        return None
    if _labels_disagree(text, hits, starts, paths):
        return None
    # runs: tokens with nothing but whitespace between them
    runs: list[tuple[int, int]] = []
    run_start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or not blank_after[i - 1]:
            runs.append((run_start, i))
            run_start = i
    rows_cells: list[list[str]] = [values[i * 7 : i * 7 + 7] for i in range(len(paths))]
    by_column: list[str] = []
    undecided: list[str] = []
    columns = _headed_columns(text, start, runs, starts, ends, len(paths))
    if columns is not None:
        # (each applicant column's word, then its numbers top to bottom: a PDF's text
        # layer read column after column)
        for r in range(len(paths)):
            rows_cells[r] = [values[columns[c][0] + r] for c in range(7)]
        by_column = list(paths)
        runs = []
    for a, b in runs:
        n = b - a
        if a % 7 or n % 7 or n == 7:
            continue
        one_per_line = all(line_after[a : b - 1])
        if not one_per_line:
            continue
        k = n // 7
        first = a // 7
        names = [paths[first + r] for r in range(k)]
        chunk = values[a:b]
        in_rows = [chunk[r * 7 : r * 7 + 7] for r in range(k)]
        if all(_sums(r) for r in in_rows):
            continue  # printed row by row: read as printed
        readings = _block_readings(chunk, k)
        if len(readings) == 1:
            decoded, by_col = readings[0]
            for r in range(k):
                rows_cells[first + r] = decoded[r]
            by_column.extend(n for n, c in zip(names, by_col, strict=True) if c)
        else:
            for r in range(k):
                rows_cells[first + r] = [""] * 7
            undecided.extend(names)
    rows = {
        p: RowText(path=p, cells=tuple("" if c in _BLANK_MARKS else c for c in cells))
        for p, cells in zip(paths, rows_cells, strict=True)
    }
    rules = ["row_order"]
    notes.append(
        f"表三的行名与数字分开排印，按模板行序放置了{len(values)}个数字（每行7个，共{len(paths)}行）"
    )
    if by_column:
        rules.append("column_order")
        labels = "、".join(TABLE3_LABELS[p] for p in by_column)
        notes.append(f"表三以下各行的数字按列输出，按每行“总计”等于各列之和还原: {labels}")
        problems.append(
            _warn(
                "table3.column_order",
                f"表三有{len(by_column)}行的数字按列输出（先列后行），"
                f"已按各行合计唯一还原: {labels}",
                cells=tuple(f"table3.{p}" for p in by_column),
            )
        )
    if undecided:
        labels = "、".join(TABLE3_LABELS[p] for p in undecided)
        problems.append(
            _warn(
                "table3.ambiguous_order",
                f"表三以下各行的数字无法确定按行还是按列输出，留空: {labels}",
                cells=tuple(f"table3.{p}" for p in undecided),
            )
        )
    recovery = Recovery(rows=tuple(by_column or paths), rules=tuple(rules), unique=not undecided)
    return rows, recovery, tmpl


#: the applicant columns' words, each with its column (自然人 0 … 总计 6)
_COLUMN_WORD = lazy_re("自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计")
_COLUMN_INDEX = {
    "自然人": 0,
    "商业企业": 1,
    "科研机构": 2,
    "社会公益组织": 3,
    "法律服务机构": 4,
    "其他": 5,
    "总计": 6,
}


def _headed_columns(
    text: str,
    start: int,
    runs: Sequence[tuple[int, int]],
    starts: Sequence[int],
    ends: Sequence[int],
    nrows: int,
) -> list[tuple[int, int]] | None:
    """The runs of numbers by applicant column (自然人 first, 总计 last) when the table's
    numbers are seven runs of ``nrows`` each, and the last column word before each run
    names a different column: each column printed under its word, top to bottom."""
    if len(runs) != 7 or any(b - a != nrows for a, b in runs):
        return None
    by_column: dict[int, tuple[int, int]] = {}
    for a, b in runs:
        words = _COLUMN_WORD.findall(text, ends[a - 1] if a else start, starts[a])
        if not words:
            return None
        by_column[_COLUMN_INDEX[words[-1]]] = (a, b)
    if len(by_column) != 7:
        return None
    return [by_column[c] for c in range(7)]


def _in_labels(hits: Sequence[Hit]) -> Callable[[int], bool]:
    """Whether a position lies inside some hit's label: a bisection when the labels stand
    in text order without overlapping (as the scan gives them), else a look at each."""
    starts = [h.start for h in hits]
    if all(a.end <= b.start for a, b in itertools.pairwise(hits)):

        def inside(pos: int) -> bool:
            k = bisect.bisect_right(starts, pos) - 1
            return k >= 0 and pos < hits[k].end

    else:

        def inside(pos: int) -> bool:
            return any(h.start <= pos < h.end for h in hits)

    return inside


_Reading = tuple[list[list[str]], list[bool]]


def _block_readings(chunk: Sequence[str], k: int) -> list[_Reading]:
    """The readings of ``k`` rows of numbers printed one per line without labels between
    them: consecutive blocks, each one row (row order) or several rows printed column by
    column, every row's 总计 the sum of its six columns.  Up to two readings with distinct
    values (one: decided; two: ambiguous); a block read by column is flagged."""
    best: list[list[_Reading]] = [[] for _ in range(k + 1)]
    best[k] = [([], [])]
    # each cell's number (None unless digits), for the sums: _sums on the cells as strings
    ints = [int(c) if c.isdigit() else None for c in chunk]
    for p in range(k - 1, -1, -1):
        found: list[_Reading] = []
        seen: set[tuple[tuple[str, ...], ...]] = set()
        row = list(chunk[p * 7 : p * 7 + 7])
        if _sums_at(ints, p * 7, 1):
            _add_reading(found, seen, [row], False, best[p + 1])
        for size in range(2, k - p + 1):
            if len(found) >= 2:
                break
            # row r of the block is its cells r, r + size, r + 2 * size, …
            if all(_sums_at(ints, p * 7 + r, size) for r in range(size)):
                block = chunk[p * 7 : (p + size) * 7]
                rows = [[block[c * size + r] for c in range(7)] for r in range(size)]
                _add_reading(found, seen, rows, True, best[p + size])
        best[p] = found
    return best[0]


def _add_reading(
    found: list[_Reading],
    seen: set[tuple[tuple[str, ...], ...]],
    rows: list[list[str]],
    by_col: bool,
    rest: list[_Reading],
) -> None:
    for rest_rows, rest_flags in rest:
        key = tuple(tuple(r) for r in rows + rest_rows)
        if key not in seen and len(found) < 2:
            seen.add(key)
            found.append((rows + rest_rows, [by_col] * len(rows) + rest_flags))


def _label_text(line: str) -> bool:
    """A line of label or header text (or the closing quote of a wrapped label): no digit,
    and not a blank mark (``-``, ``/``, ``无``)."""
    s = line.strip().replace(grid.FOOTER_MARK, "")
    return bool(s) and _DIGIT.search(s) is None and s not in _BLANK_MARKS


_BLANK_MARKS = grid.BLANK_MARKS
_DIGIT = lazy_regex(r"[0-9０-９]")


def _sums_at(ints: Sequence[int | None], first: int, step: int) -> bool:
    """:func:`_sums` of the cells ``first + c * step`` (c = 0…6) given as numbers."""
    total = 0
    for c in range(6):
        v = ints[first + c * step]
        if v is None:
            return False
        total += v
    last = ints[first + 6 * step]
    return last is not None and total == last


def _sums(cells: Sequence[str]) -> bool:
    if not all(c.isdigit() for c in cells):
        return False
    return sum(int(c) for c in cells[:6]) == int(cells[6])
