"""Recovering table cells whose boundaries the text lost.

The table reader (tables.py) finds each row of table 三 / table 四 and hands over what stood
in the row's cells; this module decides the cells using the tables' own arithmetic.

INTERFACE (fixed):

``RowText(path, cells=None, raw=None, offsets=None)``
    ``path``: the row path of DESIGN.md (``new_received``, ``withheld.state_secret``,
    ``other_handling.other``, ``total``, ``carried_forward``…).  Exactly one of:
    ``cells``: the row's cell texts when the boundaries are reliable ('|' rows, tabs, HTML
    cells, markdown): a tuple of strings, '' for a blank cell, in column order;
    ``raw``: the raw text that stood after the row label when boundaries are unreliable
    (glued digits '640020470', &nbsp; padding '500000 5', PDF text with blanks dropped
    '5   5', a number split in two '1 2', zeros on their own lines).
    ``offsets`` (optional, with ``raw`` only): for each whitespace-separated token of
    ``raw`` (``raw.split()``), the (start, end) character columns it occupied in its printed
    line, e.g. in ``pdftotext -layout`` text.  Rows whose seven numbers are all printed give
    the column positions; a short row's numbers are then placed by alignment.  Offsets are
    evidence, not a rule: when no reading that satisfies the arithmetic is aligned, they are
    ignored.

``recover_table3(rows, hints=None) -> Recovered3``
    ``rows``: the RowText of every row found, in document order.  ``hints``: figures stated
    in prose that must hold, keyed ``"<row path>.<column>"`` (e.g.
    ``{"new_received.total": 70}``).  ``Recovered3.cells``: row path → 7-tuple of int | None.
    ``.recovery``: model.Recovery or None when nothing had to be inferred.  ``.problems``:
    ``table3.ambiguous_cells`` (cells left None because several readings satisfy every rule,
    listing them), ``table3.boundaries_inferred`` (no reading satisfies every rule, or only a
    reading that joins numbers split by whitespace or assumes dropped blank cells beyond what
    the text shows; the best one is used) and ``table3.recovery_limit`` (a row or the search
    was too large to decide within the time and memory bounds; its cells are None).

``recover_table4(text_or_cells) -> Recovered4``
    the 15 numbers of table 四 from their raw text (or reliable cells); ``.cells`` is a
    15-tuple of int | None, plus ``.recovery`` and ``.problems`` as above (``table4.…``).

``recover_table2_row(raw, ncols) -> tuple[int | None, ...] | None``
    a glued table 二 row: the cells when the text decides them (e.g. '000' → 0, 0, 0), else
    None (the caller reports ``table2.ambiguous_row``).

How a row of raw text is read
-----------------------------
The text is cut into *items*: digit runs (``1,234`` keeps its thousands comma), and printed
blank marks (``-``, ``/``, ``—``, ``无``: a cell that is present but empty), and a sign before
a number (``-12``, ``减 12``: a count's cell that says a decrease is no count), read as a
mark so that its number is never read without it.  Whitespace and any other character
separate items.  A *reading* of a row cuts the digit runs into numbers
without leading zeros (``0`` alone is a number, ``05`` is not), at most
:data:`MAX_CELL_DIGITS` digits each, and places them in order among the seven columns.
Cutting inside a run is free (glued text); *not* cutting where whitespace stood joins a
number that the extractor split (``1 2`` → 12) and costs one *join*.  A reading with fewer
than seven cells leaves the other columns blank (*dropped* blanks, as PDF text does).

A row whose text holds exactly seven whitespace-separated numbers is clean: it is read as
printed, even when its sums fail.  Cells given by the table reader are always read as printed.

Tiers.  First (tier 0) each row uses its readings with the fewest joins, and dropped blanks
only when the table shows it drops them (some row has fewer than seven numbers' worth of
digits, or a reliable row has a blank cell).  When no combination of these readings
satisfies every rule, tier 1 allows one more join per row and dropped blanks in every row;
a reading found only there is used with a ``boundaries_inferred`` warning.  When neither
tier satisfies every rule, the tier-0 reading (plus the as-printed seven-cell readings of
rows that have no arithmetically valid reading) that breaks the fewest rules is used, again
with ``boundaries_inferred``.

Rules: ``row_sum`` (each row's six applicant columns add up to its 总计), ``outcome_sum``
(per column, (一)…(六) add up to (七)总计; applied when every outcome row of the 2019 or the
2021 template is present), ``balance`` (per column, 一 + 二 = (七)总计 + 四), ``prose`` (the
hints), ``alignment`` (offsets); table 四: ``group_sum`` (维持 + 纠正 + 其他 + 尚未审结 = 总计 in
each of the three groups).  A blank cell counts as 0 in the sums, so whether a printed 0 or
a blank stood in a column can only be decided by the text (or by alignment).

Search and bounds
-----------------
A row's readings are found per choice of its total (the last number) by a depth-first cut
search that descends only where a memoized check says the remaining digits can still add up
(they need at least the digit sum, and at most as many digits per cell as the remainder
has).  Readings with the same zero-filled values are one *option* of the row.  The table is
then solved without listing its solutions: for each option of (七)总计, the outcome rows'
options are first pruned column by column (reachable column sums as bit sets), then counted
by a dynamic programme over partial column sums, which also marks the options some solution
uses; the balance is a lookup of 一's options.  A cell is decided when every used option
agrees on it; otherwise it is None and listed with its values in ``ambiguous_cells``.

Work is bounded: :data:`MAX_ROW_STEPS` per row and :data:`MAX_TABLE_ROW_STEPS` per table
for the row searches, :data:`MAX_ROW_READINGS` readings per row, :data:`MAX_SEARCH_NODES`
steps for the table search and :data:`MAX_FALLBACK_NODES` for the fewest-breaks search,
:data:`MAX_ROWS` rows, :data:`MAX_RAW_CHARS` characters per row.  A bound that is hit gives
a ``recovery_limit`` Problem; the cells every remaining option of a row agrees on are still
decided, the others are None.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

import attrs

from ._rules import TABLE3_ROW_LABELS, TABLE4_FIELD_LABELS, TABLE4_GROUP_LABELS
from .model import (
    APPLICANT_COLUMN_LABELS,
    APPLICANT_COLUMNS,
    TABLE3_ANCHORS,
    TABLE3_PATHS_2019,
    Problem,
    Recovery,
    Severity,
)

__all__ = [
    "MAX_CELL_DIGITS",
    "Recovered3",
    "Recovered4",
    "RowText",
    "recover_table2_row",
    "recover_table3",
    "recover_table4",
]

#: The longest number a cell can hold, in digits.
MAX_CELL_DIGITS = 9
#: The most whitespace gaps one row's reading may join (numbers split by the extractor).
MAX_JOINS = 3
#: Work bound for reading one row (search steps); beyond it the row is left undecided.
MAX_ROW_STEPS = 20_000
#: Work bound for reading all rows of one table (search steps).
MAX_TABLE_ROW_STEPS = 100_000
#: The most readings kept for one row; beyond it the row is left undecided.
MAX_ROW_READINGS = 4_000
#: The most rows one table is searched with; further rows are ignored with a Problem.
MAX_ROWS = 100
#: Work bound for the search over the whole table (search steps).
MAX_SEARCH_NODES = 60_000
#: Work bound for the search of the reading that breaks the fewest rules (search nodes).
MAX_FALLBACK_NODES = 30_000
#: The most solutions collected to describe an ambiguity.
MAX_SOLUTIONS = 64
#: Raw text longer than this cannot be one row of numbers.
MAX_RAW_CHARS = 2_000

RULE_ROW_SUM = "row_sum"
RULE_OUTCOME_SUM = "outcome_sum"
RULE_BALANCE = "balance"
RULE_PROSE = "prose"
RULE_ALIGNMENT = "alignment"
RULE_GROUP_SUM = "group_sum"
#: Recorded in Recovery.rules when a tier-1 reading (extra joins or dropped blanks) was used.
RULE_RELAXED = "relaxed_boundaries"

_FULLWIDTH = str.maketrans("０１２３４５６７８９，", "0123456789,")
#: the characters read as a mark: blank marks, and 减 of a word of decrease (减, 减少: the
#: table reader's sign token, grid.MINUS_WORDS)
_MARK_CHARS = frozenset("-－—–―‐−﹣/／\\＼无减")
_MINUS_CHARS = frozenset("-－−﹣")
_PAIRED_MARKS = frozenset("—–―")
_MARK = "#"
_MINUS = "~"


_OUTCOMES_2021_EXTRA: tuple[str, ...] = (
    "other_handling.overdue_correction",
    "other_handling.overdue_fee",
)
_OUTCOMES_COMMON: tuple[str, ...] = tuple(p for p in TABLE3_PATHS_2019 if p not in TABLE3_ANCHORS)
_ANCHORS = TABLE3_ANCHORS

_T4_GROUPS: tuple[tuple[str, str], ...] = tuple(TABLE4_GROUP_LABELS.items())
_T4_COLUMNS: tuple[tuple[str, str], ...] = tuple(TABLE4_FIELD_LABELS.items())


@attrs.frozen(slots=True)
class RowText:
    """What stood in one table row's cells.

    >>> RowText("total", raw="20 0 00 0 121").raw
    '20 0 00 0 121'
    """

    path: str
    cells: tuple[str, ...] | None = None
    raw: str | None = None
    offsets: tuple[tuple[int, int], ...] | None = None


@attrs.frozen(slots=True)
class Recovered3:
    """The decided cells of table 三."""

    cells: dict[str, tuple[int | None, ...]]
    recovery: Recovery | None = None
    problems: tuple[Problem, ...] = ()


@attrs.frozen(slots=True)
class Recovered4:
    """The decided cells of table 四."""

    cells: tuple[int | None, ...]
    recovery: Recovery | None = None
    problems: tuple[Problem, ...] = ()


# --- lexing ---------------------------------------------------------------------------


class _Lexed(NamedTuple):
    """A row's text as items: digits, ',' (thousands), '#' (a printed blank mark),
    '~' (a minus sign, table 二 only)."""

    chars: str
    gaps: bytes  # 1: whitespace or a separator stood before chars[i] (a byte each: a row
    # of 20 digits takes 53 bytes, against 200 as a tuple of bools)
    tokens: tuple[int, ...]  # index in raw.split() of the token holding chars[i]


def _lex(raw: str, signed: bool = False) -> _Lexed:
    text = raw.translate(_FULLWIDTH)
    words = text.split()
    digits = "".join(words)
    if digits.isascii() and digits.isdigit():
        # digits and blanks only (a glued row, the common case): each word's first digit
        # has a gap before it, the words are the tokens, no comma to check (as below)
        gaps: list[bool] = []
        toks: list[int] = []
        for k, w in enumerate(words):
            gaps.append(True)
            gaps.extend([False] * (len(w) - 1))
            toks.extend([k] * len(w))
        return _Lexed(digits, bytes(gaps), tuple(toks))
    return _lex_full(text, signed)


def _lex_full(text: str, signed: bool) -> _Lexed:
    """:func:`_lex` of ``text`` (its full-width digits and commas already made ASCII): the
    lexer of every row, which :func:`_lex` calls for rows not made of digits and blanks only."""
    chars: list[str] = []
    gaps: list[bool] = []
    toks: list[int] = []
    tok = -1
    in_tok = False
    sep = True
    prev_mark = False
    n = len(text)
    for i, ch in enumerate(text):
        if ch.isspace():
            in_tok = False
            sep = True
            prev_mark = False
            continue
        if not in_tok:
            tok += 1
            in_tok = True
        if "0" <= ch <= "9" or ch == ",":
            chars.append(ch)
            gaps.append(sep)
            toks.append(tok)
            sep = False
            prev_mark = False
        elif signed and ch in _MINUS_CHARS and i + 1 < n and "0" <= text[i + 1] <= "9":
            chars.append(_MINUS)
            gaps.append(True)
            toks.append(tok)
            sep = False
            prev_mark = False
        elif ch in _MARK_CHARS:
            # each printed mark is a cell ('5---5' is 5, -, -, -, 5), except that a
            # dash is usually printed doubled ('——' is one blank cell)
            if not (prev_mark and ch in _PAIRED_MARKS):
                chars.append(_MARK)
                gaps.append(True)
                toks.append(tok)
                prev_mark = ch in _PAIRED_MARKS
            else:
                prev_mark = False
            sep = True
        else:
            sep = True
            prev_mark = False
    # A comma is a thousands separator only between a digit and three more digits.
    out_c: list[str] = []
    out_g: list[bool] = []
    out_t: list[int] = []
    pending_gap = False
    m = len(chars)
    for i, ch in enumerate(chars):
        if ch == ",":
            ok = (
                i > 0
                and "0" <= chars[i - 1] <= "9"
                and not gaps[i]
                and i + 3 < m + 1
                and all(
                    i + k < m and "0" <= chars[i + k] <= "9" and not gaps[i + k] for k in (1, 2, 3)
                )
            )
            if not ok:
                pending_gap = True
                continue
        out_c.append(ch)
        out_g.append(gaps[i] or pending_gap)
        out_t.append(toks[i])
        pending_gap = False
    return _Lexed("".join(out_c), bytes(out_g), tuple(out_t))


def _is_numeral(tok: str) -> bool:
    """A clean cell text: digits without a leading zero (or '0'), optional thousands commas."""
    if tok.isascii() and tok.isdigit():  # plain digits, the common token: as below
        return tok == "0" or tok[0] != "0"
    t = tok.translate(_FULLWIDTH)
    if not t:
        return False
    if "," in t:
        groups = t.split(",")
        return (
            1 <= len(groups[0]) <= 3
            and groups[0].isascii()
            and groups[0].isdigit()
            and groups[0][0] != "0"
            and all(len(g) == 3 and g.isascii() and g.isdigit() for g in groups[1:])
        )
    return t.isascii() and t.isdigit() and (t == "0" or t[0] != "0")


def _is_mark(tok: str) -> bool:
    return bool(tok) and all(c in _MARK_CHARS for c in tok)


def _cell_value(text: str) -> int | None:
    """A reliable cell's value: digits (full-width, thousands commas, split by spaces) or None."""
    if text.isascii() and text.isdigit():  # plain digits, the common cell: as below
        return int(text) if len(text) <= 3 * MAX_CELL_DIGITS else None
    t = "".join(text.translate(_FULLWIDTH).split())
    if "," in t and _is_numeral(t):
        t = t.replace(",", "")
    if t.isascii() and t.isdigit() and len(t) <= 3 * MAX_CELL_DIGITS:
        return int(t)
    return None


