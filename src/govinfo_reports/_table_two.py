"""Table 二 (主动公开政府信息情况): rows keyed by 第二十条 item, columns of either format.

Each row's columns come from the header printed above it (信息内容 …): 本年制发件数 /
本年废止件数 / 现行有效件数 and 本年处理决定数量 / 本年收费金额 (2021 format), 本年新制作数量 /
本年新公开数量 / 对外公开总数量, 上一年项目数量 / 本年增/减 / 处理决定数量 and 采购项目数量 /
采购总金额 (2019 format).  A glued row whose cells cannot be cut from its text alone is
left None with a ``table2.ambiguous_row`` Problem.

>>> text = "信息内容 | 本年处理决定数量\\n行政许可 | 1,234"
>>> read_table2(text, 0, len(text)).table.licensing.decisions
1234
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs
import regex

from . import _table_grid as grid
from ._lazy import lazy_re, lazy_regex
from ._recover import recover_table2_row
from ._rules import TABLE2_COLUMN_LABELS
from ._table_labels import (
    T2_HEAD_INFO,
    T2_ITEM,
    TABLE2_LABELS,
    Hit,
    scan_table2,
    t2_columns,
)
from .model import (
    ActiveDisclosureTable,
    CountsRow2019,
    DecisionsRow2021,
    DocumentsRow2019,
    DocumentsRow2021,
    FeesRow2019,
    FeesRow2021,
    Number,
    Problem,
    ProcurementRow2019,
    Severity,
    Template,
)
from .normalize import print_width

_T2_TOKEN = lazy_regex(
    rf"(?<![\d.]){grid.SIGN_MARK}?\d{{1,3}}(?:,\d{{3}})++(?:\.\d++)?(?![\d,])"
    f"|{grid.SIGNED_NUMBER}"
    # (a sign glued after a digit: 7-2 is 7 and -2, or 7, a blank's mark and 2)
    rf"|(?<=\d){grid.SIGN_MARK}\d++"
    r"|(?<![^\s|\ue000])[/—–无](?![^\s|\ue000])"
    r"|(?<![^\s|\ue000])-(?![^\s|\ue000\d])"
)

# (column attribute, is an amount) per row class
_COLUMNS: dict[type, tuple[tuple[str, bool], ...]] = {
    DocumentsRow2021: (("made", False), ("repealed", False), ("in_force", False)),
    DocumentsRow2019: (("made", False), ("published", False), ("total_published", False)),
    DecisionsRow2021: (("decisions", False),),
    CountsRow2019: (("previous_items", False), ("change", False), ("decisions", False)),
    FeesRow2021: (("amount_wan_yuan", True),),
    FeesRow2019: (("previous_items", False), ("change", False)),
    ProcurementRow2019: (("items", False), ("amount", True)),
}
_ROW_2021 = {
    "regulations": DocumentsRow2021,
    "normative_documents": DocumentsRow2021,
    "licensing": DecisionsRow2021,
    "penalties": DecisionsRow2021,
    "coercive_measures": DecisionsRow2021,
    "fees": FeesRow2021,
}
_ROW_2019 = {
    "regulations": DocumentsRow2019,
    "normative_documents": DocumentsRow2019,
    "licensing": CountsRow2019,
    "other_services": CountsRow2019,
    "penalties": CountsRow2019,
    "coercive_measures": CountsRow2019,
    "fees": FeesRow2019,
    "procurement": ProcurementRow2019,
}


@attrs.frozen(slots=True)
class Read2:
    """What the table 二 reader found."""

    table: ActiveDisclosureTable | None
    layout: Template | None = None
    mixed: bool = False
    problems: tuple[Problem, ...] = ()


def _warn(code: str, message: str, **kw: object) -> Problem:
    return Problem(code=code, severity=Severity.WARNING, message=message, **kw)  # type: ignore[arg-type]


def _context_start(text: str, start: int, pos: int) -> int:
    """Where the header that governs a row at ``pos`` begins: the last 信息内容 or
    第二十条第(X)项 before it."""
    best = start
    for pat in (T2_HEAD_INFO, T2_ITEM):
        for m in pat.finditer(text, max(start, pos - 1500), pos):
            best = max(best, m.start())
    return best


class _Heads:
    """The 信息内容 and 第二十条第(X)项 headers of ``text[start:end]``, found once for
    :func:`_context_start` and :func:`_next_header` of each row.  Neither pattern can
    match inside a match of its own (信 and 第 stand in them only where a match begins,
    or 第 where 二 cannot follow), so a scan of the region finds every position where
    one matches; and one that matches there ending at or before a bound is what a
    search that stops at the bound finds (the patterns read no character after their
    match)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start = start
        # each pattern's matches in text order: their starts and their ends both increase
        # (no two overlap), so the matches within bounds are found by bisection
        self.heads: list[tuple[list[int], list[int]]] = []
        for pat in (T2_HEAD_INFO, T2_ITEM):
            spans = [m.span() for m in pat.finditer(text, start, end)]
            self.heads.append(([a for a, _ in spans], [b for _, b in spans]))

    def context_start(self, pos: int) -> int:
        """:func:`_context_start` (``start`` <= ``pos`` <= ``end``): the last match that
        ends by ``pos`` when it starts within 1500 characters of it."""
        best = self.start
        low = max(self.start, pos - 1500)
        for starts, ends in self.heads:
            j = bisect.bisect_right(ends, pos) - 1
            if j >= 0 and starts[j] >= low and starts[j] > best:
                best = starts[j]
        return best

    def next_header(self, pos: int, stop: int) -> int:
        """:func:`_next_header` (``start`` <= ``pos``, ``stop`` <= ``end``): the first
        match from ``pos`` when it ends by ``stop`` (a later one ends later)."""
        for starts, ends in self.heads:
            i = bisect.bisect_left(starts, pos)
            if i < len(starts) and ends[i] <= stop:
                stop = starts[i]
        return stop


