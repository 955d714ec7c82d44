"""Table 四 (政府信息公开行政复议、行政诉讼情况): 15 numbers under a two-level header.

The table starts at its 行政复议 anchor; it ends at the first text after the header that
is not made of header words (行政复议 行政诉讼 结果维持 …), usually the heading 五、.  The
numbers in between are table 四's cells, in template order.

>>> head = "行政复议 | 行政诉讼\\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\\n"
>>> text = head + " | ".join("1" * 15)
>>> read_table4(text, 0, len(text)).table.review.total
1
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs

from . import _table_grid as grid
from ._lazy import lazy_regex
from ._recover import RULE_ALIGNMENT, T4_CELLS, Recovered4, recover_table4, steps_apart
from ._table_labels import T4_HEADER_CHARS, T4_UPHELD
from .model import AppealTable, Problem, Recovery, Severity

_HAN_RUN = lazy_regex(r"\p{Han}++")
_SIGNED = lazy_regex(grid.MINUS_WORD_TAIL)  # after a word of decrease
_DIGIT = lazy_regex(r"\d")
_CELL_UNIT = lazy_regex(f"(?:{grid.CELL_UNITS})")
#: the words of table 四's header, each with its first part when a narrow header cell
#: wraps it (结果维⏎持)
_HEADER_WORDS = (
    ("维持", "结果维"),
    ("纠正", "结果纠"),
    ("尚未",),
    ("审结",),
    ("总计",),
    ("其他结果", "其他结"),
)


@attrs.frozen(slots=True)
class Read4:
    """What the table 四 reader found: the table and where it ended."""

    table: AppealTable | None
    end: int = 0
    problems: tuple[Problem, ...] = ()


def header_start(text: str, start: int, limit: int) -> int | None:
    """Where table 四's column header begins (its first 维持) when a real header follows
    ``start``: at least three of 维持/纠正/尚未/审结/总计 before the first number."""
    m = T4_UPHELD.search(text, start, min(limit, start + 600))
    if m is None:
        return None
    first_num = _DIGIT.search(text, start, limit)
    stop = first_num.start() if first_num else limit
    head = "".join(text[start:stop].split())
    if sum(any(w in head for w in words) for words in _HEADER_WORDS) < 3:
        return None
    return m.start()


def _table_end(text: str, head: int, limit: int) -> int:
    for m in _HAN_RUN.finditer(text, head, limit):
        if m.group(0) == "无" and _alone(text, m.start(), m.end()):
            continue  # a cell that says 无 (no number)
        if _unit_of_cell(text, m.start(), m.end()):
            continue  # a unit printed after a cell's number (3件 |): the cell reads without it
        if m.group(0) in grid.MINUS_WORDS and _SIGNED.match(text, m.end()):
            continue  # a sign word before a cell's number (减 6): the cell is read, and refused
        if not T4_HEADER_CHARS.issuperset(m.group(0)) and not _misread_header_word(m.group(0)):
            return m.start()  # some character of no header word
    return limit


def _misread_header_word(run: str) -> bool:
    """True when ``run``, a run of Han characters, is a header word with one character an
    OCR pass misread (尚末审结, 总汁, 复义后起诉): three characters or more, all but one of
    them header characters.

    >>> [_misread_header_word(w) for w in ("尚末审结", "存在的主要问题", "末")]
    [True, False, False]
    """
    return len(run) >= 3 and sum(ch not in T4_HEADER_CHARS for ch in run) == 1


def _unit_of_cell(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a unit after a number (spaces between: 3 件 from
    3&nbsp;件 or 3<br>件 in a cell) and ends a cell.

    >>> t = "3件 | 1 件\\n共6件。"
    >>> _unit_of_cell(t, 1, 2), _unit_of_cell(t, 7, 8), _unit_of_cell(t, 11, 12)
    (True, True, False)
    """
    if _CELL_UNIT.fullmatch(text, start, end) is None:
        return False
    after = text[end] if end < len(text) else "\n"
    i = start
    while i > 0 and text[i - 1] in " \t\u3000":
        i -= 1
    return i > 0 and text[i - 1].isdigit() and (after.isspace() or after in '|,"')


