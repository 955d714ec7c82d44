"""Statistics stated in prose: 主动公开政府信息3439条, 收到申请99件, 未收到…申请, 其中….

:func:`read_figures` reads a normalized report into :class:`Figures`: the
:class:`~govinfo_reports.model.Figure` list (first of a kind = the one to use, see
:meth:`Report.figure <govinfo_reports.model.Report.figure>`), the 其中 breakdowns and the
problems met on the way.

How a number becomes a figure
-----------------------------
- The numeral grammar (:func:`~govinfo_reports.numerals.scan_quantities`) finds the
  quantities; a figure belongs to its clause: the words between the previous quantity (or
  the clause start) and the number say what it counts (申请行政复议2宗，提起行政诉讼3宗 is
  reviews 2, lawsuits 3).  When those words are only a verb, the words after the number
  decide (共收到70件申请).
- Statements of zero are figures (未收到政府信息公开申请, 未发生…行政复议…和行政诉讼, 没有向
  申请人收费, 申请数为零): value 0 with :attr:`Quantity.stated` set.  A 0 for a
  coordinated subject (行政复议、诉讼和申诉0起) is a 0 for each; any other number for a
  coordinated subject cannot be split and gives a Problem instead.
- Not this year's figure: a series over several years (五年来…分别为…), a cumulative total
  (截至…累计, 历年), a total since a time or over a span of years or months (…以来，,
  2008年5月至2009年12月，; in the 2008 report 《条例》施行以来 is its own period), a total
  before a part of the report's year (…40件，其中2009年受理15件), a comparison with an
  earlier year or a change (比上年增加…), a clause that names another year than the one
  the report covers (as :func:`~govinfo_reports.metadata.read_metadata` reads it).
- Order: for each kind, a table 三 / 表四 value first (``from_table``; the prose stays
  after it as a cross-check) unless the table row does not add up to its own 总计 (then
  it comes after the prose), then prose figures ranked by section (one whose kind says
  what they are counts twice) and wording, then document order, then the rows of a
  pre-2019 统计表.
- Breakdowns: the parts after 其中/包括 (or a sentence that opens with 其中 or 申请方式中),
  up to the sentence end; a list without 其中 is a breakdown only when it adds up to the
  number before it.  A second list of a total already divided whose first count is the
  sum of the others (其中通过网站发布5469条，A 2620条…) divides that first count.  A part
  of a breakdown whose total is a figure of the same kind is not a figure of that kind,
  unless the total is read as the proactive disclosures more weakly than the part
  (公开政府信息1460条，其中主动公开政府信息1390条: the total also holds what was
  disclosed on application; the part is the figure, the total none).

>>> from govinfo_reports.normalize import normalize
>>> from govinfo_reports.tables import Tables
>>> f = read_figures(normalize("全年共发生申请行政复议2宗，提起行政诉讼3宗。"), (), Tables())
>>> [(x.kind.value, x.quantity.value) for x in f.figures]
[('administrative_reviews', 2), ('administrative_lawsuits', 3)]
"""

from __future__ import annotations

import functools
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from decimal import Decimal
from operator import itemgetter
from typing import TYPE_CHECKING

import attrs
import regex

from . import _figure_patterns as P
from ._lazy import compile_re, lazy_re, lazy_regex
from ._numeral_cn import small_number
from ._outline_grammar import html_view
from .metadata import Metadata, read_metadata
from .model import (
    Breakdown,
    BreakdownPart,
    Figure,
    FigureKind,
    Number,
    Problem,
    Qualifier,
    Quantity,
    Section,
    SectionKind,
    Severity,
    Span,
)
from .normalize import Normalized
from .numerals import at_source, keyed_matches, zero_keys
from .tables import Tables

if TYPE_CHECKING:
    from ._numeral_scan import Scan

__all__ = ["Figures", "read_figures"]

K = FigureKind
#: a compiled pattern of either engine (the figure patterns use both)
_AnyPattern = re.Pattern[str] | regex.Pattern[str]
_DATE_UNITS = frozenset({"年", "月", "日"})
_HARD_LINE_MAX = 40
_LINE_BLOCK = 1 << 10
# (on the re engine: read through pos and endpos, a match in text[i + 1 : i + 24] is the
# one on that slice)
_HEADING_START = lazy_re(
    r"[ \t\u3000]{0,8}(?:[一二三四五六七八九十]{1,3}[、.．]"
    r"|[(（][一二三四五六七八九十0-9]{1,3}[)）]"
    r"|[0-9]{1,2}[、.．](?![0-9])|第[一二三四五六七八九十]{1,3}部分)"
)
# the characters a match of _HEADING_START starts with (a cheap test before it)
_HEADING_FIRST = frozenset(" \t\u3000一二三四五六七八九十(（0123456789第")
# a number without a unit is a figure only before one of these (after at most two
# spaces): the characters UNITLESS_AFTER reads, and those that end a clause (the tail)
_UNITLESS_END = frozenset("，,。；;！!？?\n")
_SOFT_PUNCT = frozenset("。；;！？!?：:，,")
_CLAUSE_END_CHAR = lazy_re("[。；;！？!?，,]")
# the longest clause _clause_floor reads back over
_CLAUSE_MAX = 200
# the last clause mark before a position, found from it backwards (_clause_floor)
_CLAUSE_MARK_BACK = lazy_regex(r"(?r)[，,；;（(]")
# how far back the words naming a year's end (截至2014年底…) are read before a count
_YEAR_END_REACH = 160
# the fewest characters of a page's line that a sentence wraps from (_wraps_into_next)
_WRAPPED_MIN = 20
# … and the fewest when the next line opens with a count (…申请⏎283件。)
_WRAPPED_SHORT = 6
_COUNT_OPENING = lazy_re(
    r"\d+(?:\.\d+)?[ \t]*[余多]?[ \t]*(?:人次|万元|件|条|次|个|项|元|份|篇|宗)"
)
# a line break with the blanks around it (a line's end and the next line's indent)
_BREAK_BLANKS = lazy_re("[ \t\u3000]*+\n[ \t\u3000]*+")


def _unwrap(words: str) -> str:
    """``words`` as one line: each line break of a page's text layer with the blanks around
    it (a line's end and the next line's indent) left out.

    >>> _unwrap("全\\n    市各级行政机关"), _unwrap("全市 各级")
    ('全市各级行政机关', '全市 各级')
    """
    return _BREAK_BLANKS.sub("", words) if "\n" in words else words


# what a line may end with that joins it to the next (…分别为6件和⏎3件): no heading ends so
_JOINS_NEXT = frozenset("和及与或、")
# finds a character of _SOFT_PUNCT (in a short line: faster than a set test per character)
_SOFT_PUNCT_CHAR = lazy_re("[" + re.escape("".join(sorted(_SOFT_PUNCT))) + "]")
# what a match of P.ZERO_WORD without 零 holds, and what a match of P.LEGACY_ROW holds
# (a colon, at most two spaces or tabs, 无: found from the 无, a literal the search
# jumps to, looking back for the rest)
_COLON_NONE = lazy_re("无(?:(?<=[：:]无)|(?<=[：:][ \t]无)|(?<=[：:][ \t][ \t]无))")
# a lone 0 after 为 or 是 (均为0), where a match of P.ZERO_WORD may end
_LONE_ZERO = lazy_re("0(?:(?<=[为是]0)|(?<=[为是][ \t]0)|(?<=[为是][ \t][ \t]0))(?![0-9.])")
_LEGACY_UNIT = lazy_re(
    "[数量用)）][ \t|\n\u3000]{0,40}(?:[0-9]{1,4}[ \t|\n\u3000]{0,40})?(?:[条件个次]|万?元)"
)
#: the level of an area by the last character of its name (省 4 … 乡 1)
_AREA_LEVELS = {"省": 4, "市": 3, "州": 3, "盟": 3, "区": 2, "县": 2, "旗": 2, "镇": 1, "乡": 1}


def _area_level(agency: str | None) -> int | None:
    """The level of the area a government's name names (云梧区人民政府: 2, a 区), or None.

    >>> _area_level("云梧区人民政府"), _area_level("青川市"), _area_level("某某街道办事处")
    (2, 3, 1)
    """
    if agency is None:
        return None
    name = agency.removesuffix("人民政府").removesuffix("政府").removesuffix("办事处")
    if name.endswith(("自治区", "特别行政区")):
        return 4
    if name.endswith("街道"):
        return 1
    return _AREA_LEVELS.get(name[-1:])


#: the kinds of a channel of application (a 统计表's 当面申请数 … rows)
_CHANNEL_KINDS = frozenset(
    (
        K.APPLICATIONS_IN_PERSON,
        K.APPLICATIONS_BY_FAX,
        K.APPLICATIONS_BY_EMAIL,
        K.APPLICATIONS_ONLINE,
        K.APPLICATIONS_BY_LETTER,
    )
)
# the ends of a department's name (not a 人民政府's)
_DEPARTMENT_ENDS = ("局", "委", "委员会", "办", "办公室", "厅", "中心", "署", "院", "所")
# the digits of a year written 二〇一八
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")
# what every match of P.COMPARISON holds (a cheap test first)
_COMPARISON_WORD = lazy_re("上一?年|去年|前年|同比|环比|增加|增长|减少|下降|提高")
# patterns of P run on the re engine (the same pattern text, which both engines read
# alike: literal alternations, classes, bounded repeats; faster here; tests check them)
_SERIES = lazy_re(P.SERIES.pattern)
# a series of labels given to the numbers after it, with 分别 before a verb too (政府网站、
# 政务微博分别发布1000条、100条)
_SERIES_LABEL = lazy_re(P.SERIES.pattern + "|分别(?:发布|公开|推送|刊登|收到|受理|办理)")
# the words of P.BREAKDOWN_OPEN, each with a pattern that finds it (a search for one
# literal is several times faster than for the alternation); they share no character, so
# the matches of all of them are those of the alternation
_BREAKDOWN_OPEN_WORDS = [(w, compile_re(re.escape(w))) for w in P.BREAKDOWN_OPEN.pattern.split("|")]
assert len(set("".join(w for w, _ in _BREAKDOWN_OPEN_WORDS))) == sum(
    len(w) for w, _ in _BREAKDOWN_OPEN_WORDS
)
_BREAKDOWN_SENTENCE = lazy_re(P.BREAKDOWN_SENTENCE.pattern)
_ZERO_WORD = lazy_re(P.ZERO_WORD.pattern)
# the longest match of P.ZERO_WORD (a subject word of 4, 16 characters, 情况, two spaces,
# a colon, two spaces, 无: tests check it), and how far its lookahead reads after it
_ZERO_WORD_MAX = 28
_ZERO_WORD_AFTER = 3
_ZERO_OPEN = lazy_re(P.ZERO_OPEN.pattern)
# a ZERO_OPEN match starts at a zero key (numerals.ZERO_KEYS) or at one of these before it
_ZERO_OPEN_BEFORE = "并均从"
_LEGACY_ROW = lazy_re(P.LEGACY_ROW.pattern)
# (short searches in every candidate's lead: a call on the re engine costs about half)
_RECEIVED = lazy_re(P.RECEIVED.pattern)
_RECEIVED_VERB = lazy_re(P.RECEIVED_VERB.pattern)
_NOT_RECEIVED = lazy_re(P.NOT_RECEIVED.pattern)
# units that _classify reads: a quantity with any other unit is never a figure
_FIGURE_UNITS = P.COUNT_UNITS | P.FEE_UNITS
# the characters the clause and sentence indexes stop at, found by one C-level scan
# one literal pattern per character (a search for a literal is faster than for a class
# of characters that holds CJK ones): the sentence ends, and the other clause ends
_SENTENCE_END_CHARS = [(c, compile_re(re.escape(c))) for c in sorted(P.SENTENCE_END)]
_CLAUSE_ONLY_END_CHARS = [
    (c, compile_re(re.escape(c))) for c in sorted(P.CLAUSE_END - P.SENTENCE_END)
]


def _offsets(
    text: str, chars: list[tuple[str, re.Pattern[str]]], also: Iterable[int] | None = None
) -> list[int]:
    """The sorted offsets in ``text`` of the characters of ``chars`` (each with a pattern
    that finds it) and the offsets ``also``.

    >>> _offsets("a。b！c。", _SENTENCE_END_CHARS, [0])
    [0, 1, 3, 5]
    """
    out = list(also) if also else []
    for char, pattern in chars:
        if char in text:
            out += [m.start() for m in pattern.finditer(text)]
    out.sort()
    return out


@attrs.frozen(slots=True)
class Figures:
    """What the prose reader found.

    ``figures``: every figure, grouped by kind in :class:`FigureKind` order, the one to
    use first; ``breakdowns``: totals with their 其中 parts; ``problems``: numbers that
    could not be assigned.
    """

    figures: tuple[Figure, ...] = ()
    breakdowns: tuple[Breakdown, ...] = ()
    problems: tuple[Problem, ...] = ()


@attrs.frozen(slots=True)
class _Cand:
    kind: FigureKind
    quantity: Quantity  # spans into norm.text
    strength: int
    tier: int
    section: SectionKind
    source: int = 0  # 0 prose, 1 legacy statistics table


def read_figures(
    norm: Normalized,
    sections: tuple[Section, ...],
    tables: Tables,
    *,
    meta: Metadata | None = None,
) -> Figures:
    """Prose figures of a normalized report, with table 三/四 values first where present.

    ``meta`` is the report's metadata when the caller has read it already (the year tells
    this year's figures from last year's); without it the metadata is read here.

    >>> from govinfo_reports.normalize import normalize
    >>> from govinfo_reports.tables import Tables
    >>> text = ("2014年主动公开政府信息3439条，其中通知公告198条，其他信息3241条。"
    ...         "本年度未收到政府信息公开申请。")
    >>> f = read_figures(normalize(text), (), Tables())
    >>> [(x.kind.value, x.quantity.value, x.quantity.stated) for x in f.figures]
    [('proactive_disclosures', 3439, False), ('applications_received', 0, True)]
    >>> b = f.breakdowns[0]
    >>> b.total.value, [(p.label, p.quantity.value) for p in b.parts]
    (3439, [('通知公告', 198), ('其他信息', 3241)])

    An HTML page is read as the text a browser shows (numbers in tags and styles are not
    read); spans still point into the page:

    >>> page = ('<html><style>p{margin:12pt}</style><p style="width:300px">'
    ...         '共收到政府信息公开申请<span>25</span>件。</p><p>注</p></html>')
    >>> [(x.kind.value, page[slice(*x.quantity.span)])
    ...  for x in read_figures(normalize(page), (), Tables()).figures]
    [('applications_received', '25</span>件')]
    """
    return _Reader(norm, sections, tables, meta).read()