_CONTINUED = lazy_re(r"[ \t\u3000]+\S[^\d\n]*")
_BLANKS_WORD = lazy_re(r"\S+")


def joined_header(context: str) -> str:
    """``context`` with each line that continues the header line above it (a
    space-aligned PDF text wraps each header cell: 本年新制 / 作数量) joined into it word by
    word, each word after the word above it whose start is nearest its own; the other
    lines as they are.

    >>> print(joined_header("信息内容  本年新制  对外公开\\n"
    ...                     "          作数量    总数量\\n规章 2 165"))
    信息内容  本年新制作数量  对外公开总数量
    规章 2 165
    """
    if "\n " not in context and "\n\t" not in context and "\n\u3000" not in context:
        return context
    out: list[str] = []
    for line in context.split("\n"):
        if out and out[-1].strip() and _CONTINUED.fullmatch(line):
            out[-1] = _join_under(out[-1], line)
        else:
            out.append(line)
    return "\n".join(out)


def _join_under(above: str, line: str) -> str:
    """``above`` with each word of ``line`` joined after the word above it.  Columns are
    counted in characters or in print (a Han character two: text aligned by eye), which
    ever puts the words nearer the starts of those above them."""
    words = [m.span() for m in _BLANKS_WORD.finditer(above)]
    below = [(m.start(), m.group()) for m in _BLANKS_WORD.finditer(line)]
    best: tuple[int, dict[int, str]] | None = None
    for width in (len, print_width):
        starts = [width(above[:a]) for a, _ in words]
        joined: dict[int, str] = {}
        cost = 0
        for pos, word in below:
            col = width(line[:pos])
            k = min(range(len(words)), key=lambda j: abs(starts[j] - col))
            cost += abs(starts[k] - col)
            joined[words[k][1]] = joined.get(words[k][1], "") + word
        if best is None or cost < best[0]:
            best = (cost, joined)
    assert best is not None
    for w_end in sorted(best[1], reverse=True):
        above = above[:w_end] + best[1][w_end] + above[w_end:]
    return above


#: the words of each column's header (in the 2019 and 2021 wordings), by field
_COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "made": ("制发", "新制作"),
    "repealed": ("废止",),
    "in_force": ("现行有效",),
    "published": ("新公开",),
    "total_published": ("对外公开总", "公开总数"),
    "previous_items": ("上一年",),
    "change": ("增/减", "增减", "增 /减"),
    "decisions": ("处理决定",),
    "amount_wan_yuan": ("收费金额",),
    "items": ("采购项目",),
    "amount": ("采购总金额", "总金额"),
}