def _cells_from(lx: _Lexed, p: int, max_joins: int) -> list[tuple[int, int | None, int]]:
    """Every cell that can start at chars[p]: (end, value, joins)."""
    c = lx.chars
    n = len(c)
    ch = c[p]
    if ch == _MARK:
        return [(p + 1, None, 0)]
    neg = ch == _MINUS
    start = p + 1 if neg else p
    if start >= n or not ("0" <= c[start] <= "9"):
        return []
    out: list[tuple[int, int | None, int]] = []
    if neg and p > 0 and "0" <= c[p - 1] <= "9" and lx.tokens[p] == lx.tokens[p - 1]:
        # a dash glued after a digit (5-12) is a minus sign or a blank cell's mark
        out.append((p + 1, None, 0))
    if c[start] == "0":
        if start + 1 < n and c[start + 1] == ",":
            return out
        if neg:
            return out
        return [(start + 1, 0, 0)]
    joins = 0
    digits = 0
    group = 0  # digits since the last comma
    has_comma = False
    value = 0
    q = start
    while q < n:
        ch = c[q]
        if ch in (_MARK, _MINUS):
            break
        if q > start and lx.gaps[q]:
            joins += 1
            if joins > max_joins:
                break
        if ch == ",":
            if (has_comma and group != 3) or (not has_comma and group > 3):
                break
            has_comma = True
            group = 0
            q += 1
            continue
        digits += 1
        group += 1
        if digits > MAX_CELL_DIGITS or (has_comma and group > 3):
            break
        value = value * 10 + (ord(ch) - 48)
        q += 1
        if (q == n or c[q] != ",") and (not has_comma or group == 3):
            out.append((q, -value if neg else value, joins))
    return out


def _digit_count(lx: _Lexed) -> int:
    c = lx.chars  # digits, ',', marks and minus signs only
    return len(c) - c.count(",") - c.count(_MARK) - c.count(_MINUS)


# --- readings of one table 三 row --------------------------------------------------------


class _Reading(NamedTuple):
    cells: tuple[int | None, ...]
    joins: int
    dropped: bool
    ranges: tuple[tuple[int, int] | None, ...]  # chars range of each cell (None: dropped)


class _RowReadings(NamedTuple):
    readings: list[_Reading]
    rejected: bool  # some cut was rejected because its sums failed
    exhausted: bool  # the work bound was hit


def _place(
    values: Sequence[tuple[int | None, int, int]],
    total: tuple[int | None, int, int] | None,
    joins: int,
    allow_dropped: bool,
    out: list[_Reading],
) -> None:
    """Every placement of applicant values (and a total at column 7) among the columns."""
    m = len(values)
    if total is None:
        # no total printed: the values are zeros or marks placed anywhere among all 7
        slots: Iterator[tuple[int, ...]] = itertools.combinations(range(7), m)
    elif m == 6:
        slots = iter((tuple(range(6)),))
    elif allow_dropped and m < 6:
        slots = itertools.combinations(range(6), m)
    else:
        return
    for pos in slots:
        if total is None and m < 7 and not allow_dropped:
            return
        cells: list[int | None] = [None] * 7
        ranges: list[tuple[int, int] | None] = [None] * 7
        for (v, a, b), j in zip(values, pos, strict=True):
            cells[j] = v
            ranges[j] = (a, b)
        if total is not None:
            cells[6] = total[0]
            ranges[6] = (total[1], total[2])
        dropped = (m < 7) if total is None else (m < 6)
        out.append(_Reading(tuple(cells), joins, dropped, tuple(ranges)))


_POW10: tuple[int, ...] = tuple(int(10**k) for k in range(3 * MAX_CELL_DIGITS + 2))


class _Exhausted(Exception):
    """The work bound of a search was hit."""