class _Reader:
    """One report's prose figures (private; holds the per-report indexes)."""

    def __init__(
        self,
        norm: Normalized,
        sections: tuple[Section, ...],
        tables: Tables,
        meta: Metadata | None = None,
    ) -> None:
        self.norm = norm
        self.tables = tables
        self._seg_sources = norm.segments.source_starts
        # an HTML page: read the text a browser shows (not tags, styles, scripts), with
        # the offset in norm.text of each of its characters
        view = norm.derived("html_view", html_view)  # rendered once per report
        self.text = norm.text if view is None else view[0]
        self._offsets = None if view is None else view[1]
        self._openings_found: list[tuple[int, int]] | None = None
        self._src_seen: dict[Span, Span] = {}
        self._text_seen: dict[int, int] = {}
        # (_line_sentence_start and _in_line_sentence: the text's line breaks, and the
        # first match of a pattern from a line's sentence start, with where it stopped)
        self._newlines: array[int] | None = None
        self._line_sentence_first: dict[tuple[str, int], tuple[regex.Match[str] | None, int]] = {}
        # (_parts_next_sentence: a sentence's start, end and sums of its quantities by unit
        # family, with how many each)
        self._next_sums: tuple[int, int, dict[str | None, tuple[Number, int]]] | None = None
        # the first match of a pattern in a sentence, by (pattern, the sentence's start):
        # asked again for each count of the sentence, searched once
        self._in_sentence: dict[tuple[object, int], int] = {}
        # each character of the text stands where it stood in the source (one linear
        # segment over all of it, no HTML view): a source offset is its own text offset,
        # clamped to the text; and when the text is the source itself (no character
        # changed either), a quantity's span and text are those of the source
        self._same_offsets = (
            view is None
            and norm.starts is None
            and len(norm.text) == len(norm.source)
            and norm.segments == ((0, 0, len(norm.source), True),)
        )
        self._same_as_source = self._same_offsets and norm.text == norm.source
        self.masked = self._table_regions()
        # the rows of a pre-2019 统计表 (label, unit, counts): read by _legacy_rows, and
        # masked from the prose readings (a count read as prose took a row code for the
        # value, 行政复议数 12 件 0; a label's note 计1条 was read as a total)
        self._legacy = (
            list(_LEGACY_ROW.finditer(self.text)) if _LEGACY_UNIT.search(self.text) else []
        )
        self._legacy_starts = [m.start() for m in self._legacy]
        spans = [*self.masked, *(m.span() for m in self._legacy)]
        # the bounds of all masked regions (a position outside them is not masked)
        self._mask_lo = min((a for a, _ in spans), default=0)
        self._mask_hi = max((b for _, b in spans), default=0)
        self.sentence_ends = array("q", _offsets(self.text, _SENTENCE_END_CHARS))
        self.clause_ends = self._clause_ends()
        # the quantities of scan_quantities less dates, in flat arrays (starts, ends,
        # units); self._q(i) gives the Quantity of index i.  The inside of the tables is
        # not read unless something below may look at a number there (_needed_holes).
        # _parts reads quantities in order from a breakdown opening or from the end of a
        # quantity with a unit up to the sentence end; the other readings look only at a
        # candidate's neighbours, at units and at the number before a table's line start:
        # the inner cells of a table row that no _parts reaches are left out
        reads = (self.sentence_ends, sorted(end for _, end in self._openings()))
        # where the words that open a statement of zero stand (the scan and
        # _zero_statements try their patterns only there)
        self.zero_keys = zero_keys(self.text)
        self._use_scan(self._scan(self.masked, reads))
        if self.scan.holes:
            needed = self._needed_holes()
            if needed:
                regions = [r for k, r in enumerate(self.masked) if k not in needed]
                self._use_scan(self._scan(regions, reads))
        # (start, end) of every 分别为/依次为: a clause holds one when the first match at or
        # after its start ends inside it (one scan, not a search per number: no clause end
        # bounds a text without punctuation, which made that quadratic)
        self.series = (
            [m.span() for m in _SERIES.finditer(self.text)]
            if "分别" in self.text or "依次" in self.text
            else []
        )
        self.section_spans = self._section_spans(sections)
        self.section_starts = [start for start, _ in self.section_spans]
        self.problems: list[Problem] = []
        meta = meta if meta is not None else read_metadata(norm, sections)
        self.year = meta.year
        # (the day the report's 统计期限 ends: a count up to it is the report's own)
        self.period_end = meta.period.end if meta.period is not None else None
        # a department's report (局, 委, 办公室…): a count of the whole area (全市共收到…)
        # is not the department's own
        self.department = meta.agency is not None and meta.agency.endswith(_DEPARTMENT_ENDS)
        # a government's report: the level of its area (全市 in a 区人民政府's report is the
        # city's count, not the district's)
        self.agency = meta.agency
        self.level = None if self.department else _area_level(meta.agency)
        # (kind, span) of the appeal counts a later count of their sentence narrows to
        # disclosure (filled by _numeric: no figure)
        self._narrowed: set[tuple[FigureKind, Span]] = set()
        # (total, part) source spans of each opening with one part (_breakdowns)
        self._lone: list[tuple[Span, Span, bool]] = []

    # --- indexes ------------------------------------------------------------------------

    def _scan(
        self, skip: list[tuple[int, int]], reads: tuple[Sequence[int], Sequence[int]] | None
    ) -> Scan:
        """The quantities less dates, the inside of the ``skip`` regions left out where
        the scan can (and, with ``reads``, the inner table cells no reading reaches)."""
        # imported here: compiling the scanner's patterns would cost ~15 ms at import
        from ._numeral_scan import scan_compact

        return scan_compact(
            self.text, _DATE_UNITS, _FIGURE_UNITS, _UNITLESS_END, skip, reads, self.zero_keys
        )

    def _use_scan(self, scan: Scan) -> None:
        self.scan = scan
        self.q_starts = scan.starts
        self.q_ends = scan.ends
        self.q_units = scan.units
        self._q = scan.quantity

    def _needed_holes(self) -> set[int]:
        """The regions (indexes into :attr:`masked`) whose skipped part the reading may
        look into: near a candidate figure (its lead, tail, or the rest of its sentence,
        where a breakdown's parts are read), within two characters of the number before
        it (which is a candidate when the next number follows at once), or in the
        sentences a breakdown opening reads (its own and the one before)."""
        starts, ends, units = self.q_starts, self.q_ends, self.q_units
        windows = []  # (lo, hi): a hole [r1, r2) with r1 <= hi and r2 > lo is needed
        # (a candidate's windows start at start - LEAD_MAX - 1 or later: one that starts
        # after every hole ends adds nothing)
        last = max(r2 for _, _, r2 in self.scan.holes) + P.LEAD_MAX + 1
        for i in self.scan.candidates:
            start, end = starts[i], ends[i]
            if start >= last or self._masked(start):
                continue
            windows.append((start - P.LEAD_MAX - 1, end + P.TAIL_MAX + 1))
            if units[i] is not None:
                windows.append((end, self._sentence_end(end)))
        for open_start, open_end in self._openings():
            if not self._masked(open_start):
                sent_start = self._sentence_start(open_start)
                lo = self._sentence_start(max(sent_start - 1, 0))
                windows.append((lo, self._sentence_end(open_end)))
        needed = set()
        for index, r1, r2 in self.scan.holes:
            k = bisect_left(starts, r1) - 1
            before = k >= 0 and ends[k] + 2 >= r1
            if before or any(r1 <= hi and r2 > lo for lo, hi in windows):
                needed.add(index)
        return needed

    def _src(self, span: Span) -> Span:
        """The source span of a span of :attr:`text` (through the HTML view if any;
        remembered: a figure's span is asked for several times)."""
        got = self._src_seen.get(span)
        if got is not None:
            return got
        offsets = self._offsets
        if offsets is None:
            got = self.norm.to_source(span)
        else:
            n = len(offsets) - 1
            start = min(max(span[0], 0), n)
            end = min(max(span[1], start), n)
            lo = offsets[start]
            hi = offsets[end - 1] + 1 if end > start else lo
            got = self.norm.to_source((lo, max(hi, lo)))
        self._src_seen[span] = got
        return got

    def _to_text(self, src: int) -> int:
        """The first offset of :attr:`text` whose source position is at or after ``src``
        (remembered: a table's bounds are asked for once per row read from it)."""
        if self._same_offsets:
            return 0 if src < 0 else (src if src < len(self.text) else len(self.text))
        got = self._text_seen.get(src)
        if got is None:
            pos = self._to_norm(src)
            got = pos if self._offsets is None else bisect_left(self._offsets, pos)
            self._text_seen[src] = got
        return got

    def _to_norm(self, src: int) -> int:
        """The first offset of ``norm.text`` whose source position is at or after ``src``
        (the inverse of ``to_source``, which is monotone): a guess from the segment
        holding ``src``, checked against ``to_source``, else found by bisection."""
        text_len = len(self.norm.text)
        exact = self._inside_linear(src)
        if exact >= 0:
            return exact
        to_source = self.norm.to_source

        def at_or_after(t: int) -> bool:
            return t >= text_len or to_source((t, t))[0] >= src

        guess = self._guess_text(src)
        if at_or_after(guess) and (guess == 0 or not at_or_after(guess - 1)):
            return guess
        lo, hi = 0, text_len
        while lo < hi:
            mid = (lo + hi) // 2
            if to_source((mid, mid))[0] < src:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _inside_linear(self, src: int) -> int:
        """The text offset of ``src`` when it lies strictly inside a linear segment (then
        ``to_source`` maps that offset to ``src`` and the one before it to ``src - 1``:
        the answer of :meth:`_to_norm`); else -1."""
        if self.norm.starts is not None:
            return -1
        segs = self.norm.segments
        k = bisect_right(self._seg_sources, src) - 1
        if k < 0:
            return -1
        t0, s0, s1, linear = segs[k]
        if not linear or not s0 < src < s1:
            return -1
        t = t0 + (src - s0)
        t_next = segs[k + 1][0] if k + 1 < len(segs) else len(self.norm.text)
        return t if t < t_next else -1

    def _guess_text(self, src: int) -> int:
        """Where ``src`` most likely falls in the text (exact inside a linear segment)."""
        starts = self.norm.starts
        if starts is not None and len(starts) == len(self.norm.text) + 1:
            return min(bisect_left(starts, src), len(self.norm.text))
        segs = self.norm.segments
        k = bisect_right(self._seg_sources, src) - 1
        if k < 0:
            return 0
        t0, s0, _s1, linear = segs[k]
        t_next = segs[k + 1][0] if k + 1 < len(segs) else len(self.norm.text)
        if src <= s0:
            return t0
        if linear and src - s0 < t_next - t0:
            return t0 + (src - s0)
        return t_next

    def _table_regions(self) -> list[tuple[int, int]]:
        out = []
        for table in (self.tables.active_disclosure, self.tables.applications, self.tables.appeals):
            span = getattr(table, "span", None) if table is not None else None
            if span is not None:
                out.append((self._to_text(span[0]), self._to_text(span[1])))
        return out

    def _masked(self, pos: int) -> bool:
        if pos < self._mask_lo or pos >= self._mask_hi:
            return False
        # (at most three regions: a loop, faster than any() over a generator)
        for a, b in self.masked:
            if a <= pos < b:
                return True
        return self._legacy_row_at(pos) is not None

    def _legacy_row_at(self, pos: int) -> re.Match[str] | None:
        """The row of a pre-2019 统计表 (a LEGACY_ROW match) that holds ``pos``, or None."""
        k = bisect_right(self._legacy_starts, pos) - 1
        return self._legacy[k] if k >= 0 and pos < self._legacy[k].end() else None

    def _clause_ends(self) -> array[int]:
        """Positions of clause-ending characters; a line break ends a clause after a
        heading or a short unpunctuated line (not one that ends with a joining word: 和, 、,
        nor one a sentence wraps from, :func:`_wraps_into_next`), not inside a wrapped PDF
        paragraph (kept in
        an array: an int object per position costs four times the memory)."""
        text = self.text
        out = _offsets(text, _CLAUSE_ONLY_END_CHARS, self.sentence_ends)
        breaks: list[int] = []
        append = breaks.append
        soft, soft_in, heading = _SOFT_PUNCT, _SOFT_PUNCT_CHAR.search, _HEADING_START.match
        joins = _JOINS_NEXT
        heading_first, hard_max = _HEADING_FIRST, _HARD_LINE_MAX
        # each line (stripped) and the offset of the line break after it, the lines split
        # a block of about _LINE_BLOCK characters at a time (a split is faster than a
        # find per line; no list of all lines: memory stays small, and a 1 KB block
        # keeps the stage's peak on a short report where a find per line had it)
        pos = 0
        n = len(text)
        prev = ""  # the last line that is not empty
        while pos < n:
            stop = text.find("\n", pos + _LINE_BLOCK)
            if stop < 0:
                stop = text.rfind("\n", pos)
                if stop < 0:
                    break
            i = pos - 1
            for line in text[pos:stop].split("\n"):
                i += len(line) + 1
                line = line.strip()
                if not line:
                    # (an empty line ends a clause, unless a sentence a page wrapped runs
                    # on across it: 主动公开政府⏎⏎信息 1236 条，…)
                    if not (prev and _wraps_into_next(text, prev, i)):
                        append(i)
                    continue
                prev = line
                if (
                    line[-1] in soft
                    or (
                        len(line) <= hard_max
                        and line[-1] not in joins
                        and soft_in(line) is None
                        and not _wraps_into_next(text, line, i)
                    )
                    or (
                        text[i + 1 : i + 2] in heading_first
                        and heading(text, i + 1, i + 24) is not None
                    )
                ):
                    append(i)
            pos = stop + 1
        return array("q", sorted(out + breaks) if breaks else out)

    def _section_spans(self, sections: tuple[Section, ...]) -> list[tuple[int, SectionKind]]:
        """The text cut into (start, kind) segments by the innermost section at each
        place; a section of unknown kind takes its parent's kind, and everything under
        存在问题及改进 keeps that kind."""
        out: list[tuple[int, SectionKind]] = []
        # (a method, not a nested function that calls itself: that closure would make a
        # reference cycle keeping this reader and its indexes alive until a collection)
        self._flatten(out, sections, SectionKind.UNKNOWN, 0, len(self.text))
        return out

    def _flatten(
        self,
        out: list[tuple[int, SectionKind]],
        secs: Iterable[Section],
        parent: SectionKind,
        lo: int,
        hi: int,
    ) -> None:
        """Appends to ``out`` the segments of ``secs`` in ``[lo, hi)`` (see
        :meth:`_section_spans`)."""
        cur = lo
        to_text = self._to_text
        spans = [(to_text(x.span[0]), to_text(x.span[1]), x) for x in secs]
        for start, end, sec in sorted(spans, key=_first):
            start, end = max(start, cur), min(end, hi)
            if start >= end:
                continue
            if cur < start:
                out.append((cur, parent))
            kind = sec.kind
            if parent is SectionKind.PROBLEMS_AND_IMPROVEMENTS or kind is SectionKind.UNKNOWN:
                kind = parent
            if sec.children:
                self._flatten(out, sec.children, kind, start, end)
            else:
                out.append((start, kind))  # (what the call gives for a leaf)
            cur = end
        if cur < hi:
            out.append((cur, parent))

    def _section_at(self, pos: int) -> SectionKind:
        i = bisect_right(self.section_starts, pos) - 1
        return self.section_spans[i][1] if i >= 0 else SectionKind.UNKNOWN

    def _clause_start(self, pos: int) -> int:
        i = bisect_left(self.clause_ends, pos)
        start = self.clause_ends[i - 1] + 1 if i > 0 else 0
        return _lead_floor(self.text, start, pos)

    def _clause_end(self, pos: int) -> int:
        i = bisect_left(self.clause_ends, pos)
        return self.clause_ends[i] if i < len(self.clause_ends) else len(self.text)

    def _sentence_start(self, pos: int) -> int:
        i = bisect_left(self.sentence_ends, pos)
        return self.sentence_ends[i - 1] + 1 if i > 0 else 0

    def _line_sentence_start(self, pos: int) -> int:
        """The start of the sentence of ``pos``, not before the start of its line (a table's
        rows before a paragraph end no sentence)."""
        if self._newlines is None:
            self._newlines = array("q", [m.start() for m in _NEWLINE.finditer(self.text)])
        i = bisect_left(self._newlines, pos)
        return max(self._sentence_start(pos), self._newlines[i - 1] + 1 if i > 0 else 0)

    def _in_line_sentence(self, pattern: regex.Pattern[str], lo: int, end: int) -> bool:
        """``pattern.search(self.text, lo, end) is not None``, for a ``pattern`` of words
        (no lookaround, no anchor) and ``lo`` the :meth:`_line_sentence_start` of a
        quantity at or after ``end``: the first match from ``lo`` up to the end of its
        line and sentence is searched for once and answers every ``end`` (a search per
        count over a long sentence without punctuation was quadratic)."""
        if end <= lo:
            return False
        key = (pattern.pattern, lo)
        if key in self._line_sentence_first:
            first = self._line_sentence_first[key]
        else:
            stop = self._sentence_end(lo)
            line_end = self.text.find("\n", lo, stop)
            if line_end >= 0:
                stop = line_end
            first = pattern.search(self.text, lo, stop), stop
            self._line_sentence_first[key] = first
        m, stop = first
        if end > stop:
            return pattern.search(self.text, lo, end) is not None  # (not reached)
        if m is None or m.start() >= end:
            return False  # (no match starts before the leftmost one)
        if m.end() <= end:
            return True
        return pattern.search(self.text, m.start(), end) is not None  # (end cuts it)

    def _sentence_end(self, pos: int) -> int:
        i = bisect_left(self.sentence_ends, pos)
        return self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text)

    def _tier(self, kind: FigureKind, section: SectionKind) -> int:
        if section is SectionKind.PROBLEMS_AND_IMPROVEMENTS:
            return 0
        if section in P.PREFERRED_SECTIONS.get(kind, frozenset()):
            return 2
        return 1

    # --- reading ------------------------------------------------------------------------

    def read(self) -> Figures:
        cands: list[_Cand] = []
        cands.extend(self._numeric())
        if self._narrowed:
            cands = [c for c in cands if (c.kind, c.quantity.span) not in self._narrowed]
        cands.extend(self._zero_statements())
        cands.extend(self._legacy_rows())
        # the clause index is not read from here on: let it go before the output is built
        # (the memory peak of a long text comes at the end)
        del self.clause_ends
        breakdowns = self._breakdowns(cands)
        # a total of all disclosures read weakly as the proactive ones (公开政府信息1460条)
        # whose part says 主动公开 (其中主动公开政府信息1390条) also holds the ones
        # disclosed on application: the part is the figure, the total is none
        mixed = self._mixed_totals(cands, breakdowns)
        # a part of a breakdown whose total is a figure of the same kind is not that figure
        totals = {(b.total.span, b.kind) for b in breakdowns} - mixed
        parts = {
            (p.quantity.span, b.kind)
            for b in breakdowns
            if (b.total.span, b.kind) in totals and b.kind is not None
            for p in b.parts
        }
        parts |= self._lone_parts(cands)
        # a category of a list of the disclosures that adds up (其中…公示公告6条，政策咨询10
        # 条) counts items published, not consultations received
        published = {
            (p.quantity.span, K.CONSULTATIONS)
            for b in breakdowns
            if b.kind is K.PROACTIVE_DISCLOSURES
            and sum(p.quantity.value for p in b.parts) == b.total.value
            for p in b.parts
        }
        cands = [
            c
            for c in cands
            if (key := (self._src(c.quantity.span), c.kind)) not in parts
            and key not in mixed
            and key not in published
        ]
        # a total whose parts add up to it is borne out by the text's own sums: of two
        # counts of one kind read equally strongly, it comes first (局门户网站主动公开信息
        # 17430条 … 主动公开政府信息130条。其中…: the 130 the parts add up to)
        summed = {
            b.total.span for b in breakdowns if len(b.parts) > 1 and b.parts_sum == b.total.value
        }
        figures = self._order(cands, summed)
        return Figures(tuple(figures), tuple(breakdowns), tuple(self.problems))

    def _mixed_totals(
        self, cands: list[_Cand], breakdowns: list[Breakdown]
    ) -> set[tuple[Span, FigureKind | None]]:
        """The proactive totals (span, kind) of ``breakdowns`` read more weakly than one
        of their parts (公开政府信息1460条，其中主动公开政府信息1390条…)."""
        strengths: dict[tuple[Span, FigureKind | None], int] = {
            (self._src(c.quantity.span), c.kind): c.strength
            for c in cands
            if c.kind is K.PROACTIVE_DISCLOSURES
        }
        mixed: set[tuple[Span, FigureKind | None]] = set()
        for b in breakdowns:
            total = strengths.get((b.total.span, b.kind))
            if total is not None and any(
                strengths.get((p.quantity.span, b.kind), -1) > total for p in b.parts
            ):
                mixed.add((b.total.span, b.kind))
        return mixed

    def _lone_parts(self, cands: list[_Cand]) -> set[tuple[Span, FigureKind]]:
        """The (span, kind) of each lone part after an opening (…公开信息35829条。其中，通过
        门户网站公开政府信息4541条) whose total is read as a figure of its kind: a part all
        the same, no figure of that kind, unless the part is read more strongly than the
        total and says 主动公开 (公开政府信息1460条，其中主动公开政府信息1390条: the total
        holds what was disclosed on application, as with :meth:`_mixed_totals`) or names
        no place or channel (发布信息500条，其中公开政府信息300条: the whole holds more than
        government information; not 其中通过门户网站公开政府信息…: one channel's share)."""
        if not self._lone:
            return set()
        strengths: dict[tuple[Span, FigureKind], int] = {
            (self._src(c.quantity.span), c.kind): c.strength for c in cands if c.source == 0
        }
        out: set[tuple[Span, FigureKind]] = set()
        for total, part, placed in self._lone:
            for kind in K:
                t = strengths.get((total, kind))
                p = strengths.get((part, kind))
                if t is None or p is None:
                    continue
                if (
                    kind is K.PROACTIVE_DISCLOSURES
                    and p > t
                    and (p == _SAYS_PROACTIVE or not placed)
                ):
                    continue
                out.add((part, kind))
        return out

    def _cand(self, kind: FigureKind, q: Quantity, strength: int, source: int = 0) -> _Cand:
        section = self._section_at(q.span[0])
        return _Cand(kind, q, strength, self._tier(kind, section), section, source)

    def _numeric(self) -> Iterable[_Cand]:
        text = self.text
        starts, ends, units = self.q_starts, self.q_ends, self.q_units
        nq = len(starts)
        # only the scan's candidates: a unit of _FIGURE_UNITS (% and other units, 人, 元
        # aside, are never figures), or no unit and a clause end (or the end of its tail)
        # after at most two spaces, which is what _classify asks first of a number without
        # a unit (not a table cell: … | 58 | 7 |)
        mask_lo, mask_hi = self._mask_lo, self._mask_hi
        clause_ends = self.clause_ends
        n_clause_ends = len(clause_ends)
        text_len = len(text)
        series = self.series
        section_starts, section_spans = self.section_starts, self.section_spans
        tail_max, lead_max = P.TAIL_MAX, P.LEAD_MAX
        # the last appeal count (kind, quantity, whether its words name disclosure)
        last_appeal: tuple[FigureKind, Quantity, bool] | None = None
        appeal_kinds = P.APPEAL_KINDS
        # the section (index) of the last proactive count read: a channel's count after it
        # in that section is a part (_classify's proactive_before)
        proactive_k = -2
        # the end of the last cumulative total dropped and of its sentence: its 其中 parts
        # are parts of that total, no figure of the year unless they say so
        cum_at = cum_end = -1
        # the other year whose end that total runs to (2014年底累计… in a 2015 report): a
        # part of it that says only 本年度 may be of either year
        cum_year: int | None = None
        # the next sentence when its counts add up to that total: they are its parts
        cum_lo = cum_hi = -1
        # where the last count of each kind read starts: a total to now after it in its
        # sentence (…2011年共公开606条，目前总计公开2739条) is no figure of the year
        last_read: dict[FigureKind, int] = {}
        # a count of the first of two appeals named before 分别为, and the second's kind
        respective: tuple[int, FigureKind] | None = None
        # a count of the years named before 分别 (2021年、2022年…分别…297条、649条): its
        # index, the years of the numbers still to come, and the kinds of the count
        by_year: tuple[int, list[int], list[tuple[FigureKind, int]]] | None = None
        for i in self.scan.candidates:
            start = starts[i]
            if mask_lo <= start < mask_hi and self._masked(start):
                continue
            unit = units[i]
            end = ends[i]
            k = bisect_left(clause_ends, end)  # self._clause_end(end)
            clause_end = clause_ends[k] if k < n_clause_ends else text_len
            # (comparisons, not min and max: this loop is hot)
            tail_end = end + tail_max
            if clause_end < tail_end:
                tail_end = clause_end
            next_cut = False  # (the next number cut the tail short)
            if i + 1 < nq:
                after = starts[i + 1]
                if after < tail_end:
                    tail_end = after if after > end else end
                    next_cut = True
            tail = text[end:tail_end]
            if unit is None and (
                P.UNITLESS_AFTER.match(tail) is None
                or (text.startswith("\n", end) and _cut_by_wrap(text, start, end))
                # (a cell of a row: another number after blanks only, 申请数量\t1\t0\t0)
                or (next_cut and not tail.strip(" \t"))
            ):
                continue  # (or a number cut by a line break: which one is not known)
            # (2⏎46件: digits cut by a line break, no figure; the words before the first
            # part say what it would be, for the problem below)
            lead_end = start
            if (
                i > 0
                and ends[i - 1] == start - 1
                and text[start - 1] == "\n"
                and _cut_by_wrap(text, start, -1)
            ):
                lead_end = starts[i - 1]
            k = bisect_left(clause_ends, lead_end)  # self._clause_start(lead_end)
            clause_start = clause_ends[k - 1] + 1 if k > 0 else 0
            if clause_start < lead_end - lead_max:
                clause_start = _lead_floor(text, clause_start, lead_end)
            lead_start = clause_start
            j = i - 1 if lead_end == start else i - 2
            if j >= 0 and ends[j] > lead_start:
                lead_start = ends[j]
            lead = text[lead_start:lead_end].strip(" \t\u3000\n\r")
            if lead.endswith(("（", "(")) and text.startswith(("）", ")"), end):
                lead = lead[:-1].rstrip(" \t")  # (the count in brackets: 受理申请（56件）)
            if j >= 0 and lead_start == ends[j] and lead:
                # (4件为网上申请、1件为信函申请; 2件行政复议、1件行政诉讼: the words right
                # after the number before, up to a separator or a joining word, are that
                # number's label or noun, not this one's lead)
                m_sep = P.NOUN_AFTER_END.search(lead)
                if m_sep is not None and m_sep.start() > 0:
                    lead = lead[m_sep.end() :]
            # (a wrapped line's indent goes with its break: 公开政府⏎   信息 108 条)
            lead = _unwrap(lead)
            lead_flat = P.TAG.sub("", lead) if "<" in lead else lead
            # the later value of a change (…申请由上年的64件下降为27件): read with the words
            # before 由, and its clause taken to end there
            change_at = -1
            if j >= 0 and lead_start == ends[j] and P.CHANGE_TO_VERB.fullmatch(lead_flat):
                change_at = self._change_from_at(clause_start, starts[j])
                if change_at >= 0:
                    lead_flat = _unwrap(text[clause_start:change_at]).strip(" \t\u3000")
            elif (
                j >= 0
                and len(lead_flat) <= 4
                and units[j] == unit
                and P.REACH_LEAD.fullmatch(lead_flat)
                and (subject := self._changed_subject(j, clause_start)) is not None
            ):
                lead_flat = subject  # (…比上年增加439条，达到3439条: of the words before 比)
            elif (
                j >= 0
                and len(lead_flat) <= 16
                and units[j] == unit
                and (share := P.YEAR_SHARE_LEAD.fullmatch(lead_flat)) is not None
                and (subject := self._cumulative_subject(j, start, share)) is not None
            ):
                lead_flat = subject  # (累计主动公开…11693条，其中2012年新增1774条)
            if unit is None and (
                "|" in lead_flat or "\t" in lead_flat or not P.UNITLESS_LEAD.search(lead_flat)
            ):
                continue  # (the same for a table cell: … | 58 | 7 |)
            k = bisect_right(section_starts, start) - 1  # self._section_at(start)
            section = section_spans[k][1] if k >= 0 else SectionKind.UNKNOWN
            # the words just before (this sentence and the one before it) mention 申请
            app_ctx = (
                section is SectionKind.APPLICATIONS
                or text.find("申请", start - 120 if start > 120 else 0, start) >= 0
            )
            # the kinds first: most candidates have none, and then the clause is not read
            # (unless _classify recorded a problem: it is dropped when the clause rules the
            # number out)
            n_problems = len(self.problems)
            # (two appeals named before 分别为 take the two numbers after it in turn: a pair,
            # not a series of counts of one kind)
            paired = False
            if respective and respective[0] == i - 1 and P.RESPECTIVE_JOIN.fullmatch(lead_flat):
                kinds, paired = [(respective[1], 2)], True  # (…分别为3件和2件: the second)
            elif "分别" in lead_flat and (pair := _respective_appeals(lead_flat)) is not None:
                kinds, paired = [(pair[0], 2)], True
                respective = (i, pair[1])
            elif by_year and by_year[0] == i - 1 and P.RESPECTIVE_JOIN.fullmatch(lead_flat):
                # (…分别…297条、649条: the number of the next year named)
                _, years_left, year_kinds = by_year
                kinds, paired = (year_kinds if years_left[0] == self.year else []), True
                by_year = (i, years_left[1:], year_kinds) if len(years_left) > 1 else None
            else:
                kinds = self._classify(
                    lead_flat, tail, i, unit, app_ctx, section, proactive_before=proactive_k == k
                )
                years = _respective_years(lead_flat) if "分别" in lead_flat else None
                if years is not None:
                    # (2021年和2022年分别收到…34件和32件: one number a year, in order)
                    by_year = (i, years[1:], kinds)
                    kinds, paired = (kinds if years[0] == self.year else []), True
            # (the appeal count this number may narrow to disclosure: _narrow)
            narrow = last_appeal if "公开" in lead_flat else None
            if not kinds and narrow is None and len(self.problems) == n_problems:
                continue
            clause_lead = text[clause_start : start if change_at < 0 else change_at]
            # (a number cut by a line break: which one is not known)
            cut = lead_end < start or (clause_lead.endswith("\n") and _cut_by_wrap(text, start, -1))
            clause_lead = _unwrap(clause_lead)  # (a line of a PDF's text layer wraps it)
            if ("累计" in clause_lead or "历年" in clause_lead) and P.CUMULATIVE.search(
                clause_lead
            ):
                # (a total to date, or the year's own total 2021年，全旗累计公开…8100条: either
                # way, the next sentence's counts that add up to it are its parts)
                sentence_end = self._sentence_end(start)
                cum_lo, cum_hi = self._parts_next_sentence(i, sentence_end)
                if not self._year_own_total(i, clause_lead):
                    cum_at, cum_end = end, sentence_end
                    cum_year = self._other_year_end(start)
            if (
                cum_year is not None
                and kinds
                and start < cum_end
                and text.find("其中", cum_at, start) >= 0
                and P.PART_OF_YEAR.search(clause_lead) is not None
                and not _years(clause_lead)
            ):
                del self.problems[n_problems:]
                self._year_unclear(start, end, kinds[0][0], cum_year)
                continue
            if (
                (series and not paired and self._has_series(clause_start, clause_end))
                # (无一例行政复议, 未发生一起…: not a single one, the statement of zero)
                or (text.startswith("一", start) and P.NOT_ONE_BEFORE.search(clause_lead))
                or cum_at == end
                or (cum_lo <= start < cum_hi and kinds and kinds[0][0] is K.PROACTIVE_DISCLOSURES)
                or (
                    start < cum_end
                    and text.find("其中", cum_at, start) >= 0
                    and P.PART_OF_YEAR.search(clause_lead) is None
                )
                or self._followed_by(i, P.NEW_OF_YEAR_LEAD, "新增")
                or self._year_part_follows(i)
                or (_may_other_period(clause_lead) and P.OTHER_PERIOD.search(clause_lead))
                or (("上" in clause_lead or "去" in clause_lead) and self._year_before(start))
                or (("（" in clause_lead or "(" in clause_lead) and self._earlier_note(clause_lead))
                or ("月" in clause_lead and self._ends_in_year(clause_lead))
                or (
                    kinds
                    and P.TO_NOW.search(clause_lead) is not None
                    and last_read.get(kinds[0][0], -1) >= self._line_sentence_start(start)
                )
                or (_may_target(clause_lead) and P.TARGET.search(clause_lead))
                or P.TARGET_AFTER.match(text, end, end + 12) is not None
                or (
                    ("由" in clause_lead or "从" in clause_lead)
                    and P.CHANGE_FROM.search(clause_lead)
                )
                or self._unrelated(start)
                or (section is SectionKind.PROBLEMS_AND_IMPROVEMENTS and self._plan_ahead(start))
                or (("均" in clause_lead or "每" in clause_lead) and P.AVERAGE.search(clause_lead))
                or self._since_opening(clause_start)
                or self._of_other_units(clause_lead)
                or _is_comparison(lead_flat)
                # (a year of P.CLAUSE_YEAR is written 20xx or 二〇xx: a cheap test before
                # _other_year)
                or (
                    "年" in clause_lead
                    and ("20" in clause_lead or "二" in clause_lead)
                    and self._other_year(clause_lead)
                )
            ):
                del self.problems[n_problems:]
                continue
            if cut:
                del self.problems[n_problems:]
                if kinds:
                    self._number_cut(lead_end, end, kinds[0][0])
                continue
            if narrow is not None:
                kinds = self._narrow(kinds, lead_flat, start, narrow)
            if kinds:
                q = self._q(i)  # (built only for a figure)
                # a sub-unit acting for the agency counts its share: weaker
                weaker = "代" in lead_flat and P.ON_BEHALF.search(lead_flat) is not None
                for kind, strength in kinds:
                    if weaker:
                        strength -= 1
                    elif kind is K.PROACTIVE_DISCLOSURES and self._place_before(start):
                        strength -= 1  # (one place's count: 通过门户网站公开信息478条)
                    yield _Cand(kind, q, strength, self._tier(kind, section), section)
                    last_read[kind] = start
                    if kind is K.PROACTIVE_DISCLOSURES:
                        proactive_k = k
                if len(kinds) == 1 and kinds[0][0] in appeal_kinds:
                    last_appeal = (kinds[0][0], q, "公开" in lead_flat)

    def _parts_next_sentence(self, i: int, sentence_end: int) -> tuple[int, int]:
        """The bounds of the sentence after ``sentence_end`` when its quantities of the
        unit of quantity ``i`` (at least two) add up to it: the parts of a total read in
        the sentence before (全县累计公开政府信息21597条。网站公开7055条，部门和乡镇公开
        14542条。); (-1, -1) otherwise.  (Only disclosures are taken for parts so: the
        outcomes of applications after 截至年底累计受理申请5件。 are read as before.)"""
        lo = sentence_end + 1
        if self._next_sums is None or self._next_sums[0] != lo:
            # (the sums of the next sentence by unit family, added once for all the
            # cumulative counts of a sentence: a search per count was quadratic)
            text, starts, units = self.text, self.q_starts, self.q_units
            hi = self._sentence_end(lo) if lo < len(text) else lo
            sums: dict[str | None, tuple[Number, int]] = {}
            j = bisect_left(starts, lo)
            while j < len(starts) and starts[j] < hi:
                unit = units[j]
                if unit is not None:
                    family = _unit_family(unit)
                    total, n = sums.get(family, (0, 0))
                    sums[family] = (total + self._q(j).value, n + 1)
                j += 1
            self._next_sums = (lo, hi, sums)
        _, hi, sums = self._next_sums
        total, n = sums.get(_unit_family(self.q_units[i]), (0, 0))
        if n >= 2 and total == self._q(i).value:
            return lo, hi
        return -1, -1

    def _number_cut(self, start: int, end: int, kind: FigureKind) -> None:
        """Record that the number ``text[start:end]``, cut by a line break (2⏎46件), would be
        a figure of ``kind``: whether it is one number or two is not known, so none is read.
        """
        words = self.text[start:end]
        message = (
            f"数字“{words.replace(chr(10), '⏎')}”被换行隔开，无法确定是一个数还是两个数，"
            f"未读取{kind.value}"
        )
        self.problems.append(_warning("figures.number_cut", self._src((start, end)), message))

    def _narrow(
        self,
        kinds: list[tuple[FigureKind, int]],
        lead: str,
        start: int,
        last: tuple[FigureKind, Quantity, bool],
    ) -> list[tuple[FigureKind, int]]:
        """The kinds of a number at ``start`` whose ``lead`` may narrow the appeal count
        ``last`` (kind, quantity, whether its words name disclosure) of its sentence to
        disclosure: 本单位涉及行政复议案件12件，其中涉及政府信息公开的行政复议1件 (or
        …3件，涉及政府信息公开的0件, the subject left out) counts the reviews of
        disclosure, the figure; the count before it is all the agency's reviews, which
        is then recorded in :attr:`_narrowed` (no figure)."""
        kind, q, named = last
        if named or P.DISCLOSURE_NARROW.search(lead) is None:
            return kinds
        if self._sentence_start(q.span[0]) != self._sentence_start(start):
            return kinds
        if not kinds and P.NARROWED_SUBJECT.search(lead):
            kinds = [(kind, 2)]
        if kinds and kinds[0][0] is kind:
            self._narrowed.add((kind, q.span))
        return kinds

    def _has_series(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` holds a 分别为 (the matches are all 3 characters
        long and cannot overlap, so the first one at or after ``start`` decides)."""
        if not self.series:
            return False
        i = bisect_left(self.series, (start, start))
        return i < len(self.series) and self.series[i][1] <= end

    def _since_opening(self, clause_start: int) -> bool:
        """True when the clauses of the sentence before ``clause_start`` end with a time
        since when (自《条例》施行以来，) that is not the report's year, or with a span of
        years (2017年至2019年，), or name the information of earlier years they are about
        (对2008年以前形成的政府信息进行了清理，): what follows is a total over several years;
        or end with a year alone that is not the report's (2022年，): what follows is of
        that year."""
        text = self.text
        lo = max(self._sentence_start(clause_start), clause_start - 40)
        if lo >= clause_start:
            return False  # (the clause opens its sentence)
        if text.find("\n", lo, clause_start) >= 0:
            # a line break that ends a clause (after a title or a heading) starts the
            # sentence; one that wraps a PDF's line does not, and is read through
            ends = self.clause_ends
            k = bisect_left(ends, clause_start - 1) - 1
            while k >= 0 and ends[k] >= lo:
                if text[ends[k]] == "\n":
                    lo = ends[k] + 1
                    break
                k -= 1
            before = _unwrap(text[lo:clause_start])
        else:
            before = text[lo:clause_start]
        older = P.OLDER_INFORMATION.search(before) if "的" in before else None
        if older is not None and (
            older.group("when") != "以来" or _years(older.group("year")) != {self.year}
        ):
            return True  # (对2008年以前形成的政府信息进行了清理，确定主动公开…3000条)
        if ("月" in before or "年" in before) and self._ends_in_year(before, clause_end=True):
            return True  # (截至11月30日，…, 1至10月，…, 截至2012年底，…: not the year's)
        if self.year is not None and "年" in before:
            alone = P.YEAR_CLAUSE.search(before)
            if alone is not None and int(alone.group(1)) != self.year:
                return True  # (a year alone before the clause, 2022年，共制定…, not the report's)
        if "以来" not in before and "至今" not in before:
            # (a span of years opening the sentence: 2017年至2019年，共收到…; every match
            # of P.SPAN_OPENING holds 年 and a word that joins two years)
            return (
                "年" in before
                and _has_span_word(before)
                and P.SPAN_OPENING.search(before) is not None
            )
        if P.SINCE_OPENING.search(before) is None:
            return False
        years = _years(before)
        if self.year == P.REGULATION_YEAR and years <= {self.year} and "条例" in before:
            # (《条例》施行以来 in the report of the year it came in force, 2008: since
            # 2008年5月1日, the report's own period)
            return P.SINCE_REGULATION.search(before) is None
        return not years or self.year not in years

    def _ends_in_year(self, words: str, clause_end: bool = False) -> bool:
        """True when ``words`` (ending with their clause when ``clause_end``) count up to a
        month before December, or up to a day of another year (截至11月30日, 1至10月,
        截至2014年3月, 截至2012年底): not the year's count; a day of December is the
        year's end (a report drawn up then), and a day the report's own 统计期限 ends on
        is its own.

        >>> r = _Reader.__new__(_Reader)
        >>> r.year, r.period_end = 2013, None
        >>> r._ends_in_year("截至11月30日，", True), r._ends_in_year("到12月15日为止，", True)
        (True, False)
        >>> r._ends_in_year("1至十月份共"), r._ends_in_year("2013年1月至12月底共")
        (True, False)
        >>> r._ends_in_year("截至2012年底，", True), r._ends_in_year("截至2013年底，", True)
        (True, False)
        """
        if "截" not in words and not _has_span_word(words):
            return False  # (every match holds 截至/截止 or a word of _has_span_word)
        for m in P.PERIOD_END.finditer(words):
            if clause_end and words[m.end() :].strip(" \t\u3000，,") != "":
                continue
            year = int(m.group("y")) if m.group("y") else None
            month = small_number(m.group("m")) if m.group("m") else 12  # (截至2012年底)
            day = small_number(m.group("d")) if m.group("d") else 31 if month == 12 else None
            end = self.period_end
            if (
                end is not None
                and (end.month, end.day) == (month, day)
                and year in (None, end.year)
            ):
                continue
            if year is not None and self.year is not None and year != self.year:
                return True
            if month == 12:
                continue  # (截至12月30日: a report drawn up at the year's end counts its year)
            return True
        return False

    def _other_year_end(self, start: int) -> int | None:
        """The year, not the report's, whose end the words of the sentence before ``start``
        name (青禾街道2014年底累计…, 截至2014年12月31日，…) in a report of a known year;
        read back _YEAR_END_REACH characters at most (a sentence of thousands of counts
        without a full stop is not read back to its start for each)."""
        if self.year is None:
            return None
        lo = max(self._line_sentence_start(start), start - _YEAR_END_REACH)
        words = self.text[lo:start]
        if "年" not in words:
            return None
        years = {int(m.group("y")) for m in P.YEAR_END.finditer(words)}
        others = years - {self.year}
        return max(others) if others and len(years) == len(others) else None

    def _year_unclear(self, start: int, end: int, kind: FigureKind, year: int) -> None:
        """Record that the count ``text[start:end]``, a part that says only 本年度 of a total
        up to the end of ``year`` (not the report's), would be a figure of ``kind``: of
        that year or of the report's is not known, so none is read."""
        message = (
            f"累计数截至{year}年底，其中“{self.text[start:end]}”只说是本年度的，"
            f"不能确定是{year}年还是报告年度{self.year}年的，未读取{kind.value}"
        )
        self.problems.append(_warning("figures.year_unclear", self._src((start, end)), message))

    def _year_own_total(self, i: int, clause_lead: str) -> bool:
        """True when the 累计 in the lead of quantity ``i`` sums the report's year: its
        sentence (on its line), with no count before it, names the year's own span (全年通过…渠道，
        主动公开…累计300余条; 2020年，我局…累计公开…) and says nothing of a total to date
        (截至…, …以来, 历年)."""
        if "累计" not in clause_lead or "历年" in clause_lead:
            return False
        start = self.q_starts[i]
        # (its sentence on its line: a title line above it names the report's year)
        sent_start = self._line_sentence_start(start)
        if i > 0 and self.q_starts[i - 1] >= sent_start:
            unit = self.q_units[i - 1]
            if unit not in _DATE_UNITS:
                return False  # (全年受理10件，累计受理150件: a count before it)
        words = self.text[sent_start:start]
        if P.TO_DATE.search(words):
            return False
        if P.YEAR_OWN_SPAN.search(words):
            return True
        return self.year is not None and _years(words) == {self.year}

    def _year_before(self, start: int) -> bool:
        """True when the clause of the quantity at ``start`` opens with the year before as
        its subject (P.YEAR_BEFORE_SUBJECT: 上年, 去年) and another clause of its sentence
        names the report's own year (P.THIS_YEAR_NAMED: 上年收到申请3件，本年收到5件): that
        去年 is the year before, not the report's year as a writer of the next year says."""
        lo = self._clause_start(start)
        # (a label before it ends at its colon: 收费情况：上年收取费用30元 opens with 上年)
        colon = max(self.text.rfind("：", lo, start), self.text.rfind(":", lo, start))
        if colon >= 0:
            lo = colon + 1
        if P.YEAR_BEFORE_SUBJECT.match(self.text, lo, start) is None:
            return False
        s_lo, s_hi = self._sentence_start(start), self._sentence_end(start)
        after = self._clause_end(start)
        return (
            P.THIS_YEAR_NAMED.search(self.text, s_lo, lo) is not None
            or P.THIS_YEAR_NAMED.search(self.text, after, s_hi) is not None
            or P.THIS_YEAR_CHANGE.search(self.text, after, s_hi) is not None
        )

    def _plan_ahead(self, start: int) -> bool:
        """True when the sentence of the quantity at ``start`` says, before it, what will
        be done (P.PLAN_AHEAD); asked only in a section of problems and improvements.  The
        sentence is taken from its line's start at most (not the heading above it: 下步打算)."""
        lo = max(self._sentence_start(start), self.text.rfind("\n", 0, start) + 1)
        return P.PLAN_AHEAD.search(self.text, lo, start) is not None

    def _other_year(self, clause_lead: str) -> bool:
        """True when the clause names a year and it is not the report's year (the next
        year the carried-forward ones go to, 结转到2025年办理7件, aside)."""
        if self.year is None:
            return False
        if "转" in clause_lead:
            after, before = self.year + 1, self.year - 1
            clause_lead = P.FORWARD_TO_YEAR.sub(
                lambda m: "" if int(m.group("y")) == after else m.group(), clause_lead
            )
            clause_lead = P.FROM_YEAR.sub(
                lambda m: "" if int(m.group("y")) == before else m.group(), clause_lead
            )
        years = _years(clause_lead)
        return bool(years) and self.year not in years

    def _classify(
        self,
        lead: str,
        tail: str,
        i: int,
        q_unit: str | None,
        app_ctx: bool,
        section: SectionKind,
        *,
        proactive_before: bool = False,
    ) -> list[tuple[FigureKind, int]]:
        """The kinds the quantity of index ``i`` (unit ``q_unit``) may be a figure of;
        ``proactive_before``: a proactive count was read before it in its section."""
        unit = q_unit or ""
        if q_unit is None:
            # 行政复议数为0。 (_numeric has checked UNITLESS_LEAD and UNITLESS_AFTER, and
            # that it is not a table cell: … | 58 | 7 |) but not a number in a list
            if not isinstance(self._q(i).value, int):
                return []
            if P.FEES.search(lead) and "金额" in lead:
                unit = "元"
            elif "信息数" in lead and P.INFO_COUNT_NAME.search(lead):
                unit = "条"  # (不予公开信息数1402: information, not applications)
            else:
                unit = "件"
        if unit in P.FEE_UNITS:
            if (
                P.FEES.search(lead)
                and not P.RATE_TAIL.match(tail)
                and _no_other_money(lead)
                # (每三页收取复印费1元: the rate's count stands between 每 and the lead)
                and not self._rate_before(i)
            ):
                # (one fee by name, 复印费12元, is a part when another fee by name
                # follows it in its sentence)
                # (…, or a total of them follows: 检索费20元、复制费15元，共计35元)
                if P.FEE_PART.search(lead) and (
                    self._fee_part_follows(i) or self._followed_by(i, P.TOTAL_NEXT) is not None
                ):
                    return []
                return [(K.FEES_COLLECTED, 2)]
            if P.TOTAL_LEAD.match(lead) and self._fees_before(i):
                return [(K.FEES_COLLECTED, 2)]  # (…邮寄费20元，合计32元)
            return []
        if "其中" in lead and (share := self._self_share(i, lead)) is not None:
            return [(share, 2)]  # (全市…申请596件，其中我局受理26件: the body's own)
        if unit == "件" and P.TOTAL_LEAD.match(lead) and self._channels_before(i):
            # (通过网络受理申请23件、信函受理申请10件…，共计41件: the applications received)
            return [(K.APPLICATIONS_RECEIVED, 2)]
        if (
            unit not in P.COUNT_UNITS
            or P.PARTS_TAIL.match(tail)
            or (unit == "项" and P.ITEMS_OF_CONTENT_TAIL.match(tail))
        ):
            return []
        appeal = self._appeal(lead, tail, i, unit, section)
        if appeal is not None:
            return appeal
        request = unit in P.REQUEST_UNITS
        # (each `"…" in` test below is a word every match of the pattern after it holds)
        if request and ("结" in lead or "遗留" in lead) and self._carried_over(lead):
            return [(K.APPLICATIONS_CARRIED_OVER, 2)] if app_ctx and not self._of_appeals(i) else []
        if request and self._carried_forward(lead, tail):
            return (
                [(K.APPLICATIONS_CARRIED_FORWARD, 2)] if app_ctx and not self._of_appeals(i) else []
            )
        if (
            request
            and app_ctx
            and unit != "条"  # 不予公开信息N条 counts information
            and not self._divides_other_applications(i)  # (信访事项30件，其中不予受理2件)
        ):
            if P.OUTCOME_ANY.search(lead):
                if "含" in lead and _includes_outcome(lead):
                    return []  # (予以公开（含部分公开）19件: two outcomes together)
                if _joins_outcomes(lead):
                    return []  # (同意公开或部分公开共81件: two outcomes together)
                kind = _outcome_kind(lead)
                if kind is not None and "等" in lead and _outcome_among_others(lead, kind):
                    return []  # (因信息不存在等原因无法提供5件: a wider class's count)
                if kind is not None:
                    strength = 2 if ("申请" in lead or "答复" in lead) else 1
                    if kind is K.APPLICATIONS_GRANTED and "已主动公开" in lead:
                        # (属于已主动公开范围的5件: counted with the granted answers, after
                        # the count worded 同意公开 the 2014 form keeps apart from it)
                        strength -= 1
                    return [(kind, strength)]
            if (
                ("办" in lead or "答复" in lead or "完毕" in lead)
                and P.COMPLETED.search(lead)
                and not P.NOT_COMPLETED.search(lead)
                and ("申请" in lead or not self._other_matter_before(i))
            ):
                return [(K.APPLICATIONS_COMPLETED, 2)]
        # (what follows needs 申请, or 收, 到 or 受理 in the lead: only then are the words
        # that make it not a received application looked for)
        if (
            request
            and ("申请" in lead or "收" in lead or "到" in lead or "受理" in lead or "共有" in lead)
            and _NOT_RECEIVED.search(lead) is None
        ):
            if "申请" in lead and P.CHANNEL_ANY.search(lead):
                if (
                    P.OTHER_APPLIED.search(lead)
                    or self._divides_other_applications(i)
                    or self._applied_for_other_before(i)
                ):
                    return []  # (行政审批事项5000件，其中网上申请3000件: not of disclosure)
                channels = [kind for kind, pattern in P.CHANNELS if pattern.search(lead)]
                # (网站和信函…12件: one count of two channels, a figure of neither)
                return [(channels[0], 2)] if len(channels) == 1 else []
            in_section = section is SectionKind.APPLICATIONS
            # (every RECEIVED match holds 申请)
            got = _RECEIVED.search(lead) if "申请" in lead else None
            if got is not None:
                if lead.lstrip(" \t").startswith("、") and self._applied_for_other_before(i):
                    return []  # (受理行政审批申请300件、受理申请200件: the list's matter)
                if self._handled_with_carried(i, got) or self._new_after_carried(i):
                    return []  # (加上上年结转的…，共办理申请806件: the ones handled)
                if in_section or P.RECEIVED_SUBJECT.search(lead):
                    return [(K.APPLICATIONS_RECEIVED, 2)]
                return []
            if (
                ("收" in lead or "到" in lead or "受理" in lead or "共有" in lead)  # (one of them)
                and _RECEIVED_VERB.search(lead)
                and P.RECEIVED_TAIL.search(tail)
                and not _NOT_RECEIVED.search(tail)
                and (in_section or P.RECEIVED_SUBJECT.search(tail))
            ):
                return [(K.APPLICATIONS_RECEIVED, 2)]
        if unit in P.DOC_UNITS and _says(lead, "规范性文件", P.NORMATIVE, P.NOT_NORMATIVE):
            return [(K.NORMATIVE_DOCUMENTS, 2)]
        if (
            unit in ("条", "篇", "件", "项", "个", "份")
            and not (_may_not_proactive(lead) and P.NOT_PROACTIVE.search(lead))
            and not ("媒体" in lead and P.MEDIA_PLACED.search(lead))
            and not self._of_channel_sum(i)
        ):
            if "信息" in tail:
                # the number before its noun (全年共公开327条信息): read as 公开信息327条
                noun = P.INFO_NOUN_AFTER.match(tail)
                if noun is not None and P.DISCLOSED_VERB_END.search(lead):
                    lead = lead.rstrip(" \t") + noun.group(1)
            if "其中" in lead and P.PROACTIVE_SHARE_LEAD.match(lead) and self._of_disclosed(i):
                return [(K.PROACTIVE_DISCLOSURES, 2)]  # (…1300条，其中主动公开1280条)
            m = P.PROACTIVE_STRONG.search(lead) if "主动" in lead else None
            if m is not None and _media_before(lead, m):
                return []  # (a part: what one channel carried)
            if (
                m is not None
                and ("通过" in lead or "在" in lead)
                and "等" not in lead
                and self._beside_a_channel(i, lead)
            ):
                return []  # (a part: 通过政府网站… beside 通过政务微博…N条)
            if (
                m is not None
                and not P.PROACTIVE_PART.search(m.group("mid"))
                and not _names_topic(m, lead)
            ):
                return [(K.PROACTIVE_DISCLOSURES, 2)]
            if self._share_follows(i):
                return []  # (weakly worded, with its share of the whole: a part)
            if "主动" not in lead and self._followed_by(
                i, P.PROACTIVE_SHARE_LEAD, "主动", any_unit=True
            ):
                return []  # (every disclosure: 共公开…1300条，其中主动公开1280条)
            m = P.PROACTIVE_WEAK.search(lead) if "信息" in lead or "主动" in lead else None
            if m is not None and m.group("bare") and "其中" in lead:
                m = None
            if (
                m is not None
                and not P.PROACTIVE_PART.search(m.group("mid") or "")
                and not _media_before(lead, m)
            ):
                if self._one_channel(i, lead, m):
                    return []  # (one channel's count, beside the others': a part)
                if proactive_before and self._new_media_sentence(i):
                    return []  # (…微信公众号坚持运营，全年发布信息318篇: what it carried)
                return [(K.PROACTIVE_DISCLOSURES, 1)]
            if (
                section is SectionKind.PROACTIVE_DISCLOSURE
                and _says(lead, "信息", P.PROACTIVE_SECTION, P.PROACTIVE_PART)
                and not self._followed_by(i, P.TOTAL_LEAD)
                and not (proactive_before and _new_media_only(lead))
            ):
                m = P.PROACTIVE_SECTION.search(lead)
                if m is not None and self._one_channel(i, lead, m):
                    return []  # (通过网站公开信息23条；通过微信…公开信息1375条: a part)
                return [(K.PROACTIVE_DISCLOSURES, 0)]
        if "咨询" in lead and P.CONSULTATION.search(lead) and "投诉" not in lead:
            total = self._total_after(i)
            if total > 0 and self._consultations_before(total):
                return []  # (现场咨询52人次，网上咨询30人次，合计82人次: a part of the total)
            return [(K.CONSULTATIONS, 2 if section is SectionKind.CONSULTATIONS else 1)]
        if P.TOTAL_LEAD.match(lead) and self._consultations_before(i):
            return [(K.CONSULTATIONS, 2 if section is SectionKind.CONSULTATIONS else 1)]
        if (
            "咨询" in tail
            and P.CONSULTATION_VERB_END.search(lead)
            and P.CONSULTATION_TAIL.match(tail)
            and "投诉" not in tail
        ):
            # (收到2.4万人次的咨询: the word for what is counted follows the count)
            return [(K.CONSULTATIONS, 2 if section is SectionKind.CONSULTATIONS else 1)]
        return []

    def _one_channel(self, i: int, lead: str, m: regex.Match[str]) -> bool:
        """True when quantity ``i``, disclosed (match ``m`` in ``lead``) 通过 one channel,
        is that channel's count beside another's: a channel of the new media before the
        verb, or one another clause of the sentence counts (:meth:`_beside_a_channel`);
        not when the lead names all the channels (通过网站、政务新媒体等渠道)."""
        return (
            "通过" in lead
            and "等" not in lead
            and (_media_before(lead, m, P.CHANNEL_BESIDE) or self._beside_a_channel(i, lead))
        )

    def _carried_over(self, lead: str) -> bool:
        """True when ``lead`` names the ones carried over from the year before (上年结转, 上年
        度遗留), or names that year by number (2020年结转办理1件 in a 2021 report); not when
        the year's new ones are joined to them (P.NEW_AND_CARRIED: 新收及上年结转329件)."""
        if P.CARRIED_OVER.search(lead):
            return P.NEW_AND_CARRIED.search(lead) is None
        if self.year is None:
            return False
        m = P.FROM_YEAR.search(lead)
        return m is not None and int(m.group("y")) == self.year - 1

    def _carried_forward(self, lead: str, tail: str) -> bool:
        """True when ``lead`` names, or ``tail`` opens with, a carrying into the next year
        (结转下年度, 结转到2025年 in a 2024 report); a year named by number must be the one
        after the report's (2件结转至2019年 in a 2017 report says nothing of this report's)."""
        m = None
        if "下" in lead or "至" in lead or "到" in lead:
            m = P.CARRIED_FORWARD.search(lead)
        if m is None and ("下" in tail or "至" in tail or "到" in tail):
            m = P.CARRIED_FORWARD_TAIL.search(tail)
        if m is None:
            return False
        y = P.FORWARD_TO_YEAR.search(m.group())
        return y is None or (self.year is not None and int(y.group("y")) == self.year + 1)

    def _of_channel_sum(self, i: int) -> bool:
        """True when the sentence of quantity ``i``, up to it, names the 2014 form's row of
        counts by channel (P.CHANNEL_SUM: 通过不同渠道和方式公开政府信息483条, or as a lead-in,
        …情况：政府网站公开信息3698条，新闻发布会公开信息12条): the count is that sum, or one
        channel's part of it, not the items disclosed."""
        start = self.q_starts[i]
        # (a bounded look back: a text without sentence ends made a search per count quadratic)
        lo = max(self._sentence_start(start), start - P.CHANNEL_SUM_REACH)
        k = self.text.find("不同", lo, start)
        return k >= 0 and P.CHANNEL_SUM.search(self.text, k, start) is not None

    def _handled_with_carried(self, i: int, m: re.Match[str]) -> bool:
        """True when the RECEIVED match ``m`` before quantity ``i`` counts what was handled
        (办理/处理…申请) and an earlier clause of its sentence names the carried-over or
        carried-forward ones (新收申请820件，加上上年结转的，…共办理申请806件), or a
        bracket right after it does (P.WITH_CARRIED: 共处理申请1717件（包含上年结转76件）):
        the count takes them in, so it is not the one of applications received."""
        if not m.group().startswith(("办理", "处理")):
            return False
        start = self.q_starts[i]
        if P.WITH_CARRIED.match(self.text, self.q_ends[i]) is not None:
            return True
        return self._in_line_sentence(
            P.CARRY_WORD, self._line_sentence_start(start), self._clause_start(start)
        )

    def _new_after_carried(self, i: int) -> bool:
        """True when the clause after quantity ``i`` names the carried-over applications and
        then the year's new count (共受理…59件，结转上年后新收到…47件): ``i`` takes the
        carried ones in, so it is not the count of applications received."""
        end = self.q_ends[i]
        stop = min(self._sentence_end(end), end + P.NEW_AFTER_CARRY_REACH)
        return P.NEW_AFTER_CARRY.search(self.text, end, stop) is not None

    def _new_media_sentence(self, i: int) -> bool:
        """True when a clause before the one of quantity ``i`` in its sentence names a
        channel of the new media (P.MEDIA_CHANNEL) and the sentence names no place of
        publication (P.PLACE) before ``i`` (某某微信公众号坚持运营，全年发布信息318篇): the
        count is what that channel carried, not the disclosures."""
        start = self.q_starts[i]
        lo = self._line_sentence_start(start)
        return self._in_line_sentence(
            P.MEDIA_CHANNEL, lo, self._clause_start(start)
        ) and not self._in_line_sentence(P.PLACE, lo, start)

    def _share_follows(self, i: int) -> bool:
        """True when quantity ``i`` is followed by its share of the whole (…492.73万条，
        占比58.51%): P.SHARE_AFTER."""
        end = self.q_ends[i]
        return "占" in self.text[end : end + 8] and P.SHARE_AFTER.match(self.text, end) is not None

    def _followed_by(
        self, i: int, lead: regex.Pattern[str], word: str = "", *, any_unit: bool = False
    ) -> regex.Match[str] | None:
        """The match of ``lead`` when the next quantity in the sentence of quantity ``i``,
        of its unit, has only ``lead``'s words before it (which hold ``word``, a cheap test
        first): a total with no key word of its own, P.TOTAL_LEAD (…在省政府网站发布信息514
        条，总计2401条: ``i`` is one of the counts it adds up), a total's clause, P.TOTAL_NEXT
        (复制费81元，合计收取费用139元: ``i`` is one of the fees), or the year's new count,
        P.NEW_OF_YEAR_LEAD (…共主动公开615条，今年新增94条: ``i`` is the total to date);
        None otherwise.  ``any_unit``: the next quantity may have any unit or none (a number
        a line break cut: 其中属于主动公开的政府信息2⏎325条)."""
        j = i + 1
        if j >= len(self.q_starts) or (not any_unit and self.q_units[j] != self.q_units[i]):
            return None
        end, start = self.q_ends[i], self.q_starts[j]
        words = self.text[end:start]
        if word not in words or start >= self._sentence_end(end):
            return None
        return lead.match(_unwrap(words))

    def _year_part_follows(self, i: int) -> bool:
        """True when the next quantity in the sentence of quantity ``i`` is a part of it
        after 其中 that names the report's year (截至2009年底共受理申请40件，其中2009年受理
        15件): ``i`` counts more than the year's."""
        if self.year is None:
            return False
        m = self._followed_by(i, P.YEAR_PART_LEAD, "其中")
        return m is not None and _years(m.group("year")) == {self.year}

    def _beside_a_channel(self, i: int, lead: str) -> bool:
        """True when another clause of the sentence of quantity ``i`` counts what a
        channel of the new media carried (通过政务微博主动公开政府信息200条，通过政府网站主动
        公开政府信息1000条: each count is its channel's, the whole is not stated), or, when
        ``lead`` (the words before ``i``) names a place of publication, what another place
        carried (在市政府门户网站主动公开信息60条，在镇门户网站主动公开信息5条); not one
        after 其中 or 包括 (a part of this count)."""
        text = self.text
        start = self.q_starts[i]
        own = self._clause_start(start)
        lo, hi = self._sentence_start(start), self._sentence_end(start)
        placed = P.PLACE_OF_PUBLICATION.search(lead) is not None
        channel = P.PLACE_CHANNEL if placed else P.CHANNEL_BESIDE
        for word in ("通过", "在") if placed else ("通过",):
            k = text.find(word, lo, hi)
            while k >= 0:
                head = text[self._clause_start(k) : k]
                if not own <= k < start and "其中" not in head and "包括" not in head:
                    end = self._clause_end(k)
                    j = bisect_left(self.q_starts, k)
                    if (
                        j < len(self.q_starts)
                        and self.q_starts[j] < end
                        and channel.search(text, k, self.q_starts[j]) is not None
                    ):
                        return True
                k = text.find(word, k + len(word), hi)
        return False

    def _total_after(self, i: int) -> int:
        """The index of the later quantity of the sentence of quantity ``i``, after a run of
        quantities of its unit family, that has only a total's words before it (P.TOTAL_LEAD:
        现场咨询52人次，电话咨询20次，合计72人次: ``i`` is one of the counts it adds up), or
        -1."""
        end = self._sentence_end(self.q_ends[i])
        family = _unit_family(self.q_units[i])
        j = i + 1
        # (a few counts ahead: a list by channel is short, and a sentence of counts with no
        # end would make a walk per count quadratic)
        stop = min(len(self.q_starts), i + 1 + _TOTAL_AFTER_MAX)
        while j < stop and self.q_starts[j] < end and _unit_family(self.q_units[j]) == family:
            words = _unwrap(self.text[self.q_ends[j - 1] : self.q_starts[j]])
            if P.TOTAL_LEAD.match(words):
                return j
            j += 1
        return -1

    def _consultations_before(self, i: int) -> bool:
        """True when the quantity before ``i``, of its unit family and in its sentence,
        counts consultations by the words since the quantity before it (…网上咨询30人次，合计
        82人次; …电话咨询20次，合计72人次: the total with no key word of its own is of the
        consultations)."""
        if i == 0 or _unit_family(self.q_units[i - 1]) != _unit_family(self.q_units[i]):
            return False
        start = self.q_starts[i - 1]
        if self.q_ends[i - 1] > self.q_starts[i] or self._sentence_end(start) < self.q_starts[i]:
            return False
        words = self._lead_words(i - 1)
        return "咨询" in words and P.CONSULTATION.search(words) is not None

    def _rate_before(self, i: int) -> bool:
        """True when the clause of quantity ``i`` names a rate before it (P.RATE_BEFORE:
        每三页收取复印费1元, whose 三页 is a quantity of its own): a price, not fees."""
        start = self.q_starts[i]
        return P.RATE_BEFORE.search(self.text, self._clause_start(start), start) is not None

    def _fees_before(self, i: int) -> bool:
        """True when the quantity before ``i`` is, in the same sentence, an amount, or a
        count of fees collected (收取费用3笔，金额为26元), whose lead (the words since the
        quantity before it) names a fee of disclosure (a total after it with no fee word of
        its own, …邮寄费20元，合计32元, is the fees)."""
        if i == 0:
            return False
        if self.q_units[i - 1] in P.FEE_COUNT_UNITS:
            # (the count's own clause: a heading before it, 收费及减免情况, is not its lead)
            start = self.q_starts[i - 1]
            if self._sentence_start(start) != self._sentence_start(self.q_starts[i]):
                return False
            words = _unwrap(self.text[self._clause_start(start) : start])
        elif self.q_units[i - 1] == "元":
            words = self._lead_words(i - 1)
        else:
            return False
        return (
            P.FEES.search(words) is not None or P.FEE_PART.search(words) is not None
        ) and _no_other_money(words)

    def _after_in_sentence(self, i: int) -> bool:
        """True when quantity ``i`` follows one of its unit in its sentence."""
        return (
            i > 0
            and self.q_units[i - 1] == self.q_units[i]
            and self._sentence_start(self.q_starts[i - 1]) == self._sentence_start(self.q_starts[i])
        )

    def _self_share(self, i: int, lead: str) -> FigureKind | None:
        """The kind of the whole before quantity ``i`` when ``i`` is the reporting body's own
        share of it after 其中 (P.SELF_SHARE: 全市各级行政机关共受理政府信息公开申请596件，其中
        我局受理26件) and the whole is the count of a wider area or of units under the body
        (:meth:`_of_other_units`), of applications received or of disclosures; else None."""
        if (
            P.SELF_SHARE.match(lead) is None and not self._names_self(lead)
        ) or not self._after_in_sentence(i):
            return None
        whole = self._clause_words(i - 1)
        if not (("全" in whole and P.WHOLE_AREA.search(whole)) or "系统" in whole or "属" in whole):
            return None
        if "申请" in whole and _RECEIVED.search(whole) and not _NOT_RECEIVED.search(whole):
            return K.APPLICATIONS_RECEIVED
        if "主动" in whole and P.PROACTIVE_STRONG.search(whole):
            return K.PROACTIVE_DISCLOSURES
        return None

    def _names_self(self, lead: str) -> bool:
        """True when ``lead`` opens with 其中 and the reporting body's name (其中云梧区人民
        政府收到…, 其中云梧区收到…): its own share of the count before."""
        if self.agency is None:
            return False
        rest = lead.lstrip("，, \t")
        if not rest.startswith("其中"):
            return False
        rest = rest[2:].lstrip(" \t:：")
        name = self.agency
        short = name.removesuffix("人民政府").removesuffix("政府")
        return rest.startswith(name) or (len(short) >= 2 and rest.startswith(short))

    def _channels_before(self, i: int) -> bool:
        """True when the quantity before ``i``, in its sentence and of its unit, counts
        applications made through a channel (网络受理申请23件, 当面申请8件), and nothing in
        the sentence names another matter applied for (P.OTHER_APPLIED, P.NOT_RECEIVED): a
        total after it with no word of its own adds them up."""
        if not self._after_in_sentence(i):
            return False
        words = self._lead_words(i - 1)
        if "申请" not in words or P.CHANNEL_ANY.search(words) is None:
            return False
        # (no part of the sentence applies for another matter: 受理行政审批申请300件、窗口…)
        start = self.q_starts[i]
        return not (
            self._in_sentence_before(P.OTHER_APPLIED, start)
            or self._in_sentence_before(_NOT_RECEIVED, start)
        )

    def _of_disclosed(self, i: int) -> bool:
        """True when quantity ``i`` follows, in its sentence and of its unit, a count of
        every disclosure, worded without 主动 (全年共公开政府信息1300条, 在网站发布各类信息
        1114条): a share of it after 其中 that says 主动公开 is the proactive count."""
        if not self._after_in_sentence(i):
            return False
        words = self._clause_words(i - 1)
        return "主动" not in words and (
            P.PROACTIVE_WEAK.search(words) is not None
            or P.PROACTIVE_SECTION.search(words) is not None
        )

    def _applied_for_other_before(self, i: int) -> bool:
        """True when the last matter named before quantity ``i`` in its sentence, within a
        list's reach (P.LIST_REACH characters), is another applied for than disclosure
        (P.OTHER_APPLIED with no 公开 or 信息 after it): 受理行政审批申请300件、窗口受理申请
        200件 and 办理行政审批事项3000件，网上申请12件 count approvals by channel; in 办理行政
        审批事项3000件；受理政府信息公开申请20件，其中网上申请12件 the subject has changed."""
        start = self.q_starts[i]
        lo = max(self._sentence_start(start), start - P.LIST_REACH)
        last = -1
        for m in P.OTHER_APPLIED.finditer(self.text, lo, start):
            last = m.end()
        # (a 其中 after it: the whole it divides decides, _divides_other_applications)
        return (
            last >= 0
            and P.RECEIVED_SUBJECT.search(self.text, last, start) is None
            and self.text.find("其中", last, start) < 0
        )

    def _lead_words(self, k: int) -> str:
        """The words before quantity ``k`` since the quantity before it, not before the
        start of its sentence, without line breaks (what names what ``k`` counts)."""
        start = self.q_starts[k]
        lo = max(self._sentence_start(start), self.q_ends[k - 1] if k >= 1 else 0)
        return _unwrap(self.text[lo:start])

    def _fee_part_follows(self, i: int) -> bool:
        """True when the words after quantity ``i``, in its sentence, name one fee of
        several (复印费12元，邮寄费20元: each is a part of the fees)."""
        end = self.q_ends[i]
        stop = min(self._sentence_end(end), end + P.TAIL_MAX)
        return P.FEE_PART.search(_unwrap(self.text[end:stop])) is not None

    def _of_appeals(self, i: int) -> bool:
        """True when the clause of quantity ``i``, up to it (with the clause before, when it
        opens with 其中), names appeals (行政复议案件2件（上年结转1件）; 行政诉讼3件，其中上年
        结转1件): a count carried over or forward there is of the appeals, not of the
        applications."""
        start = self.q_starts[i]
        lo = self._clause_start(start)
        if self.text.startswith("其中", lo) and lo > 0:
            lo = self._clause_start(lo - 1)  # (…3件，其中上年结转1件: a part of the count before)
        return P.APPEAL_WORD.search(self.text, lo, start) is not None

    def _divides_other_applications(self, i: int) -> bool:
        """True when the whole that the 其中 before quantity ``i`` in its sentence divides
        names applications for another matter than disclosure (P.OTHER_APPLIED: 受理行政审批
        事项5000件，其中网上申请3000件; 行政复议3件，其中…当面申请1件; 信访事项30件，其中不予受理
        2件): a count by channel or outcome there is none of disclosure applications (the
        count's own words may name such a matter as a reason: 信访举报投诉类申请…不予处理3件)."""
        start = self.q_starts[i]
        floor = self._sentence_start(start)
        # (a 其中 a list's reach back at most: not read back to a long sentence's start)
        k = self.text.rfind("其中", max(floor, start - P.LIST_REACH * 2), start)
        if k <= floor:
            return False
        text = self.text
        end = k
        while end > floor and text[end - 1] in "，,； \t\n":
            end -= 1
        if text[end - 1] in "）)":
            # (a note in brackets after the whole is not its matter: 受理申请20件（未引起
            # 行政复议），其中网上申请12件)
            opening = max(text.rfind("（", floor, end), text.rfind("(", floor, end))
            if opening > floor:
                end = opening
        whole = text[_clause_floor(text, floor, end - 1) : end]
        return P.OTHER_APPLIED.search(P.BRACKETED.sub("", whole)) is not None

    def _other_matter_before(self, i: int) -> bool:
        """True when the clause before the one of quantity ``i``, in its sentence, names
        another matter than disclosure applications (P.OTHER_MATTER): a count after it
        whose subject is left out (办结1180件) counts that matter."""
        ends, text = self.clause_ends, self.text
        k = bisect_left(ends, self.q_starts[i])
        # (a clause end right after another, as a line break after a comma, ends no clause)
        floor = max(k - 4, 2)
        while k >= floor and not text[ends[k - 2] + 1 : ends[k - 1]].strip():
            k -= 1
        if k == 0 or text[ends[k - 1]] in P.SENTENCE_END:
            return False  # (the clause opens its sentence)
        clause = text[ends[k - 2] + 1 if k >= 2 else 0 : ends[k - 1]]
        return P.OTHER_MATTER.search(_unwrap(clause)) is not None

    def _appeal(
        self, lead: str, tail: str, i: int, unit: str, section: SectionKind
    ) -> list[tuple[FigureKind, int]] | None:
        """Reviews, lawsuits, complaints: None when the words are not about appeals."""
        if lead[:1] in "(（":
            # (an aside in brackets right after the count before: 行政复议1件(申请人撤回
            # 结案)、行政诉讼0件 — its words are that count's, not this one's)
            close = max(lead.find(")"), lead.find("）"))
            if close > 0:
                lead = lead[close + 1 :]
        # (every APPEAL_WORD match holds 复议 or 诉: a cheap test first)
        words = list(P.APPEAL_WORD.finditer(lead)) if "复议" in lead or "诉" in lead else []
        where = lead
        if not words and len(lead) <= 8:
            # (the noun after the number, not a note in brackets after it: 结转下一年7件(具体
            # 情况及涉及行政复议、行政诉讼情况详见…) is no count of appeals)
            where = _before_note(tail)
            # (nor past a blank: 主动公开信息30条 行政复议1件 are two clauses)
            blank = next((k for k, c in enumerate(where) if c in " \t\u3000"), len(where))
            where = where[:blank]
            words = list(P.APPEAL_WORD.finditer(where)) if "复议" in where or "诉" in where else []
        if not words:
            return None
        if (
            P.APPEAL_PART.search(where)
            or unit not in P.REQUEST_UNITS
            or P.APPEAL_OTHER.search(where)
        ):
            return []
        group = [words[-1]]
        for w in reversed(words[:-1]):
            between = where[w.end() : group[0].start()]
            if P.COORDINATOR.match(between) is None:
                break
            group.insert(0, w)
        kinds: list[FigureKind] = []
        for w in group:
            kind = P.APPEAL_KIND[w.group()]
            if kind not in kinds:
                kinds.append(kind)
        if "各类" in where and P.APPEALS_OF_ALL.search(where, 0, group[0].start()):
            # (办理各类行政复议案件101件: every matter's appeals, no figure; a share after
            # it that names disclosure is one, _narrow)
            span = self._q(i).span
            self._narrowed.update((k, span) for k in kinds)
        if len(kinds) > 1:
            q = self._q(i)
            if q.value == 0 or P.EACH.search(lead):
                return [(k, 2) for k in kinds]
            if self._split_after(q, kinds):
                return []  # (…共3件，其中行政复议2件，行政诉讼1件: each kind's own count follows)
            self.problems.append(
                Problem(
                    code="figures.coordinated",
                    severity=Severity.WARNING,
                    message=(
                        f"“{where[group[0].start() : group[-1].end()]}”共用一个数字"
                        f"“{q.text}”，无法分开为各项的数字"
                    ),
                    actual=q.value,
                    span=self._src(q.span),
                )
            )
            return []
        word = group[0].group()
        strength = 2
        if (
            word == "诉讼"
            and "行政" not in where
            and section is not SectionKind.REVIEWS_AND_LAWSUITS
        ):
            strength = 1
        return [(kinds[0], strength)]

    def _split_after(self, q: Quantity, kinds: list[FigureKind]) -> bool:
        """True when a 其中 right after the coordinated count ``q`` names, in its sentence,
        each of ``kinds`` (…案件共3件，其中行政复议2件，行政诉讼1件): the text splits it."""
        end = q.span[1]
        # (其中 first, a few characters ahead: the sentence is sliced only then, or a
        # sentence of many counts would be sliced once a count)
        if not self.text[end : end + 8].lstrip("，, \t").startswith("其中"):
            return False
        rest = self.text[end : self._sentence_end(end)]
        return all(any(w in rest for w, k in P.APPEAL_KIND.items() if k is kind) for kind in kinds)

    def _zero_statements(self) -> Iterable[_Cand]:
        text = self.text
        # every ZERO_OPEN match holds 未, 无 or 没有 or 不存在, every ZERO_FEE_OPEN match 不
        has_not = "不" in text
        # (every ZERO_OPEN match starts at a zero key, or a 并/均/从 before one)
        # (a fee opening, 不收取…费, states only that no fee was collected: flagged with
        # the match, not told by its pattern, which is a lazy stand-in, not m.re)
        opens: list[tuple[re.Match[str] | regex.Match[str], bool]] = [
            *(
                (m, False)
                for m in keyed_matches(_ZERO_OPEN.match, _ZERO_OPEN_BEFORE, text, self.zero_keys)
            ),
            *((m, True) for m in (P.ZERO_FEE_OPEN.finditer(text) if has_not else ())),
        ]
        for m, fees_only in opens:
            start = m.start()
            if self._masked(start) or text.startswith("的", m.end()):
                continue  # (未受理的申请: the ones not accepted, no statement of zero)
            stop = min(self._clause_end(start), start + P.ZERO_STATEMENT_MAX)
            region = text[start:stop]
            if any(map(str.isdigit, region)) or self._zero_not_stated(start, stop):
                continue
            negated_from = m.end() - start
            kept: list[int] | None = None
            if "\n" in region:
                # a line of a PDF's text layer wraps the statement (…申请引发的投\n诉):
                # read without the line breaks, spans mapped back through ``kept``
                kept = [k for k, c in enumerate(region) if c != "\n"]
                negated_from = bisect_left(kept, negated_from)
                region = region.replace("\n", "")
            seen: set[FigureKind] = set()
            for noun in P.ZERO_NOUN.finditer(region, negated_from):
                kind = self._zero_kind(noun, region, negated_from)
                if kind is None or kind in seen or (fees_only and kind is not K.FEES_COLLECTED):
                    continue
                if kind is K.FEES_COLLECTED and self._waived_for_group(start):
                    continue
                if fees_only and self._hedged(start):
                    continue
                seen.add(kind)
                end = noun.end() if kept is None else kept[noun.end() - 1] + 1
                span = (start, start + end)
                # (不收取…费 states the rule: a fee of the year stated as a number comes
                # first, 未收取…费 is what happened)
                yield self._cand(kind, self._zero(span), 1 if fees_only else 2)
        for m in _zero_word_matches(text):
            if self._masked(m.start()):
                continue
            if m.group().endswith("0") and P.UNITLESS_LEAD.search(
                m.group(), 0, m.end() - 1 - m.start()
            ):
                continue  # (行政复议数为0: a count, which _numeric reads)
            subject = m.group("subject")
            before = text[max(0, m.start() - 5) : m.start()]
            before = before[max(map(before.rfind, "，,。；;：:\n")) + 1 :]  # (its clause)
            if P.ZERO_OTHER_NEGATION.search(before) or P.ZERO_FEE_OTHER.search(before):
                # (不予公开申请：无: none withheld, said nothing of the received;
                # 行政事业性收费为零: not the fees of disclosure)
                continue
            seen = set()
            for noun in P.ZERO_NOUN.finditer(subject):
                kind = self._zero_kind(noun, subject, 0)
                if kind is not None and kind not in seen:
                    seen.add(kind)
                    yield self._cand(kind, self._zero(m.span()), 2)

    def _zero_not_stated(self, start: int, stop: int) -> bool:
        """True when the clause of a statement of zero at ``start`` (up to ``stop``) does
        not state it of the report's year and body: it aims at it or supposes it
        (P.ZERO_UNSTATED: 力争全年无行政复议, 如未收到申请，应…), is of a part of the year
        (_part_of_year), of sub-units or, in a department's report, of the whole area
        (P.SUB_UNITS, P.WHOLE_AREA), names another year than the report's
        (2019年未收到申请，2020年收到申请3件 in a 2020 report), or opens with the year
        before while its sentence names the report's own year (上年未收到申请，本年收到
        3件): as for a number (P.TARGET, _other_year, _year_before)."""
        clause_start = self._clause_start(start)
        before = self.text[clause_start:start]
        if (
            P.ZERO_UNSTATED.search(before)
            or self._part_of_year(before)
            # (局属各单位均未收到申请, 全市未收到申请 in a department's report: as a number's)
            or self._of_other_units(before)
        ):
            return True
        clause = self.text[clause_start:stop]
        if "年" not in clause:
            return False
        if ("20" in clause or "二" in clause) and self._other_year(clause):
            return True
        return ("上" in clause or "去" in clause) and self._year_before(start)

    def _of_other_units(self, words: str) -> bool:
        """True when ``words``, the lead of a count or of a statement of zero, make it the
        count of units under the body (P.SUB_UNITS: 局属各单位) or, in a department's
        report, of the whole area (P.WHOLE_AREA: 全市共收到…): not the body's own."""
        return bool(
            ("属" in words and P.SUB_UNITS.search(words))
            or ("全" in words and self._wider_area(words))
        )

    def _wider_area(self, words: str) -> bool:
        """True when ``words`` open with the whole of an area (P.WHOLE_AREA: 全市共收到…)
        wider than the reporting body's own: any, in a department's report; one of a
        higher level than its area, in a government's (全市 in a 区人民政府's report)."""
        m = P.WHOLE_AREA.search(words)
        if m is None:
            return False
        if self.department:
            return True
        area = _AREA_LEVELS.get(m.group()[-1])
        return self.level is not None and area is not None and area > self.level

    def _part_of_year(self, before: str) -> bool:
        """True when ``before``, the words of a clause before its statement of zero, name a
        part of the year (1至10月, 截至11月底, 上半年, 第三季度; P.OTHER_PERIOD,
        _ends_in_year): none in that part says nothing of the rest. A span that holds the
        year (近三年来, 成立以来, 2019年至2021年) is no part: none then is none in the year.
        """
        if "月" in before and self._ends_in_year(before):
            return True
        if not _may_other_period(before):
            return False
        return any(
            "来" not in w
            and not w.startswith("近")
            and not ("年" in w and any(map(str.isdigit, w)))
            for w in (m.group() for m in P.OTHER_PERIOD.finditer(before))
        )

    def _waived_for_group(self, start: int) -> bool:
        """True when the clause before a statement of zero at ``start`` names whom the fee
        is not collected from and that is not every applicant (对困难群众不收取任何费用 is
        a waiver for a group; the year's fees may still be collected from others)."""
        clause_start = self._clause_start(start)
        if self.text.find("对", clause_start, start) < 0:
            return False
        w = P.FEE_WAIVED_FOR.search(self.text[clause_start:start])
        return w is not None and P.FEE_ALL.search(w.group("who")) is None

    def _hedged(self, start: int) -> bool:
        """True when the clause before a 不收取…费 at ``start`` hedges it (原则上, 一般,
        除…外): the rule has exceptions, so it does not say no fee was collected."""
        clause_start = self._clause_start(start)
        return P.FEE_HEDGE.search(self.text, clause_start, start) is not None

    @staticmethod
    def _zero_kind(noun: regex.Match[str], region: str, negated_from: int) -> FigureKind | None:
        """The kind a noun of a statement of zero names; None for 申请 that is not a
        disclosure application (复议申请, 申请提起行政复议, 无不予公开的申请)."""
        name = noun.lastgroup
        if P.ZERO_PART.search(region[negated_from : noun.start()]):
            return None  # (未收到其他申请, 未收到书面申请: a part, not the year's count)
        if name == "f" and (
            P.ZERO_FEE_OTHER.search(region[negated_from : noun.start()])
            or P.AS_CAUSE_AFTER.match(region, noun.end())
        ):
            return None  # (未发生违规收费: no unlawful fee, not no fee)
        if name == "a":
            before = region[max(0, noun.start() - 5) : noun.start()]
            # (复议申请, 提起行政诉讼的申请: a 的 between them changes nothing)
            if before.removesuffix("的").endswith(P.NOT_APPLICATION_BEFORE):
                return None
            if P.ZERO_OTHER_NEGATION.search(region, negated_from, noun.start()):
                carried = P.ZERO_CARRIED.search(region, negated_from, noun.start())
                if carried is not None and not P.ZERO_NEGATES_OTHER.search(
                    region, negated_from, noun.start()
                ):
                    # (无上年结转的政府信息公开申请: none carried over; 无结转下年度办理的
                    # 申请: none left for the next year)
                    over = carried.group("over") is not None
                    return K.APPLICATIONS_CARRIED_OVER if over else K.APPLICATIONS_CARRIED_FORWARD
                return None
            if P.APPLICATION_QUALIFIES.match(region, noun.end()):
                return None
            if P.APPLICATION_AS_CAUSE.search(region, negated_from, noun.start()):
                return None
            if region.endswith(("收取", "对"), 0, negated_from) and "费" in region:
                # (未收取依申请提供政府信息的检索、复印等费用, 未对依申请公开政府信息收取
                # 或减免费用: of fees)
                return None
            between = region[negated_from : noun.start()]
            if _some_applicants(between):
                return None  # (未收到法人或其他组织的申请: none of them, others may be)
            if P.CHANNEL_ANY.search(between):
                return _zero_channel(between)
            return K.APPLICATIONS_RECEIVED
        if name in ("r", "l", "c") and (
            P.APPEAL_QUALIFIES.match(region, noun.end())
            or P.AS_CAUSE_AFTER.match(region, noun.end())
        ):
            return None  # (未产生诉讼相关的费用支出: a cost, not the appeals)
        if name == "f" and P.APPEAL_COST_BEFORE.search(region, negated_from, noun.start()):
            return None  # (…诉讼相关的费用: a cost of appeals, not a fee collected)
        if name in ("r", "l") and P.ZERO_APPEAL_OUTCOME.search(region, negated_from):
            # (the statement is of an outcome: no review was overturned; an outcome after
            # a coordinated subject is of each: 未发生行政复议和行政诉讼败诉案件)
            return None
        if name in ("r", "l") and P.ZERO_OF_ANSWERS.search(region, negated_from, noun.start()):
            return None  # (没有不予公开的申请被申请人提起复议: of those answers only)
        return {
            "r": K.ADMINISTRATIVE_REVIEWS,
            "l": K.ADMINISTRATIVE_LAWSUITS,
            "c": K.COMPLAINTS,
            "f": K.FEES_COLLECTED,
        }.get(name or "")

    def _zero(self, span: Span) -> Quantity:
        return Quantity(value=0, text=self.text[span[0] : span[1]], span=span, stated=True)

    def _legacy_rows(self) -> Iterable[_Cand]:
        """The rows of a pre-2019 统计表: label, unit, this year's number, the cumulative
        one (or this year's alone: the national table's one column 统计数); under a header
        with a 代码 column, a row code before them.  A number the header's columns leave
        undecided (one number under 本年 and 累计, a code and one number under two columns)
        is no figure, with figures.legacy_row_unreadable."""
        text = self.text
        if not self._legacy:
            return
        headers = [h.end() for h in P.LEGACY_HEADER.finditer(text)]
        # for each header, whether a code column and a 累计 column were found between it
        # and the rows read so far, and how far that was looked (each stretch of text is
        # searched once: a search from the header to every row was quadratic)
        seen: dict[int, tuple[int, bool, bool]] = {}
        read: dict[int, list[_Cand]] = {}  # the rows read under each header
        for m in self._legacy:
            kind = P.LEGACY_KIND[m.group("label")]
            k = bisect_right(headers, m.start()) - 1
            coded = cumulative = False
            if k >= 0:
                upto, coded, cumulative = seen.get(k, (headers[k], False, False))
                # (a word across the seam of two stretches: each looks back 3 characters)
                back = max(upto - 3, headers[k])
                if not coded:
                    coded = P.LEGACY_CODE_COLUMN.search(text, back, m.start()) is not None
                if not cumulative:
                    cumulative = text.find("累计", back, m.start()) >= 0
                seen[k] = (m.start(), coded, cumulative)
            if m.group("code") is not None:
                coded = False  # (the code stood before the unit: the numbers are counts)
            # the count columns the header shows: 2 with a 累计 column (this year's first),
            # else 1; 0 without a header (two, as pingtan's table prints them, or one)
            columns = 0 if k < 0 else 2 if cumulative else 1
            a, b = m.group("a"), m.group("b")
            if m.group("zeros") is not None:
                raw, span = "0", m.span("zeros")
                span = (span[0], span[0] + 1)
            elif m.group("c") is not None:
                if not coded:
                    continue  # three numbers for two columns: which is this year's?
                raw, span = b, m.span("b")
            elif (
                (coded and (b is None or columns == 2))
                or (not coded and b is None and columns == 2)
                or (not coded and b is not None and columns == 1)
            ):
                # a code and one number, or one number under two columns (a blank cell);
                # two numbers under one column (a number the page's wrap cut: 152⏎1)
                label = m.group("label")
                if coded and b is None:
                    why = f"（表头有代码栏）只有一个数字“{a}”，无法确定是代码还是本期数"
                elif coded:
                    why = f"在代码之后只有一个数字“{b}”，无法确定是本期数还是累计数"
                elif b is None:
                    why = f"只有一个数字“{a}”，无法确定是本期数还是累计数"
                else:
                    why = (
                        f"有两个数字“{a} {b}”，而表头只有一栏统计数（数字或被换行截断），"
                        "无法确定本期数"
                    )
                self.problems.append(
                    Problem(
                        code="figures.legacy_row_unreadable",
                        severity=Severity.WARNING,
                        message=f"统计表“{label}”一行{why}",
                        span=self._src(m.span()),
                    )
                )
                continue
            elif coded:
                raw, span = b, m.span("b")  # (a code, then the one count column)
            else:
                raw, span = a, m.span("a")
            unit = m.group("unit")
            value = _legacy_value(raw, unit, kind)
            if value is None:
                continue
            q = Quantity(
                value=value,
                unit="元" if kind is K.FEES_COLLECTED else unit,
                text=self.text[span[0] : span[1]],
                span=span,
            )
            cand = self._cand(kind, q, 1, source=1)
            read.setdefault(k, []).append(cand)
            yield cand
        for cands in read.values():
            self._legacy_sums(cands)

    def _legacy_sums(self, cands: list[_Cand]) -> None:
        """A problem when the channel rows of one 统计表 (当面, 传真, 网络, 信函, 电子邮件:
        three or more of them) do not add up to its 收到申请数 row: the table contradicts
        itself, and which row is wrong it does not say."""
        received = next((c for c in cands if c.kind is K.APPLICATIONS_RECEIVED), None)
        channels = [c for c in cands if c.kind in _CHANNEL_KINDS]
        if received is None or len({c.kind for c in channels}) < 3:
            return
        total = sum(c.quantity.value for c in channels)
        if total == received.quantity.value:
            return
        self.problems.append(
            Problem(
                code="figures.table_sum",
                severity=Severity.WARNING,
                message=(
                    f"统计表各申请渠道之和为{total}，而“收到申请数”一行为"
                    f"{received.quantity.value}：表内不一致"
                ),
                span=self._src(received.quantity.span),
                expected=received.quantity.value,
                actual=total,
            )
        )

    # --- ordering -----------------------------------------------------------------------

    def _order(self, cands: list[_Cand], summed: set[Span]) -> list[Figure]:
        by_kind: dict[FigureKind, list[Figure]] = {}
        doubtful: list[Figure] = []
        for fig, adds_up in self._table_figures():
            if adds_up:
                by_kind.setdefault(fig.kind, []).append(fig)
            else:
                doubtful.append(fig)
        # the section counts twice the wording: a plain 公开信息N条 in the 主动公开 section
        # ties with 主动公开政府信息N条 elsewhere (then the earlier one wins)
        ranked = sorted(
            cands,
            key=lambda c: (
                c.source,
                -(2 * c.tier + c.strength),
                bool(summed) and (self._src(c.quantity.span) not in summed or self._placed(c)),
                c.quantity.span[0],
            ),
        )
        self._table_disagrees(ranked)
        seen: set[tuple[FigureKind, Span]] = set()
        for c in ranked:
            key = (c.kind, c.quantity.span)
            if key in seen:
                continue
            seen.add(key)
            by_kind.setdefault(c.kind, []).append(
                Figure(kind=c.kind, quantity=self._to_source(c.quantity), section=c.section)
            )
        # a table row whose own cells do not add up to its 总计 does not decide the figure:
        # the prose comes first (validation reports the row)
        for fig in doubtful:
            by_kind.setdefault(fig.kind, []).append(fig)
        out: list[Figure] = []
        for kind in sorted(by_kind, key=_KIND_ORDER.__getitem__):  # (FigureKind order)
            out.extend(by_kind[kind])
        return out

    def _table_disagrees(self, ranked: list[_Cand]) -> None:
        """A problem for each kind whose first prose figure in ``ranked`` and the row of a
        pre-2019 统计表 give different exact numbers (全年共收到申请56件 and 收到申请数 | 件
        | 60): the prose figure comes first, but the text does not say which is right."""
        prose: dict[FigureKind, _Cand] = {}
        table: dict[FigureKind, _Cand] = {}
        for c in ranked:
            (table if c.source == 1 else prose).setdefault(c.kind, c)
        for kind, row in table.items():
            said = prose.get(kind)
            if (
                said is None
                or said.quantity.qualifier is not Qualifier.EXACT
                or said.quantity.value == row.quantity.value
                # (fees: in 元, or none at all: 未收取任何费用 against a row of 0.12万元)
                or (
                    kind is K.FEES_COLLECTED
                    and said.quantity.unit != "元"
                    and said.quantity.value != 0
                )
            ):
                continue
            at = self._legacy_row_at(row.quantity.span[0])
            label = at.group("label") if at is not None else ""
            self.problems.append(
                Problem(
                    code="figures.table_disagrees",
                    severity=Severity.WARNING,
                    message=(
                        f"正文写“{said.quantity.text}”，而统计表“{label}”一行为"
                        f"{row.quantity.value}：两者不一致，不知哪一个正确"
                    ),
                    span=self._src(said.quantity.span),
                    expected=row.quantity.value,
                    actual=said.quantity.value,
                )
            )

    def _placed(self, c: _Cand) -> bool:
        """True when ``c`` counts disclosures and its sentence names a place of publication
        before it (P.PLACE: 通过某某信息网主动公开信息1480条，其中…): the count is one
        place's, and its parts adding up to it give it no precedence over the whole."""
        return c.kind is K.PROACTIVE_DISCLOSURES and self._place_before(c.quantity.span[0])

    def _clause_words(self, k: int) -> str:
        """The words of the clause of quantity ``k`` up to it, line breaks and the blanks
        around them left out (what ``k`` counts, for a count after it that names none)."""
        start = self.q_starts[k]
        return _unwrap(self.text[self._clause_start(start) : start])

    def _cumulative_subject(self, j: int, start: int, share: regex.Match[str]) -> str | None:
        """The words of the clause of quantity ``j``, a cumulative total (P.CUMULATIVE: 我局
        累计主动公开政府信息11693条), without its 累计, when the quantity at ``start`` follows
        it in its sentence and is the report's year's share of it (``share``: its lead, P.
        YEAR_SHARE_LEAD: 其中2012年新增, 本年度受理): what that share counts; else None."""
        year = share.group("year")
        if year is not None and (self.year is None or int(year) != self.year):
            return None
        if self._sentence_start(self.q_starts[j]) != self._sentence_start(start):
            return None
        words = self._clause_words(j)
        if "累" not in words and "历年" not in words:
            return None
        subject = P.CUMULATIVE.sub("", words)
        return None if subject == words else subject.strip(" \t\u3000")

    def _changed_subject(self, j: int, clause_start: int) -> str | None:
        """The words before 比 in the clause of quantity ``j``, a change (P.CHANGE_BY: 全年
        主动公开政府信息比上年增加439条), when the clause from ``clause_start`` follows it
        (only a comma between): what the total the change reached counts (…，达到3439条);
        else None."""
        end = self.q_ends[j]
        if self.text[end:clause_start].strip(" \t\u3000\n，,") or clause_start - end > 4:
            return None
        words = self._clause_words(j)
        m = P.CHANGE_BY.search(words)
        return None if m is None or m.start() == 0 else words[: m.start()].strip(" \t\u3000")

    def _change_from_at(self, clause_start: int, at: int) -> int:
        """Where the words that name the earlier value of a change (P.CHANGE_FROM: 由上年的,
        从2015年的) begin, when they end right before ``at`` (the earlier value), in the
        clause from ``clause_start``; else -1."""
        m = P.CHANGE_FROM.search(_unwrap(self.text[clause_start:at]))
        if m is None:
            return -1
        # (the match is in the clause's words without line breaks: count back from ``at``)
        k, left = at, len(m.group(0))
        while left and k > clause_start:
            k -= 1
            left -= self.text[k] != "\n"
        return k

    def _place_before(self, start: int) -> bool:
        """True when the sentence of the quantity at ``start`` names a place of publication
        before it (P.PLACE: 通过门户网站公开…): the count is that place's."""
        return self._in_sentence_before(P.PLACE, start)

    def _unrelated(self, start: int) -> bool:
        """True when the sentence of the quantity at ``start`` says its counts are not the
        agency's own of disclosure (P.UNRELATED: 各类行政复议申请75件，均与政府信息公开无关;
        作为行政复议机关，受理…行政复议案件9件)."""
        lo = self._sentence_start(start)
        return self._first_in_sentence(P.UNRELATED, lo, self._sentence_end(start)) >= 0

    def _first_in_sentence(self, pattern: _AnyPattern, lo: int, hi: int) -> int:
        """Where the first match of ``pattern`` in the sentence ``text[lo:hi]`` starts (-1:
        none), searched once a sentence: a long sentence of many counts asks for each."""
        key = (pattern, lo)
        at = self._in_sentence.get(key)
        if at is None:
            m = pattern.search(self.text, lo, hi)
            at = self._in_sentence[key] = -1 if m is None else m.start()
        return at

    def _in_sentence_before(self, pattern: _AnyPattern, start: int) -> bool:
        """``pattern.search(text, sentence_start, start) is not None``, from the sentence's
        first match on (no match starts before it, nor does one once the text is cut at
        ``start``, but near the cut: a look-ahead sees the cut as the end; patterns of a few
        characters, looking a few ahead, so the last 32 are searched whatever the first).
        """
        lo = self._sentence_start(start)
        first = self._first_in_sentence(pattern, lo, self._sentence_end(start))
        near = max(lo, start - 32)
        at = near if first < 0 or first > near else first
        return pattern.search(self.text, at, start) is not None

    def _to_source(self, q: Quantity) -> Quantity:
        if self._same_as_source:
            return q  # (its span and text are those of the source already)
        return at_source(q, self.norm.source, self._src(q.span))

    def _table_figures(self) -> Iterable[tuple[Figure, bool]]:
        """Figures of table 三 and 四, each with whether its row adds up to its 总计."""
        t3 = self.tables.applications
        if t3 is not None:
            span = t3.span or (0, 0)
            rows = (
                (K.APPLICATIONS_RECEIVED, t3.new_received, "本年新收"),
                (K.APPLICATIONS_CARRIED_OVER, t3.carried_over, "上年结转"),
                (K.APPLICATIONS_GRANTED, t3.granted, "予以公开"),
                (K.APPLICATIONS_PARTIALLY_GRANTED, t3.partially_granted, "部分公开"),
                (K.APPLICATIONS_CARRIED_FORWARD, t3.carried_forward, "结转下年度"),
            )
            for kind, row, label in rows:
                if row is not None and row.total is not None:
                    fig = self._table_figure(kind, row.total, span, SectionKind.APPLICATIONS, label)
                    yield fig, _adds_up(row.applicants, row.total)
        t4 = self.tables.appeals
        if t4 is not None:
            span = t4.span or (0, 0)
            section = SectionKind.REVIEWS_AND_LAWSUITS
            review = t4.review
            if review is not None and review.total is not None:
                fig = self._table_figure(K.ADMINISTRATIVE_REVIEWS, review.total, span, section)
                yield fig, _adds_up(review.cells()[:4], review.total)
            groups = [
                g
                for g in (t4.litigation_direct, t4.litigation_after_review)
                if g is not None and g.total is not None
            ]
            if len(groups) == 2:
                total = sum(g.total or 0 for g in groups)
                fig = self._table_figure(K.ADMINISTRATIVE_LAWSUITS, total, span, section)
                yield fig, all(_adds_up(g.cells()[:4], g.total) for g in groups)

    def _table_figure(
        self, kind: FigureKind, value: int, span: Span, section: SectionKind, label: str = ""
    ) -> Figure:
        """A figure read from a table: its span is the table row's line when the row
        label is found in the table, else the whole table."""
        if label:
            start, end = self._to_text(span[0]), self._to_text(span[1])
            m = _row_pattern(label).search(self.text, start, end)
            if m is not None:
                span = self._src(m.span())
        q = Quantity(value=value, text=self.norm.source[span[0] : span[1]], span=span)
        return Figure(kind=kind, quantity=q, section=section, from_table=True)

    # --- breakdowns ---------------------------------------------------------------------

    def _openings(self) -> list[tuple[int, int]]:
        """Where breakdowns open: each 其中/包括, and each sentence that opens with
        其中 or a phrase such as 申请方式中 (the parts of the previous sentence's total)."""
        if self._openings_found is not None:
            return self._openings_found
        text = self.text
        found = _breakdown_open_spans(text)
        # every BREAKDOWN_SENTENCE match holds 其中, 上, 中, 方面 or 看 (a cheap test first)
        reach = P.BREAKDOWN_SENTENCE_MAX + 1
        # (the sentence openings in order, their starts, and the furthest end of those up
        # to each)
        spans: list[Span] = []
        starts: list[int] = []
        reaches: list[int] = []
        for end in self.sentence_ends:
            head = text[end + 1 : end + reach]
            if "中" not in head and "上" not in head and "方面" not in head and "看" not in head:
                continue
            m = _BREAKDOWN_SENTENCE.match(text, end + 1)
            if m is not None:
                spans.append(m.span())
                starts.append(m.start())
                reaches.append(max(m.end(), reaches[-1]) if reaches else m.end())
        if spans:
            # a sentence opening replaces the openings that start inside it (all found at
            # once: a pass over them per sentence opening was quadratic)
            found = {
                f for f in found if (k := bisect_right(starts, f[0]) - 1) < 0 or reaches[k] <= f[0]
            }
            found.update(spans)
        self._openings_found = sorted(found)
        return self._openings_found

    def _breakdowns(self, cands: list[_Cand]) -> list[Breakdown]:
        kinds = {c.quantity.span: c.kind for c in cands if c.source == 0}
        out: list[Breakdown] = []
        last_total: tuple[int, Quantity] | None = None  # (sentence start, total)
        pos = 0
        last_open = -1  # the start of the last opening with a total
        for open_start, open_end in self._openings():
            if open_start < pos or self._masked(open_start):
                continue
            total = self._total_before(open_start, last_total)
            if total is None or _cut_by_wrap(self.text, total.span[0], -1):
                continue
            if self._masked(total.span[0]):
                continue  # (a number of a table row: 主动公开政府信息数（…计1条）| 条 | 500)
            total_kind = kinds.get(total.span)
            if (
                "结果" in self.text[open_start:open_end]
                and total.span[1] <= self._sentence_start(open_start)
                and total_kind not in _HANDLED
                and (
                    total_kind in _CARRIES
                    or any(
                        w in self.text[self._sentence_start(total.span[0]) : open_start]
                        for w in _LEFT_WORDS
                    )
                )
            ):
                # (结转下年度继续办理0件。从办理结果看，予以公开5件…: the outcomes are of the
                # applications handled, not of the count the sentence before ends with)
                continue
            if kinds.get(total.span) in _CARRIES and _CLAUSE_BETWEEN.search(
                self.text, total.span[1], open_start
            ):
                # (…申请42件，上年结转3件，已全部办结，其中…: the list divides all the
                # applications handled, whose number the text does not give)
                continue
            # (an opening before the total in its sentence: the total is one of its parts,
            # whose own parts end with its clause, or with their bracket: …49条，占98%，（其中
            # A 36条，占72%；B 11条…）)
            bracket_end = self._bracket_end(total, open_start)
            nested = (
                bracket_end is None
                and last_open >= self._sentence_start(open_start)
                and last_open < total.span[0]
            )
            last_open = open_start
            parts, stop = self._parts(
                open_end,
                total,
                nested=nested,
                end=bracket_end,
                kinds=kinds,
            )
            if len(parts) < 2:
                if parts:  # (no breakdown, but a part all the same: _lone_parts)
                    label = parts[0].label
                    placed = P.PLACE.search(label) or P.CHANNEL_BESIDE.search(label)
                    spans = (self._src(total.span), self._src(parts[0].quantity.span))
                    self._lone.append((*spans, placed is not None))
                continue
            if sum(p.quantity.value for p in parts) != total.value and P.ITEMS_OPENING.search(
                self.text, open_start, open_end
            ):
                continue  # (在主动公开的信息中，…: only the sum makes it the total's list)
            if sum(p.quantity.value for p in parts) != total.value:
                # (涉及信息30条，其中网上申请10件、当面申请5件: the parts add up to 15件)
                other = self._adding_up_before(total, parts, open_start, open_end)
                if other is not None:
                    total, (parts, stop) = other
                elif kinds.get(total.span) in _CARRIES and self._adds_up_with_before(
                    total, parts, open_start
                ):
                    # (收到申请12件，上年结转2件，其中网上申请8件、信函申请6件: the list
                    # divides the 14 handled, a number the text does not write)
                    continue
                elif last_total is not None and total is last_total[1] and _led_by_its_sum(parts):
                    # (…8769条。其中通过网站发布5469条，A 2620条，B 1360条…: in a second
                    # list of a total already divided, the first count is the one the others
                    # add up to, not a part of the 8769 beside them)
                    total, parts = parts[0].quantity, parts[1:]
                else:
                    # (其中A 13条，B 42条。C 168条。D 31条。: the list runs on)
                    parts = self._run_on(parts, total, kinds) or parts
            elif kinds.get(total.span) is K.APPLICATIONS_COMPLETED and any(
                kinds.get(p.quantity.span) in _CHANNEL_KINDS for p in parts
            ):
                # (收到申请52件，答复52件，其中当面申请10件…: the channels divide what was
                # received, a count before the one of replies)
                other = self._adding_up_before(total, parts, open_start, open_end)
                if other is not None:
                    total, (parts, stop) = other
            last_total = (self._sentence_start(open_start), total)
            out.append(self._breakdown(total, parts, kinds))
            out.extend(self._sub_lists(parts, kinds))
            pos = parts[-1].quantity.span[1]
            if stop is not None:
                # 其中A 506条，B 4条；通过网站389条，… : a second list of the same total
                more, _ = self._parts(stop, total, exact=True)
                if more:
                    out.append(self._breakdown(total, more, kinds))
                    pos = more[-1].quantity.span[1]
        # a total followed in its sentence by numbers that add up to it, with no 其中
        # (收到申请8件，不属于本机关1件，…不明确4件): the sum is what says they are its parts
        used = {b.total.span for b in out} | {p.quantity.span for b in out for p in b.parts}
        for c in cands:
            q = c.quantity
            if c.source != 0 or q.stated or q.unit is None:
                continue
            if self._src(q.span) in used:
                continue
            parts, _ = self._parts(q.span[1], q, exact=True)
            if parts and self._src(parts[0].quantity.span) in used:
                continue  # (the parts of a list read before: 收到24件，答复24件，其中…)
            first = kinds.get(parts[0].quantity.span) if parts else None
            if parts and (
                _same_level(c.kind, first)
                or (c.kind in P.APPEAL_KINDS and first in P.APPEAL_KINDS and first is not c.kind)
            ):
                # 同意公开2件，部分公开1件，不予公开1件: siblings that add up; 行政复议0件，
                # 行政诉讼0件，申诉0件: counts of other appeals, no parts of the first
                continue
            if parts:
                b = self._breakdown(q, parts, kinds)
                out.append(b)
                used |= {b.total.span} | {p.quantity.span for p in b.parts}
        # (a part's own list in brackets is read with the part and again at its 其中:
        # 不予公开7件（其中信息不存在3件，…）gives one breakdown of the 7)
        once = {(b.total.span, tuple(p.quantity.span for p in b.parts)): b for b in out}
        out = sorted(once.values(), key=lambda b: b.span)
        return out

    def _run_on(
        self, parts: list[BreakdownPart], total: Quantity, kinds: dict[Span, FigureKind]
    ) -> list[BreakdownPart] | None:
        """``parts`` with the counts of the next sentences of their paragraph, when those
        make them add up to ``total`` at a sentence's end (其中A 13条，B 42条。按月公开…168
        条。回应…31条。: one count a sentence, the list goes on); None when they do not.
        A count read as a figure, another unit, a new 其中 or a sum past the total ends the
        search: only the text's own sum says the sentences are the list's."""
        text = self.text
        acc: Number = sum(p.quantity.value for p in parts)
        if not isinstance(total.value, int) or acc >= total.value:
            return None
        start = self._sentence_end(parts[-1].quantity.span[1])
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        k = bisect_right(self.section_starts, start)
        if k < len(self.section_starts) and self.section_starts[k] < stop:
            stop = self.section_starts[k]
        family = _unit_family(total.unit)
        starts, ends, units = self.q_starts, self.q_ends, self.q_units
        i = bisect_left(starts, start)
        out = list(parts)
        prev = start
        # (a count read as a figure of a kind the parts are all of, channels or outcomes,
        # and none of them is, is one more part: 其中当面申请18件，网络申请15件。信函申请4件。)
        had = {kinds.get(p.quantity.span) for p in parts}
        siblings = next((g for g in _PART_KIND_GROUPS if had <= g), frozenset())
        while i < len(starts) and starts[i] < stop and len(out) < _PARTS_MAX:
            q_start, q_end, unit = starts[i], ends[i], units[i]
            i += 1
            if unit is None or unit == "%":
                continue
            gap = text[prev:q_start]
            if _unit_family(unit) != family or "其中" in gap:
                return None
            got = kinds.get((q_start, q_end))
            if got is not None and (got not in siblings or got in had):
                return None
            q = self._q(i - 1)
            if _is_comparison(gap) or not isinstance(q.value, int):
                return None
            out.append(BreakdownPart(_clean_label(gap), q))
            acc += q.value
            prev = q_end
            if acc > total.value:
                return None
            if acc == total.value:
                end = self._sentence_end(q_end)
                rest = bisect_left(starts, end, i) - i
                return out if rest == 0 else None
        return None

    def _sub_lists(
        self, parts: list[BreakdownPart], kinds: dict[Span, FigureKind]
    ) -> list[Breakdown]:
        """The breakdowns of ``parts`` by their own parts in brackets right after them,
        where those add up to the part (其中政策文件8432条（其中规范性文件4911条、其他3521条）、
        …: the 8432 divided)."""
        text = self.text
        out = []
        for part in parts:
            q = part.quantity
            q_end = q.span[1]
            after = text[q_end : q_end + 3]
            # (a cheap test before P.SUBPART_OPEN)
            if "（" not in after and "(" not in after:
                continue
            m = P.SUBPART_OPEN.match(after)
            if m is None:
                continue
            open_end = q_end + m.end()
            close = _first_close(text, open_end, self._sentence_end(q_end))
            if close < 0:
                continue
            sub, _ = self._parts(open_end, q, exact=True, end=close)
            if sub:
                out.append(self._breakdown(q, sub, kinds))
        return out

    def _breakdown(
        self, total: Quantity, parts: list[BreakdownPart], kinds: dict[Span, FigureKind]
    ) -> Breakdown:
        end = parts[-1].quantity.span[1]
        return Breakdown(
            total=self._to_source(total),
            parts=tuple(BreakdownPart(p.label, self._to_source(p.quantity)) for p in parts),
            kind=kinds.get(total.span),
            span=self._src((total.span[0], end)),
        )

    def _bracket_end(self, total: Quantity, open_start: int) -> int | None:
        """Where the parts of an opening at ``open_start`` end when a bracket opens
        between its ``total`` and it (10件（其中微信申请2件），…: the parts of the 10 end at
        the closing bracket; without one, at the opening), else None."""
        text = self.text
        between = text[total.span[1] : open_start]
        if "（" not in between and "(" not in between:
            return None
        if "）" in between or ")" in between:
            return None  # (the bracket closed before the opening)
        close = _first_close(text, open_start, self._sentence_end(open_start))
        return close if close >= 0 else open_start

    def _total_before(self, pos: int, last: tuple[int, Quantity] | None) -> Quantity | None:
        """The total a breakdown opening at ``pos`` divides: the last quantity of its
        sentence, or (for a sentence that opens with it) the previous breakdown's total or
        the only quantity of the previous sentence, changes in clauses of their own left
        out (None when that sentence has several: the text does not say which one is
        divided; 收到申请120件，同比增加38件。其中…: the 38 divides nothing)."""
        sent_start = self._sentence_start(pos)
        # words before pos in its sentence (looking back from pos, not slicing the
        # sentence: a text without sentence ends made that quadratic)
        text = self.text
        k = pos - 1
        while k >= sent_start and text[k] in _LEAD_STRIP:
            k -= 1
        if k >= sent_start:
            return self._last_quantity(sent_start, pos)
        prev_start = self._sentence_start(max(sent_start - 1, 0))
        if last is not None and last[0] == prev_start:
            return last[1]
        # the previous sentence's total, when it states only one number
        i = bisect_left(self.q_starts, prev_start)
        units = self.q_units
        found = [
            k
            for k in range(i, bisect_left(self.q_starts, sent_start))
            if units[k] is not None and units[k] != "%"
        ]
        if len(found) > 1:
            # (a change in a clause of its own, 同比增加38件 or (较上年减少3件), divides
            # nothing; one in the count's own clause, 由原来的8个增加到16个, leaves no count)
            starts = self.q_starts
            floors = {k: _clause_floor(text, prev_start, starts[k]) for k in found}
            changes = {k for k in found if self._is_change(k, floors[k])}
            kept = [k for k in found if k not in changes]
            if len(kept) == 1 and all(floors[c] != floors[kept[0]] for c in changes):
                found = kept
        return self._q(found[0]) if len(found) == 1 else None

    def _adding_up_before(
        self, total: Quantity, parts: list[BreakdownPart], open_start: int, open_end: int
    ) -> tuple[Quantity, tuple[list[BreakdownPart], int | None]] | None:
        """The quantity before ``total`` in the sentence of a breakdown opening
        (``open_start``, ``open_end``) that the ``parts`` add up to when they do not add
        up to ``total`` (the words between counted something else: 收到申请15件，涉及信息
        30条，其中…10件、…5件), with the parts read for it; None when there is none."""
        acc: Number = sum(p.quantity.value for p in parts)
        sent_start = self._sentence_start(open_start)
        i = bisect_left(self.q_starts, total.span[0]) - 1
        # (a few quantities back: a text without sentence ends has no bound otherwise)
        floor = max(i - _TOTAL_LOOKBACK, -1)
        while i > floor and self.q_starts[i] >= sent_start:
            unit = self.q_units[i]
            if unit is not None and unit != "%" and not self._is_change(i, sent_start):
                q = self._q(i)
                if q.value == acc:
                    read = self._parts(open_end, q)
                    if sum(p.quantity.value for p in read[0]) == acc and len(read[0]) >= 2:
                        return q, read
            i -= 1
        return None

    def _adds_up_with_before(
        self, total: Quantity, parts: list[BreakdownPart], open_start: int
    ) -> bool:
        """True when ``parts`` add up to ``total`` together with the count right before it
        in the sentence of the opening at ``open_start``, or the first two or more of
        them do (申请12件，上年结转2件，其中…8件、…6件，…发生行政复议1件: the parts divide the
        two counts together, up to a count of something else)."""
        i = bisect_left(self.q_starts, total.span[0]) - 1
        if i < 0 or self.q_starts[i] < self._sentence_start(open_start):
            return False
        unit = self.q_units[i]
        if unit is None or unit != total.unit or self._is_change(i, self.q_starts[i]):
            return False
        whole = self._q(i).value + total.value
        acc: Number = 0
        for n, p in enumerate(parts):
            acc += p.quantity.value
            if acc == whole and n > 0:
                return True
        return False

    def _last_quantity(self, start: int, end: int) -> Quantity | None:
        """The last quantity with a unit in ``[start, end)`` that is not a change (比上年
        增加200条 is no total to divide)."""
        i = bisect_left(self.q_starts, end) - 1
        starts, units = self.q_starts, self.q_units
        while i >= 0 and starts[i] >= start:
            unit = units[i]
            if unit is not None and unit != "%" and not self._is_change(i, start):
                return self._q(i)
            i -= 1
        return None

    def _is_change(self, i: int, floor: int) -> bool:
        """True when the words before quantity ``i`` in its sentence (after ``floor`` and
        the quantity before) say it is a change (比上年增加, 同比减少), not a count (the
        clause index is let go before breakdowns are read)."""
        start = self.q_starts[i]
        lead_start = max(self._sentence_start(start), floor)
        if i > 0 and self.q_ends[i - 1] > lead_start:
            lead_start = self.q_ends[i - 1]
        return _is_comparison(self.text[lead_start:start])

    def _parts(
        self,
        start: int,
        total: Quantity,
        *,
        exact: bool = False,
        nested: bool = False,
        end: int | None = None,
        kinds: dict[Span, FigureKind] | None = None,
    ) -> tuple[list[BreakdownPart], int | None]:
        """The labelled parts after ``start`` in the sentence, and where a semicolon
        closed them with parts that add up to the total (a second list may follow).

        ``exact``: a list without 其中, kept only when it ends at the sentence end or a
        semicolon with at least two parts that add up to the total.  ``nested``: the
        total is a part of a list opened before it in its sentence (其中网上申请10件，其中
        微信申请2件；当面申请5件): a semicolon ends its parts.  ``end``: where they end
        before the sentence end (the closing bracket of an opening in brackets).
        ``kinds``: the kinds of the quantities read as figures; a semicolon ends the parts
        when the figure after it is of another kind than theirs (其中予以公开10件，部分公开
        2件；结转下年度继续办理5件: what is carried forward is no outcome).
        """
        sentence_end = self._sentence_end(start)
        end = sentence_end if end is None or end > sentence_end else end
        # (nor past the next heading: 累计846条，其中本年度公开214条 / （二）主要类别 / …4条)
        k = bisect_right(self.section_starts, start)
        if k < len(self.section_starts) and self.section_starts[k] < end:
            end = self.section_starts[k]
        i = bisect_left(self.q_starts, start)
        if exact and bisect_left(self.q_starts, end, i) - i < 2:
            return [], None  # (at most one quantity: fewer than two parts)
        text = self.text
        parts: list[BreakdownPart] = []
        prev = start
        limit = i + _PARTS_MAX
        family = _unit_family(total.unit)
        acc: Number = 0
        starts, ends, units = self.q_starts, self.q_ends, self.q_units
        stop = min(len(starts), limit)
        inside = False  # in the brackets of a part's own parts (…8件（含部分公开2件）)
        while i < stop and starts[i] < end:
            q_start, q_end, unit = starts[i], ends[i], units[i]
            i += 1
            gap = text[prev:q_start]
            if ("\n" in gap or (unit is None and text.startswith("\n", q_end))) and _cut_by_wrap(
                text, q_start, q_end if unit is None else -1
            ):
                return [], None  # (which number the text says is not known: no list)
            if parts and ("（" in gap or "(" in gap) and P.SUBPART_OPEN.match(gap):
                inside = True
            if inside:
                close = max(gap.rfind("）"), gap.rfind(")"))
                if close < 0:
                    prev = q_end
                    continue  # a part of the part before it
                inside = False
                gap = gap[close + 1 :]
            if (
                parts
                and ("；" in gap or ";" in gap)
                and (
                    exact
                    or nested
                    or acc == total.value
                    or (
                        kinds is not None
                        and (
                            _another_level(parts, self._q(i - 1), kinds)
                            or _another_whole(total, self._q(i - 1), kinds)
                        )
                    )
                    # (…其他信息525条，全部在网站发布；县长信箱收件758件: after a clause
                    # with no count, a count in a unit that neither the total nor a part
                    # has counts something else)
                    or (
                        unit is not None
                        and unit != total.unit
                        and all(p.quantity.unit != unit for p in parts)
                        and _CLAUSE_BETWEEN.search(gap) is not None
                    )
                )
            ):
                if nested or (
                    not exact and acc != total.value
                ):  # (the parts of a part end with its clause)
                    return self._placed_labels(parts, end), None
                done = acc == total.value and len(parts) >= 2
                return (self._placed_labels(parts, end) if done else []), prev
            if (unit is None and _han_follows(text, q_end)) or (
                ("“" in gap or "《" in gap) and _in_open_quote(gap)
            ):
                # a number of a name (“某海关12360”微博, 6.2级地震, 《惠企30条》, whatever
                # its unit): in the next part's label
                continue
            label = _clean_label(gap)
            prev = q_end
            if unit == "%":
                continue  # a share of the part before it (网络申请1303件，占86.92%)
            if any(w in label for w in _NESTED_WORDS):  # P.NESTED_OPEN
                break
            if unit is not None and _unit_family(unit) != family:
                if self._side_count(i, end, family):
                    prev = q_start - len(gap)  # (its words stay in the part's label)
                    continue
                break
            if unit is None and not label:
                continue
            if i < len(starts):
                k = _nested_open(text, q_end, min(starts[i], end))
                # (a 其中 in brackets right after the number is of that part's own parts)
                if k >= 0 and P.SUBPART_OPEN.match(text[q_end:k]) is None:
                    # a new total with its own 其中, or the last part, with its own 其中,
                    # when it makes the parts add up (…法规9条、新闻11条，其中主站采用18条)
                    q = self._q(i - 1)
                    if parts and acc + q.value == total.value and not _is_comparison(gap):
                        parts.append(BreakdownPart(label, q))
                    break
            if _is_comparison(gap):
                continue  # a change of the part before it (同比增加4件), no part
            if (
                nested
                and kinds is not None
                and kinds.get(total.span) in _CHANNEL_KINDS
                and kinds.get((q_start, q_end)) in _CHANNEL_KINDS
            ):
                break  # (网上申请30件，其中微信申请10件，当面申请10件: the total's sibling)
            if (
                parts
                and label.startswith(_RECEIVING)
                and kinds is not None
                and kinds.get(total.span) is K.PROACTIVE_DISCLOSURES
            ):
                break  # (…46条，共收到建议提案4件: what came in is no disclosure)
            if ("复议" in label or "诉" in label) and self._no_appeals(total, parts, label):
                break  # (…不予公开2件，引起行政复议0件: what the applications led to)
            if parts and gap.rstrip(" \t\u3000")[-1:] in _CLAUSE_ENDS:
                label = ""  # (…4件逾期未补正，3件撤销申请: the words are the 4's)
            if parts and self._earlier_count(label) and not _by_period(parts[-1].label):
                continue  # the part's count a year before (…400条，上年为350条), no part
            if parts and P.CUMULATIVE.search(parts[-1].label) and P.PART_OF_YEAR.search(label):
                continue  # the year's share of a cumulative part (累计…12条，2011年新增2条)
            q = self._q(i - 1)
            if (
                parts
                and P.CUMULATIVE.search(label)
                and P.PART_OF_YEAR.search(parts[-1].label)
                and parts[-1].quantity.value <= q.value != total.value - acc
            ):
                continue  # the running total of the year's part (2019年…18条，历年累计66条)
            if parts and acc == total.value and q.value and ("，" in gap or "," in gap):
                break  # the parts are complete: a new clause counts something else
            if parts and acc <= total.value < q.value and _CLAUSE_MARK.search(gap):
                break  # a new clause's count greater than the whole is no part of it
            parts.append(BreakdownPart(label, q))
            acc = acc + q.value
        if exact and (len(parts) < 2 or acc != total.value):
            return [], None
        if parts and acc != total.value:
            last_end = parts[-1].quantity.span[1]
            if self._cut_by_text_end(last_end, end):
                return [], None  # (the parts after the cut are not known: no list)
            if text[last_end : last_end + 3].lstrip(" \t\u3000").startswith("等"):
                return [], None  # (…专题专栏907条等: some parts only, no whole list)
            # (…政策文件20条，工作动态35条，微信公众号发布信息75条: another channel's count)
            parts = parts[: _channel_after_kinds(parts)]
        return self._placed_labels(parts, end), None

    def _no_appeals(self, total: Quantity, parts: list[BreakdownPart], label: str) -> bool:
        """True when a part labelled ``label`` that names an appeal (行政复议, 行政诉讼) is no
        part of ``total``: the parts before it are not appeals (公开3件，不予公开2件，引起行政
        复议0件: the list of outcomes has ended), or the clause of ``total`` counts
        applications, not cases (受理申请28件，其中，行政复议1件: what some applications led
        to, no division of them)."""
        if P.APPEAL_WORD.search(label) is None:
            return False
        if any(p.label and P.APPEAL_WORD.search(p.label) is None for p in parts):
            return True
        start = total.span[0]
        lead = self.text[_clause_floor(self.text, self._sentence_start(start), start) : start]
        return "申请" in lead and "案" not in lead and P.APPEAL_WORD.search(lead) is None

    def _earlier_note(self, clause_lead: str) -> bool:
        """True when the count after ``clause_lead`` opens a bracketed note whose words say
        only that it is of the year before or another year (本年度未发生行政复议（上年1件）,
        收到申请45件（上年为57件）: :meth:`_earlier_count`): that year's count."""
        k = max(clause_lead.rfind("（"), clause_lead.rfind("("))
        note = clause_lead[k + 1 :]
        if "）" in note or ")" in note:
            return False
        return self._earlier_count(_clean_label(note))

    def _earlier_count(self, label: str) -> bool:
        """True when ``label``, the words of a count after a part of a list, say only that
        it is the count of the year before or of another year than the report's
        (P.EARLIER_COUNT: 上年为, 去年同期为, 2021年为): the part's count then, no part.

        >>> r = _Reader.__new__(_Reader)
        >>> r.year = 2022
        >>> [r._earlier_count(x) for x in ("上年为", "2021年为", "2022年为", "上年结转", "政策")]
        [True, True, False, False, False]
        """
        if "年" not in label:
            return False
        m = P.EARLIER_COUNT.match(label)
        return m is not None and (m.group("y") is None or int(m.group("y")) != self.year)

    def _side_count(self, i: int, end: int, family: str | None) -> bool:
        """True when quantity ``i - 1``, of another unit than a list's (``family``), is
        followed before ``end``, with no mark between them that ends a part, by a
        quantity of the list's unit: a count of the part's own words (政务微信公开269次
        1189条), not the list's end."""
        if i >= len(self.q_starts) or self.q_starts[i] >= end:
            return False
        if _unit_family(self.q_units[i]) != family:
            return False
        return _PART_MARK.search(self.text, self.q_ends[i - 1], self.q_starts[i]) is None

    def _cut_by_text_end(self, pos: int, end: int) -> bool:
        """True when the sentence at ``pos`` (ending at ``end``) runs unclosed to the end
        of the text on its last line: a page cut mid-sentence (…规划计划类236件，行政职责
        类6), whose words after the cut are not known."""
        text = self.text
        return end == len(text) and "\n" not in text[pos:].strip()

    def _placed_labels(self, parts: list[BreakdownPart], end: int) -> list[BreakdownPart]:
        """``parts`` (read with the words before each number as its label) labelled where
        the text places the labels: after the numbers, when the first number has none
        before it (其中10件已办结，5件正在办理: each label runs to its clause's end and the
        next number follows at once), and a 分别为 list of labels given to the numbers
        that follow it (网上申请、信函申请分别为10件、5件).  ``end``: the sentence end."""
        if len(parts) < 2:
            return parts
        if not parts[0].label:
            return self._labels_after(parts, end) or self._labels_after_some(parts, end)
        if any(not p.label for p in parts):
            parts = self._labels_after_some(parts, end)
        # (every match of P.SERIES holds 分别 or 依次: a cheap test over all labels first)
        labels = "|".join([p.label for p in parts])
        if "分别" not in labels and "依次" not in labels:
            return parts
        out = list(parts)
        for k, part in enumerate(parts):
            label = part.label
            if "分别" not in label and "依次" not in label:
                continue
            m = _SERIES_LABEL.search(label)
            if m is None:
                continue
            names = [_clean_label(n) for n in P.LABEL_JOIN.split(label[: m.start()])]
            run = k + 1
            while run < len(parts) and not parts[run].label:
                run += 1
            if len(names) == run - k and all(names):
                for j, name in enumerate(names):
                    out[k + j] = BreakdownPart(name, parts[k + j].quantity)
        return out

    def _labels_after_some(self, parts: list[BreakdownPart], end: int) -> list[BreakdownPart]:
        """``parts`` with each part that has no label before its number labelled by the
        words after it up to its clause's end, where the words after that clause are the
        next part's own label or none (按时办结60件，4件逾期未补正，3件撤销申请，结转…3件: some
        labels before their numbers, some after)."""
        out = list(parts)
        for k, part in enumerate(parts):
            if part.label:
                continue
            label, rest = self._label_after(parts, k, end)
            if label and (k + 1 == len(parts) or _clean_label(rest) == parts[k + 1].label):
                out[k] = BreakdownPart(label, part.quantity)
        return out

    def _labels_after(self, parts: list[BreakdownPart], end: int) -> list[BreakdownPart] | None:
        """``parts`` labelled by the words after each number up to its clause's end; None
        when a part has none there or words stand between that clause and the next
        number (the labels are not after the numbers)."""
        out = []
        for k, part in enumerate(parts):
            label, rest = self._label_after(parts, k, end)
            if not label or (k + 1 < len(parts) and rest.strip(P.LABEL_STRIP)):
                return None
            out.append(BreakdownPart(label, part.quantity))
        return out

    def _label_after(self, parts: list[BreakdownPart], k: int, end: int) -> tuple[str, str]:
        """The label in the words after part ``k``'s number up to its clause's end, and the
        words after that clause up to the next number (``end``: the sentence end)."""
        q_end = parts[k].quantity.span[1]
        # (the last label is read up to the tail's bound, not to a far sentence end)
        last = k + 1 == len(parts)
        stop = min(end, q_end + P.TAIL_MAX) if last else parts[k + 1].quantity.span[0]
        words = self.text[q_end:stop]
        m = _PART_SEPARATOR.search(words)
        cut = len(words) if m is None else m.start()
        label = _clean_label(words[:cut])
        if label.startswith(P.LABEL_AFTER_LEAD):  # (5件为当面申请)
            label = label[1:]
        return label, words[cut:]


_PARTS_MAX = 40
# how many counts after a consultation count a total of the channels' counts may stand
_TOTAL_AFTER_MAX = 12
# how many quantities before a breakdown's total may be the total its parts add up to
_TOTAL_LOOKBACK = 8
_CLOSE_BRACKETS = ("）", ")")
# what ends a label placed after its number (10件已办结，5件…)
_PART_SEPARATOR = lazy_re("[，,；;、。]")
_KIND_ORDER = {kind: k for k, kind in enumerate(FigureKind)}
_first = itemgetter(0)
_LEAD_STRIP = frozenset(" \t\u3000\n\r，,：:")
_DOC_UNITS = frozenset("条件篇项份")
# what goes on a number across a line break (a digit or a decimal point; a Chinese
# numeral after one)
_WRAP_DIGITS = frozenset("0123456789.．")
_CN_NUMERAL_CHARS = frozenset("〇零一二三四五六七八九十百千万亿两")


@functools.lru_cache(maxsize=16)
def _row_pattern(label: str) -> re.Pattern[str]:
    """A table row from its label (compiled once: the regex cache may have dropped it; on
    the re engine, the same pattern text: about twice as fast, tests check they agree)."""
    return compile_re(re.escape(label) + P.ROW_REST)


# the words a match of P.LABEL_LEAD starts with, and the first characters of its
# enumerators
_LABEL_LEAD_WORDS = (
    "其中",
    "包括",
    "包含",
    "另有",
    "共",
    "有",
    "通过",
    "以及",
    "和其",
    "及其",
    "分别",
)
# the verbs that open a count of what came in (收到建议提案4件): no part of disclosures
_RECEIVING = ("收到", "受理", "接到", "接收")
# the words that only join two parts (…、100条和100条)
_JOINS = frozenset(("和", "及", "与", "以及", "或"))
# the words that close a label before its number after 的 (通过网络申请的有30件)
_LABEL_TAILS = ("的有", "的为", "的是")
_ENUMERATOR_FIRST = frozenset("一二三四五六七八九十0123456789（(")


def _in_open_quote(words: str) -> bool:
    """True when ``words`` open a quotation or a title they do not close: a number after
    them is part of a name (“热线12345”, 《2020年要点》), no count.

    >>> [_in_open_quote(w) for w in ("，通过“某海关", "“某某”发布", "《规划")]
    [True, False, True]
    """
    return words.count("“") > words.count("”") or words.count("《") > words.count("》")


def _han_follows(text: str, pos: int) -> bool:
    """True when a Han character stands at ``pos`` of ``text``: right after a number with
    no unit, it makes the number part of a name or a measure (6.2级地震, 12345热线), no
    count.

    >>> [_han_follows(t, 3) for t in ("6.2级地震", "700，其他")]
    [True, False]
    """
    return pos < len(text) and "\u4e00" <= text[pos] <= "\u9fff"


_CLOSE_AFTER = lazy_re(r"[)）]")


def _clean_label(words: str) -> str:
    r"""The label of a part in the ``words`` before (or after) its number: without a line
    break of a PDF's text layer, the end of a bracketed aside, a clause before it (从申请
    方式看，网上申请) or the words a colon closes (类别有三类：机构职能类信息), or the
    words that open it (其中, 通过, 一是, 1.).

    >>> [_clean_label(w) for w in ("，从申请方式看，网上申请", "当面申\n请", "）、当面申请",
    ...                            "其中：网上申请", "一是政策文件", "（2）工作动态",
    ...                            "类别有三类：机构职能类信息")]
    ['网上申请', '当面申请', '当面申请', '网上申请', '政策文件', '工作动态', '机构职能类信息']
    >>> _clean_label("（网络申请")  # (the bracket of a list: 18件（网络申请15件、…）)
    '网络申请'
    >>> _clean_label("和其它信息类"), _clean_label("以及预决算信息"), _clean_label("和解")
    ('其它信息类', '预决算信息', '和解')
    >>> _clean_label("分别为当面申请"), _clean_label("通过网络申请的有"), _clean_label("来信申请的")
    ('当面申请', '网络申请', '来信申请')
    >>> _clean_label("）、当面申请（")
    '当面申请'
    """
    label = words.strip(P.LABEL_STRIP)
    label = _unwrap(label)
    if label[:1] in _CLOSE_BRACKETS:  # (the end of a bracketed aside before it)
        label = label[1:].strip(P.LABEL_STRIP)
    if label[:1] in "（(" and "）" not in label and ")" not in label:
        label = label[1:].strip(P.LABEL_STRIP)  # (the bracket of a list: 18件（网络申请15件、…）)
    if label[-1:] in "（(":
        label = label[:-1].rstrip(P.LABEL_STRIP)  # (the number in brackets: 网上申请（30件）)
    if "，" in label or "," in label or "；" in label or ";" in label:
        cut = max(label.rfind("，"), label.rfind(","), label.rfind("；"), label.rfind(";"))
        label = label[cut + 1 :].strip(P.LABEL_STRIP)
    colon = max(label.rfind("："), label.rfind(":"))
    # (not a time's colon, 09:00, nor one in brackets: 公众号（微信号:abc）)
    if colon > 0 and not label[colon - 1].isdigit() and not _CLOSE_AFTER.search(label, colon):
        label = label[colon + 1 :].strip(P.LABEL_STRIP)
    # (a cheap test before P.LABEL_LEAD)
    if label.startswith(_LABEL_LEAD_WORDS) or label[:1] in _ENUMERATOR_FIRST:
        label = P.LABEL_LEAD.sub("", label).strip(P.LABEL_STRIP)
    if label.endswith("的") or label.endswith(_LABEL_TAILS):  # (当面申请的72件, …的有30件)
        label = label[: label.rfind("的")] or label
    if label in _JOINS:
        return ""  # (…100条和100条: a conjunction names no part)
    return label


# what a match of P.NOT_PROACTIVE starts with in its ^ branch (the others hold 不, 免予,
# 否决 or 依申请)
_NOT_PROACTIVE_STARTS = ("其他", "其余", "另有")


def _first_close(text: str, start: int, stop: int) -> int:
    """The offset of the first closing bracket in ``text[start:stop]``; -1 when there is
    none.

    >>> _first_close("a(b)c）", 0, 6), _first_close("a(b", 0, 3)
    (3, -1)
    """
    closes = [k for k in (text.find(c, start, stop) for c in _CLOSE_BRACKETS) if k >= 0]
    return min(closes, default=-1)


def _led_by_its_sum(parts: list[BreakdownPart]) -> bool:
    """Whether the first of ``parts`` is the count the two or more after it add up to
    (其中通过网站发布5469条，政策信息2620条，要闻1360条…: a sub-total that opens its own
    list, not a sibling of the counts after it).

    >>> from govinfo_reports.model import Quantity
    >>> def part(v: int) -> BreakdownPart:
    ...     return BreakdownPart("x", Quantity(value=v, unit="条"))
    >>> _led_by_its_sum([part(30), part(20), part(10)]), _led_by_its_sum([part(30), part(30)])
    (True, False)
    >>> _led_by_its_sum([part(30), part(20), part(11)])
    False
    """
    return len(parts) >= 3 and sum(p.quantity.value for p in parts[1:]) == parts[0].quantity.value


def _cut_by_wrap(text: str, start: int, end: int) -> bool:
    r"""True when the number at ``start`` (without a unit: ending at ``end``; else ``end``
    is -1) is cut by a line break of a PDF's text layer: a digit ends the line before it
    (2\n46件), or the next line goes on with a digit or a point (占21\n.8%).

    >>> _cut_by_wrap("申请2\n46件", 4, -1), _cut_by_wrap("占21\n.8%", 1, 3)
    (True, True)
    >>> _cut_by_wrap("申请\n46件", 3, -1), _cut_by_wrap("共21\n件", 1, 3)
    (False, False)
    >>> _cut_by_wrap("诉讼十\n四件", 4, -1), _cut_by_wrap("诉讼\n十四件", 3, -1)
    (True, False)
    """
    if start >= 2 and text[start - 1] == "\n":
        before, first = text[start - 2], text[start]
        if (before in _WRAP_DIGITS and first in _WRAP_DIGITS) or (
            before in _CN_NUMERAL_CHARS and first in _CN_NUMERAL_CHARS
        ):
            return True
    return end >= 0 and text[end : end + 1] == "\n" and text[end + 1 : end + 2] in _WRAP_DIGITS


def _years(text: str) -> set[int]:
    """The years (20xx年 or 二〇xx年) named in ``text``.

    >>> sorted(_years("二〇一八年和2019年"))
    [2018, 2019]
    """
    return {
        int(arabic or chinese.translate(_CN_DIGITS))
        for arabic, chinese in P.CLAUSE_YEAR.findall(text)
    }


def _clause_floor(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts, not before ``lo`` nor _CLAUSE_MAX
    characters back: after the last comma, semicolon or opening bracket before it.

    >>> _clause_floor("不断提高水平，同比增加38件", 0, 11), _clause_floor("4件(减少3件)", 0, 7)
    (7, 3)
    """
    lo = max(lo, pos - _CLAUSE_MAX)  # (a clause without a mark is not read back further)
    m = _CLAUSE_MARK_BACK.search(text, lo, pos)  # (from ``pos`` back: stops at the first)
    return lo if m is None else m.end()


def _by_period(label: str) -> bool:
    """True when a part's ``label`` names a period (本年, 今年, 2022年, 上年为): a list of a
    total by year (累计…5928条，其中本年2110条，上年3818条), whose other years are parts.

    >>> [_by_period(x) for x in ("本年", "2022年", "去年", "政策文件")]
    [True, True, True, False]
    """
    return P.PART_OF_YEAR.search(label) is not None or P.EARLIER_COUNT.match(label) is not None


def _warning(code: str, span: Span, message: str) -> Problem:
    """A warning ``code`` about the source text at ``span``."""
    return Problem(code=code, severity=Severity.WARNING, message=message, span=span)


def _respective_appeals(lead: str) -> tuple[FigureKind, FigureKind] | None:
    """The two appeal kinds a lead names before 分别为, in its order, when it names both
    (因政府信息公开被申请行政复议、被提起行政诉讼分别为: reviews, then lawsuits); else None.

    >>> [k.value for k in _respective_appeals("因政府信息公开被提起行政诉讼、行政复议分别为")]
    ['administrative_lawsuits', 'administrative_reviews']
    >>> _respective_appeals("收到申请和答复申请分别为") is None
    True
    """
    if P.RESPECTIVELY.search(lead) is None:
        return None
    review, lawsuit = lead.find("复议"), lead.find("诉讼")
    if review < 0 or lawsuit < 0 or "公开" not in lead:
        return None
    kinds = (K.ADMINISTRATIVE_REVIEWS, K.ADMINISTRATIVE_LAWSUITS)
    return kinds if review < lawsuit else (kinds[1], kinds[0])


def _legacy_value(raw: str, unit: str, kind: FigureKind) -> int | Decimal | None:
    """The value of a legacy row's cell ``raw`` (its row's ``unit``): fees in 元 (万元 times
    10,000), a count whole; None for a fraction of a count or fees in another unit.

    >>> _legacy_value("0.01", "万元", K.FEES_COLLECTED), _legacy_value("1.5", "件", K.COMPLAINTS)
    (100, None)
    """
    if kind is K.FEES_COLLECTED:
        if unit not in ("万元", "元"):
            return None
        amount = Decimal(raw) * (10000 if unit == "万元" else 1)
        return int(amount) if amount == amount.to_integral_value() else amount
    if unit in ("万元", "元") or "." in raw:
        return None
    return int(raw)


def _is_comparison(words: str) -> bool:
    """True when ``words`` say a number is a change or a comparison (比上年增加, 同比减少),
    not a count: P.COMPARISON, behind the cheap test of a word its matches hold.

    >>> _is_comparison("比上年增加"), _is_comparison("全年共收到")
    (True, False)
    """
    return _COMPARISON_WORD.search(words) is not None and P.COMPARISON.search(words) is not None


def _lead_floor(text: str, clause_start: int, end: int) -> int:
    """Where the words before ``end`` that name what its count counts start: the clause's
    start, or P.LEAD_MAX characters back, the blanks of a layout print's line ends and
    indents not counted (主动公开政府      ⏎⏎      信息 1236 条: the lead reaches 主动公开)."""
    lo = end - P.LEAD_MAX
    if clause_start >= lo:
        return clause_start
    if "\n" in text[lo:end]:
        lo = _past_breaks(text, max(clause_start, lo - 4 * P.LEAD_MAX), end)
    return max(clause_start, lo)


def _past_breaks(text: str, lo: int, end: int) -> int:
    """Where the last P.LEAD_MAX characters before ``end`` start when the blanks around
    line breaks (a layout print's line ends and indents) are not counted, not before
    ``lo``.

    >>> t = "主动公开政府" + " " * 40 + "\\n" + " " * 30 + "信息"
    >>> t[_past_breaks(t, 0, len(t)) :].startswith("主动公开政府")
    True
    """
    breaks = [m.span() for m in _BREAK_BLANKS.finditer(text, lo, end)]
    skip = end - lo - sum(b - a for a, b in breaks) - P.LEAD_MAX
    if skip <= 0:
        return lo
    # (the characters kept before the window's last LEAD_MAX: skip them, and the blanks
    # between them, from its start)
    k = lo
    for a, b in breaks:
        if a - k >= skip:
            return k + skip
        skip -= a - k
        k = b
    return k + skip


def _wraps_into_next(text: str, line: str, end: int) -> bool:
    """Whether ``line`` (stripped; its line break at ``end``), short and unpunctuated, is
    the first part of a sentence a page's width wrapped (…收取信息处⏎理费120元。): it is as
    long as a page's line (_WRAPPED_MIN characters: a subheading without a marker is
    shorter, 2017年至2019年工作回顾), ends with a Han character, is no heading and not the
    text's first line (a title), and the next line goes on with a Han character or a
    digit to a clause's end (an empty line between them is a layout print's spacing).

    >>> t = "六、其他事项\\n本年度依据管理办法的规定向申请人收取信息处\\n理费120元。\\n"
    >>> _wraps_into_next(t, t[7:28], 28), _wraps_into_next(t, "六、其他事项", 6)
    (True, False)
    """
    if len(line) < _WRAPPED_SHORT or not "\u4e00" <= line[-1] <= "\u9fff":
        return False
    if text.rfind("\n", 0, end) < 0:
        return False
    if _HEADING_START.match(line) is not None:
        return False
    stop = text.find("\n", end + 1)
    nxt = text[end + 1 : len(text) if stop < 0 else stop].strip()
    if not nxt and stop >= 0:  # (one empty line between: a layout print's line spacing)
        after = text.find("\n", stop + 1)
        nxt = text[stop + 1 : len(text) if after < 0 else after].strip()
    if not nxt or not ("\u4e00" <= nxt[0] <= "\u9fff" or "0" <= nxt[0] <= "9"):
        return False
    # (a line shorter than a page's wraps when the next one opens with the count its
    # words lead to: 全年共受理政府信息公开申请⏎283件。; a subheading is followed by words)
    if len(line) < _WRAPPED_MIN and _COUNT_OPENING.match(nxt) is None:
        return False
    return _HEADING_START.match(nxt) is None and _CLAUSE_END_CHAR.search(nxt) is not None


def _respective_years(lead: str) -> list[int] | None:
    """The years listed before 分别 in ``lead`` (2021年、2022年本机关分别主动公开…: one
    number for each, in their order), or None when it lists no two years so.

    >>> _respective_years("2021年和2022年分别收到申请"), _respective_years("2017年至2019年分别")
    ([2021, 2022], None)
    """
    m = P.RESPECTIVE_YEARS.search(lead)
    if m is None:
        return None
    return [int(y) for y in P.YEAR_NUMBER.findall(m.group("years"))]


#: kinds whose counts are parts of one whole, one of each kind: the channels of the
#: applications, their outcomes
_PART_KIND_GROUPS = (
    frozenset(kind for kind, _ in P.CHANNELS),
    frozenset(kind for kind, _ in P.OUTCOMES),
)


def _before_note(words: str) -> str:
    """``words`` up to a bracketed note.

    >>> _before_note("件行政复议案件"), _before_note("件（含行政复议1件）"), _before_note("件(注)")
    ('件行政复议案件', '件', '件')
    """
    for k, c in enumerate(words):
        if c in "(（":
            return words[:k]
    return words


def _media_before(
    lead: str, m: regex.Match[str], media: regex.Pattern[str] = P.MEDIA_CHANNEL
) -> bool:
    """True when ``lead`` names a new-media channel (``media``) before the match ``m`` of
    a verb of disclosure (通过政务微博主动公开政府信息): the count is that channel's; not
    when it names a place of publication beside it (通过门户网站、公报及微博微信等主动公开
    政府信息, 在门户网、新闻网、微信公众平台及主流媒体…: the count of all of them).

    >>> [_media_before(x, P.PROACTIVE_STRONG.search(x))
    ...  for x in ("通过政务微博主动公开政府信息", "全年主动公开政府信息",
    ...            "通过政务网、微信等渠道主动公开信息", "通过微博、微信等新媒体主动公开信息")]
    [True, False, False, True]
    >>> s = P.PROACTIVE_STRONG.search
    >>> x, y = "通过网站及微信等主动公开政府信息", "及微信等主动公开政府信息"
    >>> _media_before(x, s(x)), _media_before(y, s(y))
    (False, True)
    """
    start = m.start()
    return (
        start > 0
        and media.search(lead, 0, start) is not None
        and P.PLACE.search(lead, 0, start) is None
    )


def _new_media_only(lead: str) -> bool:
    """True when ``lead`` names the new media (P.CHANNEL_BESIDE) as where a count was
    published, with no place of publication (P.PLACE) and no 等 beside them: the count is
    what the new media carried (全县政务新媒体共发布信息), not the disclosures.

    >>> [_new_media_only(x) for x in ("全县政务新媒体共发布信息", "通过网站、新媒体等发布信息")]
    [True, False]
    """
    return (
        P.CHANNEL_BESIDE.search(lead) is not None
        and "等" not in lead
        and P.PLACE.search(lead) is None
    )


def _names_topic(m: regex.Match[str], lead: str) -> bool:
    """True when the middle words of a P.PROACTIVE_STRONG match ``m`` in ``lead`` name a
    topic right before 信息 (主动公开财政预决算信息: a part of the disclosures), not
    words that qualify the whole (各类), a scope before 政府信息 (我区各级单位政府信息) or a
    list of examples closed by 等 (政府会议、财政预决算等信息: the whole, its kinds named).

    >>> [_names_topic(P.PROACTIVE_STRONG.search(x), x)
    ...  for x in ("主动公开财政预决算信息", "主动公开各类信息", "主动公开我区政府信息",
    ...            "主动公开政府会议、财政预决算等信息", "主动公开财政预决算等信息")]
    [True, False, False, False, True]
    """
    mid = m.group("mid")
    if not mid or lead.startswith(("政府", "政务"), m.end("mid")):
        return False
    if mid.endswith("等") and "、" in mid:
        return False
    return P.PROACTIVE_WHOLE_MID.match(mid) is None


def _no_other_money(lead: str) -> bool:
    """True when ``lead`` names no money but the fees of disclosure: no P.NOT_FEES (经费,
    罚款, 租金…) and no other fee by name (_names_other_fee).

    >>> [_no_other_money(x) for x in ("收取复制费", "收取污水处理费", "收取租金")]
    [True, False, False]
    """
    return P.NOT_FEES.search(lead) is None and not _names_other_fee(lead)


def _names_other_fee(lead: str) -> bool:
    """True when ``lead`` names a fee (…费) that is not a fee of disclosure
    (P.DISCLOSURE_FEE): 收取污水处理费 counts that fee.

    >>> [_names_other_fee(x) for x in ("收取信息处理费", "收取检索费、复制费共计",
    ...                                "收费", "收取污水处理费", "收取停车费")]
    [False, False, False, True, True]
    """
    return lead.count("费") > len(P.DISCLOSURE_FEE.findall(lead))


def _may_other_period(lead: str) -> bool:
    """False when ``lead`` holds no match of P.OTHER_PERIOD (each holds 来, 近, 季, 半,
    月, 上年度, 上一年度 or 前年, or a year and a word of a span: a cheap test first).

    >>> _may_other_period("第四季度收到"), _may_other_period("全年共收到")
    (True, False)
    >>> _may_other_period("2017年至2019年收到"), _may_other_period("截至目前共收到")
    (True, False)
    >>> _may_other_period("上年度收到"), _may_other_period("前年收到")
    (True, True)
    """
    if "来" in lead or "近" in lead or "季" in lead or "半" in lead or "月" in lead:
        return True
    if "年" not in lead:
        return False  # (the other matches hold 年: 上年度, 前年, 2017年至2019)
    return (
        "上年度" in lead
        or "上一年度" in lead
        or "前年" in lead
        or (("20" in lead or "二" in lead) and _has_span_word(lead))
    )


def _has_span_word(words: str) -> bool:
    """True when ``words`` hold a word that joins the two years of a span (至, 到, a
    dash or a tilde: every match of P.YEAR_SPAN holds one)."""
    return (
        "至" in words
        or "到" in words
        or "-" in words
        or "—" in words
        or "－" in words
        or "~" in words
        or "～" in words
    )


def _may_target(lead: str) -> bool:
    """False when ``lead`` holds no match of P.TARGET (a cheap test first)."""
    return (
        "争" in lead
        or "明年" in lead
        or "来年" in lead
        or "目标" in lead
        or "计划" in lead
        or "预计" in lead
    )


def _may_not_proactive(lead: str) -> bool:
    """False when ``lead`` holds no match of P.NOT_PROACTIVE.

    >>> _may_not_proactive("其他信息"), _may_not_proactive("主动公开信息")
    (True, False)
    """
    return (
        "不" in lead
        or "免予" in lead
        or "否决" in lead
        or "申请" in lead
        or lead.startswith(_NOT_PROACTIVE_STARTS)
    )


def _says(lead: str, word: str, pattern: regex.Pattern[str], unless: regex.Pattern[str]) -> bool:
    """True when ``pattern`` matches ``lead`` and ``unless`` does not; ``word`` is held
    by every match of ``pattern`` (a cheap test first).

    >>> leads = ("制定规范性文件", "制定现行规范性文件", "制定办法")
    >>> [_says(lead, "规范性文件", P.NORMATIVE, P.NOT_NORMATIVE) for lead in leads]
    [True, False, False]
    """
    return word in lead and pattern.search(lead) is not None and unless.search(lead) is None


# kinds that are parts of one whole side by side: a list of them that adds up to the
# first is no breakdown of it (同意公开2件，部分公开1件，不予公开1件)
_LEVELS = (frozenset(k for k, _ in P.OUTCOMES), frozenset(k for k, _ in P.CHANNELS))
#: the counts of applications carried over or forward: a share of those handled
_CARRIES = frozenset((K.APPLICATIONS_CARRIED_OVER, K.APPLICATIONS_CARRIED_FORWARD))

#: the counts of applications a sentence of outcomes after them may divide
_HANDLED = frozenset((K.APPLICATIONS_RECEIVED, K.APPLICATIONS_COMPLETED))
#: words of a count of applications left for the next year (另有1件…结转至2024年)
_LEFT_WORDS = ("结转下", "结转至", "结转到", "剩余", "另有", "尚有", "顺延")
#: the kinds of applications by the channel they came by
_CHANNEL_KINDS = frozenset(kind for kind, _ in P.CHANNELS)
#: the strength of a proactive count worded 主动公开 (P.PROACTIVE_STRONG: _classify)
_SAYS_PROACTIVE = 2
#: a clause of its own (two or more characters between separators) after a count
_CLAUSE_BETWEEN = lazy_re(r"[，,；;][^，,；;\d]{2,}[，,；;]")
#: a mark that starts a new clause (a comma or a semicolon: 其中…5件；发布通告156条)
_CLAUSE_MARK = lazy_re(r"[，,；;]")
#: the marks that end a clause: words right before a number that end with one are the
#: clause of the number before (4件逾期未补正，3件…)
_CLAUSE_ENDS = frozenset("，,；;")
#: the kinds of a whole of applications or appeals, of which no other is a part
_WHOLES = P.APPEAL_KINDS | {K.APPLICATIONS_RECEIVED, K.APPLICATIONS_COMPLETED}


def _same_level(a: FigureKind | None, b: FigureKind | None) -> bool:
    """True when kinds ``a`` and ``b`` are parts of one whole side by side (two outcomes,
    two channels of applications).

    >>> _same_level(K.APPLICATIONS_GRANTED, K.APPLICATIONS_WITHHELD)
    True
    >>> _same_level(K.APPLICATIONS_RECEIVED, K.APPLICATIONS_WITHHELD)
    False
    """
    return any(a in level and b in level for level in _LEVELS)


def _includes_outcome(lead: str) -> bool:
    """True when ``lead`` ends with the outcomes its count includes in brackets (a count
    of two outcomes together is a figure of neither).

    >>> [_includes_outcome(t) for t in ("予以公开（含部分公开）", "予以公开（含当面答复）")]
    [True, False]
    """
    m = P.OUTCOME_INCLUDING.search(lead)
    return m is not None and P.OUTCOME_ANY.search(m.group("what")) is not None


def _outcome_kind(words: str) -> FigureKind | None:
    """The outcome ``words`` name (the first of P.OUTCOMES, most specific first).

    >>> [_outcome_kind(w).value for w in ("部分公开", "同意公开", "不予公开")]
    ['applications_partially_granted', 'applications_granted', 'applications_withheld']
    >>> _outcome_kind("共") is None
    True
    """
    return next((kind for kind, pattern in P.OUTCOMES if pattern.search(words)), None)


def _outcome_among_others(lead: str, kind: FigureKind) -> bool:
    """True when ``lead`` names the outcome ``kind`` as one example among others (因信息不存在
    等原因无法提供): its count is of a wider class, a figure of no outcome.

    >>> K = FigureKind
    >>> _outcome_among_others("因信息不存在等原因无法提供", K.APPLICATIONS_NOT_HELD)
    True
    >>> _outcome_among_others("重复申请等不予处理", K.APPLICATIONS_NOT_ACCEPTED)
    False
    >>> _outcome_among_others("不予公开（涉及国家秘密等）", K.APPLICATIONS_WITHHELD)
    False
    """
    pattern = next(p for k, p in P.OUTCOMES if k is kind)
    ends = [m.end() for m in pattern.finditer(lead)]
    if not ends:
        return False
    after = P.BRACKETED.sub("", lead[ends[-1] :])
    return P.AMONG_OTHERS.search(after) is not None


def _joins_outcomes(lead: str) -> bool:
    """True when ``lead`` ends with two outcomes of different kinds joined (同意公开或部分
    公开共): its count is of both together, a figure of neither.

    >>> [_joins_outcomes(t) for t in ("同意公开或部分公开共", "指向不明确、不具体", "部分公开")]
    [True, False, False]
    """
    m = P.OUTCOMES_JOINED.search(lead)
    return m is not None and _outcome_kind(m.group("a")) is not _outcome_kind(m.group("b"))


def _another_level(parts: list[BreakdownPart], q: Quantity, kinds: dict[Span, FigureKind]) -> bool:
    """True when ``parts`` are figures of one level (outcomes, channels) and ``q`` is a
    figure of a kind outside it (a list of outcomes, then what is carried forward)."""
    first = kinds.get(parts[0].quantity.span)
    after = kinds.get(q.span)
    return (
        first is not None
        and after is not None
        and any(first in level for level in _LEVELS)
        and not _same_level(first, after)
    )


def _another_whole(total: Quantity, q: Quantity, kinds: dict[Span, FigureKind]) -> bool:
    """True when ``q`` and ``total`` are figures of two wholes of applications or appeals
    (_WHOLES: 行政复议, 行政诉讼, 受理, 办结): after a semicolon, ``q`` counts another thing
    than the parts of ``total`` (行政复议7件，其中维持2件；行政诉讼4件).  (A figure of
    another kind may be a part: 主动公开565条，其中…；制定并发布规范性文件11件；…)"""
    after, whole = kinds.get(q.span), kinds.get(total.span)
    return after is not whole and after in _WHOLES and whole in _WHOLES


#: a line break (_Reader._line_sentence_start)
_NEWLINE = lazy_re("\n")

#: marks that end a part of a list (or its clause)
_PART_MARK = lazy_re(r"[，,、；;。！？!?\n]")


def _unit_family(unit: str | None) -> str | None:
    """Units that may stand in one list of parts (条 and 件 of documents mix; so do 次 and
    人次 of visits and calls: 咨询1436次，其中大厅接待450人次，电话930次).

    >>> [_unit_family(u) for u in ("件", "人次", "次", "起")]
    ['条', '次', '次', '起']
    """
    if unit in _DOC_UNITS:
        return "条"
    return "次" if unit == "人次" else unit


def _some_applicants(between: str) -> bool:
    """True when the words between a negation and 申请 name some of the applicants only:
    organisations without persons, or 自然人 without organisations (P.ZERO_ORGANISATIONS,
    P.ZERO_PERSONS).

    >>> [_some_applicants(w) for w in ("法人或其他组织的", "自然人", "公民、法人和组织的")]
    [True, True, False]
    """
    organisations = P.ZERO_ORGANISATIONS.search(between) is not None
    persons = P.ZERO_PERSONS.search(between)
    if organisations:
        return persons is None
    return persons is not None and persons.group() == "自然人"


def _zero_channel(between: str) -> FigureKind | None:
    """The kind of a statement of zero of applications whose words between the negation and
    申请 name a channel (P.CHANNELS): that channel's (未收到信函申请: none by letter); of
    several, none (未收到信函、传真申请: a zero of each, not read), unless every channel is
    meant (P.ZERO_EVERY: 未收到网上、信函等任何形式的申请: none at all).

    >>> kinds = [_zero_channel(w) for w in ("信函", "信函、传真", "网上、信函等任何形式的")]
    >>> [k and k.value for k in kinds]
    ['applications_by_letter', None, 'applications_received']
    """
    if P.ZERO_EVERY.search(between):
        return K.APPLICATIONS_RECEIVED
    channels = [kind for kind, pattern in P.CHANNELS if pattern.search(between)]
    return channels[0] if len(channels) == 1 else None


def _zero_word_matches(text: str) -> list[re.Match[str]]:
    """What ``finditer`` of P.ZERO_WORD finds in ``text``, read only near the places its
    matches can end: every match ends with 零, with a lone 0 after 为 or 是 (_LONE_ZERO),
    or with 无 after a colon (_COLON_NONE), and is at most _ZERO_WORD_MAX characters
    long, so the matches are those found in the windows around these places (read up to
    _ZERO_WORD_AFTER characters after the last one, what the lookahead reads; a window is
    at least that far from the next one).

    >>> [m.group() for m in _zero_word_matches("申请数为零。复议：无，诉讼均为0，申诉为10")]
    ['申请数为零', '复议：无', '诉讼均为0']
    """
    ends = [m.start() for m in _COLON_NONE.finditer(text)] if "无" in text else []
    if "0" in text:
        ends += [m.start() for m in _LONE_ZERO.finditer(text)]
    find = text.find
    i = find("零")
    while i >= 0:
        ends.append(i)
        i = find("零", i + 1)
    ends.sort()
    out: list[re.Match[str]] = []
    n, k, reach = len(text), 0, _ZERO_WORD_MAX + _ZERO_WORD_AFTER
    while k < len(ends):
        lo = max(ends[k] + 1 - _ZERO_WORD_MAX, 0)
        while k + 1 < len(ends) and ends[k + 1] - ends[k] < reach:
            k += 1
        out += _ZERO_WORD.finditer(text, lo, min(ends[k] + 1 + _ZERO_WORD_AFTER, n))
        k += 1
    return out


def _breakdown_open_spans(text: str) -> set[Span]:
    """The spans of the matches of P.BREAKDOWN_OPEN in ``text``.

    >>> sorted(_breakdown_open_spans("其中a包括其中"))
    [(0, 2), (3, 5), (5, 7)]
    """
    return {
        m.span()
        for word, pattern in _BREAKDOWN_OPEN_WORDS
        if word in text
        for m in pattern.finditer(text)
    }


def _adds_up(cells: Iterable[int | None], total: int | None) -> bool:
    """True when the cells may sum to ``total``: every cell given and summing to it, or
    some blank and the others not past it; not when every cell is blank (only the 总计
    read, which nothing in its row bears out: an extractor's scramble may have put any
    number there).

    >>> _adds_up([1, 2, None], 5), _adds_up([1, 2], 4), _adds_up([1, 2], 3)
    (True, False, True)
    >>> _adds_up([None, None], 1), _adds_up([4, None], 3)
    (False, False)
    """
    if total is None:
        return True
    values = list(cells)
    known = [v for v in values if v is not None]
    if not known:
        return False
    return sum(known) == total if len(known) == len(values) else sum(known) <= total


#: the words of P.NESTED_OPEN, which open a part's own parts (found one by one: _nested_open)
_NESTED_WORDS = tuple(P.NESTED_OPEN.pattern.split("|"))


def _channel_after_kinds(parts: list[BreakdownPart]) -> int:
    """How many of ``parts`` (a list that does not add up to its total) are its own: those
    before the first part counting a new-media channel (微博, 微信公众号) after parts of
    kinds that name no channel or place (政策文件20条，工作动态35条，微信公众号发布信息75条: the
    list of kinds has ended, the channel's count is beside the whole); all of them when
    the list is one of channels or places.

    >>> from govinfo_reports.model import Qualifier
    >>> q = Quantity(1, "条", Qualifier.EXACT, "1条", (0, 2))
    >>> def ps(*labels): return [BreakdownPart(x, q) for x in labels]
    >>> _channel_after_kinds(ps("政策文件", "工作动态", "微信公众号发布信息", "收到留言"))
    2
    >>> _channel_after_kinds(ps("网站公开", "微信公众号公开")), _channel_after_kinds(ps("政策文件"))
    (2, 1)
    """
    for k, part in enumerate(parts):
        if P.PLACE_CHANNEL.search(part.label):
            return k if k and P.CHANNEL_BESIDE.search(part.label) else len(parts)
    return len(parts)


def _nested_open(text: str, lo: int, hi: int) -> int:
    """Where a part's own parts open in ``text[lo:hi]`` (one of _NESTED_WORDS), or -1.

    >>> [_nested_open(x, 0, len(x)) for x in ("，内有领导成员", "，其中主站", "，具体为：", "、")]
    [1, 1, 1, -1]
    """
    first = -1
    for word in _NESTED_WORDS:
        k = text.find(word, lo, hi if first < 0 else first)
        if k >= 0:
            first = k
    return first