def _printed_columns(text: str, start: int, pos: int, cls: type) -> list[int] | None:
    """The field (its index in ``cls``'s columns) of each printed column, in the printed
    order, when the header line between ``start`` and ``pos`` (wrapped lines joined)
    names every column of ``cls`` once in another order than the template's; else None.

    >>> _printed_columns("信息内容 | 现行有效件数 | 本年废止件数 | 本年制发件数\\n", 0, 40,
    ...                  DocumentsRow2021)
    [2, 1, 0]
    """
    fields = [name for name, _ in _COLUMNS[cls]]
    if len(fields) < 2:
        return None
    for line in joined_header(text[start:pos]).split("\n"):
        if not T2_HEAD_INFO.search(line):
            continue
        found: list[tuple[int, int]] = []  # (where the words stand, the field)
        for k, name in enumerate(fields):
            at = [line.find(w) for w in _COLUMN_WORDS[name] if w in line]
            if not at:
                return None  # (a column the header does not name: not decided)
            found.append((min(at), k))
        if len({a for a, _ in found}) != len(found):
            return None
        order = [k for _, k in sorted(found)]
        return order if order != list(range(len(fields))) else None
    return None


def _layout_of(path: str, context: str) -> Template | None:
    cols = t2_columns()
    # (a header wrapped in space-aligned text: 本年新制 / 作数量 is 本年新制作数量)
    context = joined_header(context)
    # the column headers a row's kind may stand under, tried in order: the first found
    # decides the template
    if path in ("regulations", "normative_documents"):
        heads = ((cols.doc2021, Template.STANDARD_2021), (cols.doc2019, Template.STANDARD_2019))
    elif path in ("licensing", "penalties", "coercive_measures"):
        heads = (
            (cols.counts2019, Template.STANDARD_2019),
            (cols.decisions, Template.STANDARD_2021),
        )
    elif path == "fees":
        heads = ((cols.fee2021, Template.STANDARD_2021), (cols.counts2019, Template.STANDARD_2019))
    else:
        return Template.STANDARD_2019  # other_services, procurement exist only in 2019
    for head, template in heads:
        if head.search(context):
            return template
    return None


