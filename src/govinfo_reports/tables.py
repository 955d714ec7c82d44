"""The standardized statistics tables: 表二 (主动公开), 表三 (收到和处理申请), 表四 (复议/诉讼).

The readers find each table in the normalized text from its row labels (matched by
meaning, not by exact string), detect the surface form from the text itself and cut each
row's cells.  Forms: '|' rows (flattened, with blank or repeated merged cells, or
markdown), tab-separated rows, CSV rows, HTML (``<table>`` with rowspan/colspan, rendered
as '|' rows by :mod:`._html` with the standard library's parser), one cell per line
(an empty line for a blank cell), space-aligned PDF text (labels wrapped over lines,
numbers on a line of their own, blank cells placed under the printed columns), PDF text
whose labels stand apart from their numbers (placed by template order), glued scraper
text.  Header rows repeated after a page break and page footers (``- 3 -``, ``第 3 页``)
inside a table are skipped.  Cells whose boundaries the text lost are decided by
:mod:`._recover` from the tables' own arithmetic.

Spans (``table.span``) point into the string that was parsed (``report.source``), also
for HTML input.  Problems carry a stable ``code`` (``table3.missing_rows``,
``table3.cell_unreadable``, ``table2.ambiguous_row``, ``table4.ambiguous_order`` …), a
message with the Chinese labels of the rows and columns involved, and ``cells`` naming
them (``table3.withheld.state_secret.0``, ``table2.licensing.decisions``,
``table4.review.total``).

Cell values: a blank cell is None, never 0; ``-``, ``/``, ``—`` and ``无`` cells also read
as None (they state that there is no number; the corpus records them as null with the
raw text kept apart).  ``1,234`` and full-width digits read as numbers; table 二 amounts
(本年收费金额, 采购总金额) are ``Decimal`` when written with a decimal part, and 本年增/减
may be negative.

The template: table 二's columns decide it (本年制发件数/本年废止件数/现行有效件数 and
本年处理决定数量 → STANDARD_2021; 本年新制作数量/本年新公开数量/对外公开总数量 and
上一年项目数量/本年增/减 → STANDARD_2019); without table 二, table 三's （六）其他处理 decides
(three rows → 2021, one row → 2019).  A report of 2019 or 2020 printed with the 2021
columns is STANDARD_2021 and gets a note; so does a 2021-format table 三 with a single
其他处理 row.

>>> t = parse_tables("信息内容 | 本年处理决定数量\\n行政许可 | 12")
>>> t.active_disclosure.licensing.decisions, t.template.value
(12, 'standard_2021')
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Iterable, Iterator

import attrs
import regex

from . import _table_grid as grid
from ._html import Rendered, looks_like_html, render_html, to_html_offset
from ._lazy import lazy_re, lazy_regex
from ._table_four import header_start, read_table4
from ._table_labels import (
    GROUP6,
    T2_HEAD_INFO,
    T2_ITEM,
    T3_ANNOUNCED,
    T3_PATH_COUNT,
    T4_ANCHOR,
    T4_ANNOUNCED,
    Folded,
    Hit,
    Scanned,
    add_hit,
    hits_of,
    iter_t3_header_starts,
    scan_table2,
    scan_table3,
    table3_matches,
)
from ._table_three import read_table3
from ._table_two import read_table2
from .model import (
    TABLE3_PATHS_2021,
    ActiveDisclosureTable,
    AppealTable,
    ApplicationTable,
    Problem,
    Section,
    Severity,
    Span,
    Template,
)
from .normalize import Normalized, normalize, print_width

# labels that hardly occur in prose: a cluster of table 三 labels needs some of them (every
# row but those whose words are common: 予以公开, 部分公开, 第三方, 信访, 重复申请, 出版物, 其他)
_STRONG = frozenset(TABLE3_PATHS_2021) - {
    "granted",
    "partially_granted",
    "withheld.third_party_rights",
    "not_processed.petition_complaint",
    "not_processed.duplicate",
    "not_processed.publication",
    "other_handling.other",
}
_GAP = 2500  # largest distance between two labels of one table 三
_SCAN_SLACK = 20_000  # characters the candidates of table 三 scan one by one beyond 2x
_NEXT_HEADING = lazy_regex(r"(?:^|\n)[ \t\u3000]{0,40}+[五六七][ \t]{0,3}+、")
_YEAR = lazy_regex(
    r"(20[0-3]\d)\s{0,3}+年\s{0,3}+1\s{0,3}+月\s{0,3}+1\s{0,3}+日"
    r"|(20[0-3]\d)\s{0,3}+年度?[^。\n]{0,30}?工作年度报告"
)


@attrs.frozen(slots=True)
class Tables:
    """What the table readers found.

    ``template``: the format the tables are printed in (None when no table decides it);
    ``problems``: tables announced but not found, rows missing, ambiguous cells…;
    ``notes``: how the tables were read when that is worth knowing (a 2019 report with
    2021 columns, numbers placed by order, …).
    """

    active_disclosure: ActiveDisclosureTable | None = None
    applications: ApplicationTable | None = None
    appeals: AppealTable | None = None
    template: Template | None = None
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()


def read_tables(
    norm: Normalized, sections: tuple[Section, ...], *, fragment: bool = False
) -> Tables:
    """Tables 二, 三 and 四 of a normalized report (spans into ``norm.source``).

    ``sections`` is accepted for the pipeline; the tables are found from the text itself,
    so that a report whose headings were not recognised still gives its tables.
    ``fragment``: the text is known to hold tables (a caller's table part), so that a
    single labelled row of table 三 is read as the table; in a whole report a table 三
    needs several of its rows, so that prose that names a row is not taken for it.

    >>> from govinfo_reports.normalize import normalize
    >>> read_tables(normalize("没有表格的文字"), ()).applications is None
    True
    """
    try:
        return _read(_view(norm), fragment)
    except RecursionError:  # pragma: no cover - defensive: never raise on any str
        return Tables(
            problems=(
                Problem(
                    code="tables.internal_error",
                    severity=Severity.ERROR,
                    message="统计表读取失败: 表格读取器递归过深 (RecursionError)，三张表均未读出",
                ),
            )
        )


def parse_tables(text: str) -> Tables:
    """Tables 二, 三 and 四 from any text that holds them (a whole report or just the
    tables); spans point into ``text``.

    >>> t = parse_tables("四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1")
    >>> t.applications.carried_forward.natural_person
    1
    """
    return read_tables(normalize(text), (), fragment=True)


@attrs.frozen(slots=True)
class _View:
    """The text the table readers work on and the map of its spans to the source."""

    text: str
    norm: Normalized
    rendered: Rendered | None = None
    # column of each position asked for: the PDF readers ask for the same cells again
    _columns: dict[int, int] = attrs.field(factory=dict, eq=False, repr=False, init=False)

    def problems_at_source(self, problems: Iterable[Problem]) -> Iterator[Problem]:
        """``problems`` of a table reader with their spans (in :attr:`text`) mapped to the
        source."""
        for p in problems:
            yield p if p.span is None else attrs.evolve(p, span=self.to_source(p.span))

    def to_source(self, span: Span) -> Span:
        """The span of the source that ``text[span[0]:span[1]]`` came from."""
        if self.rendered is not None:
            span = to_html_offset(self.rendered, span)
        return self.norm.to_source(span)

    def column(self, pos: int) -> int:
        """The column at which ``text[pos]`` stands in its source line (normalization
        drops thousands separators and pinyin: PDF columns are counted in the source)."""
        col = self._columns.get(pos)
        if col is None:
            start, src = self._in_source_line(pos)
            col = src - start
            self._columns[pos] = col
        return col

    def print_column(self, pos: int) -> int:
        """The column in print (a Han character two, :func:`print_width`) at which
        ``text[pos]`` stands in its source line: the columns of a table aligned by eye."""
        start, src = self._in_source_line(pos)
        return print_width(self.norm.source[start:src])

    def _in_source_line(self, pos: int) -> tuple[int, int]:
        """Where the source line of ``text[pos]`` starts, and where ``text[pos]`` came from
        (the line's start mapped from the text's: every line break of the source, \\r\\n,
        \\u2028 …, is one \\n of the text)."""
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        src = self.to_source((pos, pos + 1))[0]
        return min(self.to_source((line_start, line_start + 1))[0], src), src


def _view(norm: Normalized) -> _View:
    """The view of ``norm`` the readers work on: HTML rendered as text lines and '|' rows
    (spans still map to ``norm.source``), any other text as it is."""
    if looks_like_html(norm.text):
        rendered = render_html(norm.text)
        return _View(text=rendered.text, norm=norm, rendered=rendered)
    return _View(text=norm.text, norm=norm)


def _read(norm: _View, fragment: bool = False) -> Tables:
    text = grid.mask_footers(norm.text)
    n = len(text)
    problems: list[Problem] = []
    notes: list[str] = []

    t3_region, t3_known, t3_folded, t3_head = _locate_table3(text, 1 if fragment else 3)
    t4_from = t3_region[1] if t3_region else 0
    t4_start = _find_table4(text, t4_from)
    t4_limit = n
    if t4_start is not None:
        t4_limit = _heading_after(text, t4_start, n)
        t4_start = _after_prose(text, t4_start, t4_limit)
    t2_limit = t3_head if t3_region else (t4_start if t4_start is not None else n)
    t2_region = _find_table2(text, t2_limit, bounded=t3_region is not None or t4_start is not None)

    applications: ApplicationTable | None = None
    layout3: Template | None = None
    if t3_region is not None:
        hits3 = scan_table3(text, *t3_region, t3_known, t3_folded)
        t3_known = t3_folded = None  # the locator's scan: not needed while the table is read
        r3 = read_table3(
            (text, *t3_region), norm.column, hits=hits3, span=norm.to_source(t3_region)
        )
        problems.extend(norm.problems_at_source(r3.problems))
        notes.extend(r3.notes)
        layout3 = r3.layout
        applications = r3.table

    appeals: AppealTable | None = None
    if t4_start is not None:
        r4 = read_table4(text, t4_start, t4_limit, norm.column)
        problems.extend(norm.problems_at_source(r4.problems))
        if r4.table is not None:
            appeals = attrs.evolve(r4.table, span=norm.to_source((t4_start, r4.end)))

    active: ActiveDisclosureTable | None = None
    layout2: Template | None = None
    if t2_region is not None:
        r2 = read_table2(
            text, *t2_region, norm.column, norm.print_column, span=norm.to_source(t2_region)
        )
        problems.extend(norm.problems_at_source(r2.problems))
        layout2 = r2.layout
        if r2.mixed:
            notes.append("表二混用了2019年格式和2021年格式的栏目，各行按其表头读取")
        active = r2.table

    template = layout2 or layout3
    if layout2 is Template.STANDARD_2021 and layout3 is Template.STANDARD_2019:
        notes.append("表三（六）其他处理只有一行（2019年格式），表二为2021年格式栏目")
    if template is Template.STANDARD_2021:
        year = _year_hint(norm.text)
        if year is not None and year < 2021:
            notes.append(
                f"{year}年度报告使用了2021年格式（国办公开办函〔2021〕30号）的表格栏目，按STANDARD_2021读取"
            )

    standard = applications is not None or active is not None or appeals is not None
    t3_announced = _announced(T3_ANNOUNCED, text)
    if standard or t3_announced:
        if applications is None and t3_announced:
            problems.append(_missing("table3", "表三（收到和处理政府信息公开申请情况）"))
        if appeals is None and _announced(T4_ANNOUNCED, text):
            problems.append(_missing("table4", "表四（政府信息公开行政复议、行政诉讼情况）"))
        if active is None and applications is not None and T2_ITEM.search(text):
            problems.append(_missing("table2", "表二（主动公开政府信息情况）"))
    return Tables(
        active_disclosure=active,
        applications=applications,
        appeals=appeals,
        template=template,
        problems=tuple(problems),
        notes=tuple(notes),
    )


def _announced(heading: regex.Pattern[str], text: str) -> bool:
    r"""True when ``heading`` (a table's part heading, T3_/T4_ANNOUNCED) stands in ``text``
    as a heading, not as an item of a sentence listing the report's parts after a comma
    or a colon (本报告分为六个部分：一、总体情况，二、…，三、收到和处理…): a list names no
    table the text holds.

    >>> _announced(T3_ANNOUNCED, "分为：二、主动公开情况，三、收到和处理政府信息公开申请情况")
    False
    >>> _announced(T3_ANNOUNCED, "。\n三、收到和处理政府信息公开申请情况")
    True
    """
    for m in heading.finditer(text):
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t\u3000")
        if not before.endswith((",", "，", "、", ":", "：", ";", "；")):
            return True
    return False


def _missing(code: str, name: str) -> Problem:
    return Problem(
        code=f"{code}.not_found",
        severity=Severity.WARNING,
        message=f"报告有{name}的标题，但没有找到这张表",
    )


def _year_hint(text: str) -> int | None:
    m = _YEAR.search(text, 0, min(len(text), 3000))
    if m is None:
        return None
    return int(m.group(1) or m.group(2))


def _heading_after(text: str, pos: int, limit: int) -> int:
    m = _NEXT_HEADING.search(text, pos, limit)
    return m.start() if m else limit


# --- where the tables stand -----------------------------------------------------------


def _clusters(hits: list[Hit]) -> list[list[Hit]]:
    out: list[list[Hit]] = []
    for h in hits:
        if out and h.start - out[-1][-1].end <= _GAP:
            out[-1].append(h)
        else:
            out.append([h])
    return out


def _find_table3(text: str, min_rows: int = 3) -> Span | None:
    """The span of table 三: from its heading (or header) to table 四's anchor.

    Each heading 三、收到和处理政府信息公开申请情况 and header (申请人情况, 勾稽关系) is a
    candidate start; the candidate followed by the labels of the most rows wins.  Without
    any, the densest cluster of labels (with at least two that hardly occur in prose).
    """
    return _locate_table3(text, min_rows)[0]


def _locate_table3(
    text: str, min_rows: int = 3
) -> tuple[Span | None, Scanned | None, Folded | None, int]:
    """:func:`_find_table3`, the label cores the winning candidate's scan found from its
    start with their hits (for the reader, which scans the same start to an end no
    later), and that start (the heading; the span begins after the prose under it)."""
    n = len(text)
    anchors = _anchors(text)
    best: tuple[int, int, int] | None = None  # (score, start, end)
    best_known: Scanned | None = None
    best_folded: Folded | None = None
    prev_end = -1
    ends = _Ends(text)
    labels: _Labels | None = None
    cover: tuple[int, list[Hit], list[int]] | None = None
    scanned = 0
    for a in anchors:
        if a < prev_end:
            continue  # the header of the table already chosen
        end = ends.table3_end(a)
        scanned += end - a
        if labels is None and scanned > 2 * n + _SCAN_SLACK:
            labels = _Labels(text)  # candidates rescan the text: find its labels once
        if labels is not None and cover is not None and labels.inside(a, end, cover):
            continue  # its chain is the tail of a chain that did not win: it cannot win
        hits = labels.chain(a, end) if labels is not None else None
        replayed = hits is not None
        known: Scanned | None = None
        folded: Folded | None = None
        if hits is None:
            matches = table3_matches(text, a, end)
            known = (matches, end)
            steps: tuple[list[int], list[Hit]] = ([], [])
            folded = (hits_of(text, a, matches, steps), steps)
            hits = _chain(folded[0], a)
        paths = {h.path for h in hits}
        if (
            len(paths) >= max(3, min_rows)
            or (len(paths) >= min(2, min_rows) and _row_like(text, hits))
        ) and (best is None or len(paths) > best[0]):
            best = (len(paths), a, _trim_end(text, hits[-1].end, end))
            best_known = known
            best_folded = folded
            prev_end = end
            if len(paths) == T3_PATH_COUNT:
                break  # every row label: no later candidate has more
        elif replayed and hits:
            cover = (end, hits, [h.core for h in hits])
    if best is not None:
        start = _after_prose(text, best[1], best[2])
        if start != best[1]:  # the scan from the anchor read prose: the reader scans anew
            best_known = best_folded = None
        end = _before_prose(text, best[1], best[2])  # (prose after it may name rows)
        return (start, end), best_known, best_folded, best[1]
    chosen: list[Hit] | None = None
    score = 0
    for found in _clusters(scan_table3(text, 0, n)):
        if not _may_be_table3(text, found, min_rows, score):
            continue
        # less the hits on prose lines (only here: fewer hits never make a cluster
        # that failed pass, nor join two clusters)
        for cluster in _clusters(_rows_only(text, found)):
            if _may_be_table3(text, cluster, min_rows, score):
                chosen, score = cluster, len({h.path for h in cluster})
    if chosen is None:
        return None, None, None, n
    end = _trim_end(text, chosen[-1].end, _table3_end(text, chosen[-1].end))
    span = (chosen[0].start, _before_prose(text, chosen[-1].end, end))
    return span, None, None, span[0]


def _may_be_table3(text: str, cluster: list[Hit], min_rows: int, score: int) -> bool:
    """True when ``cluster`` of labels (no heading, no header) may be table 三 and has
    more rows than ``score``: two labels that hardly occur in prose and three rows, or
    ``min_rows`` rows of which one stands on a table row (:func:`_row_like`)."""
    paths = {h.path for h in cluster}
    if len(paths & _STRONG) < min(2, min_rows) or len(paths) <= score:
        return False
    return len(paths) >= 3 or (len(paths) >= min_rows and _row_like(text, cluster))


def _rows_only(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less those on a prose line (:func:`._table_grid.prose_line`): a sentence
    that names rows (上年结转申请2件，部分公开2件…) is no table, nor such a sentence on a
    longer line (:func:`._table_grid.prose_sentence`)."""
    out: list[Hit] = []
    line, prose = -1, False
    for h in hits:
        s, e = grid.line_bounds(text, h.core)
        if s != line:
            line, prose = s, grid.prose_line(text, s, e)
        if not prose and not grid.prose_sentence(text, h.core, s, e):
            out.append(h)
    return out


def _anchors(text: str) -> Iterator[int]:
    """The candidate starts of table 三 (headings 三、收到和处理…, headers 申请人情况…) in
    text order without repeats, found as the caller asks for them: the locator stops at a
    table with every row label (a long text of many reports is not scanned)."""
    headings = (m.start() for m in T3_ANNOUNCED.finditer(text))
    last = -1
    for p in heapq.merge(headings, iter_t3_header_starts(text)):
        if p != last:
            yield p
            last = p


def _row_like(text: str, hits: list[Hit]) -> bool:
    """True when some label stands on a table row: cells separated by '|' or tabs, or
    seven numbers after it on its line, or on the seven lines after it one number each
    (one cell a line) (a fragment of one or two rows, not prose)."""
    tried = -1  # the start of the last line tried for cells (labels share glued lines)
    s = e = -1
    starts: list[int] = []  # where that line's numbers start
    for h in hits:
        if not s <= h.end - 1 < e:  # (a line of many labels is found once, not per label)
            s, e = grid.line_bounds(text, h.end - 1)
        if s != tried:
            tried = s
            if grid.cell_separator(text[s:e]) is not None:
                return True
            if _cells_a_line(text, e, 7):
                return True
            # (read once a line: a line of many labels is not read again for each)
            starts = [t.start for t in grid.number_tokens(text, s, e)]
        if len(starts) - bisect.bisect_left(starts, h.end) >= 7:
            return True
    return False


def _cells_a_line(text: str, pos: int, count: int) -> bool:
    """True when the ``count`` non-blank lines after ``pos`` each hold one number alone."""
    lines = [ln.strip() for ln in text[pos : pos + 40 * count].split("\n")[1:]]
    cells = [ln for ln in lines if ln][:count]
    return len(cells) == count and all(_ONE_NUMBER.fullmatch(c) for c in cells)


_ONE_NUMBER = lazy_re(r"\d{1,6}")


def _chain(hits: list[Hit], start: int) -> list[Hit]:
    """The hits that follow ``start`` without a gap longer than a table's."""
    out: list[Hit] = []
    pos = start
    for h in hits:
        if h.start - pos > _GAP:
            break
        out.append(h)
        pos = h.end
    return out


class _Ends:
    """Where table 三 that goes on at a position ends (:func:`_table3_end`), for
    positions asked in increasing order: a search that found nothing, or found a match
    at or after the next position asked, is not repeated (a text of 5,000 headings
    三、收到和处理… and no table 四 took 44 s, a search to the end for each)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.t4 = _NextMatch(text, T4_ANCHOR, _t4_anchor)
        self.heading = _NextMatch(text, _NEXT_HEADING)

    def table3_end(self, pos: int) -> int:
        m = self.t4.search(pos)
        if m is not None:
            return m
        h = self.heading.search(pos)
        return len(self.text) if h is None else h


class _NextMatch:
    """``pattern.search(text, pos).start()`` for increasing ``pos``, memoized."""

    def __init__(
        self,
        text: str,
        pattern: regex.Pattern[str],
        find: Callable[[str, int], int | None] | None = None,
    ) -> None:
        self.text = text
        self.pattern = pattern
        self.find = find  # where the match is, when not the pattern's first match
        self.asked = -1  # the last position searched from
        self.found: int | None = None  # what that search found

    def search(self, pos: int) -> int | None:
        if 0 <= self.asked <= pos and (self.found is None or self.found >= pos):
            return self.found  # no match starts in [asked, found): the same one
        if self.find is not None:
            self.asked, self.found = pos, self.find(self.text, pos)
            return self.found
        m = self.pattern.search(self.text, pos)
        self.asked, self.found = pos, (None if m is None else m.start())
        return self.found


class _Labels:
    """The table 三 label cores of the whole text, found once, for the chains of the
    candidate anchors: a chain from ``a`` replays the cores after ``a`` (the same cores a
    scan from ``a`` finds, as no core straddles ``a``) and stops where the chain breaks.
    Near the end of the region (a lookahead at the scan's end may read differently) or
    where a core straddles ``a``, None: the caller scans."""

    _MARGIN = 2000  # farther than any label pattern reads past its match

    def __init__(self, text: str) -> None:
        self.text = text
        self.matches = table3_matches(text, 0, len(text))
        self.starts = [m[0] for m in self.matches]

    def inside(self, a: int, end: int, cover: tuple[int, list[Hit], list[int]]) -> bool:
        """True when the chain from ``a`` is the tail of the replayed chain ``cover``
        (same region end): the first core after ``a`` starts or extends one of its hits
        and no core straddles ``a``.  Its rows are then a subset of that chain's, and its
        hits end where that chain's do."""
        cover_end, hits, cores = cover
        if end != cover_end or a >= hits[-1].end:
            return False
        i = bisect.bisect_left(self.starts, a)
        if i >= len(self.matches) or (i > 0 and self.matches[i - 1][1] > a):
            return False
        first = self.matches[i][0]
        j = bisect.bisect_right(cores, first) - 1
        return j >= 0 and first < hits[j].end

    def chain(self, a: int, end: int) -> list[Hit] | None:
        i = bisect.bisect_left(self.starts, a)
        if i > 0 and self.matches[i - 1][1] > a:
            return None
        hits: list[Hit] = []
        last_end = a
        for k in range(i, len(self.matches)):
            m_start, m_end, path = self.matches[k]
            if not hits or path != hits[-1].path:  # a new hit, starting at m_start - 60 or after
                pos = hits[-1].end if hits else a
                if m_start - 65 - pos > _GAP:
                    return hits  # the chain breaks before it
            if m_end > end - self._MARGIN and end < len(self.text):
                if m_start >= end:
                    break
                return None
            count = len(hits)
            add_hit(hits, self.text, path, m_start, m_end, last_end)
            last_end = m_end
            if len(hits) > count:
                pos = hits[-2].end if count else a
                if hits[-1].start - pos > _GAP:
                    hits.pop()
                    return hits
        return hits


def _table3_end(text: str, pos: int) -> int:
    """Where table 三 that goes on at ``pos`` ends: table 四's 行政复议 anchor, else the
    next heading 五、/六、, else the end of the text."""
    n = len(text)
    m = _t4_anchor(text, pos)
    if m is not None:
        return m
    return _heading_after(text, pos, n)


def _t4_anchor(text: str, pos: int) -> int | None:
    """Where the first 行政复议 at or after ``pos`` that may begin table 四 stands: not one
    in a sentence that states a count (本年度被申请行政复议2件。 under the heading of
    table 三 is prose before its header, no end of the table).

    >>> t = "三、收到申请情况\\n被申请行政复议2件。\\n申请人情况\\n四、行政复议 | 行政诉讼"
    >>> t[_t4_anchor(t, 0):][:6]
    '行政复议 |'
    """
    m = T4_ANCHOR.search(text, pos)
    while m is not None:
        s, e = grid.line_bounds(text, m.start())
        # (a line longer than a paragraph is text whose lines were lost: not looked at)
        if e - s > _PARAGRAPH_MAX or not grid.prose_line(text, s, e):
            return m.start()
        m = T4_ANCHOR.search(text, e)
    return None


_PARAGRAPH_MAX = 600


def _trim_end(text: str, last: int, end: int) -> int:
    """Back from ``end`` over the beginning of table 四's heading (四、政府信息公开…)."""
    head = _T4_HEAD_START.search(text[max(last, end - 24) : end])
    if head is not None:
        return max(last, end - 24) + head.start()
    line_start = text.rfind("\n", last, end) + 1
    if line_start > last and end - line_start < 40:
        return line_start
    return end


def _after_prose(text: str, start: int, end: int) -> int:
    """Where a table's own text begins at ``start`` (its heading or header): after the
    prose lines that stand before its header rows (a sentence under the heading that
    names a row or states a count is no part of the table).  The first line is the
    heading: it is skipped over, but stays in the span unless prose follows it; a first
    line that holds a number or a cell separator holds the table (glued text): nothing
    after it is looked at.

    >>> t = "三、收到申请情况\\n予以公开10件。\\n申请人情况 | 自然人\\n"
    >>> t[_after_prose(t, 0, len(t)):][:5], _after_prose("三、收到申请\\n申请人情况", 0, 20)
    ('申请人情况', 0)
    >>> _after_prose("三、收到申请情况（一）予以公开10 0 0 10\\n共收到申请10件。", 0, 40)
    0
    """
    out = start
    pos = start
    open_ = False  # the last prose line goes on on the next line
    for k in range(_PROSE_LINES):
        if pos >= end:
            break
        s, e = pos, text.find("\n", pos, end)
        e = end if e < 0 else e
        if grid.prose_line(text, s, e) or (open_ and grid.prose_tail(text, s, e)):
            out = min(e + 1, end)
            open_ = grid.prose_open(text, s, e)
        elif (k or _TABLE_TEXT.search(text, s, e)) and text[s:e].strip():
            break  # the first row or header line (or a first line that holds the table)
        pos = e + 1
    return out


_TABLE_TEXT = lazy_regex(r"[\d|\t]")
_INK = lazy_regex(r"\S")


def _before_prose(text: str, floor: int, end: int) -> int:
    """Where a table's own text ends at ``end`` (the next table or heading): before the
    prose lines that follow its last row (blank lines between them are looked over),
    never before ``floor``.

    >>> t = "四、结转下年度继续办理 | 0 | 1\\n\\n全年共收到申请130件。\\n\\n"
    >>> t[:_before_prose(t, 0, len(t))], _before_prose(t, 0, 20)
    ('四、结转下年度继续办理 | 0 | 1\\n\\n', 20)
    >>> t = "总计 | 0 | 1\\n办结9起，结转下年度36\\n起。\\n"
    >>> t[:_before_prose(t, 0, len(t))]
    '总计 | 0 | 1\\n'
    """
    out = pos = end
    tail = False  # the line after is the last line of a sentence wrapped over lines
    for _ in range(_PROSE_LINES):
        e = pos - 1 if pos > floor and text[pos - 1] == "\n" else pos
        s = text.rfind("\n", floor, e) + 1
        if s <= floor:
            break
        if _INK.search(text, s, e) is None:
            pass  # a blank line
        elif grid.prose_line(text, s, e) and (not tail or grid.prose_open(text, s, e)):
            out = s
            tail = False
        elif not tail and grid.prose_tail(text, s, e):
            tail = True  # (kept unless the line before begins its sentence)
        else:
            break
        pos = s
    return out


_PROSE_LINES = 16  # lines of prose looked over at either end of a table


_T4_HEAD_START = lazy_regex(
    r"四\s{0,3}+[、.．]\s{0,3}+(?:政府信息公开)?\s{0,3}+$|(?<=\n)[^\n\d]{0,24}+$"
)


_T4_HEADING_BEFORE = lazy_regex(r"四\s{0,3}+、\s{0,3}+(?:政府信息公开)?\s{0,3}+$")


def _find_table4(text: str, start: int) -> int | None:
    """Where table 四 begins: a 行政复议 followed by the table's header."""
    for m in T4_ANCHOR.finditer(text, start, len(text)):
        if header_start(text, m.start(), min(len(text), m.start() + 2000)) is not None:
            # begin at the heading 四、 when it stands just before
            head = _T4_HEADING_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
            if head is not None:
                return max(0, m.start() - 20) + head.start()
            return m.start()
    return None


def _find_table2(text: str, limit: int, *, bounded: bool) -> Span | None:
    """The span of table 二: from its first 第二十条第(X)项 (or 信息内容) to ``limit``."""
    floor = max(0, limit - 8000) if bounded else 0
    item = T2_ITEM.search(text, floor, limit)
    if item is None:
        m = T2_HEAD_INFO.search(text, floor, limit)
        if m is None:
            return None
        start = m.start()
    else:
        start = item.start()
        # a fragment that begins after a page break may start with the 信息内容 header
        # row of a table whose first 第二十条 item is cut off: rows stand before the item
        near = max(floor, start - 600)
        for info in T2_HEAD_INFO.finditer(text, near, start):
            if scan_table2(text, info.end(), start):
                start = info.start()
                break
    end = limit
    if not bounded:
        end = _heading_after(text, start, min(len(text), start + 6000))
    return (start, _before_prose(text, start, end))


# GROUP6 is re-exported for the tests of the label matcher
__all__ = ["GROUP6", "Tables", "parse_tables", "read_tables"]
