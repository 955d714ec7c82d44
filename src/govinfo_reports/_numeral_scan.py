"""A compact, faster form of :func:`numerals.scan_quantities` for the prose figure reader.

:func:`scan_compact` finds exactly the quantities ``scan_quantities`` yields (same order,
same spans, same values), but keeps them in flat arrays: the start and end of each, its
unit, and a :class:`~govinfo_reports.model.Quantity` object only for the few that are not
a plain run of ASCII digits with an optional unit (the bulk of a report's numbers are bare
table cells).  :meth:`Scan.quantity` builds the object of any of them on demand.

Why it is faster: the numeral pattern runs on the standard :mod:`re` engine (the same
pattern text, which both engines read alike; about twice as fast here), behind a lookahead
of the characters a quantity can start with, and the common plain-digit case is read
inline; the phone-number test looks back only where a keyword such as 电话 ends nearby.

>>> s = scan_compact("共收到申请48件，| 40 | 5 |，电话12345678。", frozenset())
>>> [(s.quantity(i).value, s.quantity(i).unit) for i in range(len(s))]
[(48, '件'), (40, None), (5, None)]
"""

from __future__ import annotations

import functools
import re
from array import array
from bisect import bisect_left
from collections.abc import Sequence

from . import numerals as _n
from ._lazy import compile_re, lazy_re
from ._numeral_cn import CN_CHARS
from .model import Quantity

_FIRST = "[0-9０-９" + CN_CHARS + "上百" + "".join(sorted({word[0] for word in _n._PREFIXES})) + "]"
# the same pattern text as numerals._PATTERN / _SINGLE, on the re engine, behind a
# lookahead of every character a match can start with (tests check both agree)
PATTERN = compile_re(f"(?={_FIRST})" + _n._PATTERN.pattern)
SINGLE = compile_re(f"(?={_FIRST})" + _n._SINGLE.pattern)
_GI = {name: i - 1 for name, i in PATTERN.groupindex.items()}
_I_PRE, _I_N1, _I_UNIT, _I_Q1, _I_Q2, _I_N2 = (
    _GI["pre"],
    _GI["n1"],
    _GI["unit"],
    _GI["q1"],
    _GI["q2"],
    _GI["n2"],
)
_DIGIT_RUN = lazy_re("[0-9]+")
# what may follow a run of ASCII digits inside one PATTERN match: more digits (full
# width), a separator, decimal point, 余/多 or multiplier, %, a range (至 到 dashes), a
# unit or 余/多 after spaces and one line break (PATTERN's _SP), 以上/以下/以内/左右
_UNIT_FIRST = "".join(sorted({u[0] for u in _n._UNITS} | {"％", "余", "多"}))
_CONT = (
    "[０-９,，.．余多万亿千百%％至到以左" + re.escape("".join(sorted(_n._DASHES))) + "]"
    "|[ \t][至到以左]"
    "|[ \t\u3000\xa0]{0,4}+(?:\r?\n[ \t\u3000\xa0]{0,8}+)?+[" + re.escape(_UNIT_FIRST) + "]"
)
# characters around a run of digits that may make it an identifier (numerals._identifier
# looks further at these; a run next to none of them needs only its other tests)
_BAD_BEFORE = _n._IDENT_BEFORE | _n._COLONS | _n._DASHES | {"第", "几"}
_BAD_AFTER = _n._IDENT_AFTER | _n._COLONS | _n._DASHES | _n._CLOSE_PARENS | {"/", "几"}