def read_table2(
    text: str,
    start: int,
    end: int,
    column: grid.Columns | None = None,
    print_column: grid.Columns | None = None,
    *,
    span: tuple[int, int] | None = None,
) -> Read2:
    """Read table 二 from ``text[start:end]`` of a footer-masked text (``column``: the
    column of a position in its line, a character one, for space-aligned text, and
    ``print_column`` the same in print, a Han character two; by default counted in
    ``text``; ``span``: the table's span, by default ``(start, end)``: the caller's in its
    source)."""
    column = column or grid.text_columns(text)
    print_column = print_column or grid.text_print_columns(text)
    hits: list[Hit] = []
    seen: set[str] = set()
    for h in scan_table2(text, start, end):
        hits.append(h)
        seen.add(h.path)
    if not hits:
        return Read2(table=None)
    problems: list[Problem] = []
    layouts: dict[str, Template | None] = {}
    heads = _Heads(text, start, end)
    for h in hits:
        if h.path not in layouts:
            ctx = text[heads.context_start(h.start) : h.start]
            layouts[h.path] = _layout_of(h.path, ctx)
    decided = [t for t in layouts.values() if t is not None]
    n21 = sum(t is Template.STANDARD_2021 for t in decided)
    n19 = len(decided) - n21
    table_layout = (
        None if not decided else (Template.STANDARD_2021 if n21 >= n19 else Template.STANDARD_2019)
    )
    glued = grid.is_glued(text, start, end)

    rows: dict[str, object] = {}
    orders: dict[tuple[int, type], list[int] | None] = {}
    for i, h in enumerate(hits):
        if h.path in rows:
            continue
        layout = layouts[h.path] or table_layout
        cls = (_ROW_2021 if layout is Template.STANDARD_2021 else _ROW_2019).get(h.path)
        if layout is None or cls is None:
            problems.append(
                _warn(
                    "table2.columns_unknown",
                    f"表二“{TABLE2_LABELS[h.path]}”一行的栏目无法确定（没有找到表头）",
                    cells=(f"table2.{h.path}",),
                )
            )
            continue
        stop = hits[i + 1].start if i + 1 < len(hits) else grid.before_sentence(text, h.end, end)
        stop = heads.next_header(h.end, stop)
        prev_end = hits[i - 1].end if i else start
        said = len(problems)
        values = _row_values(text, h, stop, cls, glued, problems, (column, print_column), prev_end)
        if values is None:
            continue
        context = heads.context_start(h.start)
        if (context, cls) not in orders:  # (the rows under one header: its order once)
            orders[context, cls] = _printed_columns(text, context, h.start, cls)
        order = orders[context, cls]
        if order is not None:
            # (the header prints the columns in another order: each value to its column,
            # and the cells this row's problems name with it)
            placed: list[Number | None] = [None] * len(values)
            for printed, field in enumerate(order):
                placed[field] = values[printed]
            values = placed
            names = [f"table2.{h.path}.{name}" for name, _ in _COLUMNS[cls]]
            renamed = {names[printed]: names[field] for printed, field in enumerate(order)}
            problems[said:] = [
                attrs.evolve(p, cells=tuple(renamed.get(c, c) for c in p.cells))
                for p in problems[said:]
            ]
        # (money stays a Decimal, whole amounts too: 12 万元 is Decimal('12'))
        values = [
            Decimal(v) if amount and type(v) is int else v
            for (_, amount), v in zip(_COLUMNS[cls], values, strict=True)
        ]
        if cls is FeesRow2021 and values[0]:  # (0 is 0 in any unit)
            unit = _YUAN_HEADER.search(text, heads.context_start(h.start), h.start)
            if unit is not None:  # (本年收费金额（单位：元）: not the format's 万元)
                problems.append(
                    _warn(
                        "table2.cell_unreadable",
                        f"表二“{TABLE2_LABELS[h.path]}”的金额按表头“{unit.group()}”以元计，"
                        "不是格式规定的万元，未换算，留空",
                        actual=str(values[0]),
                        cells=(f"table2.{h.path}.amount_wan_yuan",),
                    )
                )
                values = [None]
        rows[h.path] = cls(*values)
    if not rows and not decided:
        # row labels with no header and no numbers (规范性文件 in a sentence of a narrative
        # report): no table 二 here, so nothing to warn about
        return Read2(table=None)
    if not rows:
        return Read2(table=None, layout=table_layout, problems=tuple(problems))
    # the rows of the format the table does not give, nor any problem names (a label
    # OCR broke, 行政规范\ufffd文件; a row left out): none, and said so
    expected = _ROW_2021 if table_layout is Template.STANDARD_2021 else _ROW_2019
    named = {c.split(".")[1] for p in problems for c in p.cells if c.startswith("table2.")}
    missing = [path for path in expected if path not in rows and path not in named]
    if missing:
        labels = "、".join(TABLE2_LABELS[p] for p in missing)
        problems.append(
            _warn(
                "table2.missing_rows",
                f"表二缺少{len(missing)}行: {labels}",
                expected=tuple(missing),
                cells=tuple(f"table2.{p}" for p in missing),
            )
        )
    table = ActiveDisclosureTable(
        **rows,  # type: ignore[arg-type]
        template=table_layout,
        span=span or (start, end),
    )
    return Read2(
        table=table, layout=table_layout, mixed=bool(n21 and n19), problems=tuple(problems)
    )


def _next_header(text: str, pos: int, stop: int) -> int:
    for pat in (T2_HEAD_INFO, T2_ITEM):
        m = pat.search(text, pos, stop)
        if m is not None:
            stop = m.start()
    return stop


