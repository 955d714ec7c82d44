"""Row and column labels of the standard tables, matched by meaning.

Each row of table 三 is recognised by a short core phrase that names it in every wording
seen (``国家秘密``, ``其他法律`` for 其他法律行政法规禁止公开 and its typo 其他法律行政止公开,
``三安全`` for 危及"三安全一稳定" with any quotes…).  Every pattern tolerates whitespace
between its characters, so a label wrapped over lines (``确认或重\\n新出具``) or split by
stray spaces still matches.  A hit's start is moved back over the rest of the label to its
sub-row numeral (``2.``, ``2、``) so that, in glued text such as ``00000002.其他法律…``, the
numeral is not read as a cell of the row before.

>>> [h.path for h in scan_table3("1.属于国家秘密 0 0\\n2.其他法律行政止公开 1", 0, 30)]
['withheld.state_secret', 'withheld.prohibited_by_law']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

import attrs
import regex

from . import _table_grid as grid
from ._lazy import compile_re, lazy_re, lazy_regex
from ._table_grid import FirstOf

# whitespace allowed between the characters of a label (wrapped PDF lines, stray spaces)
_GAP = r"\s{0,60}+"


def _sp(phrase: str) -> str:
    """A regex matching ``phrase`` with whitespace allowed between its characters."""
    return _GAP.join(regex.escape(ch) for ch in phrase)


def _alt(*phrases: str) -> str:
    return "(?:" + "|".join(_spw(p) for p in phrases) + ")"


# a PDF row whose label wraps over lines: the row's numbers may stand between two parts
# of a label (``予以公   3  0  1\n开``, or a line of numbers of its own); they end a line
_CELL_TOKEN = (
    rf"(?:[\d.,{re.escape(grid.DASH_CHARS)}]{{1,20}}+|无|" + "|".join(grid.MINUS_WORDS) + ")"
)
_WRAP_GAP = (
    r"(?:\s{0,60}+|\s{0,60}+" + _CELL_TOKEN + r"(?:[^\S\n]{1,60}+" + _CELL_TOKEN + r"){0,8}+"
    r"[^\S\n]{0,60}+\n\s{0,60}+)"
)


def _spw(phrase: str) -> str:
    """Like :func:`_sp`, and a row's numbers may stand inside the phrase at a line end
    (a label wrapped over lines in PDF text).  The numbers stay in the hit's span."""
    return _WRAP_GAP.join(regex.escape(ch) for ch in phrase)


# characters that may stand inside a label before its core (walked back over)
# a run of them that ends where the match starts (matched backwards)
_LABEL_RUN_BACK = lazy_regex(r"(?r)[\p{Han}、，,：:“”\"'‘’「」『』()（）《》]*+")
#: a sub-row numeral at the end of a text (:func:`_numeral_before` reads it by hand)
_NUMERAL = lazy_regex(r"[1-9][ \t]{0,3}[.、．]$")


class Hit(NamedTuple):
    """One label found in the text: the row it names and where its label stands (a named
    tuple: a table has dozens, made fast)."""

    path: str
    start: int
    end: int
    core: int  # where the core phrase starts

    def inner_cells(self, text: str) -> list[tuple[int, int]]:
        """The spans of the numbers that stand inside the label (a wrapped PDF label with
        the row's numbers between its lines); a numeral such as ``3.`` is not one."""
        out: list[tuple[int, int]] = []
        for m in _INNER_NUMBER.finditer(text, self.core, self.end):
            out.append((m.start(), m.end()))
        return out


# --- table 三 -----------------------------------------------------------------------

# (path, Chinese label, core regex) in template order.  other_handling.other is the 2021
# sub-row 3.其他; the 2019 single row is the group label （六）其他处理 (path GROUP6).
GROUP6 = "other_handling.group"