def _chars(chars: frozenset[str] | set[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


# a plain number: a run of ASCII digits that nothing extends (PATTERN's match there is
# the run alone, without a unit), with no character of _BAD_BEFORE/_BAD_AFTER beside it,
# not 12345热线, at most 15 digits and no leading zero (what arabic() reads): all of
# numerals._read_digits's tests but the phone keyword one
_PLAIN = (
    f"(?<!{_chars(_BAD_BEFORE)})(?<!第[ \t])"
    "(?!(?:12|96)[0-9]{3}[\u4e00-\u9fff])"
    "(?:[1-9][0-9]{0,14}+|0)(?![0-9])"
    f"(?!{_CONT})(?!{_chars(_BAD_AFTER)})"
)


_BIG = frozenset("万萬亿億")
_DATES = frozenset("年月日")
# a bare Chinese numeral (一是, (一), 第二十条): a run of numeral characters without
# 万/亿, not opening with 百, that nothing extends (no 点, unit, qualifier or range after
# it): PATTERN's match there is the run alone, which numerals._read drops at once
_BARE_CN = (
    f"{_chars(frozenset(CN_CHARS) - _BIG - {'百'})}{_chars(frozenset(CN_CHARS) - _BIG)}*+"
    f"(?!{_chars(frozenset(CN_CHARS))})(?!点|{_CONT})"
)


# ASCII digits before a list marker's 、 or point (1、 2. : numerals._identifier drops them)
_MARKER_NUMBER = "[0-9]++(?=、|[.．](?![0-9０-９]))"
# ASCII digits with the unit 年, 月 or 日 and nothing after it (a date's parts: PATTERN's
# match is the digits and the unit, dropped by a caller that drops these units)
_DATE_NUMBER = f"[0-9]++{_n._SP}[年月日](?![ \t]?[以左])"


def _end_and_nothing(unitless_end: frozenset[str], drop_dates: bool) -> tuple[str, str]:
    """The parts of :func:`next_pattern` and :func:`skip_pattern`: what may end a
    candidate without a unit (before the end of the text), and the matches giving no
    quantity."""
    end = _chars(unitless_end) + "|" if unitless_end else ""
    nothing = f"{_BARE_CN}|{_MARKER_NUMBER}" + (f"|{_DATE_NUMBER}" if drop_dates else "")
    return end, nothing


@functools.lru_cache(maxsize=8)
def next_pattern(unitless_end: frozenset[str], drop_dates: bool = False) -> re.Pattern[str]:
    """The next place to read: a plain number (group 1 set when a character of
    ``unitless_end`` or the end of the text follows it after at most two spaces or
    tabs), a match that gives no quantity (group 2: a bare Chinese numeral, digits before
    a list marker, with ``drop_dates`` digits with 年/月/日), else (empty) the next
    character a quantity can start with."""
    end, nothing = _end_and_nothing(unitless_end, drop_dates)
    return compile_re(f"(?={_FIRST})(?:{_PLAIN}(?:(?=[ \t]{{0,2}}+(?:{end}\\Z))())?|({nothing}))?")


_NOT_FIRST = "[^" + _FIRST[1:]
# a character a quantity can start with only through a qualifier word (约, 不超过), with
# no numeral character (or 上, of 上百) close enough after it for PATTERN to match there
# (PATTERN's numeral starts at most len(word) + 2 characters after the word's start), or
# where no qualifier word stands (至 of 至2020年, 不 of 不断: the first character of
# words of two or more characters only), or a 上 that no multiplier follows (上年:
# PATTERN matches at 上 only in 上百, 上千…)
_NUMERAL_START = _chars(set("0123456789０１２３４５６７８９") | set(CN_CHARS))
_WORD_ONLY = _chars({word[0] for word in _n._PREFIXES} - set(CN_CHARS))
assert "上" not in {word[0] for word in _n._PREFIXES} | set(CN_CHARS)
_NUMERAL_OR_UP = _chars(set("0123456789０１２３４５６７８９上") | set(CN_CHARS))
_WORD_RESTS: dict[str, list[str]] = {}
for _word in _n._PREFIXES:
    _WORD_RESTS.setdefault(_word[0], []).append(re.escape(_word[1:]))
_NO_WORD = "|".join(
    f"{first}(?!{'|'.join(rests)})"
    for first, rests in sorted(_WORD_RESTS.items())
    if "" not in rests and first not in CN_CHARS
)
del _word
_NO_NUMERAL_NEAR = (
    f"{_WORD_ONLY}(?!{_NUMERAL_OR_UP[0]}^{_NUMERAL_OR_UP[1:]}"
    f"{{0,{max(len(word) for word in _n._PREFIXES) + 1}}}+{_NUMERAL_OR_UP})"
    f"|{_NO_WORD}|上(?!{_n._UP_MULT})"
)


# a run of ASCII digits that nothing extends (PATTERN's match there is the run alone),
# with a character before it or after it that makes it an identifier (numerals._identifier
# drops it whatever else stands beside it): the loop would read it and drop it
_ID_DIGITS = (
    f"(?<={_chars(_n._IDENT_BEFORE)})[0-9]++(?!{_CONT})"
    f"|[0-9]++(?!{_CONT})(?={_chars(_n._IDENT_AFTER)})"
)


# a numeral right after 第 (第二十条, 第3至5项): the loop drops it whatever follows it
# and goes on after SINGLE's match there (PATTERN's when it has no range); no qualifier
# word starts with a numeral character, so the match has none
assert not any(word[0] in _NUMERAL_START for word in _n._PREFIXES)
_ORDINAL = (
    f"(?<=第)(?={_NUMERAL_START})(?:" + re.sub(r"\(\?P<\w+>", "(?:", _n._SINGLE.pattern) + ")"
)
assert compile_re(_ORDINAL).groups == 0


# ASCII digits with a unit (spaces and a line break between them aside, as PATTERN's
# _SP) and nothing more PATTERN reads there: no digit, 余/多, multiplier, range (a unit
# starts with none of these, and with a % PATTERN may read one) or qualifier after the
# unit; no 半 after it, no unit 成 (numerals._NOT_FAST); no character before the digits
# that makes them an identifier (_read_digits's tests with a unit): what the loop would
# keep, the digits (group 3) and the unit (group 4) by PATTERN's own unit alternation
# (atomic: the unit PATTERN reads, not a shorter one that the tests after it let pass)
_PLAIN_UNIT = (
    f"(?<!{_chars(_BAD_BEFORE)})(?<!第[ \t])((?:[1-9][0-9]{{0,14}}+|0)(?![0-9０-９]))"
    f"{_n._SP}(?![%％成])((?>{_n._unit_alternatives()}))(?![ \t]?(?:{_n._SUF})|半)"
)


@functools.lru_cache(maxsize=8)
def skip_pattern(unitless_end: frozenset[str], drop_dates: bool = False) -> re.Pattern[str]:
    """What :func:`next_pattern` finds, read from a position by one match that passes
    over the matches giving no quantity: the match ends at the next character a quantity
    can start with (or the end of the text) unless a plain number stands there (group 1,
    with group 2 set as group 1 of :func:`next_pattern`).  (A plain number and a match
    of the list-marker or date digits never start at one place: what follows the digits
    of those makes the plain number fail.)"""
    end, nothing = _end_and_nothing(unitless_end, drop_dates)
    return compile_re(
        f"(?:{_NOT_FIRST}++|{nothing}|{_ID_DIGITS}|{_ORDINAL}|{_NO_NUMERAL_NEAR})*+"
        f"(?:({_PLAIN})(?:(?=[ \t]{{0,2}}+(?:{end}\\Z))())?|{_PLAIN_UNIT})?"
    )


# the cells after a plain number in a table row (… | 0 | 0 | 3 |): each a plain number
# with a | before and after it (spaces and tabs aside, no empty cell between): the same
# numbers the loop would read one at a time (nothing extends them, nothing beside them
# makes them identifiers), none a candidate (a | follows it)
_ROW_CELLS = lazy_re(r"(?:[ \t]*+\|[ \t]*+(?:[1-9][0-9]{0,14}+|0)(?=[ \t]*+\|))++")
# the rows of a table after a plain number in one (for a caller whose reads leave out
# inner cells): the rest of its row and at least one more row, each a label of what
# gives no quantity (the matches skip_pattern passes over, but dates and line breaks),
# then plain numbers, each with a | after it: what the loop would read one at a time,
# no quantity but these numbers and none a candidate
_LABEL = f"(?:[^{_FIRST[1:-1]}\n]++|{_BARE_CN}|{_MARKER_NUMBER}|{_NO_NUMERAL_NEAR})*+"
# (the run of spaces, tabs and |s before a cell's number, read as one class: the same
# text as (?:[ \t]*+\|)++[ \t]*+ matches, without a group repeated per |; tested)
_CELL = r"[ \t]*+\|[ \t|]*+(?:[1-9][0-9]{0,14}+|0)(?=[ \t]*+\|)"
_ROWS = lazy_re(
    f"(?:{_CELL})*+(?:[ \t]*+\\|{_LABEL}\n{_LABEL}{_PLAIN}(?=[ \t]*+\\|)(?:{_CELL})*+)++"
)
_PHONE_LOOKBACK = 16
# each unit of the grammar as one str object
_UNIT_OBJECTS = {unit: unit for unit in _n._UNITS}


class Scan:
    """The quantities of one text: ``starts``, ``ends``, ``units`` by index, and the
    objects of the quantities that are not plain digits and of those built so far
    (``special``).

    ``candidates``: the indexes of the quantities with a unit of ``keep_units``, and of
    those without a unit that stand before a character of ``unitless_end`` (after at most
    two spaces or tabs), the end of the text or the next quantity (a caller's prefilter:
    the prose figure reader reads no other quantity).
    """

    __slots__ = (
        "candidates",
        "ends",
        "holes",
        "special",
        "starts",
        "text",
        "units",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = array("q")
        self.ends = array("q")
        self.units: list[str | None] = []
        self.special: dict[int, Quantity] = {}
        self.candidates = array("q")
        self.holes: list[tuple[int, int, int]] = []

    def __len__(self) -> int:
        return len(self.starts)

    def quantity(self, i: int) -> Quantity:
        """The quantity at index ``i`` (a plain-digit one built when first asked for:
        a figure's quantity is asked for again as a total or a part)."""
        q = self.special.get(i)
        if q is not None:
            return q
        start, end = self.starts[i], self.ends[i]
        text = self.text
        m = _DIGIT_RUN.match(text, start)
        assert m is not None
        q = self.special[i] = Quantity(
            value=int(m.group()),
            unit=self.units[i],
            text=text[start:end],
            span=(start, end),
        )
        return q


def _phone_near(text: str, parts: list[tuple[int, int]] | None = None) -> set[int]:
    """The offsets where numerals._phone_context may be True: a keyword of
    numerals._PHONE_WORDS (two characters or more) ends at most 14 characters before
    (it must lie in the 16 characters before the number).  With ``parts`` (``(start,
    end)`` ranges), all such offsets in them (others may be left out): the keywords
    that start at most 16 characters before a part's start, or in the part."""
    out: set[int] = set()
    search = _PHONE_WORD.search
    n = len(text)
    for lo, hi in [(0, n)] if parts is None else parts:
        # (up to where a keyword that starts before hi ends)
        stop = min(hi + _PHONE_WORD_MAX - 1, n)
        m = search(text, max(lo - _PHONE_LOOKBACK, 0), stop)
        # (a search from the next character: keywords may overlap)
        while m is not None and m.start() < hi:
            start, end = m.span()
            out.update(range(end, start + _PHONE_LOOKBACK + 1))
            m = search(text, start + 1, stop)
    return out


# the keywords, longest first (none is a prefix of another, so at each place at most one
# of them starts: the search finds every occurrence of each)
_PHONE_WORD = lazy_re("|".join(sorted(_n._PHONE_WORDS, key=len, reverse=True)))
_PHONE_WORD_MAX = max(map(len, _n._PHONE_WORDS))


def _unread(
    sentence_ends: Sequence[int],
    anchors: Sequence[int],
    last_unit_end: int,
    pos: int,
    stop: int,
) -> bool:
    """True when no read from an anchor before ``stop`` or from ``last_unit_end`` (before
    ``pos``) reaches ``text[pos:stop]`` (which holds no sentence end): a sentence end
    lies before ``pos``, at or after the later of them."""
    k = bisect_left(sentence_ends, pos) - 1
    last_end = sentence_ends[k] if k >= 0 else -1
    a = bisect_left(anchors, stop) - 1
    last_anchor = anchors[a] if a >= 0 else -1
    return max(last_anchor, last_unit_end) <= last_end


def _plain_cells(phone_sorted: list[int], start: int, end: int, stop: int) -> bool:
    """True when the cells ``text[start:end]`` found by a pattern are what the scan
    would read one at a time: they end at or before ``stop`` (the next hole or statement
    of zero) and no offset of ``phone_sorted`` (sorted: where a phone keyword may stand
    before a number) lies in ``[start, end)``."""
    if end > stop:
        return False
    k = bisect_left(phone_sorted, start)
    return k == len(phone_sorted) or phone_sorted[k] >= end


# the characters a numeral or its 余/多 ends with, and those a unit or 余/多 starts with:
# PATTERN crosses a line break only between the two (in _SP)
_NUMERAL_END = frozenset("0123456789０１２３４５６７８９余多" + CN_CHARS)
_UNIT_START = frozenset(_UNIT_FIRST)
_SPACE = " \t\u3000\xa0"


def _sync(text: str, p: int) -> bool:
    """True when no PATTERN match (and no statement of zero) crosses the line break
    before ``p`` (``text[p - 1]`` is ``\\n``): what is found from ``p`` on does not depend
    on what comes before."""
    n = len(text)
    j = p
    while j < n and j < p + 8 and text[j] in _SPACE:
        j += 1
    if j >= n or text[j] not in _UNIT_START:
        return True
    k = p - 2
    if k >= 0 and text[k] == "\r":
        k -= 1
    while k >= 0 and text[k] in _SPACE:
        k -= 1
    return k < 0 or text[k] not in _NUMERAL_END


def sync_holes(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """For each region ``(a, b)`` (by index), the part ``[r1, r2)`` between the first and
    the last line start in it at which the scan can stop and start afresh (``_sync``):
    ``(index, r1, r2)`` when that part is not empty."""
    out = []
    n = len(text)
    for index, (a, b) in enumerate(regions):
        a, b = max(a, 0), min(b, n)
        r1 = -1
        i = text.find("\n", a, b)
        while i >= 0:
            if _sync(text, i + 1):
                r1 = i + 1
                break
            i = text.find("\n", i + 1, b)
        if r1 < 0:
            continue
        r2 = -1
        i = text.rfind("\n", r1, b)
        while i >= r1:
            if _sync(text, i + 1):
                r2 = i + 1
                break
            i = text.rfind("\n", r1, i)
        if r2 > r1:
            out.append((index, r1, r2))
    return out


def scan_compact(
    text: str,
    drop_units: frozenset[str],
    keep_units: frozenset[str] = frozenset(),
    unitless_end: frozenset[str] = frozenset(),
    skip: list[tuple[int, int]] | None = None,
    reads: tuple[Sequence[int], Sequence[int]] | None = None,
    zero_keys: list[int] | None = None,
) -> Scan:
    """What ``scan_quantities(text)`` yields, less the quantities whose unit is in
    ``drop_units``, as a :class:`Scan` (``keep_units`` and ``unitless_end`` say which
    are its ``candidates``).

    ``skip``: regions (such as tables) whose quantities the caller may not need; the
    part of each between two line starts where the scan can stop and start afresh
    (:func:`sync_holes`) is not read, and ``Scan.holes`` lists these parts (the quantities
    outside them are exactly those of a full scan).

    ``reads``: ``(sentence_ends, anchors)``, both sorted, for a caller that reads the
    quantities in order from an anchor or from the end of a quantity with a unit of
    ``keep_units`` up to the next sentence end (and otherwise only looks at the
    neighbours of candidates, at the units, and at the last quantity before a line
    start).  Then the inner cells of a table row (``… | 40 | 5 | 0 | 48 |``: all but the
    first and last number of a run of plain cells) are left out when no such reading
    reaches them: the last anchor and the end of the last such quantity before them lie
    at or before the last sentence end before them.

    ``zero_keys``: ``numerals.zero_keys(text)``, when the caller has them.
    """
    scan = Scan(text)
    starts, ends, units, candidates = scan.starts, scan.ends, scan.units, scan.candidates
    special = scan.special
    holes = sync_holes(text, sorted(skip)) if skip else []
    holes.sort(key=lambda h: h[1])
    scan.holes = holes
    hole_spans = [(r1, r2) for _, r1, r2 in holes]
    n = len(text)
    # the parts of the text outside the holes (each hole starts and ends at a line start)
    parts: list[tuple[int, int]] | None = None
    if hole_spans:
        parts = []
        at = 0
        for r1, r2 in hole_spans:
            if r1 > at:
                parts.append((at, r1))
            at = max(at, r2)
        if at < n:
            parts.append((at, n))
    # (a statement of zero holds no line break: in a hole or outside; only those outside
    # are read, and only the phone keywords near the parts outside)
    zeros = _n._zero_statements(text, parts, zero_keys)
    zi, nz = 0, len(zeros)
    next_zero = zeros[0].span[0] if nz else n + 1  # (the start of zeros[zi])
    h, nh = 0, len(hole_spans)
    next_hole = hole_spans[0][0] if nh else n + 1
    phone_near = _phone_near(text, parts)
    phone_sorted = sorted(phone_near)
    row_cells = None if "|" in unitless_end else _ROW_CELLS.match
    digit_runs = _DIGIT_RUN.finditer
    rows = _ROWS.match
    rows_refused = 0  # no _ROWS match from before here (a match there was refused)
    ascii_digits = "0123456789"
    find = next_pattern(unitless_end, drop_units >= _DATES).search
    skip_to = skip_pattern(unitless_end, drop_units >= _DATES).match
    match = PATTERN.match
    read_match = _n._read_match
    single_match = SINGLE.match
    unit_objects = _UNIT_OBJECTS
    half_units = _n._HALF_UNITS
    not_fast = _n._NOT_FAST
    cn_start = _n._CN_START
    big_or_over = _n._BIG_OR_OVER
    identifier = _n._identifier
    i_pre, i_n1, i_unit, i_q1, i_q2, i_n2 = _I_PRE, _I_N1, _I_UNIT, _I_Q1, _I_Q2, _I_N2
    # the last quantity without a unit that is not a candidate by what follows it: it
    # is one when the next quantity starts at most two spaces or tabs after its end
    pend, pend_end = -1, 0
    # the end of the last quantity with a unit of keep_units (reads may go on from it)
    last_unit_end = -1
    sentence_ends, anchors = reads if reads is not None else ([], [])

    def push(start: int, end: int, unit: str | None) -> int:
        """Append the quantity ``text[start:end]`` (a candidate by its unit, or by what
        follows it now or when the next one is pushed); its index."""
        nonlocal pend, pend_end, last_unit_end
        i = len(starts)
        if pend >= 0 and start - pend_end <= 2 and not text[pend_end:start].strip(" \t"):
            candidates.append(pend)
        pend = -1
        starts.append(start)
        ends.append(end)
        units.append(unit)
        if unit is not None:
            if unit in keep_units:
                last_unit_end = end
                candidates.append(i)
            return i
        k = end
        while k < n and k < end + 2 and text[k] in " \t":
            k += 1
        if k >= n or text[k] in unitless_end:
            candidates.append(i)
        else:
            pend, pend_end = i, end
        return i

    def add(q: Quantity) -> None:
        special[push(q.span[0], q.span[1], q.unit)] = q

    def push_last(after: int, end: int) -> int:
        """Append the last number of the plain cells ``text[after:end]`` (the next
        quantity's neighbour; the inner ones are left out) and return ``end``."""
        nonlocal pend, pend_end
        k = end - 1
        while k > after and text[k - 1] in ascii_digits:
            k -= 1
        starts.append(k)
        ends.append(end)
        units.append(None)
        pend, pend_end = len(starts) - 1, end
        return end

    def add_zeros(before: int) -> None:
        """Add the statements of zero that start before ``before`` (callers test
        ``before > next_zero`` first: is there one at all)."""
        nonlocal zi, next_zero
        while zi < nz and zeros[zi].span[0] < before:
            add(zeros[zi])
            zi += 1
        next_zero = zeros[zi].span[0] if zi < nz else n + 1

    pos = 0
    while pos < n:
        f = skip_to(text, pos)
        if f is None:  # pragma: no cover - the pattern matches the empty string
            break
        # None, or 1 (a plain number), 2 (one before an end), 4 (digits with a unit)
        plain = f.lastindex
        if plain == 4:
            s, e = f.span(3)
        elif plain:
            s, e = f.span(1)
        else:
            s = e = f.end()
            if s >= n:
                break
        if s >= next_hole:
            # (the matches giving no quantity before s are found one at a time here)
            f = find(text, pos)
            if f is None:
                break
            s, e = f.span()
            if e > s and f.lastindex == 2:
                if s < next_hole:
                    pos = e
                    continue
                plain = -1
            else:
                plain = (2 if f.lastindex else 1) if e > s else None
            while h < nh and s >= hole_spans[h][1]:
                h += 1
            if h < nh and s >= hole_spans[h][0]:
                pos = hole_spans[h][1]  # skip the hole: the scan starts afresh after it
                h += 1
                next_hole = hole_spans[h][0] if h < nh else n + 1
                continue
            next_hole = hole_spans[h][0] if h < nh else n + 1
        if e > s and plain != 4:
            pos = e
            if plain == -1:
                continue  # no quantity here
            # a plain number (a table cell): _read_digits's phone test left, inline
            if s in phone_near and _n._phone_context(text, s):
                continue
            if s > next_zero:
                add_zeros(s)
            i = len(starts)
            if pend >= 0 and s - pend_end <= 2 and not text[pend_end:s].strip(" \t"):
                candidates.append(pend)
            starts.append(s)
            ends.append(e)
            units.append(None)
            if plain == 2:
                candidates.append(i)
                pend = -1
                continue
            pend, pend_end = i, e
            if row_cells is not None and e < n and text[e] in " \t|":
                if (
                    reads is not None
                    and e >= rows_refused
                    and _unread(sentence_ends, anchors, last_unit_end, e, e + 1)
                ):
                    r = rows(text, e)
                    if r is not None:
                        re_ = r.end()
                        if _plain_cells(
                            phone_sorted, e, re_, min(next_hole, next_zero)
                        ) and _unread(sentence_ends, anchors, last_unit_end, e, re_):
                            # rows no reading reaches: only their last number
                            pos = push_last(e, re_)
                            continue
                        # (the rows it matched are read one at a time: no match from
                        # them again, which would make a long table quadratic)
                        rows_refused = re_
                r = row_cells(text, e)
                if r is not None:
                    re_ = r.end()
                    if _plain_cells(phone_sorted, e, re_, min(next_hole, next_zero)):
                        if reads is not None and _unread(
                            sentence_ends, anchors, last_unit_end, e, re_
                        ):
                            pos = push_last(e, re_)  # only the last cell
                            continue
                        for d in digit_runs(text, e, re_):
                            ds, de = d.span()
                            starts.append(ds)
                            ends.append(de)
                        units.extend([None] * (len(starts) - len(units)))
                        pend, pend_end = len(starts) - 1, re_
                        pos = re_
            continue
        if plain == 4:
            # ASCII digits with a unit and nothing else PATTERN reads with them (groups 3
            # and 4 of skip_pattern): what the match and the tests below find there
            pos, unit = f.end(), f.group(4)
        else:
            # a character a quantity can start with: PATTERN.search would match here
            # first, or nowhere before the next such character
            m = match(text, s)
            if m is None:
                pos = s + 1
                continue
            g = m.groups()
            unit = g[i_unit]
            n1 = g[i_n1]
            # (a numeral alone, with at most a unit: no qualifier, no range)
            alone = g[i_pre] is None and g[i_q1] is None and g[i_q2] is None and g[i_n2] is None
            if alone and n1.isascii() and n1.isdigit() and unit not in not_fast:
                e = s + len(n1)
                pos = m.end()
            else:
                if alone and unit is None and n1[0] in cn_start and not big_or_over & set(n1):
                    pos = m.end()
                    continue  # a bare Chinese numeral (numerals._read's first test)
                if g[i_pre] is None and s > 0 and text[s - 1] == "第":
                    # an ordinal (第二十条, 第3至5项): numerals._read drops a numeral after
                    # 第 whatever follows it (_identifier, _chinese_excluded), and so the
                    # SINGLE reading of a range
                    if g[i_n2] is not None:
                        single = SINGLE.match(text, s)
                        pos = single.end() if single is not None else m.end()
                    else:
                        pos = m.end()
                    continue
                q, pos = read_match(text, m, single_match)
                if q is None:
                    continue
                if q.span[0] > next_zero:
                    add_zeros(q.span[0])
                if q.unit is None or q.unit not in drop_units:
                    add(q)
                continue
            # plain ASCII digits text[s:e] with a unit or beside a character that may make
            # them an identifier, no qualifier, no range: numerals._read_digits's tests, without
            # the Quantity it builds (the arrays keep a plain-digit quantity; Scan.quantity)
            ln = e - s
            if ln > 15 or (ln > 1 and n1[0] == "0"):
                continue  # arabic() gives None
            if identifier(text, s, e, has_unit=unit is not None, arabic_num=n1, phone=phone_near):
                continue
            if pos < n and text[pos] == "半" and unit in half_units:
                continue
        if unit in drop_units:
            continue  # (whatever stands beside it)
        if s > next_zero:
            add_zeros(s)
        # (one str object per unit, not one per quantity: a CJK character read from a
        # match is a new object each time; without a unit pos is e)
        push(s, pos, unit if unit is None else unit_objects.get(unit, unit))
    if nz:
        add_zeros(n + 1)  # (those after the last number)
    return scan