def _row_values(
    text: str,
    h: Hit,
    stop: int,
    cls: type,
    glued: bool,
    problems: list[Problem],
    columns_of: tuple[grid.Columns, grid.Columns],
    prev_end: int = 0,
) -> list[Number | None] | None:
    columns = _COLUMNS[cls]
    ncols = len(columns)
    label = TABLE2_LABELS[h.path]
    cells = _cell_values(text, h, ncols, problems)
    if cells is None and not glued:
        cells = _line_cells(text, h.end, stop, ncols, grid.double_spaced(text, h.start, "信息内容"))
    if cells is None:
        if glued:
            tokens = [
                grid.Token(m.group(0), m.start(), m.end())
                for m in _T2_TOKEN.finditer(text, h.end, stop)
            ]
        else:
            tokens = _words(text, h.end, stop)
        if not tokens and not glued:
            tokens = _numbers_before(text, h, prev_end, ncols)
        if not tokens:
            problems.append(
                _warn(
                    "table2.row_without_numbers",
                    f"表二“{label}”一行找到了行名，但没有找到数字",
                    cells=(f"table2.{h.path}",),
                )
            )
            return [None] * ncols
        placed = None if glued else _aligned_cells(text, h, tokens, ncols, columns_of)
        if len(tokens) == ncols and not (glued and ncols > 1):
            cells = [t.text for t in tokens]
        elif placed is not None:
            cells = placed
        else:
            raw = grid.raw_of(text, tokens)
            # (text that keeps its blanks between numbers: a number is not cut into
            # cells, fewer numbers than columns are blank cells it does not place)
            cut = recover_table2_row(raw, ncols) if glued else None
            if cut is None or len(cut) != ncols:
                names = "/".join(TABLE2_COLUMN_LABELS[c] for c, _ in columns)
                problems.append(
                    _warn(
                        "table2.ambiguous_row",
                        f"表二“{label}”一行的数字（{' '.join(raw.split())[:60]}）无法仅凭文本"
                        f"分到{ncols}栏（{names}）: 数字连在一起，或有空栏而文本没有保留栏位，留空",
                        actual=raw[:200],
                        cells=tuple(f"table2.{h.path}.{c}" for c, _ in columns),
                    )
                )
                return [None] * ncols
            return list(cut)
    out: list[Number | None] = []
    for (name, amount), raw_cell in zip(columns, cells, strict=True):
        clean = grid.clean_amount(raw_cell)
        if clean and name in _WAN_YUAN and _in_yuan(raw_cell):
            clean = None  # 1250元 under a column of 万元: not the column's unit
        value: Number | None = None
        if clean:
            value = grid.to_number(clean.replace("－", "-").lstrip("+"))
            if value is None or (not amount and isinstance(value, Decimal)):
                value = None  # (a fraction in a count's column, a number too long to be one)
                clean = None
        if clean is None:
            problems.append(
                _warn(
                    "table2.cell_unreadable",
                    f"表二“{label}”的“{TABLE2_COLUMN_LABELS[name]}”单元格不是数字: "
                    f"{raw_cell[:40]!r}",
                    actual=raw_cell[:200],
                    cells=(f"table2.{h.path}.{name}",),
                )
            )
        out.append(value)
    return out


#: a 收费金额 header in 元, not the format's 万元 (本年收费金额（单位：元）)
_YUAN_HEADER = lazy_re(r"收费金额[ \t]*+[（(][ \t]*+(?:单位[ \t]*+[:：][ \t]*+)?元[ \t]*+[)）]")
#: the columns counted in 万元 (本年收费金额（万元）)
_WAN_YUAN = frozenset(("amount_wan_yuan",))


def _next_row_follows(data: list[str], ncols: int) -> bool:
    """True when the ``ncols`` cells after a label are all numbers and the first cell after
    them that is not blank is words with no digit: another row's label or a heading, as
    when a page joined the table's lines into one (规章 | 0 | 0 | 0 | 行政规范性文件 | 2 | …).

    >>> _next_row_follows(["0", "0", "3", "行政规范性文件", "2"], 3)
    True
    >>> _next_row_follows(["460", "", "", "第二十条第(六)项"], 1)
    True
    >>> _next_row_follows(["0", "", "3", "行政规范性文件"], 3), _next_row_follows(["0", "7"], 1)
    (False, False)
    """
    after = next((c.strip() for c in data[ncols:] if c.strip()), "")
    return (
        bool(after)
        and not any(ch.isdigit() for ch in after)
        and all(grid.NUMBER.fullmatch(c.strip()) for c in data[:ncols])
    )


def _in_yuan(cell: str) -> bool:
    """True when the cell's text ends with the unit 元 but not 万元.

    >>> _in_yuan("1250元"), _in_yuan("12.5万元"), _in_yuan("12.5")
    (True, False, False)
    """
    tail = cell.rstrip()
    return tail.endswith("元") and not tail.endswith("万元")