TABLE3_ROWS: tuple[tuple[str, str], ...] = (
    ("new_received", "一、本年新收政府信息公开申请数量"),
    ("carried_over", "二、上年结转政府信息公开申请数量"),
    ("granted", "（一）予以公开"),
    ("partially_granted", "（二）部分公开"),
    ("withheld.state_secret", "（三）不予公开 1.属于国家秘密"),
    ("withheld.prohibited_by_law", "（三）不予公开 2.其他法律行政法规禁止公开"),
    ("withheld.three_safeties_one_stability", "（三）不予公开 3.危及“三安全一稳定”"),
    ("withheld.third_party_rights", "（三）不予公开 4.保护第三方合法权益"),
    ("withheld.internal_affairs", "（三）不予公开 5.属于三类内部事务信息"),
    ("withheld.process_information", "（三）不予公开 6.属于四类过程性信息"),
    ("withheld.enforcement_files", "（三）不予公开 7.属于行政执法案卷"),
    ("withheld.administrative_inquiry", "（三）不予公开 8.属于行政查询事项"),
    ("unable_to_provide.not_held", "（四）无法提供 1.本机关不掌握相关政府信息"),
    ("unable_to_provide.needs_creation", "（四）无法提供 2.没有现成信息需要另行制作"),
    ("unable_to_provide.unclear_after_correction", "（四）无法提供 3.补正后申请内容仍不明确"),
    ("not_processed.petition_complaint", "（五）不予处理 1.信访举报投诉类申请"),
    ("not_processed.duplicate", "（五）不予处理 2.重复申请"),
    ("not_processed.publication", "（五）不予处理 3.要求提供公开出版物"),
    ("not_processed.massive_repeated", "（五）不予处理 4.无正当理由大量反复申请"),
    ("not_processed.confirm_or_reissue", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息"),
    ("other_handling.overdue_correction", "（六）其他处理 1.申请人无正当理由逾期不补正"),
    ("other_handling.overdue_fee", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用"),
    ("other_handling.other", "（六）其他处理"),
    ("total", "（七）总计"),
    ("carried_forward", "四、结转下年度继续办理"),
)
TABLE3_LABELS: dict[str, str] = dict(TABLE3_ROWS)
#: row paths of the 2021 layout (其他处理 three rows) and of the 2019 layout (one row)
PATHS_2021: tuple[str, ...] = tuple(p for p, _ in TABLE3_ROWS)
PATHS_2019: tuple[str, ...] = tuple(
    p
    for p in PATHS_2021
    if p not in ("other_handling.overdue_correction", "other_handling.overdue_fee")
)

_O = r"[(（]"
_C = r"[)）]"

# each core with how a match of it can begin: the candidate filter of
# :func:`table3_matches`.  (first character, its second and third, True) for a phrase of
# :func:`_alt`: its characters with a gap of :func:`_spw` (whitespace, cell tokens) after
# each; (first character, the characters that may follow it after whitespace, False) for
# the others, written out below.
_Starts = tuple[tuple[str, str, bool], ...]


def _alt_core(*phrases: str) -> tuple[str, _Starts]:
    core = _alt(*phrases)
    _PHRASES[core] = phrases
    return core, tuple((p[0], p[1:3], True) for p in phrases)


#: the phrases of each core made by :func:`_alt_core` (its pattern -> its phrases)
_PHRASES: dict[str, tuple[str, ...]] = {}


_T3_CORE_STARTS: tuple[tuple[str, str, _Starts], ...] = (
    ("new_received", *_alt_core("本年新收", "新收政府信息")),
    ("carried_over", *_alt_core("上年结转")),
    ("granted", *_alt_core("予以公开")),
    ("partially_granted", *_alt_core("部分公开")),
    ("withheld.state_secret", *_alt_core("国家秘密")),
    ("withheld.prohibited_by_law", *_alt_core("其他法律", "法规禁止", "行政止公开")),
    ("withheld.three_safeties_one_stability", *_alt_core("三安全", "一稳定", "危及")),
    ("withheld.third_party_rights", *_alt_core("第三方")),
    ("withheld.internal_affairs", *_alt_core("内部事务")),
    ("withheld.process_information", *_alt_core("过程性")),
    ("withheld.enforcement_files", *_alt_core("执法案卷")),
    ("withheld.administrative_inquiry", *_alt_core("查询事项")),
    ("unable_to_provide.not_held", *_alt_core("不掌握")),
    ("unable_to_provide.needs_creation", *_alt_core("另行制作", "没有现成")),
    ("unable_to_provide.unclear_after_correction", *_alt_core("仍不明确", "补正后申请")),
    ("not_processed.petition_complaint", *_alt_core("信访", "举报投诉")),
    ("not_processed.duplicate", *_alt_core("重复申请")),
    ("not_processed.publication", *_alt_core("出版物")),
    ("not_processed.massive_repeated", *_alt_core("大量反复")),
    ("not_processed.confirm_or_reissue", *_alt_core("确认或重新", "重新出具")),
    ("other_handling.overdue_correction", *_alt_core("逾期不补正", "无正当理由逾期")),
    ("other_handling.overdue_fee", *_alt_core("收费通知", "缴纳费用")),
    # 3.其他 needs its numeral: 其他 alone is a column header
    (
        "other_handling.other",
        r"3" + _GAP + r"[.、．]" + _GAP + _sp("其他") + r"(?!\s{0,60}+[法处结组])",
        (("3", ".、．", False),),
    ),
    # (the 2019 row, or the 2021 group, with its numeral in any form or none: 其他处理
    # alone is no column header, unlike 其他)
    (
        GROUP6,
        r"(?:"
        + _O
        + _GAP
        + "六"
        + _GAP
        + _C
        + _GAP
        + r"|六"
        + _GAP
        + r"[、.．]"
        + _GAP
        + r"|6"
        + _GAP
        + r"[.、．]"
        + _GAP
        + r")?"
        + _sp("其他处理"),
        (
            ("(", "六", False),
            ("（", "六", False),
            ("六", "、.．", False),
            ("6", ".、．", False),
            ("其", "他", False),
        ),
    ),
    (
        "total",
        r"(?:"
        + _O
        + _GAP
        + "七"
        + _GAP
        + _C
        + r"|七"
        + _GAP
        + "、)"
        + _GAP
        + r"(?:"
        + _sp("总计")
        + "|"
        + _sp("合计")
        + ")",
        (("(", "七", False), ("（", "七", False), ("七", "、", False)),
    ),
    ("carried_forward", *_alt_core("结转下年", "下年度继续")),
)
_T3_CORES: tuple[tuple[str, str], ...] = tuple((p, core) for p, core, _ in _T3_CORE_STARTS)
#: how many distinct row labels (paths of hits) table 三 can have
T3_PATH_COUNT = len({p for p, _ in _T3_CORES})


@functools.cache
def _t3_pattern() -> regex.Pattern[str]:
    """Every table 三 label core in one alternation: what :func:`table3_matches` finds,
    match for match (kept for the tests that compare the two)."""
    return regex.compile(
        "|".join(f"(?P<r{i}>{core})" for i, (_, core) in enumerate(_T3_CORES)), regex.V1
    )


# a character that may follow a label's first character where a gap of :func:`_spw`
# begins (whitespace, a digit, a cell mark), written as what it is not (a Han character
# of the main block, Chinese punctuation, a Latin letter, ASCII punctuation other than a
# cell mark's, a cell separator '|', a masked footer): the ``re`` module, whose Unicode
# tables may be older than ``regex``'s, then cannot miss a digit.  (Normalized prose
# has ASCII punctuation: 一)、下: let through as gaps, they cost a try of the cores each.)
_NOT_GAP_ASCII = re.escape("!\"#$%&'()*+:;<=>?@[]^_`{}~\\")
_NOT_IN_GAP = "\\u4e00-\\u9fff，。、；：？！“”‘’（）《》【】a-zA-Z|\\ue000" + _NOT_GAP_ASCII

#: a core to try at a candidate: its match, its path, and the phrase of it that begins
#: with the candidate's character when the core is an :func:`_alt_core` ('' otherwise)
_Try = tuple[Callable[[str, int, int], "regex.Match[str] | None"], str, str]


@attrs.frozen(slots=True)
class _T3Scanner:
    """The label cores of table 三, found fast.  A candidate filter (stdlib ``re``: its
    scan for a set of first characters runs in C) gives the positions where some core can
    begin (its first characters, each followed by the next or by the start of a gap);
    there the cores that begin with that character are tried in template order, as the
    alternation of all cores tries them.  That alternation tried at every position cost
    ~0.1 µs a character; the filter lets through about one character in 40 of a table,
    far fewer of prose."""

    candidates: re.Pattern[str]
    tries: dict[str, tuple[_Try, ...]]  # first character -> (match, path, phrase), in order


@functools.cache
def _t3_scanner() -> _T3Scanner:
    follow: dict[str, list[str]] = {}  # first character -> what may follow it
    gap: dict[str, bool] = {}
    tries: dict[str, list[_Try]] = {}
    for path, core, starts in _T3_CORE_STARTS:
        match = regex.compile(core, regex.V1).match
        for first, after, cells in starts:
            follow.setdefault(first, []).append(after)
            gap[first] = gap.get(first, False) or cells
            todo = tries.setdefault(first, [])
            if not todo or todo[-1][1] != path:
                phrase = next((p for p in _PHRASES.get(core, ()) if p[0] == first), "")
                todo.append((match, path, phrase))
    parts = []
    gap_start = f"[^{_NOT_IN_GAP}]|无"  # whitespace, a digit or a cell mark (or 无)
    for first, afters in follow.items():
        if gap[first]:  # a gap, or the second character and then a gap or the third
            alts = [gap_start]
            for tail in dict.fromkeys(afters):
                second = re.escape(tail[0])
                third = f"(?:{gap_start}|{re.escape(tail[1])})" if len(tail) > 1 else ""
                alts.append(second + third)
            parts.append(f"{re.escape(first)}(?={'|'.join(alts)})")
        else:  # whitespace only (regex's \s is a subset of re's)
            chars = re.escape("".join(sorted(set("".join(afters)))))
            parts.append(f"{re.escape(first)}(?=[\\s{chars}])")
    return _T3Scanner(
        candidates=compile_re("|".join(parts)), tries={k: tuple(v) for k, v in tries.items()}
    )


def _walk_back(text: str, core: int, floor: int, after_digit: bool = True) -> int:
    """The start of the label whose core starts at ``core``: back over label characters
    on the same line, then over a sub-row numeral (``2.``, ``2、``); without
    ``after_digit``, not over a numeral that follows a digit (``1335.`` is a number and
    its point, where no row is numbered)."""
    pos = core
    limit = max(floor, core - 60)
    while True:
        # an ASCII character other than these cannot extend the label run
        if pos > limit and not (text[pos - 1].isascii() and text[pos - 1] not in _RUN_ASCII):
            run = _LABEL_RUN_BACK.match(text, limit, pos)
            if run is not None:
                pos = run.start()
        if pos > limit and text[pos] in "、．" and text[pos - 1] in "123456789":
            pos -= 1  # the numeral of 1、申请人… (its 、 was walked over as a label char)
            continue
        if pos <= limit or text[pos - 1] not in ".、．\n":
            return pos  # _NUMERAL ends in one of these (or before a final line break)
        at = _numeral_before(text, max(limit, pos - 5), pos)
        if at < 0 or (not after_digit and at > 0 and text[at - 1] in _DIGITS):
            return pos
        pos = at
        if pos <= limit:
            return pos


_DIGITS = frozenset("0123456789０１２３４５６７８９")
#: the ASCII characters of :data:`_LABEL_RUN_BACK`'s class
_RUN_ASCII = ",:\"'()"


def _numeral_before(text: str, lo: int, hi: int) -> int:
    """Where ``_NUMERAL.search(text[lo:hi])`` matches (as a position of ``text``), or -1:
    a digit 1-9, up to three blanks, a numeral's mark, then the end of the slice or its
    final line break.  At most one such digit exists (the blanks between it and the
    mark hold no digit)."""
    end = hi - 1 if text[hi - 1] == "\n" else hi  # where $ matches after the mark
    mark = end - 1
    if mark < lo or text[mark] not in ".、．":
        return -1
    d = mark - 1
    blanks = 0
    while d >= lo and blanks < 3 and text[d] in " \t":
        d -= 1
        blanks += 1
    if d >= lo and text[d] in "123456789":
        return d
    return -1


#: label cores found from a start to some end: (matches, end)
Scanned = tuple[list[tuple[int, int, str]], int]
#: the hits of some cores found from a start, and after each core how many hits there
#: were and the last of them (:func:`hits_of` with ``steps``)
Folded = tuple[list[Hit], tuple[list[int], list[Hit]]]


def scan_table3(
    text: str,
    start: int,
    end: int,
    known: Scanned | None = None,
    folded: Folded | None = None,
) -> list[Hit]:
    """Every table 三 label between ``start`` and ``end``, in text order.  ``known``: the
    cores :func:`table3_matches` found from ``start`` to a later end (reused up to where
    the shorter region can read differently); ``folded``: their hits from ``start``
    (reused when the cores found here are the first of them).

    >>> [h.path for h in scan_table3("（六）其他处理0 0 0（七）总计1", 0, 20)]
    ['other_handling.group', 'total']
    """
    if known is None:
        matches = table3_matches(text, start, end)
    else:
        matches = table3_matches_within(text, start, end, known)
        if folded is not None:
            k = len(matches)
            if k <= len(known[0]) and matches == known[0][:k]:
                return hits_after(folded, k)
    return hits_of(text, start, matches)


def hits_of(
    text: str,
    start: int,
    matches: list[tuple[int, int, str]],
    steps: tuple[list[int], list[Hit]] | None = None,
) -> list[Hit]:
    """The hits of the label cores found from ``start`` (:func:`add_hit` on each).
    ``steps``: two lists given get, after each core, how many hits there are and the
    last of them (for :func:`hits_after`)."""
    hits: list[Hit] = []
    last_end = start
    for m_start, m_end, path in matches:
        add_hit(hits, text, path, m_start, m_end, last_end)  # the first always adds
        last_end = m_end
        if steps is not None:
            steps[0].append(len(hits))
            steps[1].append(hits[-1])
    return hits


def hits_after(folded: Folded, k: int) -> list[Hit]:
    """``hits_of`` the first ``k`` of the cores ``folded`` was made from: the hits before
    the last one then are never changed later (:func:`add_hit` changes or adds only the
    last hit), and the last one then was recorded.

    >>> t = "（七）总计 1 其他法律 2 其他法律行政止公开"
    >>> m = table3_matches(t, 0, len(t))
    >>> steps = ([], [])
    >>> folded = (hits_of(t, 0, m, steps), steps)
    >>> all(hits_after(folded, k) == hits_of(t, 0, m[:k]) for k in range(len(m) + 1))
    True
    """
    if k == 0:
        return []
    hits, (counts, lasts) = folded
    out = hits[: counts[k - 1] - 1]
    out.append(lasts[k - 1])
    return out


@functools.cache
def _t3_stop() -> regex.Pattern[str]:
    """The last character (a reverse search) that no label core can consume: any other
    than whitespace, digits and the characters written in the cores' patterns (label
    characters, brackets, cell marks, and harmlessly the pattern's own syntax)."""
    written = sorted({ch for _, core in _T3_CORES for ch in core})
    return regex.compile(
        "(?r)[^\\s\\d" + "".join(f"\\U{ord(ch):08x}" for ch in written) + "]", regex.V1
    )


def table3_matches_within(
    text: str, start: int, end: int, known: Scanned
) -> list[tuple[int, int, str]]:
    """``table3_matches(text, start, end)`` from ``known = (table3_matches(text, start,
    later), later)``, ``later >= end``.  A core matched or tried at a position reads only
    characters it can consume and the one after them, so up to the last character ``x``
    before ``end`` that no core consumes the two scans try the same positions with the
    same outcome: the known matches that start at or before ``x`` are kept (they end
    before it) and the scan goes on after them and ``x``.

    >>> t = "（七）总计 1\\n四、（六）其他处理"
    >>> table3_matches_within(t, 0, 9, (table3_matches(t, 0, len(t)), len(t)))
    [(0, 5, 'total')]
    """
    matches, later = known
    if later < end:
        return table3_matches(text, start, end)
    if later == end:
        return list(matches)
    stop = _t3_stop().search(text, start, end)
    if stop is None:
        return table3_matches(text, start, end)
    x = stop.start()
    keep = [m for m in matches if m[0] <= x]
    resume = max(keep[-1][1], x + 1) if keep else x + 1
    return keep + table3_matches(text, resume, end)


#: what follows a label of a pre-2019 统计表 row: the rest of its words (答复数), then a
#: cell of its unit (件, 条) before the count, as '|' or tab cells, cells a line or
#: space-aligned columns (3.同意部分公开答复数 | 件 | 8): a table 三 row has no unit cell
_UNIT_CELL_AFTER = lazy_re(
    r"[^\d\n|\t（(]{0,24}?(?:[（(][^（()）\n]{0,40}[)）])?"
    r"(?:[ \t\u3000]{0,40}[|\t\n][ \t\u3000|]{0,40}|[ \t\u3000]{2,40})"
    r"(?:件|条|个|次|人次|万元|元)(?:[ \t\u3000]{0,40}[|\t\n]|[ \t\u3000]{1,40}[0-9０-９])"
)


def _row_of_counts(text: str, pos: int, end: int) -> bool:
    """True when the line from ``pos`` holds five numbers or more: a table 三 row printed
    with a 单位 column (… | 件 | 176 | 29 | 1 | 1 | 2 | 6 | 215 |), not a 统计表 row (a
    unit, then one or two counts and perhaps a code)."""
    stop = text.find("\n", pos, end)
    stop = min(end if stop < 0 else stop, pos + 300)
    return grid.digit_runs(text, pos, stop) >= 5


def table3_matches(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The table 三 label cores between ``start`` and ``end`` as (start, end, path), before
    :func:`add_hit` merges them into hits (:func:`scan_table3` is the two together).

    >>> table3_matches("（七）总计1", 0, 10)
    [(0, 5, 'total')]

    A label of a pre-2019 统计表 row, its unit in a cell before its count, is none:

    >>> table3_matches("| 3.同意部分公开答复数 | 件 | 8 |", 0, 22)
    []
    """
    out: list[tuple[int, int, str]] = []
    scanner = _t3_scanner()
    tries = scanner.tries
    unit_cell_after = _UNIT_CELL_AFTER.match
    pos = start
    for cand in scanner.candidates.finditer(text, start, end):
        p = cand.start()
        if p < pos:
            continue  # inside the last match
        for match, path, phrase in tries[text[p]]:
            # the phrase as written (no gap in it) is what the core's pattern matches
            # there: its one alternative that begins with this character, every gap empty
            if phrase and text.startswith(phrase, p, end):
                pos = p + len(phrase)
            else:
                m = match(text, p, end)
                if m is None:
                    continue
                pos = m.end()
            if unit_cell_after(text, pos, end) is None or _row_of_counts(text, pos, end):
                out.append((p, pos, path))
            break
    return out


#: a number inside a wrapped label (not a numeral such as 3.), a dash standing alone or
#: the sign before a number: as the reader's tokens after a label (grid.NUMBER), no 无
#: (无法提供 may break between its characters)
_INNER_NUMBER = lazy_regex(
    r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d++)?+(?![\d,.、．])"
    f"|{grid.DASH_TOKEN}|{grid.SIGN_TOKEN}"
)
_DIGIT_OR_CELL = lazy_regex(r"[\d|\t]")


def add_hit(
    hits: list[Hit],
    text: str,
    path: str,
    start: int,
    end: int,
    last_end: int,
    after_digit: bool = True,
) -> None:
    """Append the hit of the label core ``text[start:end]`` (``last_end``: where the
    previous core ended); a second core of the same label (其他法律…行政止公开) merges
    into the last hit, or is dropped when numbers stand between.  ``after_digit``: as
    :func:`_walk_back`."""
    if hits and hits[-1].path == path:
        prev = hits[-1]
        if _DIGIT_OR_CELL.search(text, prev.end, start) is None:
            hits[-1] = _new(Hit, (prev.path, prev.start, end, prev.core))
        return
    label_start = _walk_back(text, start, last_end, after_digit)
    hits.append(_new(Hit, (path, label_start, end, start)))


_new = tuple.__new__  # Hit(path, start, end, core) without the named tuple's own __new__


# --- table 二 -----------------------------------------------------------------------

TABLE2_ROWS: tuple[tuple[str, str], ...] = (
    ("regulations", "规章"),
    ("normative_documents", "规范性文件"),
    ("licensing", "行政许可"),
    ("other_services", "其他对外管理服务事项"),
    ("penalties", "行政处罚"),
    ("coercive_measures", "行政强制"),
    ("fees", "行政事业性收费"),
    ("procurement", "政府集中采购"),
)
TABLE2_LABELS: dict[str, str] = dict(TABLE2_ROWS)

_T2_CORES: tuple[tuple[str, str], ...] = (
    ("regulations", _sp("规章")),
    ("normative_documents", _sp("规范性文件")),
    ("licensing", _sp("行政许可")),
    ("other_services", _alt("对外管理服务", "其他对外管理")),
    ("penalties", _sp("行政处罚")),
    ("coercive_measures", _sp("行政强制")),
    ("fees", _alt("事业性收费")),
    ("procurement", _alt("集中采购")),
)


@functools.cache
def _t2_pattern() -> regex.Pattern[str]:
    """Every table 二 label core in one pattern, compiled on first use (5 ms of import)."""
    return regex.compile(
        "|".join(f"(?P<r{i}>{core})" for i, (_, core) in enumerate(_T2_CORES)), regex.V1
    )


_T2_PATHS = tuple(p for p, _ in _T2_CORES)


def scan_table2(text: str, start: int, end: int) -> list[Hit]:
    """Every table 二 row label between ``start`` and ``end``, in text order.

    >>> [h.path for h in scan_table2("规章000行政规范性文件1 2 3", 0, 20)]
    ['regulations', 'normative_documents']
    """
    hits: list[Hit] = []
    last_end = start
    for m in _t2_pattern().finditer(text, start, end):
        name = m.lastgroup
        if name is None:  # pragma: no cover
            continue
        if _in_note(text, m.start(), last_end):
            continue  # (其他对外管理服务事项(含行政处罚、行政强制…): named in a note)
        # (table 二's rows are not numbered: a digit and a point before a label that
        # follow a digit end the number before it, 1335.)
        add_hit(hits, text, _T2_PATHS[int(name[1:])], m.start(), m.end(), last_end, False)
        last_end = m.end()
    return hits


#: what closes a cell of text (a note in brackets stays inside its cell)
_CELL_ENDS = "|\t\n"


def _in_note(text: str, pos: int, floor: int) -> bool:
    """Whether ``pos`` stands inside a bracketed note that opened before it in its cell
    (after ``floor``): 其他对外管理服务事项（含行政确认、行政处罚…）names rows it is not.

    >>> t = "其他对外管理服务事项(含行政处罚) | 5 |\\n行政处罚 | 2 |"
    >>> _in_note(t, t.index("行政处罚"), 0), _in_note(t, t.rindex("行政处罚"), 0)
    (True, False)
    """
    lo = max(floor, pos - 200)
    depth = 0
    for k in range(pos - 1, lo - 1, -1):
        ch = text[k]
        if ch in _CELL_ENDS:
            break
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth -= 1
    return depth > 0


# column headers of table 二: which layout a block of rows is printed in
T2_HEAD_INFO = lazy_regex(_sp("信息内容"))
T2_ITEM = lazy_regex(
    _sp("第二十条")
    + _GAP
    + "第?"
    + _GAP
    + _O
    + _GAP
    + r"([一二三四五六七八九十]{1,3})"
    + _GAP
    + _C
    + _GAP
    + "项"
)


@attrs.frozen(slots=True)
class T2Columns:
    """Column headers of table 二 that tell its layout (2021 or 2019 columns)."""

    doc2021: regex.Pattern[str]
    doc2019: regex.Pattern[str]
    counts2019: regex.Pattern[str]
    decisions: regex.Pattern[str]
    fee2021: regex.Pattern[str]


@functools.cache
def t2_columns() -> T2Columns:
    """The column header patterns of table 二, compiled on first use (8 ms of import:
    the label gaps make them large).

    >>> t2_columns().decisions.search("本年处理决定数量") is not None
    True
    """
    return T2Columns(
        doc2021=regex.compile(_alt("废止", "现行有效", "制发")),
        doc2019=regex.compile(_alt("新公开", "对外公开总", "新制作数量")),
        counts2019=regex.compile(_alt("上一年项目", "增/减", "增减", "增 /减")),
        decisions=regex.compile(_alt("处理决定")),
        fee2021=regex.compile(_alt("收费金额", "万元")),
    )


# --- anchors of the tables ----------------------------------------------------------

T3_HEADING = lazy_regex(_sp("收到和处理政府信息公开申请"))
T3_ANNOUNCED = lazy_regex(r"三" + _GAP + r"[、.．]" + _GAP + _sp("收到和处理政府信息公开申请"))
_T3_HEADER_PHRASES = ("申请人情况", "勾稽关系")
T3_HEADER = lazy_regex(_alt(*_T3_HEADER_PHRASES))
# where a T3_HEADER match can begin: its characters in turn, each followed by the next
# or by the start of a gap (申(?=G|请(?:G|人(?:G|…))))
_GAP_START = f"[^{_NOT_IN_GAP}]|无"


def _phrase_start(phrase: str) -> str:
    inner = ""
    for ch in reversed(phrase[1:]):
        inner = f"{_GAP_START}|{re.escape(ch)}" + (f"(?:{inner})" if inner else "")
    return f"{re.escape(phrase[0])}(?={inner})"


_T3_HEADER_START = lazy_re("|".join(_phrase_start(p) for p in _T3_HEADER_PHRASES))
#: the characters a T3_HEADER match begins with
_T3_HEADER_FIRSTS = "".join(dict.fromkeys(p[0] for p in _T3_HEADER_PHRASES))


def t3_header_starts(text: str) -> list[int]:
    """Where ``T3_HEADER.finditer(text)`` finds its matches (tried at the positions the
    stdlib filter lets through, in the same non-overlapping order).

    >>> t3_header_starts("表三 申请人情况 申 请人情况")
    [3, 9]
    """
    return list(iter_t3_header_starts(text))


def iter_t3_header_starts(text: str) -> Iterator[int]:
    """:func:`t3_header_starts`, found as they are asked for (a caller that stops at the
    first table does not scan the rest of a long text).  The phrases' first characters
    are found by a search for each (``str.find`` runs some 30 times faster than the
    stdlib scan for a class of CJK characters) and the stdlib filter is tried there."""
    match = T3_HEADER.match
    may_start = _T3_HEADER_START.match
    firsts = FirstOf(text, _T3_HEADER_FIRSTS)
    p = firsts.at(0)
    while p >= 0:
        m = match(text, p) if may_start(text, p) is not None else None
        if m is not None:
            yield p
        p = firsts.at(p + 1 if m is None else m.end())


T2_ANNOUNCED = T2_ITEM
T4_ANNOUNCED = lazy_regex(
    r"四"
    + _GAP
    + r"[、.．]"
    + _GAP
    + r"(?:"
    + _sp("政府信息公开")
    + _GAP
    + r")?"
    + _sp("行政")
    + r".{0,3}?"
    + _sp("复议")
)
T4_ANCHOR = lazy_regex(_sp("行政") + r"\p{Han}?" + _sp("复议"))
#: the first header word of table 四, 维持 (or 结果维 at a line's end: a narrow cell's label
#: wrapped, 结果维⏎持, in a PDF's text)
T4_UPHELD = lazy_regex(
    _sp("维持") + "|" + _sp("结果维") + r"(?=[ \t]*+\n|[ \t]{2}|[ \t]++" + _sp("结果纠") + ")"
)

#: the characters of table 四's header (行政复议 … 尚未审结 总计): text made only of these
#: does not end the table
T4_HEADER_CHARS = frozenset("行政复议诉讼未经直接起后结果维持纠正其他尚审总计法、")


def iter_paths_2021() -> Iterator[str]:
    """Row paths of the 2021 layout in template order."""
    yield from PATHS_2021