def _row_readings(
    lx: _Lexed,
    allow_dropped: bool,
    budget: list[int],
) -> _RowReadings:
    """Every reading of a row whose applicant columns add up to its total.

    For each choice of the total (the row's last number), the applicant cells are cut
    from the digits before it by a depth-first search that only descends into a cut when
    a memoized check says the rest of the digits can still add up to what remains of the
    total (so the work grows with the number of readings, not with the number of cuts).
    """
    c = lx.chars
    n = len(c)
    out: list[_Reading] = []
    if n == 0:
        return _RowReadings([_Reading((None,) * 7, 0, True, (None,) * 7)], False, False)
    if n > 7 * (MAX_CELL_DIGITS + MAX_CELL_DIGITS // 3) or _MINUS in c:
        return _RowReadings([], False, False)
    if all(ch in ("0", _MARK) for ch in c):
        # zeros are single cells; marks are printed blanks
        vals = [(None if ch == _MARK else 0, i, i + 1) for i, ch in enumerate(c)]
        if len(vals) <= 7:
            _place(vals, None, 0, allow_dropped, out)
        return _RowReadings(out, False, False)
    cf = [_cells_from(lx, p, MAX_JOINS) for p in range(n)]
    rejected = False
    # digits and digit sums before each position: bounds on what the rest of a row can
    # add up to (a number is at least the sum of its digits)
    nd = [0] * (n + 1)
    ds = [0] * (n + 1)
    nm = [0] * (n + 1)  # printed blank marks: each takes a cell of its own
    for i, ch in enumerate(c):
        digit = "0" <= ch <= "9"
        nd[i + 1] = nd[i] + digit
        ds[i + 1] = ds[i] + (ord(ch) - 48 if digit else 0)
        nm[i + 1] = nm[i] + (ch == _MARK)
    least_one = allow_dropped

    def possible(q: int, t: int, parts: int, rem: int) -> bool:
        """Whether the digits of chars[q:t] may be cut into at most ``parts`` cells
        (exactly ``parts`` unless blanks may be dropped) adding up to ``rem``."""
        digits = nd[t] - nd[q]
        if digits == 0:
            return rem == 0
        parts -= nm[t] - nm[q]  # cells left for numbers
        if parts <= 0 or rem < ds[t] - ds[q]:
            return False
        # every cell is at most rem, so at most as many digits as rem
        if digits > parts * (len(str(rem)) if rem > 0 else 1):
            return False
        # the largest cell has at most digits - (cells - 1) digits
        least = 1 if least_one else parts
        if least > digits:
            return False
        return rem < parts * _POW10[min(digits - least + 1, len(_POW10) - 1)]

    def solve_total(t: int, total: int, tj: int, tot_cell: tuple[int | None, int, int]) -> None:
        nonlocal rejected
        memo: dict[tuple[int, int, int, int], bool] = {}

        def feas(p: int, k: int, rem: int, joins: int) -> bool:
            if p == t:
                return rem == 0 and (least_one or k == 6)
            if k == 6:
                return False
            key = (p, k, rem, joins)
            got = memo.get(key)
            if got is not None:
                return got
            budget[0] -= 1
            if budget[0] < 0:
                raise _Exhausted
            ok = memo[key] = cuts(p, k, rem, joins, False)
            return ok

        apps: list[tuple[int | None, int, int]] = []

        def cuts(p: int, k: int, rem: int, joins: int, every: bool) -> bool:
            """Whether some cell may stand at chars[p] as the (k+1)-th applicant cell, fit
            what is left of the row and leave a feasible rest; with ``every``, each reading
            through each such cell is enumerated (and False returned)."""
            left = 5 - k
            for q, v, j in cf[p]:
                if q > t:
                    break
                nv = v or 0
                if nv > rem:
                    break
                nj = joins + j
                if nj > MAX_JOINS:
                    continue
                if not least_one and t - q < left:
                    continue
                if not possible(q, t, left, rem - nv):
                    continue
                if not feas(q, k + 1, rem - nv, nj):
                    continue
                if not every:
                    return True
                apps.append((v, p, q))
                enum(q, rem - nv, nj)
                apps.pop()
            return False

        def enum(p: int, rem: int, joins: int) -> None:
            if p == t:
                _place(apps, tot_cell, joins, allow_dropped, out)
                if len(out) > MAX_ROW_READINGS:
                    raise _Exhausted
                return
            cuts(p, len(apps), rem, joins, True)

        try:
            if possible(0, t, 6, total) and feas(0, 0, total, tj):
                enum(0, total, tj)
            else:
                rejected = True
            if len(memo) > 1:
                rejected = True  # some cut was tried and failed its sum
        finally:
            # a nested function that calls itself holds itself (a reference cycle): its
            # memo and the row's state would wait for the cyclic collector
            feas = cuts = enum = None  # type: ignore[assignment]

    try:
        for t in range(n - 1, 0, -1):
            if c[t - 1] == "," or c[t] == ",":
                continue
            for q, v, j in cf[t]:
                if q != n or v is None or v <= 0:
                    continue
                solve_total(t, v, j, (v, t, n))
    except _Exhausted:
        return _RowReadings([], rejected, True)
    return _RowReadings(out, rejected, False)


def _strict_readings(lx: _Lexed, allow_dropped: bool, limit: int) -> tuple[list[_Reading], bool]:
    """As-printed readings without the row sum: no joins, seven cells (or fewer with
    dropped blanks) — the candidates of a row no valid reading exists for; and whether
    the list is complete (False when ``limit`` or the work bound cut it short)."""
    c = lx.chars
    n = len(c)
    out: list[_Reading] = []
    if n == 0 or _MINUS in c:
        return out, True
    cf = [[x for x in _cells_from(lx, p, 0)] for p in range(n)]
    seqs: list[list[tuple[int | None, int, int]]] = []
    steps = [0]

    def dfs(p: int, acc: list[tuple[int | None, int, int]]) -> None:
        steps[0] += 1
        if steps[0] > MAX_ROW_STEPS or len(seqs) >= limit:
            return
        if p == n:
            if len(acc) == 7 or (allow_dropped and acc):
                seqs.append(list(acc))
            return
        if len(acc) == 7 or n - p > (7 - len(acc)) * (MAX_CELL_DIGITS + 3):
            return
        for q, v, _j in cf[p]:
            acc.append((v, p, q))
            dfs(q, acc)
            acc.pop()

    dfs(0, [])
    dfs = None  # type: ignore[assignment]  # it holds itself (a reference cycle)
    complete = steps[0] <= MAX_ROW_STEPS and len(seqs) < limit
    for seq in seqs:
        if len(seq) == 7:
            _place(seq[:6], seq[6], 0, False, out)
        else:
            _place(seq[:-1], seq[-1], 0, True, out)
        if len(out) > limit:
            complete = False
            break
    return out[:limit], complete


# --- the table 三 search ----------------------------------------------------------------


class _Row:
    """One row during recovery."""

    __slots__ = (
        "dropped_evidence",
        "exhausted",
        "fixed",
        "lx",
        "offsets",
        "path",
        "readings",
        "readings_dropped",
        "recovered",
        "rejected",
    )

    def __init__(self, path: str) -> None:
        self.path = path
        self.fixed: tuple[int | None, ...] | None = None
        self.lx: _Lexed | None = None
        self.offsets: tuple[tuple[int, int], ...] | None = None
        self.readings: list[_Reading] | None = None  # without dropped blanks
        self.readings_dropped: list[_Reading] | None = None  # with dropped blanks
        self.recovered = False
        self.rejected = False
        self.exhausted = False
        self.dropped_evidence = False

    def get_readings(
        self, allow_dropped: bool, budget: list[int], memo: _Memo | None = None
    ) -> list[_Reading]:
        if allow_dropped:
            if self.readings_dropped is None:
                self.readings_dropped = self._search(True, budget, memo)
            return self.readings_dropped
        if self.readings is None:
            if self.readings_dropped is not None:
                self.readings = [x for x in self.readings_dropped if not x.dropped]
            else:
                self.readings = self._search(False, budget, memo)
        return self.readings

    def _search(self, allow_dropped: bool, budget: list[int], memo: _Memo | None) -> list[_Reading]:
        assert self.lx is not None
        r = _memo_readings(self.lx, allow_dropped, budget, memo)
        self.rejected |= r.rejected
        self.exhausted |= r.exhausted
        return r.readings


#: a row's readings by its lexed text and whether blanks may be dropped: the readings
#: and the work they took (a search that hit its bound is not kept)
_Memo = dict[tuple[_Lexed, bool], tuple[_RowReadings, int]]


def _memo_readings(
    lx: _Lexed,
    allow_dropped: bool,
    budget: list[int],
    memo: _Memo | None,
) -> _RowReadings:
    """:func:`_row_readings`, taken from ``memo`` when the same text was read with at
    least the work it took left in ``budget`` (the search is the same and takes the
    same steps: its bound is only tested against what is left), the work drawn again."""
    if memo is None:
        return _row_readings(lx, allow_dropped, budget)
    key = (lx, allow_dropped)
    got = memo.get(key)
    if got is not None and got[1] <= budget[0]:
        budget[0] -= got[1]
        return got[0]
    start = budget[0]
    r = _row_readings(lx, allow_dropped, budget)
    if not r.exhausted:
        memo[key] = (r, start - budget[0])
    return r


class _Option(NamedTuple):
    sig: tuple[int, ...]
    breaks: int  # rule instances this option breaks on its own (row sum, prose)
    readings: tuple[_Reading, ...]


def _sig(cells: Sequence[int | None]) -> tuple[int, ...]:
    return tuple([0 if v is None else v for v in cells])


def _group_options(readings: Sequence[_Reading], breaks: int) -> list[_Option]:
    by_sig: dict[tuple[int, ...], list[_Reading]] = {}
    for r in readings:
        by_sig.setdefault(_sig(r.cells), []).append(r)
    return [_Option(s, breaks, tuple(rs)) for s, rs in by_sig.items()]


class _Search(NamedTuple):
    solutions: list[tuple[int, ...]]  # option index per row (in row order)
    capped: bool
    aborted: bool


class _Problem3(NamedTuple):
    """The constraint structure of one table 三."""

    total: int | None  # row index of (七)总计
    new: int | None
    carried_over: int | None
    forward: int | None
    outcomes: tuple[int, ...]
    use_outcome: bool
    use_balance: bool


class _Found(NamedTuple):
    """What the search found: for each row the options some solution uses (bit ``k`` for
    option ``k``: an int takes a tenth of a small set's memory), how many solutions there
    are, whether they were all found (``capped``: only some were) and whether the work
    bound stopped the search."""

    used: list[int]
    ways: int
    capped: bool
    aborted: bool


def _found_of(res: _Search, opts: Sequence[Sequence[_Option]]) -> _Found:
    capped = res.capped or res.aborted
    if capped:
        # not every solution was seen: any option of a row may be in one
        used = [(1 << len(o)) - 1 for o in opts]
    else:
        used = [0] * len(opts)
        for sol in res.solutions:
            for i, k in enumerate(sol):
                used[i] |= 1 << k
    return _Found(used, len(res.solutions), capped, res.aborted)


def _vadd(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    return (
        a[0] + b[0],
        a[1] + b[1],
        a[2] + b[2],
        a[3] + b[3],
        a[4] + b[4],
        a[5] + b[5],
        a[6] + b[6],
    )


def _outcome_paths(
    opts: Sequence[Sequence[_Option]],
    rows: Sequence[int],
    target: tuple[int, ...],
    budget: list[int],
    memo: _OutcomeMemo | None = None,
) -> tuple[int, dict[int, int]]:
    """How many choices of one option per outcome row add up to ``target`` in every
    column, and the options used by them (bit sets as in :class:`_Found`): a dynamic
    programme over the partial column sums (rows with one option first), pruned by what
    the remaining rows can still add.  ``memo``: the programmes of the same rows' options
    and target run before (:func:`_exact` runs again with one rule off), with the work
    each took: taken again, the work drawn again, when at least that work is left (the
    programme then takes the same steps: its bound is only tested against what is left)."""
    m = len(rows)
    if m and budget[0] >= m and all(len(opts[i]) == 1 for i in rows):
        # one choice: it adds up or not.  As below: the column prune keeps every option
        # (or finds a column that does not add up), the programme draws a step per row
        # (the budget covers them) and uses each row's option when the sums hold
        sums = tuple([sum(opts[i][0].sig[c] for i in rows) for c in range(7)])
        if sums != target:
            return 0, {}
        budget[0] -= m
        return 1, {i: 1 for i in reversed(rows)}
    if memo is None:
        return _outcome_programme(opts, rows, target, budget)
    key = (tuple(rows), tuple([tuple([o.sig for o in opts[i]]) for i in rows]), target)
    got = memo.get(key)
    if got is not None and got[2] <= budget[0]:
        budget[0] -= got[2]
        return got[0], got[1]
    start = budget[0]
    count, used = _outcome_programme(opts, rows, target, budget)
    if budget[0] >= 0:  # (the work never passed its bound)
        memo[key] = (count, used, start - budget[0])
    return count, used


#: programmes of :func:`_outcome_paths`: (rows, their options' sigs, target) -> (count,
#: options used, work)
_OutcomeMemo = dict[
    tuple[tuple[int, ...], tuple[tuple[tuple[int, ...], ...], ...], tuple[int, ...]],
    tuple[int, dict[int, int], int],
]


def _outcome_programme(
    opts: Sequence[Sequence[_Option]],
    rows: Sequence[int],
    target: tuple[int, ...],
    budget: list[int],
) -> tuple[int, dict[int, int]]:
    """:func:`_outcome_paths` without its shortcut for rows of one option: the options
    the column prune keeps, then the dynamic programme over them."""
    alive = _column_prune([[o.sig for o in opts[i]] for i in rows], target, budget)
    if alive is None:
        return 0, {}
    keep = {i: alive[k] for k, i in enumerate(rows)}
    sub = {i: [opts[i][k] for k in keep[i]] for i in rows}
    count, used_sub = _outcome_dp(sub, rows, target, budget)
    return count, {i: _bit_set(keep[i][k] for k in _bits(u)) for i, u in used_sub.items()}


#: Column sums above this are not pruned by bit sets (memory).
_BITSET_LIMIT = 1 << 17
#: The most set bits a convolution of two bit sets may iterate over.
_BITSET_ITER = 4_096


def _bits(x: int) -> Iterator[int]:
    """The set bits of ``x``, lowest first."""
    while x:
        low = x & -x
        yield low.bit_length() - 1
        x ^= low


def _bit_set(ks: Iterable[int]) -> int:
    """The int with bits ``ks`` set (:func:`_bits` reads them back)."""
    out = 0
    for k in ks:
        out |= 1 << k
    return out


def _column_prune(
    sigs: Sequence[Sequence[tuple[int, ...]]], target: tuple[int, ...], budget: list[int]
) -> list[list[int]] | None:
    """For each outcome row, the options that can stand in some choice adding up to
    ``target`` column by column (each column on its own, repeated to a fixed point):
    reachable column sums are bit sets, so a column costs a few big-integer shifts.
    None when some column cannot add up at all."""
    m = len(sigs)
    alive = [list(range(len(x))) for x in sigs]
    for _ in range(4):
        changed = False
        for c in range(7):
            tc = target[c]
            if tc > _BITSET_LIMIT:
                continue
            vals = [
                [sigs[i][a[0]][c]] if len(a) == 1 else sorted({sigs[i][k][c] for k in a})
                for i, a in enumerate(alive)
            ]
            if all(len(v) == 1 for v in vals):
                if sum(v[0] for v in vals) != tc:
                    return None
                continue
            mask = (1 << (tc + 1)) - 1
            pre = [1]
            for i in range(m):
                acc = 0
                for v in vals[i]:
                    if v <= tc:
                        acc |= pre[-1] << v
                pre.append(acc & mask)
            if not (pre[m] >> tc) & 1:
                return None
            suf = [0] * (m + 1)
            suf[m] = 1
            for i in range(m - 1, -1, -1):
                acc = 0
                for v in vals[i]:
                    if v <= tc:
                        acc |= suf[i + 1] << v
                suf[i] = acc & mask
            for i in range(m):
                if len(vals[i]) == 1:
                    continue
                a, b = pre[i], suf[i + 1]
                if a.bit_count() > b.bit_count():
                    a, b = b, a
                n_a = a.bit_count()
                budget[0] -= n_a
                if n_a > _BITSET_ITER or budget[0] < 0:
                    continue
                without = 0
                for shift in _bits(a):
                    without |= b << shift
                ok = {v for v in vals[i] if v <= tc and (without >> (tc - v)) & 1}
                if len(ok) < len(vals[i]):
                    alive[i] = [k for k in alive[i] if sigs[i][k][c] in ok]
                    if not alive[i]:
                        return None
                    changed = True
        if not changed:
            break
    return alive


def _outcome_dp(
    opts: Mapping[int, Sequence[_Option]],
    rows: Sequence[int],
    target: tuple[int, ...],
    budget: list[int],
) -> tuple[int, dict[int, int]]:
    order = sorted(rows, key=lambda i: len(opts[i]))
    m = len(order)
    lo = [[0] * 7 for _ in range(m + 1)]
    hi = [[0] * 7 for _ in range(m + 1)]
    for k in range(m - 1, -1, -1):
        sigs = [o.sig for o in opts[order[k]]]
        lows = sigs[0] if len(sigs) == 1 else tuple(map(min, zip(*sigs, strict=True)))
        highs = sigs[0] if len(sigs) == 1 else tuple(map(max, zip(*sigs, strict=True)))
        lo[k] = [a + b for a, b in zip(lo[k + 1], lows, strict=True)]
        hi[k] = [a + b for a, b in zip(hi[k + 1], highs, strict=True)]
    if any(not (lo[0][c] <= target[c] <= hi[0][c]) for c in range(7)):
        return 0, {}
    layers: list[dict[tuple[int, ...], int]] = [{(0,) * 7: 1}]
    for k, i in enumerate(order):
        nxt: dict[tuple[int, ...], int] = {}
        # what the later rows may still add, per column: target - state must lie within
        lo1, hi1 = lo[k + 1], hi[k + 1]
        bounds = tuple(zip(lo1, target, hi1, strict=True))
        for st_, cnt in layers[-1].items():
            for o in opts[i]:
                budget[0] -= 1
                if budget[0] < 0:
                    raise _Exhausted
                ns = _vadd(st_, o.sig)
                for (a, t, b), v in zip(bounds, ns, strict=True):
                    if not a <= t - v <= b:
                        break
                else:
                    nxt[ns] = nxt.get(ns, 0) + cnt
        if not nxt:
            return 0, {}
        layers.append(nxt)
    count = layers[-1].get(target, 0)
    if not count:
        return 0, {}
    used: dict[int, int] = {}
    good = {target}
    for k in range(m - 1, -1, -1):
        i = order[k]
        prev: set[tuple[int, ...]] = set()
        u = used.get(i, 0)
        for st_ in layers[k]:
            for oi, o in enumerate(opts[i]):
                if _vadd(st_, o.sig) in good:
                    u |= 1 << oi
                    prev.add(st_)
        used[i] = u
        good = prev
    return count, used


def _exact(
    opts: Sequence[Sequence[_Option]],
    st: _Problem3,
    use_outcome: bool,
    use_balance: bool,
    budget: list[int],
    memo: _OutcomeMemo | None = None,
) -> _Found:
    """Every choice of one option per row that breaks no rule, counted without listing
    them: for each reading of (七)总计, the outcome rows by :func:`_outcome_paths` (with
    ``memo``) and the balance 一 + 二 = (七)总计 + 四 by a lookup of 一's readings."""
    nrows = len(opts)
    outcome_on = use_outcome and st.use_outcome and st.total is not None
    bal = (st.new, st.carried_over, st.total, st.forward)
    balance_on = use_balance and st.use_balance and all(i is not None for i in bal)
    used = [0] * nrows
    constrained: set[int] = set()
    if outcome_on:
        constrained |= set(st.outcomes)
    if balance_on:
        constrained |= {i for i in bal if i is not None}
    if st.total is not None and (outcome_on or balance_on):
        constrained.add(st.total)
    free = 1
    for i in range(nrows):
        if i not in constrained:
            used[i] = (1 << len(opts[i])) - 1
            free *= len(opts[i])
    if not constrained:
        return _Found(used, free, False, False)
    assert st.total is not None
    count = 0
    try:
        by_new: dict[tuple[int, ...], list[int]] = {}
        if balance_on:
            assert st.new is not None
            for k, o in enumerate(opts[st.new]):
                by_new.setdefault(o.sig, []).append(k)
        for ti, topt in enumerate(opts[st.total]):
            t = topt.sig
            out_count = 1
            out_used: dict[int, int] = {}
            if outcome_on:
                out_count, out_used = _outcome_paths(opts, st.outcomes, t, budget, memo)
                if not out_count:
                    continue
            bal_count = 1
            bal_used: list[tuple[int, int, int]] = []
            if balance_on:
                assert st.carried_over is not None and st.forward is not None
                bal_count = 0
                for ci, co in enumerate(opts[st.carried_over]):
                    for fi, fo in enumerate(opts[st.forward]):
                        budget[0] -= 1
                        if budget[0] < 0:
                            raise _Exhausted
                        need = tuple(t[c] + fo.sig[c] - co.sig[c] for c in range(7))
                        for ni in by_new.get(need, ()):
                            bal_count += 1
                            bal_used.append((ni, ci, fi))
                if not bal_count:
                    continue
            count += out_count * bal_count
            used[st.total] |= 1 << ti
            for i, u in out_used.items():
                used[i] |= u
            for ni, ci, fi in bal_used:
                used[st.new] |= 1 << ni  # type: ignore[index]
                used[st.carried_over] |= 1 << ci  # type: ignore[index]
                used[st.forward] |= 1 << fi  # type: ignore[index]
    except _Exhausted:
        # not every solution was counted: each row keeps the options it may still take
        # (every option, or those the column sums allow when (七)总计 reads one way)
        wide = [(1 << len(o)) - 1 for o in opts]
        if outcome_on and len(opts[st.total]) == 1:
            alive = _column_prune(
                [[o.sig for o in opts[i]] for i in st.outcomes], opts[st.total][0].sig, [10**9]
            )
            if alive is not None:
                for k, i in enumerate(st.outcomes):
                    wide[i] = _bit_set(alive[k])
        return _Found(wide, count * free, True, True)
    return _Found(used, count * free, False, False)


def _solve(
    opts: Sequence[Sequence[_Option]],
    st: _Problem3,
    max_breaks: int,
    use_outcome: bool,
    use_balance: bool,
    budget: list[int],
) -> _Search:
    """Every choice of one option per row that breaks at most ``max_breaks`` rule instances."""
    nrows = len(opts)
    outcome_on = use_outcome and st.use_outcome
    balance_on = use_balance and st.use_balance
    order: list[int] = []
    anchors = [i for i in (st.total, st.new, st.carried_over, st.forward) if i is not None]
    outcome_set = set(st.outcomes) if outcome_on else set()
    for i in anchors:
        order.append(i)
    rest = [i for i in range(nrows) if i not in anchors and i not in outcome_set]
    outs = sorted(outcome_set, key=lambda i: len(opts[i]), reverse=True)
    order.extend(rest)
    order.extend(outs)
    # suffix bounds of the outcome rows, per column
    nout = len(outs)
    smin = [[0] * 7 for _ in range(nout + 1)]
    smax = [[0] * 7 for _ in range(nout + 1)]
    for k in range(nout - 1, -1, -1):
        o = opts[outs[k]]
        if o:  # the columns' least and greatest, a column at a time (zip)
            sigs = [x.sig for x in o]
            lows = sigs[0] if len(sigs) == 1 else tuple(map(min, zip(*sigs, strict=True)))
            highs = sigs[0] if len(sigs) == 1 else tuple(map(max, zip(*sigs, strict=True)))
            smin[k] = [a + lows[col] for col, a in enumerate(smin[k + 1])]
            smax[k] = [a + highs[col] for col, a in enumerate(smax[k + 1])]
            continue
        for col in range(7):
            smin[k][col] = smin[k + 1][col] + min(x.sig[col] for x in o)
            smax[k][col] = smax[k + 1][col] + max(x.sig[col] for x in o)
    first_out = len(order) - nout
    choice = [0] * nrows
    sols: list[tuple[int, ...]] = []
    state = {"capped": False, "aborted": False}
    bal_rows = (st.new, st.carried_over, st.total, st.forward)

    def balance_breaks() -> int:
        if not balance_on:
            return 0
        n_, c_, t_, f_ = (opts[i][choice[i]].sig for i in bal_rows if i is not None)
        return sum(1 for col in range(7) if n_[col] + c_[col] != t_[col] + f_[col])

    def rec(k: int, breaks: int, rem: list[int] | None, broken: int) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            state["aborted"] = True
            return
        if k == len(order):
            sols.append(tuple(choice))
            if len(sols) >= MAX_SOLUTIONS:
                state["capped"] = True
            return
        i = order[k]
        if k == first_out and outcome_on:
            # all anchors assigned: start the outcome columns
            assert st.total is not None
            tsig = opts[st.total][choice[st.total]].sig
            rem = list(tsig)
            broken = 0
            for col in range(7):
                if rem[col] < smin[0][col] or rem[col] > smax[0][col]:
                    broken |= 1 << col
                    breaks += 1
            if breaks > max_breaks:
                return
        for idx, opt in enumerate(opts[i]):
            nb = breaks + opt.breaks
            if nb > max_breaks:
                continue
            choice[i] = idx
            nrem = rem
            nbroken = broken
            if k >= first_out and outcome_on and rem is not None:
                j = k - first_out
                nrem = [rem[col] - opt.sig[col] for col in range(7)]
                for col in range(7):
                    if nbroken >> col & 1:
                        continue
                    if nrem[col] < smin[j + 1][col] or nrem[col] > smax[j + 1][col]:
                        nbroken |= 1 << col
                        nb += 1
                if nb > max_breaks:
                    continue
            if balance_on and k == len(anchors) - 1:
                nb += balance_breaks()
                if nb > max_breaks:
                    continue
            rec(k + 1, nb, nrem, nbroken)
            if state["capped"] or state["aborted"]:
                return

    if balance_on and not anchors:
        balance_on = False
    rec(0, 0, None, 0)
    rec = None  # type: ignore[assignment]  # it holds itself (a reference cycle)
    return _Search(sols, state["capped"], state["aborted"])


def _rule_failures(sigs: Sequence[tuple[int, ...] | None], st: _Problem3) -> list[str]:
    """The rule instances a complete reading breaks, in words."""
    out: list[str] = []
    cols = [APPLICANT_COLUMN_LABELS[c] for c in APPLICANT_COLUMNS]
    if st.use_outcome and st.total is not None:
        t = sigs[st.total]
        if t is not None and all(sigs[i] is not None for i in st.outcomes):
            for col in range(7):
                s = 0
                for i in st.outcomes:
                    row = sigs[i]
                    s += row[col] if row is not None else 0
                if s != t[col]:
                    out.append(f"{cols[col]}列（一）至（六）之和为{s}，（七）总计为{t[col]}")
    if st.use_balance:
        idx = (st.new, st.carried_over, st.total, st.forward)
        rows = [sigs[i] if i is not None else None for i in idx]
        if all(r is not None for r in rows):
            n_, c_, t_, f_ = rows
            assert n_ is not None and c_ is not None and t_ is not None and f_ is not None
            for col in range(7):
                if n_[col] + c_[col] != t_[col] + f_[col]:
                    out.append(
                        f"{cols[col]}列一+二={n_[col] + c_[col]}，（七）总计+四={t_[col] + f_[col]}"
                    )
    return out


def _fmt(v: int | None) -> str:
    return "空白" if v is None else str(v)


def _anchor_columns(
    rows: Sequence[_Row],
) -> list[tuple[int, tuple[tuple[int, int], ...]]]:
    """The rows whose seven numbers are printed (index, offsets of the numbers) that show
    the text is laid out in columns: of two or more such rows, each agrees with the row
    before or after it (:func:`_same_columns`).  Asked only of rows no fixed separator
    joins (:func:`_separator_width`): those print their numbers wherever the label ends,
    and their offsets say nothing of which column a short row's number stands in."""
    full: list[tuple[int, tuple[tuple[int, int], ...]]] = [
        (i, row.offsets)
        for i, row in enumerate(rows)
        if row.fixed is not None and row.offsets is not None and len(row.offsets) == 7
    ]
    if len(full) == 1:
        return full  # (no other row to agree with: its columns are the only evidence)
    agree = [_same_columns(a[1], b[1]) for a, b in itertools.pairwise(full)]
    return [
        a for k, a in enumerate(full) if (k > 0 and agree[k - 1]) or (k < len(agree) and agree[k])
    ]


def _same_columns(a: tuple[tuple[int, int], ...], b: tuple[tuple[int, int], ...]) -> bool:
    """Whether two rows of seven numbers stand in the same columns: the number nearest
    (by centre) to each number of one row, in the other, is the one of its column.

    >>> _same_columns(((0, 2), (5, 6), (9, 11)), ((1, 2), (5, 7), (10, 11)))
    True
    >>> _same_columns(((0, 2), (5, 6), (9, 11)), ((4, 5), (8, 9), (13, 14)))
    False
    """
    ca = [(s + e) / 2 for s, e in a]
    cb = [(s + e) / 2 for s, e in b]
    for mine, other in ((ca, cb), (cb, ca)):
        for k, c in enumerate(mine):
            if min(range(len(other)), key=lambda j: abs(other[j] - c)) != k:
                return False
    return True


def _admissible(tok: tuple[int, int], anchor: tuple[tuple[int, int], ...]) -> set[int]:
    centers = [(a + b) / 2 for a, b in anchor]
    gaps = [centers[j + 1] - centers[j] for j in range(6)]
    if min(gaps) <= 0:
        return set(range(7))
    tol = min(gaps) / 2
    s, e = tok
    c = (s + e) / 2
    out = set()
    for j, (a, b) in enumerate(anchor):
        if abs(s - a) < tol or abs(e - b) < tol or abs(c - centers[j]) < tol:
            out.add(j)
    return out


def _cell_tokens(reading: _Reading, lx: _Lexed) -> list[tuple[int, int | None]]:
    """(column, token) of each cell ``reading`` fills: the index of the row's token when
    the cell is that one whole token, else None (a cell joined or cut from tokens)."""
    out: list[tuple[int, int | None]] = []
    for col, rng in enumerate(reading.ranges):
        if rng is None:
            continue
        a, b = rng
        whole = (a == 0 or lx.gaps[a]) and (b == len(lx.chars) or lx.gaps[b])
        out.append((col, lx.tokens[a] if whole and lx.tokens[a] == lx.tokens[b - 1] else None))
    return out


def _aligned(reading: _Reading, lx: _Lexed, admissible: Sequence[set[int]]) -> bool:
    return all(
        tok is None or tok >= len(admissible) or not admissible[tok] or col in admissible[tok]
        for col, tok in _cell_tokens(reading, lx)
    )


def _separator_width(rows: Sequence[_Row]) -> int | None:
    """The width of the blanks between every two numbers of every row printed in full
    (seven numbers with their offsets), when it is one width for numbers of different
    lengths: cells joined by a fixed separator (tabs turned into spaces), else None.  (In
    columns of one pitch, numbers of one length also stand one width apart: no evidence.)"""
    full = [
        row.offsets
        for row in rows
        if row.fixed is not None and row.offsets is not None and len(row.offsets) == 7
    ]
    gaps = {b[0] - a[1] for offs in full for a, b in itertools.pairwise(offs)}
    lengths = {b - a for offs in full for a, b in offs}
    if len(gaps) != 1 or len(lengths) < 2:
        return None
    return gaps.pop()


def steps_apart(offsets: Sequence[tuple[int, int]], width: int) -> list[int | None]:
    """For each two neighbouring numbers of a row of cells joined by ``width`` blanks, how
    many columns apart they stand (one more than the blank cells between them), or None
    where the blanks are no whole number of separators.

    >>> steps_apart([(0, 2), (6, 7), (15, 17)], 4)
    [1, 2]
    """
    out: list[int | None] = []
    for a, b in itertools.pairwise(offsets):
        gap = b[0] - a[1]
        out.append(gap // width if gap > 0 and gap % width == 0 else None)
    return out


def _stepped(reading: _Reading, lx: _Lexed, steps: Sequence[int | None]) -> bool:
    """Whether ``reading`` reads each number of the row as one whole cell, neighbouring
    numbers ``steps`` columns apart where the separators say so."""
    col_of: dict[int, int] = {}
    for col, tok in _cell_tokens(reading, lx):
        if tok is None:
            return False
        col_of[tok] = col
    return all(
        step is None or t not in col_of or t + 1 not in col_of or col_of[t + 1] - col_of[t] == step
        for t, step in enumerate(steps)
    )


def _template_outcomes(paths: set[str]) -> tuple[str, ...] | None:
    if any(p in paths for p in _OUTCOMES_2021_EXTRA):
        need = _OUTCOMES_COMMON + _OUTCOMES_2021_EXTRA
    else:
        need = _OUTCOMES_COMMON
    if all(p in paths for p in need):
        return need
    return None


def recover_table3(rows: Sequence[RowText], hints: Mapping[str, int] | None = None) -> Recovered3:
    """Decide table 三's cells from rows whose cell boundaries may be lost.

    >>> r = recover_table3([
    ...     RowText("new_received", raw="640020470"),
    ...     RowText("total", raw="630020469"),
    ...     RowText("carried_forward", raw="1000001"),
    ...     RowText("carried_over", raw="0000000"),
    ... ])
    >>> r.cells["new_received"]
    (64, 0, 0, 2, 0, 4, 70)
    >>> r.recovery.rules
    ('row_sum',)

    Rows whose numbers stand on lines away from their labels (one label with two lines of
    numbers, a neighbour with none) are read again with the lines given to the rows in
    document order; that reading is used when it satisfies the rules and the first does not:

    >>> r = recover_table3([
    ...     RowText("granted", raw="1000001\\n2000002"),
    ...     RowText("partially_granted", raw=""),
    ...     RowText("total", raw="3000003"),
    ... ])
    >>> r.cells["partially_granted"], r.recovery.rules
    ((2, 0, 0, 0, 0, 0, 2), ('row_sum', 'row_order'))
    """
    memo: _Memo = {}  # the rows' readings, for rows of the same text (and the second read)
    first = _recover3(rows, hints, memo)
    if _tidy(first):
        return first
    moved = _reflow(rows)
    if moved is None:
        return first
    second = _recover3(moved, hints, memo)
    if not _tidy(second):
        return first
    rec = second.recovery or Recovery()
    recovery = Recovery(
        rows=rec.rows or tuple(r.path for r in moved if r.raw is not None),
        rules=(*rec.rules, RULE_ROW_ORDER),
        unique=rec.unique,
    )
    return attrs.evolve(second, recovery=recovery)


#: Recorded in Recovery.rules when lines of numbers were given to the rows in document order.
RULE_ROW_ORDER = "row_order"
_UNTIDY = frozenset(
    {
        "table3.boundaries_inferred",
        "table3.unreadable_row",
        "table3.recovery_limit",
    }
)


def _tidy(rec: Recovered3) -> bool:
    """Whether a reading needed nothing beyond the rules (no inferred or unread rows)."""
    return not any(p.code in _UNTIDY for p in rec.problems)


def _reflow(rows: Sequence[RowText]) -> list[RowText] | None:
    """The rows with their lines of numbers given out in document order, one line each,
    when the text shows lines displaced from their labels: some row holds no number and
    some row holds two lines or more, and there are exactly as many lines as rows.  A
    line is a row's whole text: seven numbers, or a run of glued digits."""
    lines: list[list[RowText]] = []
    for rt in rows:
        if rt.cells is not None:
            lines.append([rt])
            continue
        raw = rt.raw or ""
        if len(raw) > MAX_RAW_CHARS:
            return None
        lines.append([RowText(rt.path, raw=ln) for ln in raw.split("\n") if _row_line(ln)])
    counts = [len(x) for x in lines]
    if len(rows) > MAX_ROWS or 0 not in counts or max(counts, default=0) < 2:
        return None
    stream = [x for row in lines for x in row]
    if len(stream) != len(rows):
        return None
    out: list[RowText] = []
    for rt, line in zip(rows, stream, strict=True):
        if line.cells is not None:
            out.append(RowText(rt.path, cells=line.cells))
        else:
            out.append(RowText(rt.path, raw=line.raw))
    return out


def _row_line(line: str) -> bool:
    """Whether a line can hold a row's numbers: not empty, and not one short number other
    than 0 (a row's own cells cannot add up so; a label's numbering 1. 2. can stand so)."""
    toks = line.split()
    if not toks:
        return False
    return not (len(toks) == 1 and toks[0].isdigit() and len(toks[0]) <= 2 and int(toks[0]) > 0)


def _recover3(
    rows: Sequence[RowText], hints: Mapping[str, int] | None, memo: _Memo | None = None
) -> Recovered3:
    if not hints:
        printed = _all_printed(rows)
        if printed is not None:  # what the loop below returns for such rows
            return Recovered3(cells=printed)
    problems: list[Problem] = []
    seen: dict[str, _Row] = {}
    order: list[_Row] = []
    for rt in rows:
        if rt.path in seen:
            continue
        if len(order) >= MAX_ROWS:
            problems.append(
                Problem(
                    code="table3.recovery_limit",
                    severity=Severity.WARNING,
                    message=f"表三的行数超过{MAX_ROWS}行，其余行未读取",
                    actual=len(rows),
                )
            )
            break
        row = _Row(rt.path)
        seen[rt.path] = row
        order.append(row)
        if rt.cells is not None and len(rt.cells) == 7:
            row.fixed = _cell_values(rt.cells)
            row.dropped_evidence = any(not x.strip() for x in rt.cells)
            continue
        raw = _raw_of(rt)
        toks = raw.split()
        if _printed_tokens(toks):
            row.fixed = _cell_values(toks)
            row.offsets = rt.offsets if rt.offsets and len(rt.offsets) == 7 else None
            continue
        if len(raw) > MAX_RAW_CHARS:
            row.exhausted = True
            row.recovered = True
            continue
        row.lx = _lex(raw)
        row.recovered = True
        if rt.offsets is not None and len(rt.offsets) == len(toks):
            row.offsets = rt.offsets
        nd = _digit_count(row.lx) + row.lx.chars.count(_MARK)
        row.dropped_evidence = nd < 7
    fixed = {row.path: row.fixed for row in order if row.fixed is not None}
    if not hints and len(fixed) == len(order):
        # every row read as printed (the common case of '|' rows and clean PDF text):
        # the search has one choice per row, cannot hit its bounds and decides nothing
        return Recovered3(cells=fixed, problems=tuple(problems))
    return _decide3(order, dict(hints or {}), problems, memo)


def _all_printed(rows: Sequence[RowText]) -> dict[str, tuple[int | None, ...]] | None:
    """The cells of every row when each is read as printed (seven cells, or seven clean
    tokens) and they are no more than MAX_ROWS: :func:`_recover3`'s common case without
    its per-row search state; None otherwise."""
    fixed: dict[str, tuple[int | None, ...]] = {}
    for rt in rows:
        path = rt.path
        if path in fixed:
            continue
        if len(fixed) >= MAX_ROWS:
            return None
        cells = rt.cells
        if cells is not None and len(cells) == 7:
            fixed[path] = _cell_values(cells)
            continue
        toks = _raw_of(rt).split()
        if not _printed_tokens(toks):
            return None
        fixed[path] = _cell_values(toks)
    return fixed


def _raw_of(rt: RowText) -> str:
    """A row's raw text (its non-blank cells joined when it was given cells)."""
    raw = rt.raw
    if raw is None and rt.cells is not None:
        raw = " ".join(x for x in rt.cells if x.strip())
    return raw or ""


def _printed_tokens(toks: Sequence[str]) -> bool:
    """Seven clean numbers or blank marks: a row read as printed."""
    if len(toks) != 7:
        return False
    for t in toks:
        if t.isascii() and t.isdigit():  # plain digits: _is_numeral's fast path, no mark
            if t[0] == "0" and t != "0":
                return False
        elif not (_is_numeral(t) or _is_mark(t)):
            return False
    return True


def _cell_values(cells: Sequence[str]) -> tuple[int | None, ...]:
    """:func:`_cell_value` of each cell (plain digits read in place, as there)."""
    most = 3 * MAX_CELL_DIGITS
    joined = "".join(cells)
    if joined.isascii() and joined.isdigit() and len(joined) <= most and all(cells):
        return tuple(map(int, cells))  # every cell plain digits, each short: as below
    return tuple(
        [
            int(x) if x.isascii() and x.isdigit() and len(x) <= most else _cell_value(x)
            for x in cells
        ]
    )


def read_as_printed(rt: RowText) -> bool:
    """Whether :func:`recover_table3` reads the row as printed (seven cells, or seven clean
    numbers), leaving nothing to recover: a table of such rows uses no offsets.

    >>> read_as_printed(RowText("total", raw="1 0 0 0 0 0 1"))
    True
    >>> read_as_printed(RowText("total", raw="10000001"))
    False
    """
    if rt.cells is not None and len(rt.cells) == 7:
        return True
    return _printed_tokens(_raw_of(rt).split())


_DUMMY = _Option((0,) * 7, 0, ())


def ambiguous_cells(amb: Mapping[str, Sequence[int | None]], note: str = "") -> Problem:
    """``table3.ambiguous_cells`` for the cells several readings leave undecided: ``amb``
    maps each cell's name (``table3.<row>.<column>``) to the values its readings give;
    ``note`` says why, after the message's head.

    >>> ambiguous_cells({"table3.granted.total": [0, None]}).message[-15:]
    '（一）予以公开·总计：0或空白'
    """
    parts = []
    for key, readings in amb.items():
        path, colname = key[len("table3.") :].rsplit(".", 1)
        parts.append(
            f"{_row_label(path)}·{APPLICANT_COLUMN_LABELS[colname]}："
            + "或".join(_fmt(v) for v in readings)
        )
    return Problem(
        code="table3.ambiguous_cells",
        severity=Severity.WARNING,
        message="表三以下单元格有多种读法都满足表内的勾稽关系，无法确定，已置空"
        + note
        + "："
        + "；".join(parts),
        actual=tuple((k, tuple(v)) for k, v in amb.items()),
        cells=tuple(amb),
    )


def _row_label(path: str) -> str:
    return TABLE3_ROW_LABELS.get(path, path)


def _decide3(
    order: list[_Row], hints: dict[str, int], problems: list[Problem], memo: _Memo | None = None
) -> Recovered3:
    n = len(order)
    idx = {row.path: i for i, row in enumerate(order)}
    recovered = [row for row in order if row.recovered]
    allow0 = any(row.dropped_evidence for row in order)

    row_hints: dict[int, list[tuple[int, int]]] = {}
    for key, value in hints.items():
        path, _, colname = key.rpartition(".")
        if path in idx and colname in APPLICANT_COLUMNS and isinstance(value, int):
            row_hints.setdefault(idx[path], []).append((APPLICANT_COLUMNS.index(colname), value))

    def hint_breaks(i: int, sig: tuple[int, ...]) -> int:
        got = row_hints.get(i)
        if not got:
            return 0  # (most rows: no prose figure names them)
        return sum(1 for col, v in got if sig[col] != v)

    table_steps = [MAX_TABLE_ROW_STEPS]

    def read_row(row: _Row, allow_dropped: bool) -> list[_Reading]:
        """A row's readings, its work bound drawn from the table's."""
        budget = [max(0, min(MAX_ROW_STEPS, table_steps[0]))]
        start = budget[0]
        rs = row.get_readings(allow_dropped, budget, memo)
        table_steps[0] -= start - budget[0]
        return rs

    for row in order:
        if row.lx is not None:
            read_row(row, allow0)

    def readable(path: str) -> bool:
        i = idx.get(path)
        return i is not None and not order[i].exhausted

    outcome_paths = _template_outcomes({r.path for r in order})
    st = _Problem3(
        total=idx.get("total"),
        new=idx.get("new_received"),
        carried_over=idx.get("carried_over"),
        forward=idx.get("carried_forward"),
        outcomes=tuple(idx[p] for p in outcome_paths) if outcome_paths else (),
        use_outcome=outcome_paths is not None
        and readable("total")
        and all(readable(p) for p in outcome_paths),
        use_balance=all(readable(p) for p in _ANCHORS),
    )
    cons = set()
    if st.use_outcome:
        cons |= set(st.outcomes)
        cons.add(st.total)  # type: ignore[arg-type]
    if st.use_balance:
        cons |= {st.new, st.carried_over, st.total, st.forward}  # type: ignore[arg-type]

    # rows whose cells a fixed separator joins (tabs turned into spaces) have no columns:
    # the blanks between two numbers count the blank cells between them; other rows whose
    # seven numbers are all printed are alignment evidence
    width = _separator_width(order)
    anchors = _anchor_columns(order) if width is None else []
    admissible: dict[int, list[set[int]]] = {}
    if anchors:
        for i, row in enumerate(order):
            if row.lx is None or row.offsets is None:
                continue
            before = [a for a in anchors if a[0] < i]
            after = [a for a in anchors if a[0] > i]
            near = ([before[-1][1]] if before else []) + ([after[0][1]] if after else [])
            adm: list[set[int]] = []
            for tok in row.offsets:
                s: set[int] = set()
                for anc in near:
                    s |= _admissible(tok, anc)
                adm.append(s)
            admissible[i] = adm
    spaced: dict[int, list[int | None]] = {}
    if width is not None:
        for i, row in enumerate(order):
            if row.lx is not None and row.offsets is not None:
                spaced[i] = steps_apart(row.offsets, width)
    # what the positions of a row's numbers ask of a reading (aligned columns, counted
    # separators), for the rows whose positions say something
    fits: dict[int, Callable[[_Reading, _Lexed], bool]] = {
        **{i: functools.partial(_aligned, admissible=adm) for i, adm in admissible.items()},
        **{i: functools.partial(_stepped, steps=st) for i, st in spaced.items()},
    }
    aligned_rows: set[int] = set()

    def options(i: int, tier: int) -> list[_Option]:
        """Tier 0: fewest joins, dropped blanks per the table's form, aligned when the
        offsets allow; tier 1: one more join, dropped blanks anywhere; tier 2: as printed
        (no row sum)."""
        row = order[i]
        if row.fixed is not None:
            return [_Option(_sig(row.fixed), 0, (_Reading(row.fixed, 0, False, (None,) * 7),))]
        if row.exhausted or row.lx is None:
            return []
        if tier == 2:
            strict, complete = _strict_readings(row.lx, allow0, 64)
            if not complete:
                row.exhausted = True
                return []
            return _group_options(strict, 1)
        rs = read_row(row, allow0 if tier == 0 else True)
        if rs:
            jmin = min(r.joins for r in rs)
            rs = [r for r in rs if r.joins <= jmin + tier]
        if tier == 0 and i in fits and rs:
            lx, fit = row.lx, fits[i]
            al = [r for r in rs if fit(r, lx)]
            if al and len(al) < len(rs):
                aligned_rows.add(i)
                rs = al
        return _group_options(rs, 0)

    per_tier: list[list[list[_Option]]] = []

    def tier_opts(tier: int) -> list[list[_Option]]:
        while len(per_tier) <= tier:
            t = len(per_tier)
            per_tier.append([options(i, t) for i in range(n)])
        return per_tier[tier]

    chosen: list[list[_Option]] = [[] for _ in range(n)]
    how: list[int] = [0] * n  # tier each row's reading came from
    search_budget = [MAX_SEARCH_NODES]
    fallback_budget = [MAX_FALLBACK_NODES]
    outcome_memo: _OutcomeMemo = {}  # the outcome rows' programmes, for the checks below
    result = _Found([0] * n, 0, False, False)
    fallback = False
    if cons:
        found = False
        for tier in (0, 1):
            opts = tier_opts(tier)
            if tier == 1 and all(
                [o.sig for o in opts[i]] == [o.sig for o in tier_opts(0)[i]] for i in cons
            ):
                continue
            sub = [
                [o for o in opts[i] if hint_breaks(i, o.sig) == 0] if i in cons else [_DUMMY]
                for i in range(n)
            ]
            if any(not sub[i] for i in cons):
                continue
            res = _exact(sub, st, True, True, search_budget, outcome_memo)
            if res.ways or res.aborted:
                result = res
                for i in cons:
                    chosen[i] = sub[i]
                    how[i] = tier
                found = True
                break
        if not found:
            fallback = True
            sub = []
            for i in range(n):
                if i not in cons:
                    sub.append([_DUMMY])
                    continue
                o: list[_Option] = []
                for tier in (0, 1, 2):
                    o = tier_opts(tier)[i]
                    if o:
                        how[i] = tier
                        break
                o = [x._replace(breaks=x.breaks + hint_breaks(i, x.sig)) for x in o]
                chosen[i] = o
                sub.append(o or [_DUMMY])
            for b in range(1, 2 * 7 + len(hints) + n + 1):
                res = _found_of(_solve(sub, st, b, True, True, fallback_budget), sub)
                if res.ways or res.aborted:
                    result = res
                    break
    for i in range(n):
        if i in cons:
            continue
        for tier in (0, 1, 2):
            o = tier_opts(tier)[i]
            if o:
                # prose figures narrow a row no table rule constrains
                agree = [x for x in o if hint_breaks(i, x.sig) == 0]
                chosen[i] = agree or o
                how[i] = tier
                break
    # every row is read: the options not chosen are not needed by the checks below
    per_tier.clear()

    cells: dict[str, tuple[int | None, ...]] = {}
    amb: dict[str, list[int | None]] = {}
    limit_rows: list[str] = []
    unreadable: list[str] = []
    # when the search was cut short, each row keeps every reading it has on its own
    capped = result.capped or result.aborted
    final_sigs: list[tuple[int, ...] | None] = [None] * n
    for i, row in enumerate(order):
        o = chosen[i]
        if row.fixed is not None:
            cells[row.path] = row.fixed
            final_sigs[i] = _sig(row.fixed)
            continue
        if row.exhausted:
            cells[row.path] = (None,) * 7
            limit_rows.append(row.path)
            continue
        if not o:
            cells[row.path] = (None,) * 7
            unreadable.append(row.path)
            continue
        # (when the search was cut short, result.used holds every option a row may take)
        used = list(_bits(result.used[i])) if i in cons else list(range(len(o)))
        reads = [r for k in used for r in o[k].readings]
        if len(reads) == 1:  # (each column's one value, as below)
            cells[row.path] = reads[0].cells
        else:
            decided: list[int | None] = []
            for col in range(7):
                vals = {r.cells[col] for r in reads}
                if len(vals) == 1:
                    decided.append(next(iter(vals)))
                else:
                    decided.append(None)
                    key = f"table3.{row.path}.{APPLICANT_COLUMNS[col]}"
                    amb[key] = sorted(vals, key=lambda v: (v is not None, v or 0))
            cells[row.path] = tuple(decided)
        if len(used) == 1:
            final_sigs[i] = o[used[0]].sig

    if result.aborted:
        problems.append(
            Problem(
                code="table3.recovery_limit",
                severity=Severity.WARNING,
                message="表三各行读法的组合过多，无法在限定的计算量内逐一核对勾稽关系；"
                "只确定了各行所有读法都一致的单元格，其余置空",
            )
        )
    for path in limit_rows:
        problems.append(
            Problem(
                code="table3.recovery_limit",
                severity=Severity.WARNING,
                message=f"表三“{_row_label(path)}”一行的数字过长或可能的读法过多，"
                "无法在限定的计算量内确定单元格边界，已置空",
                cells=tuple(f"table3.{path}.{c}" for c in APPLICANT_COLUMNS),
            )
        )
    for path in unreadable:
        problems.append(
            Problem(
                code="table3.unreadable_row",
                severity=Severity.WARNING,
                message=f"表三“{_row_label(path)}”一行的文本无法切分为7个单元格，已置空",
                cells=tuple(f"table3.{path}.{c}" for c in APPLICANT_COLUMNS),
            )
        )
    if amb:
        note = "（满足勾稽关系的读法过多，未逐一列出，所列为各行自身可能的读法）" if capped else ""
        problems.append(ambiguous_cells(amb, note))
    relaxed = [order[i].path for i in range(n) if order[i].recovered and how[i] > 0 and chosen[i]]
    if (fallback or relaxed) and recovered:
        fails = _rule_failures(final_sigs, st)
        for i in range(n):
            sig = final_sigs[i]
            if sig is not None and order[i].recovered and sum(sig[:6]) != sig[6]:
                fails.append(
                    f"“{_row_label(order[i].path)}”一行前六列之和为{sum(sig[:6])}，总计为{sig[6]}"
                )
        if fallback:
            msg = (
                "表三的单元格边界已从文本推断，但没有任何一种读法能满足全部勾稽关系，"
                "采用违反规则最少的读法"
            )
        else:
            msg = "表三的单元格边界已从文本推断，采用的读法超出文本所示"
        if relaxed:
            msg += (
                "（"
                + "、".join(f"“{_row_label(p)}”" for p in relaxed)
                + "须合并被空白隔开的数字、假定空白单元格未被打印或按原样读出）"
            )
        if fails:
            msg += "；仍不满足：" + "；".join(fails)
        problems.append(
            Problem(
                code="table3.boundaries_inferred",
                severity=Severity.WARNING,
                message=msg,
                actual=tuple(fails) or None,
                cells=tuple(f"table3.{r.path}.{c}" for r in recovered for c in APPLICANT_COLUMNS),
            )
        )

    if not recovered:
        return Recovered3(cells=cells, recovery=None, problems=tuple(problems))

    unique = not amb and not fallback and not limit_rows and not unreadable and not relaxed
    unique = unique and (result.ways == 1 or not cons)
    rules: list[str] = []
    if any(row.rejected for row in recovered):
        rules.append(RULE_ROW_SUM)
    if not fallback and result.ways == 1:
        base = [chosen[i] if i in cons else [_DUMMY] for i in range(n)]
        for name, uo, ub, on in (
            (RULE_OUTCOME_SUM, False, True, st.use_outcome),
            (RULE_BALANCE, True, False, st.use_balance),
        ):
            if on:
                res = _exact(base, st, uo, ub, [MAX_SEARCH_NODES], outcome_memo)
                if res.ways > 1 or res.aborted:
                    rules.append(name)
    if row_hints:
        rules.append(RULE_PROSE)
    if aligned_rows:
        rules.append(RULE_ALIGNMENT)
    if relaxed:
        rules.append(RULE_RELAXED)
    return Recovered3(
        cells=cells,
        recovery=Recovery(rows=tuple(r.path for r in recovered), rules=tuple(rules), unique=unique),
        problems=tuple(problems),
    )


# --- table 四 ----------------------------------------------------------------------------


def _t4_cell_names() -> list[tuple[str, str]]:
    out = []
    for g, gl in _T4_GROUPS:
        for c, cl in _T4_COLUMNS:
            out.append((f"table4.{g}.{c}", f"{gl}·{cl}"))
    return out


T4_CELLS = _t4_cell_names()


def _t4_search(
    lx: _Lexed,
    allow_dropped: bool,
    max_joins: int,
    max_breaks: int,
    budget: list[int],
    limit: int,
) -> tuple[list[tuple[tuple[int | None, ...], int]], bool]:
    """Readings of table 四's text into 15 cells: (cells, joins); and whether the work
    bound was hit.

    A blank cell the text dropped (``allow_dropped``) is first looked for only where
    the digits left are fewer than the cells left; when a reading needs k of them, they
    are then looked for anywhere (k at most): a blank group is not known to be the last
    one (复议后起诉), any group may be the one the text left out."""
    out: list[tuple[tuple[int | None, ...], int, int]] = []
    aborted = _t4_readings(lx, allow_dropped, max_joins, max_breaks, budget, limit, 0, out)
    dropped = max((r[2] for r in out), default=0)
    if dropped and not aborted:
        out.clear()
        aborted = _t4_readings(
            lx, allow_dropped, max_joins, max_breaks, budget, limit, dropped, out
        )
    return [(r[0], r[1]) for r in out], aborted


def _t4_readings(
    lx: _Lexed,
    allow_dropped: bool,
    max_joins: int,
    max_breaks: int,
    budget: list[int],
    limit: int,
    free: int,
    out: list[tuple[tuple[int | None, ...], int, int]],
) -> bool:
    """:func:`_t4_search`'s search: readings (cells, joins, dropped blanks) into ``out``,
    a dropped blank anywhere while fewer than ``free`` are; whether the bound was hit."""
    c = lx.chars
    n = len(c)
    cf = [_cells_from(lx, p, max_joins) for p in range(n)]
    cells: list[int | None] = []
    aborted = False
    max_w = MAX_CELL_DIGITS + MAX_CELL_DIGITS // 3 + max_joins

    def rec(p: int, joins: int, breaks: int, dropped: int) -> None:
        nonlocal aborted
        budget[0] -= 1
        if budget[0] < 0:
            aborted = True
            return
        i = len(cells)
        if i % 5 == 0 and i > 0:
            a, b, c_, d, total = cells[i - 5 : i]  # a group: its four columns, its total
            if (a or 0) + (b or 0) + (c_ or 0) + (d or 0) != (total or 0):
                breaks += 1
                if breaks > max_breaks:
                    return
        if i == 15:
            if p == n:
                out.append((tuple(cells), joins, dropped))
            return
        left = 15 - i
        rest = n - p
        if rest > left * max_w:
            return
        if not allow_dropped and rest < left:
            return
        if p < n:
            for q, v, j in cf[p]:
                if joins + j > max_joins:
                    continue
                cells.append(v)
                rec(q, joins + j, breaks, dropped)
                cells.pop()
                if aborted or len(out) >= limit:
                    return
        if allow_dropped and (rest < left or dropped < free):
            cells.append(None)
            rec(p, joins, breaks, dropped + 1)
            cells.pop()

    rec(0, 0, 0, 0)
    rec = None  # type: ignore[assignment]  # it holds itself (a reference cycle)
    return aborted


def recover_table4(text_or_cells: str | Sequence[str]) -> Recovered4:
    """Decide table 四's 15 cells from text whose cell boundaries may be lost.

    >>> recover_table4("10203120001200000").cells
    (1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0)
    >>> recover_table4(["1", "0", "0", "0", "1"] + ["0"] * 10).recovery is None
    True
    """
    if not isinstance(text_or_cells, str):
        parts = list(text_or_cells)
        if len(parts) == 15:
            return Recovered4(cells=tuple(_cell_value(x) for x in parts))
        raw = " ".join(x for x in parts if x.strip())
        dropped_evidence = any(not x.strip() for x in parts)
    else:
        raw = text_or_cells
        dropped_evidence = False
    toks = raw.split()
    if len(toks) == 15 and all(_is_numeral(t) or _is_mark(t) for t in toks):
        return Recovered4(cells=tuple(_cell_value(t) for t in toks))
    none15: tuple[int | None, ...] = (None,) * 15
    if len(raw) > MAX_RAW_CHARS:
        return Recovered4(cells=none15, problems=(_t4_limit(),))
    lx = _lex(raw)
    if not lx.chars:
        return Recovered4(cells=none15)
    if _MINUS in lx.chars:
        return Recovered4(cells=none15)
    nd = _digit_count(lx) + lx.chars.count(_MARK)
    allow0 = dropped_evidence or nd < 15
    budget = [MAX_SEARCH_NODES]
    sols: list[tuple[tuple[int | None, ...], int]] = []
    tier_used = -1
    aborted = False
    # tier 0: fewest joins
    for j in range(MAX_JOINS + 1):
        found, ab = _t4_search(lx, allow0, j, 0, budget, MAX_SOLUTIONS)
        found = [f for f in found if f[1] == j]
        if ab:
            aborted = True
            break
        if found:
            sols = found
            tier_used = 0
            break
    jmin = sols[0][1] if sols else 0
    if not sols and not aborted:
        # tier 1: dropped blanks allowed, one more join
        jstart = 0
        for j in range(MAX_JOINS + 1):
            found, ab = _t4_search(lx, True, j, 0, budget, MAX_SOLUTIONS)
            if ab:
                aborted = True
                break
            if found:
                sols = found
                tier_used = 1
                jstart = j
                break
        if sols and jstart + 1 <= MAX_JOINS and not aborted:
            more, ab = _t4_search(lx, True, jstart + 1, 0, budget, MAX_SOLUTIONS)
            aborted = aborted or ab
            sols = more if not ab else sols
        if tier_used == 0 and not sols:
            tier_used = -1
    fallback = False
    if not sols and not aborted:
        fallback = True
        for b in range(1, 4):
            found, ab = _t4_search(lx, allow0, jmin, b, budget, MAX_SOLUTIONS)
            if ab:
                aborted = True
                break
            if found:
                sols = found
                break
    problems: list[Problem] = []
    if aborted and not sols:
        return Recovered4(
            cells=none15,
            recovery=Recovery(rows=("table4",), rules=(), unique=False),
            problems=(_t4_limit(),),
        )
    if not sols:
        return Recovered4(
            cells=none15,
            recovery=Recovery(rows=("table4",), rules=(), unique=False),
            problems=(
                Problem(
                    code="table4.unreadable",
                    severity=Severity.WARNING,
                    message="表四的文本无法切分为15个单元格，已置空",
                    actual=raw[:200],
                ),
            ),
        )
    capped = len(sols) >= MAX_SOLUTIONS or aborted
    distinct = sorted({s[0] for s in sols}, key=lambda t: tuple((v is None, v or 0) for v in t))
    decided: list[int | None] = []
    amb: dict[str, list[int | None]] = {}
    for k in range(15):
        vals = {s[k] for s in distinct}
        if len(vals) == 1 and not capped:
            decided.append(next(iter(vals)))
        else:
            decided.append(None)
            if len(vals) > 1 or capped:
                amb[T4_CELLS[k][0]] = sorted(vals, key=lambda v: (v is None, v or 0))
    if amb:
        labels = dict(T4_CELLS)
        problems.append(
            Problem(
                code="table4.ambiguous_cells",
                severity=Severity.WARNING,
                message="表四以下单元格有多种读法都满足“维持+纠正+其他+尚未审结=总计”，无法确定，已置空"
                + ("（读法过多，仅列出部分）" if capped else "")
                + "："
                + "；".join(
                    f"{labels[key]}：{'或'.join(_fmt(v) for v in vals)}"
                    for key, vals in amb.items()
                ),
                actual=tuple((k, tuple(v)) for k, v in amb.items()),
                cells=tuple(amb),
            )
        )
    # (a reading that joins numbers the text separates, or takes blank cells as not
    # printed, infers boundaries the text does not show: its values are marked)
    if fallback or tier_used == 1 or jmin > 0:
        fails = []
        for g in range(3):
            grp = decided[5 * g : 5 * g + 5]
            if len(distinct) == 1:
                s = sum(v or 0 for v in grp[:4])
                if s != (grp[4] or 0):
                    fails.append(f"{_T4_GROUPS[g][1]}：四项之和为{s}，总计为{_fmt(grp[4])}")
        if fallback:
            msg = (
                "表四的单元格边界已从文本推断，但没有任何一种读法能满足全部勾稽关系，"
                "采用违反规则最少的读法"
            )
        else:
            msg = (
                "表四的单元格边界已从文本推断：只有合并被空白隔开的数字"
                "或假定空白单元格未被打印才能满足勾稽关系"
            )
        if fails:
            msg += "（仍不满足：" + "；".join(fails) + "）"
        problems.append(
            Problem(
                code="table4.boundaries_inferred",
                severity=Severity.WARNING,
                message=msg,
                actual=tuple(fails) or None,
                cells=tuple(k for k, _ in T4_CELLS),
            )
        )
    rules = (RULE_GROUP_SUM,) if len(distinct) < _t4_count_unconstrained(lx, allow0, jmin) else ()
    if tier_used == 1:
        rules = (*rules, RULE_RELAXED)
    return Recovered4(
        cells=tuple(decided),
        recovery=Recovery(
            rows=("table4",), rules=rules, unique=not amb and not fallback and len(distinct) == 1
        ),
        problems=tuple(problems),
    )


def _t4_count_unconstrained(lx: _Lexed, allow_dropped: bool, joins: int) -> int:
    """How many readings there are without the sums (up to 2: whether the sums decided)."""
    found, _ = _t4_search(lx, allow_dropped, joins, 3, [20_000], 2)
    return len({f[0] for f in found})


def _t4_limit() -> Problem:
    return Problem(
        code="table4.recovery_limit",
        severity=Severity.WARNING,
        message="表四的文本过长或读法过多，无法在限定的计算量内确定单元格边界，已置空",
    )


# --- table 二 ----------------------------------------------------------------------------


def recover_table2_row(raw: str, ncols: int) -> tuple[int | None, ...] | None:
    """Cells of a glued table 二 row when the text decides them, else None.

    The text decides when exactly one cut of its digit runs into ``ncols`` cells
    exists: numbers without leading zeros, whitespace always separating cells, and a
    blank cell that left no trace (glued text drops it) anywhere: ``ncols``
    whitespace-separated numbers, zeros (``000``), a sign that ends a cell (``35-15``).
    A run of ``ncols`` digits is not decided (``803`` may be 80, a blank and 3), and
    typical magnitudes are no evidence.

    >>> recover_table2_row("000", 3)
    (0, 0, 0)
    >>> recover_table2_row("35-15", 2)
    (35, -15)
    >>> recover_table2_row("5-12", 3) is None  # 5, -1, 2 or 5, -, 12
    True
    >>> recover_table2_row("693665", 3) is None
    True
    >>> recover_table2_row("803", 3) is None  # 8, 0, 3 or 80, blank, 3 …
    True
    """
    if ncols <= 0 or ncols > 16 or len(raw) > MAX_RAW_CHARS:
        return None
    if "." in raw or "．" in raw:
        return None
    lx = _lex(raw, signed=True)
    c = lx.chars
    n = len(c)
    if n == 0 or n > ncols * (MAX_CELL_DIGITS + 4):
        return None
    cf = [_cells_from(lx, p, 0) for p in range(n)]
    found: list[tuple[int | None, ...]] = []
    acc: list[int | None] = []
    steps = [0]

    def rec(p: int) -> None:
        steps[0] += 1
        if steps[0] > MAX_ROW_STEPS or len(found) > 1:
            return
        if p == n and len(acc) == ncols:
            found.append(tuple(acc))
            return
        if len(acc) == ncols:
            return
        if p < n:
            for q, v, _j in cf[p]:
                acc.append(v)
                rec(q)
                acc.pop()
        acc.append(None)  # (a blank cell the text dropped, at any cell boundary)
        rec(p)
        acc.pop()

    rec(0)
    rec = None  # type: ignore[assignment]  # it holds itself (a reference cycle)
    if len(found) == 1 and steps[0] <= MAX_ROW_STEPS:
        return found[0]
    return None