def _cell_values(text: str, h: Hit, ncols: int, problems: list[Problem]) -> list[str] | None:
    """The row's cells when it is a '|'/tab row: under the header's columns when the
    header row above lines up, else the first ``ncols`` cells after the label.

    The cell boundaries are the text's.  A row with fewer cells than columns is read
    from the left, its missing cells blank (as a Markdown or tab export leaves out
    trailing blanks), and marked ``table2.short_row``; a row with more numbers than
    columns is not read (``table2.ambiguous_row``): which cell is extra is not known."""
    s, e = grid.line_bounds(text, h.core)
    line = text[s:e]
    if grid.cell_separator(line) is None:
        return None
    cells, idx = grid.cells_at(line, h.core - s, near=False)
    if idx < 0:
        return None
    while idx + 1 < len(cells) and cells[idx + 1] == cells[idx]:
        idx += 1  # a merged label cell repeated over its span
    found = _header_columns(text, s)
    header, width = found if found is not None else (None, 0)
    lost = 0  # cells the row has fewer than the header row
    if header is not None and len(header) == ncols and header[0] > idx:
        lost = width - len(cells)
        under = set(header)
        extra = [c for i, c in enumerate(cells) if i > idx and i not in under and c.strip()]
        present = sum(i < len(cells) for i in header)
        got = [cells[i] if i < len(cells) else "" for i in header]
    else:
        data = cells[idx + 1 :]
        if ncols == 1 and len(data) > 1 and data[0].strip() and len(set(data)) == 1:
            data = data[:1]  # (one merged cell a document's table repeats: 1,237⇥1,237⇥1,237)
        extra = [c for c in data[ncols:] if c.strip()]
        if extra and _next_row_follows(data, ncols):
            extra = []  # (one line holding several rows: the next row's label follows)
        present = min(len(data), ncols)
        got = data[:ncols] + [""] * (ncols - present)
    if not present and not extra:
        return None  # the label alone on its line: its numbers, if any, stand elsewhere
    path = f"table2.{h.path}"
    label = TABLE2_LABELS[h.path]
    if extra:
        problems.append(
            _warn(
                "table2.ambiguous_row",
                f"表二“{label}”一行的单元格多于{ncols}栏（多出{'、'.join(extra)[:40]}），"
                "无法确定哪一格是多余的，留空",
                actual=line[:200],
                cells=(path,),
            )
        )
        return [""] * ncols
    if present < ncols:
        problems.append(
            _warn(
                "table2.short_row",
                f"表二“{label}”一行只有{present}个单元格，少于{ncols}栏：按从左到右读取，"
                f"末尾{ncols - present}栏留空（若缺的是中间的单元格，读数会错位）",
                actual=line[:200],
                cells=(path,),
            )
        )
    elif lost > 0 and not all(got):
        # as many cells as columns but fewer than the header row has, and a column blank: a
        # cell was lost, and whether it was a blank after the columns (an export leaves
        # them out) or a column's, whose number now stands one column left, the text does
        # not say.  (With every column's number there, the lost cells are the blanks
        # after the columns: a number of the row would otherwise have stood past them.)
        problems.append(
            _warn(
                "table2.short_row",
                f"表二“{label}”一行比表头少{lost}个单元格：按表头的栏读取"
                "（若缺的是栏中的单元格，读数会错位）",
                actual=line[:200],
                cells=(path,),
            )
        )
    return got


def _numbers_before(text: str, h: Hit, prev_end: int, ncols: int) -> list[grid.Token]:
    """The numbers of a row printed between its header (信息内容 …) and its label, as a
    PDF extractor in reading order may emit them: only when exactly ``ncols`` numbers
    stand there and no other row label comes between."""
    header = None
    for pat in (T2_HEAD_INFO, T2_ITEM):
        for m in pat.finditer(text, prev_end, h.start):
            if header is None or m.end() > header:
                header = m.end()
    if header is None:
        return []
    line_end = text.find("\n", header, h.start)
    if line_end < 0:
        return []
    tokens = [
        grid.Token(m.group(0), m.start(), m.end())
        for m in _T2_TOKEN.finditer(text, line_end, h.start)
    ]
    return tokens if len(tokens) == ncols else []


def _words(text: str, start: int, stop: int) -> list[grid.Token]:
    """The blank-delimited words of ``text[start:stop]`` that hold a digit, or are a
    blank cell's mark (-, /, —, 无) or a lone glyph (:data:`_GLYPH`): each a cell as the
    text prints it, read or refused whole (I205, 46〇, .57, ?), never its digits alone.

    >>> [t.text for t in _words("a 12 I205 .57 — 注", 1, 18)]
    ['12', 'I205', '.57', '—']
    """
    out: list[grid.Token] = []
    for m in _WORD.finditer(text, start, stop):
        word = m.group()
        if out and _UNIT_WORD.fullmatch(word) and _DIGIT.search(out[-1].text):
            # a unit set apart from its number (1250 元): the cell's unit, read with it
            last = out[-1]
            out[-1] = grid.Token(text[last.start : m.end()], last.start, m.end())
            continue
        if (
            _DIGIT.search(word) is not None
            or _T2_TOKEN.fullmatch(word) is not None
            or word in _SIGN_WORDS
            or _GLYPH.fullmatch(word) is not None
        ):
            out.append(grid.Token(word, m.start(), m.end()))
    return out


