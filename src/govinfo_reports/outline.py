"""The section-heading grammar: a report's numbered outline.

- :func:`read_outline` reads the top-level sections (with their children) of a
  :class:`~govinfo_reports.normalize.Normalized` text.  Titles, bodies and points are
  normalized text; ``span`` is the section's extent in ``norm.source`` (from its marker to
  the end of its last descendant).
- :func:`parse_outline` normalizes any string first; it never raises.
- :func:`section_kind` tells what a section is about from its title.

The grammar
-----------
Markers and levels: 一、/一./一．/第一部分 (and 一, at a line start) are level 1, (一) level 2,
1. / 1、 level 3, (1) / ① level 4.  The level follows the marker's style; the nesting
follows the document: a style nests below the headings that are open when it appears
(so 1、 straight under 二、 is a level-3 child of 二、).

A marker counts where a heading can stand: at a line start, after a sentence end, a
colon, a semicolon or a closing quote, or after blanks (pages whose paragraphs were
joined by spaces).  Glued straight to a word it counts only as the first sub-heading
inside the title of the heading before it (``（二）主要做法1.加强…``).  After a digit, 第, a
comma or 、 it is a list number or a row number, never a heading.

Sequences must count up by one under their parent (a missing number is accepted when
the next one confirms it); a number that jumps backwards or repeats is not a heading
(一、 … 二、 … 一、 inside a quoted document), and a sub-level restarts at 1 under each new
parent.  A text's first marker, when it is a top-level one, may open at any number the
next one (or a standard section title) confirms: a page cut before its first headings
(五、… 六、…).  Rows of the statistics tables (``（一）予以公开``, ``1.属于国家秘密``,
``一、本年新收政府信息公开申请数量``, lines of ``|``/tab cells or of numbers) are not
headings: they stay in the body of the section that holds the table; nor are the parts
after 其中:, a title with six digits in a row (a glued table row), a title without any Han
character, or an item of a list: a numbered text ending in a semicolon, or one whose next
number follows a comma in the same sentence (``包括:1.机构职能,2.政策文件``).  A line that
lists every heading separated by commas, or a run of headings one a line with nothing
between them that is repeated further down (目录), is a table of contents and skipped.

Titles: a heading alone on its line has the line as title (a marker alone on its line
takes the next short line); pinyin readings, dot leaders and page numbers are dropped.
A whole sentence on its line has its title before a blank gap.  A run-in heading
(``(一)门户网站。进一步完善…``) has the text up to the first 。/: as title and the rest of
the line starts its body (``run_in``).  A title glued to its body with no punctuation
(``一、总体情况2021年，我区…``) ends where a blank, a year, a standard section title, a
title-final word (情况, 数量…), a body-start word (今年, 根据, 我局…, 一是, 虽然) or one of the
2021 format's 主动公开方面 … 监督保障方面 says so.

HTML pages are read through a text view (block tags end lines, cells become tabs,
entities are decoded; scripts, menus, the site footer and link text are left out) whose
offsets map back to the page, so spans still point into the source.
``一是…二是…`` enumerations are not sections: their lead clauses are ``Section.points``.

>>> text = ("一、概述\\n(一)门户网站。进一步完善网站。\\n"
...         "(二)新闻宣传。一是召开发布会。二是接受采访。\\n"
...         "二、主动公开政府信息情况\\n全年公开100条。")
>>> [(s.level, s.number, s.title) for s in parse_outline(text)[0].walk()]
[(1, '一', '概述'), (2, '一', '门户网站'), (2, '二', '新闻宣传')]
>>> sec = parse_outline(text)[0].children[1]
>>> sec.run_in, sec.body, sec.points
(True, '一是召开发布会。二是接受采访。', ('召开发布会', '接受采访'))
>>> parse_outline("这不是一份报告。")
()
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from operator import itemgetter

from ._lazy import lazy_re, lazy_regex
from ._outline_grammar import (
    _BLANKS,
    _CIRCLED,
    _COMMAS,
    _DIGITS,
    _FULLWIDTH_DIGITS,
    _LINE_BREAKS,
    _MAX_BLANKS_BACK,
    _STRONG_BEFORE,
    AR_MARK_EACH,
    AR_MARK_LATIN1,
    AR_ORDINALS,
    CN_ORDINALS,
    HAN_CLASS,
    LINE_TITLE_MAX,
    MARKER_NOT_AR,
    MARKER_NOT_AR_LATIN1,
    STYLE_ARABIC,
    STYLE_CIRCLED,
    STYLE_CN,
    STYLE_LEVEL,
    STYLE_PAREN_AR,
    STYLE_PAREN_CN,
    STYLE_PART,
    TABLE_LINE_MAX,
    TERMINATOR,
    TITLE_MAX,
    Ctx,
    ViewOffsets,
    blank_cut,
    drop_pinyin,
    find_points,
    glued_cut,
    html_view,
    is_row_label,
    is_table_span,
    kind_of_simplified,
    known_title_length,
    numbers_follow,
    section_kind,
    trim_title,
)
from .model import Section, SectionKind, Span
from .normalize import Normalized, normalize

__all__ = ["parse_outline", "read_outline", "section_kind"]

_NOT_LATIN1 = lazy_re(r"[^\x00-\xff]")
_BLANKS_TO_EOL = lazy_re(r"[ \t\u3000\xa0\r]*")
_EOL_BLANKS = frozenset(" \t\u3000\xa0\r")
_LEAD = " \t\u3000\xa0、.．,，:："
_LEAD_MAX = 16
#: how far a title is looked for after its marker
_SCAN = 400
#: a glued sub-heading must start this close to the marker of the heading it is in
_TITLE_WINDOW = 40
#: a line with this many comma-led markers (and more of them than others) is a table of contents
_TOC_MIN = 3
_AFTER_REF = frozenset("项款条目")
_COMMA_SEPARATORS = frozenset(",，")
#: a list inside a sentence: its next item follows within this many characters
_LIST_SPAN = 160
_SENTENCE_END = lazy_re(r"[。!！?？;；]")
_HAN = lazy_re(f"[{HAN_CLASS}]")
_GLUED_CELLS = lazy_re(r"[0-9]{6}")
_AFTER_AMONG = lazy_regex(r"其中[ \t]{0,3}[:：]?[ \t]{0,3}$")
_FULL_STOPS = frozenset("。!！?？")
#: blank lines allowed between a marker alone on its line and its title
_BLANK_LINES_MAX = 3
#: the longest text between a marker and its limit whose title reading is remembered
_READ_KEY_MAX = 600
#: titles are remembered only in a text this long (a short report rarely repeats one, and
#: the keys cost more than they save there)
_READ_CACHE_MIN = 30000
#: what may follow a title in a table of contents (dot leaders, page numbers)
_TOC_TAIL = " \t\u3000\xa0.…·-—0123456789"
_DIGITS_AND_POINTS = frozenset((*_DIGITS, ".", "．"))
#: the styles of a section heading that may share a line with a table
_TOP_STYLES = frozenset((STYLE_CN, STYLE_PART))
_PAREN_STYLES = frozenset((STYLE_PAREN_CN, STYLE_PAREN_AR))
_FIRST = itemgetter(0)
# A marker's context is kept as Ctx's plain int value: a tuple of ints and strings (a
# marker, a title's reading) leaves the cyclic collector's lists at its first collection,
# one that holds an enum member stays there (and a long text's markers made the collector
# walk them again and again); and an int is read from a global, an enum member through the
# enum machinery, several times slower
_LINE_START, _PUNCT, _SPACE, _GLUED = (
    int(Ctx.LINE_START),
    int(Ctx.PUNCT),
    int(Ctx.SPACE),
    int(Ctx.GLUED),
)
_UNKNOWN = SectionKind.UNKNOWN


class _Cand:
    """A marker that may be a heading (private, mutable while the outline is read)."""

    __slots__ = (
        "body_start",
        "ctx",
        "end",
        "line",
        "number",
        "ordinal",
        "rank",
        "read_as",
        "run_in",
        "start",
        "style",
        "title",
        "title_end",
        "tpos",
    )

    def __init__(
        self, start: int, end: int, style: int, number: str, ordinal: int, ctx: int, line: int
    ) -> None:
        self.start = start
        self.end = end
        self.style = style
        self.number = number
        self.ordinal = ordinal
        self.ctx = ctx
        self.line = line
        # set before they are read: ``tpos`` (where the title search from the marker
        # stops) by _plausible_heads, the title's by _read_title, ``rank`` by _select
        self.tpos: int
        self.title: str
        self.title_end: int
        self.body_start: int
        self.run_in: bool
        self.rank: float
        #: what the title was last read with: (context, limit, bound or -1 when the bound
        #: did not matter beyond the limit); the same again gives the same title
        self.read_as: tuple[int, int, int]


class _Lines:
    """The table rows among a text's lines, each line asked about once.

    A line is known by its end (the offset of its line break, or the text's length):
    only the lines that hold a marker are ever found (from the marker, see _scan), not
    every line of the text (a list of every break and a binary search per marker cost
    more than the rest of the scan's bookkeeping).
    """

    __slots__ = ("_table", "_text", "table_cache")

    def __init__(self, text: str) -> None:
        self._text = text
        #: line end -> whether the line is a table row
        self._table: dict[int, bool] = {}
        self.table_cache = self._table

    def is_table(self, end: int, start: int = -1) -> bool:
        """Whether the line that ends at ``end`` (and starts at ``start``, when known) is
        a table row (is_table_span)."""
        known = self._table.get(end)
        if known is not None:
            return known
        # (is_table_span's first tests inlined: asked once per line)
        text = self._text
        if start < 0:
            # looked for back to TABLE_LINE_MAX characters only: a longer line is no row
            lo = end - TABLE_LINE_MAX - 1
            start = text.rfind("\n", lo if lo > 0 else 0, end) + 1
            if start == 0 and lo > 0:
                start = lo
        if end - start > TABLE_LINE_MAX:
            row = False
        elif text.find("|", start, end) >= 0 or text.find("\t", start, end) >= 0:
            row = True
        else:
            row = is_table_span(text, start, end)
        self._table[end] = row
        return row


def _marker_patterns(text: str) -> tuple[re.Pattern[str], list[re.Pattern[str]]]:
    """MARKER_NOT_AR and the AR_MARK patterns to scan ``text`` with (the Latin-1 ones for
    a text of Latin-1 characters only; an AR_MARK only for a mark the text holds)."""
    if _NOT_LATIN1.search(text) is not None:
        return MARKER_NOT_AR, [AR_MARK_EACH[mark] for mark in AR_MARK_EACH if mark in text]
    return MARKER_NOT_AR_LATIN1, [AR_MARK_LATIN1]


#: a marker found by _scan: (start, end, style, number, ordinal, context, line end);
#: a plain tuple, made into a _Cand only when it may be a heading (most are table cells)
_Mark = tuple[int, int, int, str, int, int, int]


def _scan(text: str, lines: _Lines) -> list[_Mark]:
    """Every marker in a heading context, table-of-contents lines left out.

    (MARKER's matches read as :func:`~govinfo_reports._outline_grammar.marker_parts`
    and :func:`~govinfo_reports._outline_grammar.marker_context` read them, inlined:
    MARKER_NOT_AR's and AR_MARK's scans, the same matches, read one after the other and
    the markers sorted at the end; this loop runs once per marker of the text.)
    """
    found: list[_Mark] = []
    add = found.append
    comma_led: dict[int, int] = {}
    others: list[int] = []  # the line of each marker not after a comma
    counted = others.append
    # (line, style, ordinal) -> start of the first marker after a comma: the next item of
    # a list
    listed: dict[tuple[int, int, int], int] = {}
    n = len(text)
    blanks = _BLANKS
    line_breaks = _LINE_BREAKS
    commas = _COMMAS
    strong = _STRONG_BEFORE
    digits = _DIGITS
    cn_ordinals = CN_ORDINALS
    ar_ordinals = AR_ORDINALS
    line_start, punct, space, glued = _LINE_START, _PUNCT, _SPACE, _GLUED
    # A sub-heading's marker on a table row is never a heading (_plausible_heads); it
    # matters only as the bound of the title of the marker before it, which is that of a
    # section heading on its row (一、 or 第一部分, found first) or reads the same without
    # it (a title ends at its line, and the line below a marker alone on its line is no
    # title when it is a table row).  Only those after a section heading's on their row
    # are kept.
    top_first: dict[int, int] = {}  # line -> the first section heading's marker on it
    table = lines.table_cache
    is_table = lines.is_table
    not_ar, marks = _marker_patterns(text)
    scans = itertools.chain(not_ar.finditer(text), *[p.finditer(text) for p in marks])
    # the line of the last match: [line_lo, line]; each scan reads its matches in
    # order, so a new line is found from the end of the last one (linear in all)
    line_lo, line = n + 1, -1
    for m in scans:
        p = m.start()
        if p > line or p < line_lo:
            # (a marker starts before a line break: no line break among an ``ar``
            # marker's digits either)
            line_lo = text.rfind("\n", line if line_lo <= p else 0, p) + 1
            line = text.find("\n", p)
            if line < 0:
                line = n
        kind = m.lastgroup
        line_only = False
        if kind is None:  # AR_MARK's (no group): the mark after an ``ar`` marker's digits
            k = p
            if line not in top_first:
                known = table.get(line)
                if known if known is not None else is_table(line, line_lo):
                    # a cell of a table row without a section heading's marker (those
                    # were all scanned before): no marker of the row is kept, so what
                    # stands before this one counts for nothing
                    continue
            while text[k - 1] in " \t":  # (a digit comes first: the look-behind saw it)
                k -= 1
            start = k - 1
            if start > 0 and text[start - 1] in digits:
                start -= 1
            if start > 0 and text[start - 1] in _DIGITS_AND_POINTS:
                continue  # three digits, or after a point: a number, not a marker
            end = m.end()
            num = text[start:k]
            style = STYLE_ARABIC
            ordinal = ar_ordinals.get(num)
            if ordinal is None:
                num = num.translate(_FULLWIDTH_DIGITS)
                ordinal = ar_ordinals.get(num)
                if ordinal is None:
                    continue
        else:
            start, end = m.span()
            if kind == "cn":
                num = text[start : m.end("n1")]
                style = STYLE_CN
                ordinal = cn_ordinals.get(num)
                sep = m.group("s1")
                # a comma or blanks after the numeral: a heading only where a line starts
                line_only = sep is None or sep in _COMMA_SEPARATORS
            elif kind == "pcn":
                num = m.group("n2")
                style = STYLE_PAREN_CN
                ordinal = cn_ordinals.get(num)
            elif kind == "par":
                num = m.group("n4")
                style = STYLE_PAREN_AR
                ordinal = ar_ordinals.get(num)
                if ordinal is None:
                    num = num.translate(_FULLWIDTH_DIGITS)
                    ordinal = ar_ordinals.get(num)
            elif kind == "cir":
                ordinal = _CIRCLED.index(text[start]) + 1
                num = str(ordinal)
                style = STYLE_CIRCLED
            else:
                num = m.group("pn")
                style = STYLE_PART
                ordinal = cn_ordinals.get(num)
        if ordinal is None:
            continue
        # the context (marker_context)
        i = start - 1
        c = text[i] if i >= 0 else "\n"
        if c in blanks:
            steps = 0
            while i >= 0 and text[i] in blanks and steps < _MAX_BLANKS_BACK:
                i -= 1
                steps += 1
            c = text[i] if i >= 0 else "\n"
            blank = True
        else:
            blank = False
        if c in line_breaks:
            ctx = line_start
        elif c in commas:
            comma_led[line] = comma_led.get(line, 0) + 1
            key = (line, style, ordinal)
            first = listed.get(key)
            if first is None or start < first:
                listed[key] = start
            continue
        elif c == "第":
            continue
        elif c in strong:
            ctx = punct
        elif c == "|":
            ctx = line_start  # a markdown/pipe cell start; the table test decides
        elif blank:
            ctx = space
        else:
            ctx = glued  # after a word, or glued to a table's digits
        counted(line)
        if line_only and ctx != line_start:
            continue
        if style in _PAREN_STYLES and end < n and text[end] in _AFTER_REF:
            continue  # 第二十条第（一）项, (一)款
        if style in _TOP_STYLES:
            if line not in top_first:
                top_first[line] = start  # (MARKER_NOT_AR's scan: in order)
        else:
            row = table.get(line)
            if row is None:
                row = is_table(line, line_lo)
            if row and top_first.get(line, n) > start:
                continue  # a cell of a table row (see below)
        add((start, end, style, num, ordinal, ctx, line))
    found.sort(key=_FIRST)  # (no two markers start at the same place)
    led = [(k, c) for k, c in comma_led.items() if c >= _TOC_MIN]
    if led:  # (the others counted only then: rare)
        on_line = Counter(others)
        toc = {k for k, c in led if c >= on_line[k] - 1}
        if toc:
            found = [c for c in found if c[6] not in toc]
    if listed:
        found = [c for c in found if not _listed_on(text, c, listed)]
    return found


def _listed_on(text: str, c: _Mark, listed: dict[tuple[int, int, int], int]) -> bool:
    """True when the next number of ``c``'s style follows a comma in the same sentence:
    ``包括:1.机构职能,2.政策文件`` is a list inside one sentence, not a heading."""
    nxt = listed.get((c[6], c[2], c[4] + 1))
    end = c[1]
    if nxt is None or nxt < end or nxt - end > _LIST_SPAN:
        return False
    return _SENTENCE_END.search(text, end, nxt) is None


def _sentence_follows(first: str) -> bool:
    """Whether ``first``, the character after a standard title on its line, opens a
    sentence (a Han character, a digit, a comma) rather than a blank, a dot leader or a
    page's stray mark.

    >>> _sentence_follows("2"), _sentence_follows("我"), _sentence_follows(".")
    (True, True, False)
    """
    return first.isdigit() or first in "，," or "\u4e00" <= first <= "\u9fff"


def _read_title(text: str, c: _Cand, bound: int, lines: _Lines) -> bool:
    """Fill in the title, title end, body start and run-in flag of ``c``.

    Returns False when the terminator is a semicolon (a list item inside a sentence).
    """
    line_end = c.line
    limit = bound if bound < line_end else line_end
    end = c.end
    i = end
    lead_stop = i + _LEAD_MAX if i + _LEAD_MAX < limit else limit
    while i < lead_stop and text[i] in _LEAD:
        i += 1
    ctx = c.ctx
    at_line_start = ctx == _LINE_START
    below = False
    if i == limit == line_end and at_line_start:
        # the marker alone on its line (一、 / 总体情况 from a PDF): the title is the next line
        c.read_as = (ctx, limit, bound)
        nxt = _title_line_below(text, line_end, bound, lines)
        if nxt is not None:
            i, line_end = nxt
            limit = line_end
            below = True
    else:
        c.read_as = (ctx, limit, -1)
    stop = i + _SCAN if i + _SCAN < limit else limit
    tpos = c.tpos  # the first terminator from the marker on (or where that search stopped)
    if not below and i <= tpos and stop <= end + _SCAN:  # (stop <= line_end: not below)
        terminated = tpos < stop  # that search covered this one
        raw_end = tpos if terminated else stop
    else:
        t = TERMINATOR.search(text, i, stop)
        terminated = t is not None
        raw_end = t.start() if t is not None else stop
    raw = text[i:raw_end]
    if terminated:
        mark = text[raw_end]
        after = raw_end if mark == "\n" or mark == "\r" or mark == "\f" else raw_end + 1
    else:
        after = raw_end
    rest_blank = False
    if limit == line_end:
        if after == line_end:
            rest_blank = True
        elif text[after] in _EOL_BLANKS:
            b = _BLANKS_TO_EOL.match(text, after, line_end)
            rest_blank = b is not None and b.end() == line_end
    own_line = at_line_start and rest_blank and len(raw) <= LINE_TITLE_MAX
    known = known_title_length(raw) if own_line else 0
    cut: int | None
    if 0 < known < len(raw) and _sentence_follows(raw[known]):
        # a standard section title glued to the one sentence of its line
        # (一、总体情况2022年，我局主动公开…条。): the title is the standard one
        cut = known
    elif own_line and terminated and text[raw_end] in _FULL_STOPS:
        # a whole sentence on its line: 1、公开渠道 我局通过网站公开。 has a title before the gap
        cut = blank_cut(raw)
    elif own_line:
        cut = None
        if _standard_title_across(text, c, raw, line_end, bound, lines):
            return True
    else:
        cut = glued_cut(raw, weak=not at_line_start or len(raw) > 40)
    if cut is not None:
        c.title = trim_title(raw[:cut])
        c.title_end = c.body_start = i + cut
        c.run_in = True
        return True
    c.title = trim_title(raw)
    c.title_end = raw_end
    c.body_start = after
    c.run_in = not rest_blank
    return not (terminated and text[raw_end] in ";；")


def _standard_title_across(
    text: str, c: _Cand, raw: str, line_end: int, bound: int, lines: _Lines
) -> bool:
    """Fill in ``c``'s title when its line (``raw``, ending at ``line_end``) is the first
    part of a standard section title that the next line completes (a PDF's heading
    wrapped: 二、收到和处理政府⏎信息公开申请情况); else False, ``c`` untouched.

    >>> t = "二、收到和处理政府\\n信息公开申请情况\\n正文"
    >>> [s.title for s in parse_outline(t)]
    ['收到和处理政府信息公开申请情况']
    """
    head = raw.rstrip(" \t\u3000")
    if not head or known_title_length(head) == len(head):
        return False
    nxt = _title_line_below(text, line_end, bound, lines)
    if nxt is None or text.find("\n", line_end + 1, nxt[0]) >= 0:
        return False  # (the very next line only)
    start, end = nxt
    known = known_title_length(head + text[start:end])
    part = known - len(head)
    if part <= 0 or part > end - start:
        return False
    c.title = trim_title(head + text[start : start + part])
    c.title_end = c.body_start = start + part
    c.run_in = bool(text[start + part : end].strip())
    return True


def _title_line_below(
    text: str, line_end: int, bound: int, lines: _Lines
) -> tuple[int, int] | None:
    """(start, end) of the short text line after the line that ends at ``line_end``
    (blank lines skipped), or None when it holds another marker, a table row or a long
    sentence."""
    n = len(text)
    end = line_end
    for _ in range(_BLANK_LINES_MAX):
        if end >= n:
            return None  # the last line
        start = end + 1
        end = text.find("\n", start)
        if end < 0:
            end = n
        b = _BLANKS_TO_EOL.match(text, start, end)
        if b is not None:
            start = b.end()
        if start == end:
            continue
        if end > bound or end - start > LINE_TITLE_MAX or lines.is_table(end):
            return None
        return start, end
    return None


@functools.lru_cache(maxsize=2048)
def _title_plausible(title: str, cn: bool) -> bool:
    """Whether a title can be a heading's at all (``cn``: of a 一、 heading).  Kept for
    the titles last asked about: the standard ones come up in every report (only titles
    of at most TITLE_MAX characters are asked: a longer one is no heading's)."""
    if len(title) < 2 or len(title) > TITLE_MAX:
        return False
    if _HAN.search(title) is None:
        return False  # 1. Install the package: not a report's heading
    if _GLUED_CELLS.search(title) is not None:
        return False  # 政府网站公开数条2122100372、…: a table row whose cells lost their blanks
    return not is_row_label(title, top_level=cn)


def _plausible_heads(text: str, marks: list[_Mark], lines: _Lines) -> list[_Cand]:
    """The markers that, with their provisional titles, can be headings at all (the
    cheap tests first; a title's own tests are remembered, see _title_plausible)."""
    kept: list[_Cand] = []
    n = len(text)
    last = len(marks) - 1
    read: dict[tuple[int, str, bool], tuple[bool, str, int, int, bool]] = {}
    table = lines.table_cache
    is_table = lines.is_table
    remember = n >= _READ_CACHE_MIN
    terminator = TERMINATOR.search
    glued = _GLUED
    for i, mark in enumerate(marks):
        start, end, style, _, _, _, line_end = mark
        top = style in _TOP_STYLES
        if not top:
            known = table.get(line_end)
            if known if known is not None else is_table(line_end):
                continue  # a row of a table: a sub-heading never shares a line with one
        among = start - 8 if start > 8 else 0
        if text.find("其中", among, start) >= 0 and _AFTER_AMONG.search(text, among, start):
            continue  # 其中:1.网站公开: the parts of a total, not a heading
        c = _Cand(*mark)
        stop = end + _SCAN if end + _SCAN < line_end else line_end
        t = terminator(text, end, stop)  # the first terminator from the marker on
        c.tpos = t.start() if t is not None else stop
        bound = marks[i + 1][0] if i < last else n
        if remember and (bound if bound < line_end else line_end) - end <= _READ_KEY_MAX:
            limit = bound if bound < line_end else line_end
            # a title read from the same text, context and kind of limit reads the same
            # (a report merged from copies repeats its headings)
            read_key = (c.ctx, text[end:limit], limit == line_end)
            got = read.get(read_key)
            if got is None:
                read_ok = _read_title(text, c, bound, lines)
                got = (read_ok, c.title, c.title_end - end, c.body_start - end, c.run_in)
                if c.read_as[2] < 0:  # not from the line below
                    read[read_key] = got
            else:
                c.title = got[1]
                c.title_end = end + got[2]
                c.body_start = end + got[3]
                c.run_in = got[4]
                c.read_as = (c.ctx, limit, -1)
            if not got[0]:
                continue  # (一)具体承办…事宜; is an item of a list, not a heading
        elif not _read_title(text, c, bound, lines):
            continue
        title = c.title
        if top and c.ctx == glued and known_title_length(title):
            c.ctx = _SPACE  # 统计表…24252.3三、收到和处理政府信息公开申请情况
        if len(title) > TITLE_MAX or not _title_plausible(title, style == STYLE_CN):
            continue
        if kind_of_simplified(title) is _UNKNOWN and is_table(line_end):
            continue  # a section heading may share a line with a table in a pipe/tab layout
        if numbers_follow(text, c.title_end, line_end):
            continue  # the row label of a table whose cells follow
        # (looked for within the title's reach: a search to the line's end for each of a
        # long line's markers was quadratic)
        bar = text.find("|", end, stop) if top else -1
        if bar >= 0 and numbers_follow(text, bar, line_end):
            continue  # (…, its cells read into the title: 三、依申请公开情况 | — | —)
        kept.append(c)
    return kept


def _drop_contents(text: str, cands: list[_Cand], lines: _Lines) -> list[_Cand]:
    """The candidates without a table of contents set one heading a line (目录 / 一、… /
    二、… / 三、…) when the same headings follow again with their text."""
    out: list[_Cand] = []
    i, n = 0, len(cands)
    # where each first heading (style, title) last appears: a contents run is repeated later
    last_first: dict[tuple[int, str], int] = {}
    for k, c in enumerate(cands):
        if c.ordinal == 1:
            last_first[(c.style, c.title)] = k
    while i < n:
        j = i
        if cands[i].ordinal == 1 and cands[i].ctx == _LINE_START:
            # a run of same-style markers 1, 2, 3… on consecutive lines with nothing between
            while (
                j + 1 < n
                and cands[j + 1].style == cands[i].style
                and cands[j + 1].ordinal == cands[j].ordinal + 1
                and cands[j + 1].ctx == _LINE_START
                and not text[cands[j].line : cands[j + 1].start].strip()
                and not text[cands[j].title_end : cands[j].line].strip(_TOC_TAIL)
            ):
                j += 1
            if j - i + 1 >= _TOC_MIN and last_first[(cands[i].style, cands[i].title)] > j:
                i = j + 1
                continue
        out.append(cands[i])
        i += 1
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """The markers that are headings: the sequence rules (see the module docstring)."""

    def confirmed(i: int) -> bool:
        c = cands[i]
        if c.ctx == _GLUED:
            return False
        # the next marker of its style not glued to a word (asked at most once per
        # marker, and each such search ends at the next one of the style that is not
        # glued: linear in all)
        style = c.style
        for j in range(i + 1, len(cands)):
            d = cands[j]
            if d.style == style and d.ctx != _GLUED:
                if d.ordinal == c.ordinal + 1:
                    return True
                break
        return style in _TOP_STYLES and (kind_of_simplified(c.title) is not _UNKNOWN)

    # the stack of open sequences: [style, rank, last ordinal]
    stack: list[list[float]] = []
    ranks: dict[int, float] = {}
    out: list[_Cand] = []
    styles: list[int] = []  # the stack's styles (each at most once: one is pushed only
    # when it is not on the stack)
    for i, c in enumerate(cands):
        pos = styles.index(c.style) if c.style in styles else -1
        if pos >= 0:
            if c.ctx == _GLUED:
                continue
            expected = int(stack[pos][2]) + 1
            if not (c.ordinal == expected or (c.ordinal == expected + 1 and confirmed(i))):
                continue
            del stack[pos + 1 :]
            del styles[pos + 1 :]
            stack[pos][2] = c.ordinal
            c.rank = stack[pos][1]
            out.append(c)
            continue
        rank = ranks.get(c.style)
        if rank is None:
            rank = float(c.style)
            if stack and stack[-1][1] >= rank:
                rank = stack[-1][1] + 0.5  # first seen below a deeper style: it nests there
        if not (
            c.ordinal == 1
            or (c.ordinal == 2 and confirmed(i))
            # (the text's first marker: a page cut before its first headings, 五、… 六、…)
            or (i == 0 and c.style in _TOP_STYLES and confirmed(i))
        ):
            continue
        if c.ctx == _GLUED:
            if not out or c.ordinal != 1:
                continue
            h = out[-1]
            if not (c.start < h.tpos and c.start - h.end <= _TITLE_WINDOW and rank > h.rank):
                continue
        while stack and stack[-1][1] >= rank:
            stack.pop()
            styles.pop()
        stack.append([float(c.style), rank, float(c.ordinal)])
        styles.append(c.style)
        ranks[c.style] = rank
        c.rank = rank
        out.append(c)
    return out


def _build(
    text: str, to_source: Callable[[Span], Span], heads: list[_Cand], lines: _Lines
) -> tuple[Section, ...]:
    n = len(text)
    count = len(heads)
    # the end of each section's subtree and each heading's parent, in one stack pass
    subtree_end = [n] * count
    parent = [-1] * count
    open_: list[int] = []
    for i, h in enumerate(heads):
        while open_ and heads[open_[-1]].rank >= h.rank:
            subtree_end[open_.pop()] = h.start
        parent[i] = open_[-1] if open_ else -1
        open_.append(i)
    children: list[list[Section] | None] = [None] * count
    roots: list[Section] = []
    nxt = n
    for i in range(count - 1, -1, -1):
        h = heads[i]
        read_as = h.read_as
        if read_as[0] != h.ctx or (read_as[2] >= 0 and read_as[2] != nxt):
            reread = True
        else:
            line_end = h.line
            reread = read_as[1] != (nxt if nxt < line_end else line_end)
        if reread:
            _read_title(text, h, nxt, lines)  # the title as bounded by the next heading
        body_start = h.body_start
        body = text[body_start if body_start < nxt else nxt : nxt].strip()
        kids = children[i]
        if kids is None:
            kids_t: tuple[Section, ...] = ()
        else:
            kids.reverse()
            kids_t = tuple(kids)
        title = h.title
        if "(" in title or "（" in title:
            title = drop_pinyin(title)
        if "是" in body or "第" in body:  # (every point holds one)
            points = tuple(drop_pinyin(p) for p in find_points(body))
        else:
            points = ()
        section = Section(
            STYLE_LEVEL[h.style],
            h.number,
            h.ordinal,
            title,
            body,
            to_source((h.start, subtree_end[i])),
            kids_t,
            kind_of_simplified(title),
            h.run_in,
            points,
        )
        p = parent[i]
        if p >= 0:
            siblings = children[p]
            if siblings is None:
                children[p] = [section]
            else:
                siblings.append(section)
        else:
            roots.append(section)
        nxt = h.start
    roots.reverse()
    return tuple(roots)


def read_outline(norm: Normalized) -> tuple[Section, ...]:
    """The outline of a normalized report: its top-level sections, children nested.

    >>> from govinfo_reports.normalize import normalize
    >>> text = "一、总体情况\\n今年…\\n二、主动公开政府信息情况\\n1、公开内容\\n全年…"
    >>> secs = read_outline(normalize(text))
    >>> [(s.level, s.number, s.title, s.kind.value) for s in secs]
    [(1, '一', '总体情况', 'overview'), (1, '二', '主动公开政府信息情况', 'proactive_disclosure')]
    >>> [(s.level, s.title) for s in secs[1].children]
    [(3, '公开内容')]
    """
    text = norm.text
    if not text:
        return ()
    to_source: Callable[[Span], Span] = norm.to_source
    view = norm.derived("html_view", html_view)
    if view is not None:  # an HTML page: read the text a browser shows
        text, offsets = view
        to_source = _through(offsets, norm.to_source)
    lines = _Lines(text)
    cands = _scan(text, lines)
    if not cands:
        return ()
    heads = _select(_drop_contents(text, _plausible_heads(text, cands, lines), lines))
    del cands  # (let go before the sections are built: one tuple per marker)
    if not heads:
        return ()
    return _build(text, to_source, heads, lines)


def _through(offsets: ViewOffsets, inner: Callable[[Span], Span]) -> Callable[[Span], Span]:
    """A span map from a derived text (``offsets[i]`` is where its character i came from)."""

    def to_source(span: Span) -> Span:
        start, end = span
        n = len(offsets) - 1
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        lo = offsets[start]
        hi = offsets[end - 1] + 1 if end > start else lo
        return inner((lo, max(hi, lo)))

    return to_source


def parse_outline(text: str) -> tuple[Section, ...]:
    """The outline of any report string: top-level sections with their children.

    Normalizes first (traditional script, full-width punctuation); never raises: a
    string that is not a report gives ``()``.

    >>> [s.title for s in parse_outline("一、概述\\n二、依申請公開情況\\n")]
    ['概述', '依申请公开情况']
    """
    if not isinstance(text, str) or not text:
        return ()
    try:
        return read_outline(normalize(text))
    except Exception:  # the safety net: an outline is optional, a crash is not
        return ()