def _alone(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` stands as a cell: separators on both sides."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    return (before.isspace() or before in '|,"') and (after.isspace() or after in '|,"')


def read_table4(text: str, start: int, limit: int, column: grid.Columns | None = None) -> Read4:
    """Read table 四 from a footer-masked text, its anchor at ``start``; ``column`` gives
    the printed column of a position (space-aligned PDF text), by default counted in
    ``text``."""
    column = column or grid.text_columns(text)
    head = header_start(text, start, limit)
    if head is None:
        return Read4(table=None)
    end = _table_end(text, head, limit)
    problems: list[Problem] = []
    rows = _cells(text, head, end)
    if rows.cells is not None:
        rec = recover_table4(rows.cells)
        for i, raw in rows.unreadable:
            key, label = T4_CELLS[i]
            problems.append(
                Problem(
                    code="table4.cell_unreadable",
                    severity=Severity.WARNING,
                    message=f"表四“{label}”单元格不是数字: {raw[:40]!r}",
                    actual=raw[:200],
                    cells=(key,),
                )
            )
    elif rows.count:
        # cells the text separates, not 15 of them: the boundaries are the text's, and
        # which cell is missing or extra it does not say (no reading across them)
        rec = Recovered4(
            cells=(None,) * 15,
            problems=(
                Problem(
                    code="table4.unreadable",
                    severity=Severity.WARNING,
                    message=(
                        f"表四的数字单元格有{rows.count}个，应为15个，"
                        "无法确定缺少或多出的是哪一格，已置空"
                    ),
                ),
            ),
        )
    else:
        tokens = grid.number_tokens(text, head, end)
        glued = grid.is_glued(text, head, end)
        for alone in [] if glued else _left_out(text, tokens):
            tokens = [t for t in tokens if t is not alone]
            problems.append(
                Problem(
                    code="table4.number_left_out",
                    severity=Severity.WARNING,
                    message=(
                        f"表四的15个数字之外，单独一行还有数字“{alone.text}”（可能是页码），"
                        "未计入；其余15个数字各组合计相符"
                    ),
                    actual=alone.text,
                )
            )
        if (
            not glued
            and len(tokens) == 15
            and all(t.text.isdigit() or t.text in grid.BLANK_MARKS for t in tokens)
        ):
            cells15 = [grid.clean_cell(t.text) or "" for t in tokens]
            rec = recover_table4(cells15)
            if not _sums_hold(rec.cells) and _scattered(text, tokens):
                rec, note = _interleaved(cells15, rec)
                if note is not None:
                    problems.append(note)
        else:
            lines = _strict_lines(text, head, end)
            # (a number led by 0, 0000 or 01, is glued cells: no column holds it whole)
            zero_led = any(
                len(t.text) > 1 and t.text[0] == "0" and t.text.isdigit() for t in tokens
            )
            placed = (
                None if glued or zero_led or lines is not None else _on_grid(text, tokens, column)
            )
            if lines is not None:
                rec = recover_table4(lines)
            elif placed is not None:
                rec = attrs.evolve(
                    recover_table4(placed),
                    recovery=Recovery(rows=("table4",), rules=(RULE_ALIGNMENT,)),
                )
            else:
                rec = recover_table4(grid.raw_of(text, tokens))
                if (
                    not glued
                    and len(tokens) > 1
                    and not rec.problems
                    and any(c is not None for c in rec.cells)
                ):
                    # text that keeps blanks between numbers, and another number of them
                    # than 15: whatever reading the sums chose, its boundaries are inferred
                    # (one run of digits is a glued row, cut as glued rows are)
                    rec = attrs.evolve(rec, problems=(_inferred(len(tokens)),))
    order = _printed_order(text, start, head, end)
    if order is not None and len(rec.cells) == 15:
        rec = _in_template_order(rec, order)
        problems = [_renamed(p, order) for p in problems]
    problems.extend(rec.problems)
    values = tuple(rec.cells) if len(rec.cells) == 15 else (None,) * 15
    if all(v is None for v in values):
        # (the recovery may have said so, with the text it could not cut: one problem,
        # which names the 15 cells: printed, not blank, and left None by the reader)
        said = next((i for i, p in enumerate(problems) if p.code == "table4.unreadable"), None)
        if said is not None:
            problems[said] = attrs.evolve(problems[said], span=(head, end), cells=_ALL_CELLS)
        else:
            # (digits the readings could not decide, 12 3 15: printed, not blank, too)
            printed = any(
                ch.isdigit() for t in grid.number_tokens(text, head, end) for ch in t.text
            )
            problems.append(
                Problem(
                    code="table4.unreadable",
                    severity=Severity.WARNING,
                    message="表四（行政复议、行政诉讼情况）找到了表头，但未能读出15个单元格",
                    span=(head, end),
                    cells=_ALL_CELLS if printed else (),
                )
            )
    table = attrs.evolve(AppealTable.of(list(values)), span=(start, end), recovery=rec.recovery)
    return Read4(table=table, end=end, problems=tuple(problems))


def _on_grid(text: str, tokens: Sequence[grid.Token], column: grid.Columns) -> list[str] | None:
    """The 15 cells of a row of space-aligned text whose blank cells are printed as
    blanks (fewer than 15 numbers on one line), placed by their columns: the numbers'
    left edges, centres or right edges (as the cells align them) stand on a grid of 15
    columns, the first and the last number in any two of them (:func:`_grid_slots`: the
    first or last cells may be blank), or the blanks between them count separators
    (:func:`_separator_slots`), and the cells so placed satisfy 维持 + 纠正 + 其他 + 尚未审结
    = 总计 in each group.  None unless exactly one placement does (the sums then decide, or
    leave cells undecided): a row of few numbers fits many grids.

    >>> row = "3       1       0       2       6       1       0               1"
    >>> row += "       2       0               2               2"
    >>> cells = _on_grid(row, grid.number_tokens(row, 0, len(row)), grid.text_columns(row))
    >>> " ".join(c or "_" for c in cells)
    '3 1 0 2 6 1 0 _ 1 2 0 _ 2 _ 2'
    >>> row = "3 1 0 2 6 1 0 1 2 0 2 2"  # (one blank between any two: nothing says where)
    >>> _on_grid(row, grid.number_tokens(row, 0, len(row)), grid.text_columns(row)) is None
    True
    >>> row = "0 8 0 8 0 0 0 0 0 0 0"  # (its sums hold in one place on a grid of pitch 2)
    >>> _on_grid(row, grid.number_tokens(row, 0, len(row)), grid.text_columns(row)) is None
    True
    """
    if not 2 <= len(tokens) < 15 or not all(t.text.isdigit() for t in tokens):
        return None
    if text.find("\n", tokens[0].start, tokens[-1].end) >= 0:
        return None  # (one line only)
    if all(b.start - a.end == 1 for a, b in itertools.pairwise(tokens)):
        # (one blank between any two: a text that keeps no blank cell's place, as
        # pdfplumber's; where its numbers fall under the header says nothing)
        return None
    edges = [(column(t.start), column(t.end - 1) + 1) for t in tokens]
    found: set[tuple[str, ...]] = set()
    placements = [
        *_grid_slots([a for a, _ in edges]),
        *_grid_slots([(a + b) / 2 for a, b in edges]),
        *_grid_slots([b for _, b in edges]),
        *_separator_slots(edges),
    ]
    for slots in placements:
        cells = [""] * 15
        for slot, tok in zip(slots, tokens, strict=True):
            cells[slot] = tok.text
        if _sums_hold([int(c) if c else None for c in cells]):
            found.add(tuple(cells))
    return list(found.pop()) if len(found) == 1 else None


def _separator_slots(edges: Sequence[tuple[int, int]], n: int = 15) -> list[list[int]]:
    """The column index of each number (``edges``: its first and past-last columns) of a
    row whose cells a fixed separator joins (tabs turned into spaces, cells joined by a
    space): the least blank between two numbers is one separator (two characters or
    more; or one, when most blanks are one), every other blank a whole number of them,
    one more for each blank cell between.  One placement for each column the first
    number may stand in (the row's first or last cells may be blank), none when the
    blanks are no whole number of separators or span more than ``n`` columns.

    >>> _separator_slots([(0, 1), (5, 7), (15, 16), (20, 22)], 5)
    [[0, 1, 3, 4]]
    >>> _separator_slots([(0, 1), (2, 3), (5, 6), (7, 8)], 6)  # (0 0  0 0)
    [[0, 1, 3, 4], [1, 2, 4, 5]]
    """
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(edges)]
    width = min(gaps)
    if width < 1 or (width == 1 and gaps.count(1) * 2 <= len(gaps)):
        return []
    slots = [0]
    for step in steps_apart(edges, width):
        if step is None:
            return []
        slots.append(slots[-1] + step)
    return [[k + first for k in slots] for first in range(n - slots[-1])]


def _grid_slots(points: Sequence[float], n: int = 15) -> list[list[int]]:
    """The column index of each of ``points`` on a grid of ``n`` columns, for every pair of
    columns the first and the last point may stand in (a row whose first or last cells
    are blank starts or ends inside the grid): the pitch is their distance over the
    columns between; a placement where a point stands off the grid (by more than a
    quarter of a pitch, or one character) or two share a column is none.

    >>> _grid_slots([0, 8, 24, 31.5], 5)
    [[0, 1, 3, 4]]
    >>> _grid_slots([0, 8, 13, 32], 5)
    []
    >>> few = _grid_slots([16, 28, 48, 60])  # (four numbers: many grids hold them)
    >>> [0, 4, 10, 14] in few and [2, 4, 7, 9] in few
    True
    """
    out: list[list[int]] = []
    span = points[-1] - points[0]
    for first in range(n - len(points) + 1):
        for last in range(first + len(points) - 1, n):
            slots = _on_pitch(points, span / (last - first) if last > first else 0.0, first)
            if slots is not None and slots[-1] == last:
                out.append(slots)
    return out


def _on_pitch(points: Sequence[float], pitch: float, first: int) -> list[int] | None:
    """The column of each of ``points`` on a grid of ``pitch`` whose column ``first`` holds
    the first point, or None (a point off the grid, two in one column, a pitch under 2).
    Off the grid is further than a quarter of a pitch or one character, but never a
    third of a pitch: on a grid of two characters, a point one character off stands
    between two columns (0 0 0  0 2: single spaces, a blank cell two).

    >>> _on_pitch([0, 2, 4, 7], 27 / 13, 1) is None, _on_pitch([0, 8, 24], 8.0, 0)
    (True, [0, 1, 3])
    """
    if pitch < 2:
        return None
    off = min(max(pitch / 4, 1), pitch / 3)
    slots: list[int] = []
    for p in points:
        k = round((p - points[0]) / pitch)
        if abs(p - points[0] - k * pitch) > off or (slots and k + first <= slots[-1]):
            return None
        slots.append(k + first)
    return slots


def _inferred(count: int) -> Problem:
    """``table4.boundaries_inferred`` for a text of ``count`` numbers read as 15 cells."""
    return Problem(
        code="table4.boundaries_inferred",
        severity=Severity.WARNING,
        message=(
            f"表四的文本有{count}个数字（应为15个），单元格边界已由勾稽关系推断"
            "（合并或拆分了文本中分开的数字，或假定空白单元格未被打印）"
        ),
        cells=tuple(key for key, _ in T4_CELLS),
    )


def _left_out(text: str, tokens: list[grid.Token]) -> list[grid.Token]:
    """The numbers beside table 四's row that are no cells: when 15 of ``tokens`` stand on
    one line and add up (维持+纠正+其他+尚未审结=总计 in each group), and the others, one or
    two, before or after them, each stand alone on a line of their own (a PDF's page
    number or running head's number printed near the row); else none.

    >>> row = "4\\n0 0 0 1 1 3 1 0 4 8 1 1 0 5 7\\n\\n 5"
    >>> [t.text for t in _left_out(row, grid.number_tokens(row, 0, len(row)))]
    ['4', '5']
    """
    n = len(tokens)
    if not 16 <= n <= 17 or not all(t.text.isdigit() for t in tokens):
        return []
    for first in range(n - 14):
        rest = tokens[first : first + 15]
        rs, re_ = grid.line_bounds(text, rest[0].start)
        if rest[-1].end > re_:
            continue
        others = tokens[:first] + tokens[first + 15 :]
        alone = True
        for t in others:
            s, e = grid.line_bounds(text, t.start)
            alone = alone and s != rs and text[s:e].strip() == t.text
        if alone and _sums_hold([int(t.text) for t in rest]):
            return others
    return []


def _sums_hold(cells: Sequence[int | None]) -> bool:
    """维持 + 纠正 + 其他 + 尚未审结 = 总计 in each of the three groups (blank = 0)."""
    for g in range(3):
        part = [c or 0 for c in cells[g * 5 : g * 5 + 5]]
        if sum(part[:4]) != part[4]:
            return False
    return True


def _scattered(text: str, tokens: Sequence[grid.Token]) -> bool:
    """True when the numbers do not stand as one row: header words between them (a PDF
    extractor that emits the cells of each header block in turn)."""
    for a, b in itertools.pairwise(tokens):
        if _HAN_RUN.search(text, a.end, b.start) is not None:
            return True
    return False


_WORK = 50_000  # nodes of the interleaving search (about 0.1 s)


def _interleaved(cells: Sequence[str], in_order: Recovered4) -> tuple[Recovered4, Problem | None]:
    """The numbers of a table 四 that a PDF extractor emitted block by block (each group's
    own order kept, the groups interleaved): the ways to split them into three groups
    whose sums hold.  Which group is 行政复议, 未经复议直接起诉 or 复议后起诉 the sums do not
    say, so the cells stay None; the Problem lists the groups found.  When no split
    holds (or the search is too large), the numbers in printed order, as they are."""
    values = [grid.to_int(c) if c else None for c in cells]
    found: set[tuple[tuple[int | None, ...], ...]] = set()
    groups: list[list[int | None]] = [[], [], []]
    work = [0]

    def dfs(i: int) -> bool:  # False: stop the search
        work[0] += 1
        if work[0] > _WORK or len(found) > 1:
            return False
        if i == len(values):
            found.add(tuple(tuple(g) for g in groups))
            return True
        v = values[i]
        for g in groups:
            if len(g) == 5:
                continue
            if len(g) == 4 and (v or 0) != sum(x or 0 for x in g):
                continue
            g.append(v)
            ok = dfs(i + 1)
            g.pop()
            if not ok:
                return False
            if not g:
                break  # the groups open in order: a split is found once
        return True

    dfs(0)
    dfs = None  # type: ignore[assignment]  # it holds itself (a reference cycle)
    if not found:
        return in_order, None
    shown = "；".join("、".join("/".join(_fmt(v) for v in g) for g in split) for split in found)
    more = "（还有其他分法）" if len(found) > 1 or work[0] > _WORK else ""
    return (
        Recovered4(cells=(None,) * 15, recovery=in_order.recovery),
        Problem(
            code="table4.ambiguous_order",
            severity=Severity.WARNING,
            message=(
                "表四的数字没有按行排印（提取工具按表头分块输出），按各组合计可分为: "
                f"{shown}{more}；但无法确定哪一组是行政复议、未经复议直接起诉、复议后起诉，留空"
            ),
            actual=" ".join(c or "空白" for c in cells),
            cells=_ALL_CELLS,
        ),
    )


_ALL_CELLS = tuple(
    f"table4.{g}.{o}"
    for g in ("review", "litigation_direct", "litigation_after_review")
    for o in ("upheld", "corrected", "other", "pending", "total")
)


#: a line that opens with a group's name (the table printed one group a row: 行政复议 | 3 |
#: 0 | …), and the group it names (0 行政复议, 1 未经复议直接起诉, 2 复议后起诉)
_GROUP_ROW = lazy_regex(
    r"(?m)^[ \t|\u3000]*+(?:行政诉讼[ \t]*+[-—：:（(]?[ \t]*+)?"
    r"(?:(?P<g2>复议后起诉)|(?P<g1>(?:未经复议)?直接起诉)|(?P<g0>行政复议))"
)


#: a header row's cells naming 复议后起诉, then (blank cells, cell marks, blanks between)
#: 未经复议直接起诉
_LAWSUITS_SWAPPED = lazy_regex(r"复议后起诉(?P<gap>[ \t|\u3000]*+)(?:未经复议)?直接起诉")


def _printed_order(text: str, start: int, head: int, end: int) -> tuple[int, ...] | None:
    """The groups in the order the table prints them (each its template index: 行政复议
    0, 未经复议直接起诉 1, 复议后起诉 2) when it is not the template's: three lines each
    opening with its group's name and its numbers (one to five of them) after it before
    the next name, or a header row naming 复议后起诉 before 未经复议直接起诉; else None.

    >>> t = ("维持 纠正 其他 尚未审结 总计\\n复议后起诉 1 0 0 0 1\\n"
    ...      "行政复议 2 0 0 0 2\\n直接起诉 0 0 0 0 0")
    >>> _printed_order(t, 0, 0, len(t))
    (2, 0, 1)
    """
    # (each group's name at a line's start, then its numbers, one to five, before the
    # next name: a row, or a block of name, header words and numbers)
    names = list(_GROUP_ROW.finditer(text, start, end))
    groups = [int(next(k for k, v in m.groupdict().items() if v is not None)[1]) for m in names]
    if len(groups) == 3 and sorted(groups) == [0, 1, 2]:
        stops = [*(m.start() for m in names[1:]), end]
        counts = [
            grid.digit_runs(text, m.end(), stop) for m, stop in zip(names, stops, strict=True)
        ]
        if all(1 <= c <= 5 for c in counts):
            return tuple(groups) if groups != [0, 1, 2] else None
        return None
    if any(m.start() >= head for m in names):
        return None  # (rows that name some groups only: the order is not shown)
    first_digit = _DIGIT.search(text, head, end)
    header = text[start : first_digit.start() if first_digit else end]
    by_cells = _header_cells_order(header)
    if by_cells is not None:
        return by_cells if by_cells != (0, 1, 2) else None
    # (a header row of cells that names 复议后起诉 before 未经复议直接起诉; not a caption or
    # a note, 行政诉讼分复议后起诉和未经复议直接起诉两类统计: a sentence, no cells)
    m = _LAWSUITS_SWAPPED.search(header)
    gap = m.group("gap") if m is not None else ""
    if "|" in gap or "\t" in gap or "  " in gap or "\u3000" in gap:
        return (0, 2, 1)  # (行政复议, then 复议后起诉, then 未经复议直接起诉)
    return None


_CELL_MARK = lazy_regex(r"[|\t]")
_GROUP_WORDS = (("行政复议", 0), ("直接起诉", 1), ("复议后起诉", 2))


def _header_cells_order(header: str) -> tuple[int, ...] | None:
    """The groups in the order of the header cells that name them, in '|' or tab rows
    whose cells keep their columns (行政诉讼 | … | 行政复议 over 未经复议直接起诉 | … |
    复议后起诉 | …: the review's group printed last); None when the rows do not name
    the three groups in three different cells.

    >>> _header_cells_order("行政诉讼 | | | 行政复议\\n直接起诉 | 复议后起诉 | | 维持")
    (1, 2, 0)
    """
    column: dict[int, int] = {}
    for line in header.split("\n"):
        if _CELL_MARK.search(line) is None:
            continue  # (a caption, the part's heading: no cells)
        cells = _CELL_MARK.split(line)
        for k, cell in enumerate(cells):
            for word, group in _GROUP_WORDS:
                if word in cell and group not in column and not (group == 0 and "未经复议" in cell):
                    column[group] = k
    if len(column) != 3 or len(set(column.values())) != 3:
        return None
    return tuple(sorted(column, key=column.__getitem__))


def _in_template_order(rec: Recovered4, order: Sequence[int]) -> Recovered4:
    """``rec``'s cells, read in printed order (``order``: the group of each printed group
    of five), put in template order, and the cells its problems name renamed to match."""
    cells: list[int | None] = [None] * 15
    for printed, group in enumerate(order):
        cells[group * 5 : group * 5 + 5] = rec.cells[printed * 5 : printed * 5 + 5]
    return attrs.evolve(
        rec, cells=tuple(cells), problems=tuple(_renamed(p, order) for p in rec.problems)
    )


def _renamed(problem: Problem, order: Sequence[int]) -> Problem:
    """``problem`` with each table 四 cell it names (by printed position) named by the
    template's cell at that place."""
    if not problem.cells:
        return problem
    names = {
        T4_CELLS[printed * 5 + k][0]: T4_CELLS[group * 5 + k][0]
        for printed, group in enumerate(order)
        for k in range(5)
    }
    return attrs.evolve(problem, cells=tuple(names.get(c, c) for c in problem.cells))


def _fmt(v: int | None) -> str:
    return "空白" if v is None else str(v)


@attrs.frozen(slots=True)
class _CellRows:
    """The data cells of a '|'/tab table 四: ``cells`` the 15 cells as clean digits ('' for
    a blank), or None when the rows do not hold 15; ``count`` how many they hold (0: the
    table has no cell rows); ``unreadable`` (index, text) of each cell that is no number."""

    cells: list[str] | None
    count: int
    unreadable: tuple[tuple[int, str], ...] = ()


def _cells(text: str, head: int, end: int) -> _CellRows:
    """The data cells of a '|'/tab table 四: the cells of the rows that hold a number or
    only blanks, less a row's leading label cells.  The cell boundaries are the text's:
    when the rows do not hold 15 cells, which one is missing or extra is not known."""
    if not grid.may_hold_cells(text, head, end):
        return _CellRows(None, 0)  # no line of cells (as every line's cell_texts says)
    row: list[str] = []
    for _, line in grid.lines_with_offsets(text, head, end):
        texts = grid.cell_texts(line)
        if not texts or not any(texts):
            continue
        if _plain(texts):
            row.extend(texts)
            continue
        clean = [grid.clean_cell(t) for t in texts]
        if None not in clean:
            row.extend(texts)
        elif any(clean):  # a row holding a number: its cells, less a leading label
            k = 0
            while clean[k] is None:
                k += 1
            row.extend(texts[k:])
    if not row:
        return _CellRows(None, 0)
    if len(row) > 15:
        if not any(row[15:]):
            row = row[:15]
        elif not any(row[:-15]):
            row = row[-15:]
    if len(row) != 15:
        return _CellRows(None, len(row))
    if _plain(row):
        return _CellRows(row, 15)  # what clean_cell gives each cell
    out = [grid.clean_cell(t) for t in row]
    bad = tuple((i, t) for i, (t, c) in enumerate(zip(row, out, strict=True)) if c is None)
    return _CellRows([c or "" for c in out], 15, bad)


def _plain(texts: Sequence[str]) -> bool:
    """Every cell is blank or plain digits no longer than a number's: :func:`clean_cell`
    keeps it as it is."""
    joined = "".join(texts)
    return (
        joined.isascii()
        and (joined.isdigit() or not joined)
        and max(map(len, texts), default=0) <= grid.MAX_DIGITS
    )


def _strict_lines(text: str, head: int, end: int) -> list[str] | None:
    """One cell per line, empty lines for blank cells: the last 15 lines of the table.  On
    a double-spaced page (:func:`._table_grid.double_spaced`: the header's 结果维持 followed
    by an empty line) a line is what stands between empty lines.

    >>> page = "结果维持\\n\\n总计\\n\\n" + "\\n\\n".join(["3", "1", "", "2", "6"] + ["0"] * 10)
    >>> _strict_lines(page, 0, len(page))[:6]
    ['3', '1', '', '2', '6', '0']
    >>> spaced = "结果维持\\n总计\\n" + "\\n\\n".join("6 10 16 2 2 1 1 6".split())
    >>> _strict_lines(spaced, 0, len(spaced)) is None
    True
    >>> row = "结果维持 总计\\n0 0 0 1 1 3 1 0 4 8 1 1 0 5 7" + "\\n" * 15 + "5"  # (a page number)
    >>> _strict_lines(row, 0, len(row)) is None
    True
    """
    segment = text[head:end]
    if grid.double_spaced(text, end, "结果维持"):
        segment = grid.paragraph_lines(segment)
    lines = [ln.strip() for ln in segment.split("\n") if grid.FOOTER_MARK not in ln]
    while lines and not lines[-1]:
        lines.pop()
    tail: list[str] = []
    for ln in reversed(lines):
        if ln and ln not in grid.BLANK_MARKS and grid.NUMBER.fullmatch(ln) is None:
            if _DIGIT.search(ln) is not None:
                return None  # (a row of numbers before: the lines after it are no cells)
            break
        tail.append(ln)
    tail.reverse()
    while len(tail) > 15 and not tail[0]:
        tail.pop(0)
    if len(tail) != 15:
        return None
    if all(tail[0::2]) and not any(tail[1::2]):
        # (a number every other line, an empty line between: the page's line spacing, as
        # pdfminer prints it, not seven blank cells)
        return None
    return [grid.clean_cell(t) or "" for t in tail]