#: a lone glyph where a number stands (OCR's ?, □, U+FFFD, a letter for a digit: S, l,
#: O, 〇 alone): a cell printed and not read, so that the numbers after it keep their
#: columns
_GLYPH = lazy_regex(r"[?？□■\ufffd〇○口囗]|[A-Za-z]")


def _line_cells(
    text: str, start: int, stop: int, ncols: int, double: bool = False
) -> list[str] | None:
    """One cell per line with an empty line for a blank cell: the label's line, then
    exactly ``ncols`` lines of numbers or nothing.  None unless a blank shows the form
    (without blanks, the numbers read the same by order).  On a ``double`` spaced page
    (:func:`_table_grid.double_spaced`) a line is what stands between empty lines.

    >>> _line_cells("规章\\n\\n7\\n\\n", 2, 7, 3), _line_cells("规章\\n\\n7\\n\\n", 2, 7, 3, True)
    (['', '7', ''], None)
    >>> _line_cells("规章\\n\\n\\n\\n7\\n\\n9\\n\\n", 2, 12, 3, True)
    ['', '7', '9']
    """
    segment = text[start:stop]
    if double:
        segment = grid.paragraph_lines(segment)
    lines = segment.split("\n")
    if len(lines) < ncols + 1 or _DIGIT.search(lines[0]):
        return None
    body = [ln.replace(grid.FOOTER_MARK, "").strip() for ln in lines[1:]]
    if body and not body[-1]:
        body.pop()  # the leading text of the next label's line (no line of the row)
    if len(body) != ncols or all(b and b not in grid.BLANK_MARKS for b in body):
        return None
    if not any(body):
        return None  # empty lines only: paragraph spacing, not a row of blank cells
    if any(b and grid.clean_amount(b) is None for b in body):
        return None
    return body


#: a unit a cell may print after its number
_UNIT_WORD = lazy_regex(grid.CELL_UNITS)
#: a sign or its word set apart from a number (减少 45, − 22): kept as a word of its own
#: (no cell reads it), so that the number is not read without it
_SIGN_WORDS = frozenset((*grid.MINUS_WORDS, "增加", "增", "+", "＋", "−", "﹣", "－"))
_WORD = lazy_regex(r"[^\s|\ue000]++")
_PADDED = lazy_regex(r"\s{2}")
_DIGIT = lazy_regex(r"\d")
#: a row's label holds a Han character
_LABEL_CHAR = lazy_regex(r"\p{Han}")


def _aligned_cells(
    text: str,
    h: Hit,
    tokens: Sequence[grid.Token],
    ncols: int,
    columns_of: tuple[grid.Columns, grid.Columns],
) -> list[str] | None:
    """A space-aligned row with fewer numbers than columns (blank cells printed as
    spaces): each number goes under the header word whose centre is nearest, when the
    header line above (信息内容 …) shows exactly ``ncols`` column words and the numbers
    fall under distinct columns in order.  The header line must be padded (a run of two
    spaces or more, as a layout print pads its columns): under a header written with
    single spaces (text that keeps no columns) where a number stands is no evidence of
    its column.

    Columns are counted a character one, as PDF extractors align them, or in print, a
    Han character two, as a text aligned by eye in a monospaced font is (``columns_of``):
    a label of Han characters moves the numbers' columns in print and not in characters.
    Where the two place the numbers apart, the rows under the same header with a number
    in every column say which count the table keeps (their numbers nearer the header's
    words); without such a row, characters: pdftotext -layout and pdfplumber's layout
    both count a character one.
    """
    if not tokens or len(tokens) >= ncols:
        return None
    s, e = grid.line_bounds(text, h.end - 1)
    if any(not (s <= t.start < e) for t in tokens):
        return None
    header = _header_line(text, s)
    if header is None:
        return None
    hs, line = header
    words = [m for m in _WORD.finditer(line) if not T2_HEAD_INFO.search(m.group(0))]
    if len(words) != ncols or not _PADDED.search(line.strip()):
        return None
    centres = [
        [_centre(hs + m.start(), hs + m.end(), column) for m in words] for column in columns_of
    ]
    placed = [
        _placed(tokens, c, column) if _under(tokens, words, hs, column) else None
        for c, column in zip(centres, columns_of, strict=True)
    ]
    if placed[0] == placed[1]:
        return placed[0]
    misfit = [0.0, 0.0]
    for row in _full_rows(text, hs + len(line) + 1, ncols):
        for k, (c, column) in enumerate(zip(centres, columns_of, strict=True)):
            misfit[k] += sum(
                abs(_centre(t.start, t.end, column) - x) for t, x in zip(row, c, strict=True)
            )
    return placed[1] if misfit[1] < misfit[0] else placed[0]


def _under(
    tokens: Sequence[grid.Token], words: Sequence[regex.Match[str]], hs: int, column: grid.Columns
) -> bool:
    """Whether every token stands under the header line's words, from the first word's
    start to the last one's end give or take _UNDER_SLACK columns: a row printed wider
    than its header (words joined by blanks of any width, as an extractor sorting text
    by position writes them) keeps no columns to place its numbers by."""
    lo = column(hs + words[0].start()) - _UNDER_SLACK
    hi = column(hs + words[-1].end() - 1) + 1 + _UNDER_SLACK
    return all(lo <= column(t.start) and column(t.end - 1) + 1 <= hi for t in tokens)


#: how far, in columns, a number may stand past the header's first or last word
_UNDER_SLACK = 4


def _centre(start: int, end: int, column: grid.Columns) -> float:
    """The centre column of ``text[start:end]`` (a header word, a number)."""
    return (column(start) + column(end - 1) + 1) / 2


def _placed(
    tokens: Sequence[grid.Token], centres: Sequence[float], column: grid.Columns
) -> list[str] | None:
    """Each of ``tokens`` under the nearest of ``centres`` (the header words'), or None
    when two fall under one or out of order, or one stands halfway between two (less
    than a column nearer one: 1 midway between 本年制发件数 and 本年废止件数).

    >>> _placed(grid.number_tokens("   12     20", 0, 12), [2.0, 6.0, 10.0], lambda i: i)
    >>> _placed(grid.number_tokens("  1       20", 0, 12), [2.0, 6.0, 10.0], lambda i: i)
    ['1', '', '20']
    """
    ncols = len(centres)
    out = [""] * ncols
    last = -1
    for t in tokens:
        c = _centre(t.start, t.end, column)
        near = sorted(range(ncols), key=lambda i: abs(centres[i] - c))
        k = near[0]
        if ncols > 1 and abs(centres[near[1]] - c) - abs(centres[k] - c) < 1:
            return None
        if k <= last:
            return None
        out[k] = t.text
        last = k
    return out


def _full_rows(text: str, pos: int, ncols: int) -> Iterator[list[grid.Token]]:
    """The number tokens of the lines after ``pos`` (up to the next header line, within 12
    lines) that hold a label and exactly ``ncols`` numbers: rows with no blank cell."""
    for _ in range(12):
        if pos >= len(text):
            return
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if T2_HEAD_INFO.search(text, pos, end):
            return
        tokens = [t for t in _words(text, pos, end) if _DIGIT.search(t.text)]
        if len(tokens) == ncols and _LABEL_CHAR.search(text, pos, tokens[0].start):
            yield tokens
        pos = end + 1


def _header_line(text: str, line_start: int) -> tuple[int, str] | None:
    """The nearest line above ``line_start`` (within 12 lines) that holds 信息内容."""
    pos = line_start
    for _ in range(12):
        if pos <= 0:
            return None
        s = text.rfind("\n", 0, pos - 1) + 1
        line = text[s : pos - 1] if pos - 1 >= s else ""
        pos = s
        if T2_HEAD_INFO.search(line):
            return s, line
    return None


def _header_columns(text: str, line_start: int) -> tuple[list[int], int] | None:
    """Indexes of the column-header cells of the nearest 信息内容 row above, and how many
    cells that row has."""
    header = _header_line(text, line_start)
    if header is None:
        return None
    cells = grid.cell_texts(header[1])
    if not cells:
        return None
    return [i for i, c in enumerate(cells) if i > 0 and c], len(cells)


def rows_of(table: ActiveDisclosureTable) -> Sequence[str]:
    """The attribute names of the rows a table holds."""
    return [
        f.name
        for f in attrs.fields(type(table))
        if f.name not in ("template", "span") and getattr(table, f.name) is not None
    ]
