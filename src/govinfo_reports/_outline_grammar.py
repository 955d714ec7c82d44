"""Tokens of the section-heading grammar: markers, their context, titles, kinds, points.

Private to :mod:`govinfo_reports.outline`.  Everything here works on the normalized text
(simplified script, full-width punctuation folded to ASCII), but every pattern accepts
the full-width twins too, so that an unfolded text reads the same.

Markers (``STYLE_*``):

========  ===========================  =====  =========
style     written                      level  rank
========  ===========================  =====  =========
PART      第一部分                      1      0
CN        一、 一. 一． 一, (line start)  1      1
PAREN_CN  (一) （一）                   2      2
ARABIC    1. 1、 1．                    3      3
PAREN_AR  (1) （1）                     4      4
CIRCLED   ①                             4      5
========  ===========================  =====  =========

A comma or blanks after a CN numeral (一, 概述; 一 总体情况, as PDF text and plain-text
copies write it) make a heading only at a line's start.

>>> cn_ordinal("十二"), cn_ordinal("二十"), cn_ordinal("十十")
(12, 20, None)
>>> section_kind("政府信息公开行政复议、行政诉讼情况").value
'reviews_and_lawsuits'
"""

from __future__ import annotations

import enum
import functools
import re
from array import array
from bisect import bisect_left, bisect_right
from html import unescape as html_unescape

import regex

from ._html import looks_like_page
from ._lazy import lazy_re, lazy_regex
from .model import SectionKind

# --- styles ---------------------------------------------------------------------------

STYLE_PART = 0
STYLE_CN = 1
STYLE_PAREN_CN = 2
STYLE_ARABIC = 3
STYLE_PAREN_AR = 4
STYLE_CIRCLED = 5

#: level of the heading written in each style
STYLE_LEVEL: tuple[int, ...] = (1, 1, 2, 3, 4, 4)

_CN_VALUES = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_FULLWIDTH_DIGITS = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})


def cn_ordinal(numeral: str) -> int | None:
    """The value of a Chinese ordinal numeral from 1 to 99 (一 … 九十九), else None.

    >>> cn_ordinal("一"), cn_ordinal("十"), cn_ordinal("九十九"), cn_ordinal("一一")
    (1, 10, 99, None)
    """
    n = len(numeral)
    if n == 1:
        if numeral == "十":
            return 10
        return _CN_VALUES.get(numeral)
    if n == 2:
        if numeral[0] == "十":
            unit = _CN_VALUES.get(numeral[1])
            return None if unit is None else 10 + unit
        if numeral[1] == "十":
            tens = _CN_VALUES.get(numeral[0])
            return None if tens is None or tens < 2 else tens * 10
        return None
    if n == 3 and numeral[1] == "十":
        tens = _CN_VALUES.get(numeral[0])
        unit = _CN_VALUES.get(numeral[2])
        if tens is None or unit is None or tens < 2:
            return None
        return tens * 10 + unit
    return None


# One pattern for every marker.  Each alternative is a fixed-width token; the single
# look-behinds keep a marker from starting inside a longer numeral.  The pattern starts
# with a class of every first character a marker can have, so that stdlib ``re`` skips
# the rest of the text in its fast prefix loop; each alternative then checks the
# character it starts with by a look-behind (``cn`` and ``ar`` numbers run from the
# match start to the end of ``n1``/``n3``).  A bracket straight after 第 starts no marker
# (第二十条第(一)项: a reference, never a heading; four in every 2021 table).  Stdlib ``re``
# scans this 2x faster than ``regex`` (only bounded repetitions and fixed-width
# look-behinds: linear either way).
#: MARKER's alternatives that no digit starts (``ar`` is the other one)
_MARKER_NOT_AR_ALTERNATIVES = r"""
      (?P<part>(?<=第)(?P<pn>[一二三四五六七八九十]{1,3})部分)
    | (?<=[(（])(?<!第[(（])(?:
          (?P<pcn>[ \t]{0,2}(?P<n2>[一二三四五六七八九十]{1,3})[ \t]{0,2}[)）])
        | (?P<par>(?<![0-9０-９][(（])[ \t]{0,2}(?P<n4>[0-9０-９]{1,2})[ \t]{0,2}[)）]))
    | (?P<cir>(?<=[①-⑳]))
    | (?P<cn>(?<=[一二三四五六七八九十])
              (?<![一二三四五六七八九十百千万〇零两][一二三四五六七八九十])
              (?P<n1>[一二三四五六七八九十]{0,2})
              (?:[ \t]{0,2}(?P<s1>[、.．,，])|[ \t\u3000]{1,2}(?=[\u4e00-\u9fff])))
"""
MARKER = lazy_re(
    r"""
    [第(（①-⑳一二三四五六七八九十0-9０-９]
    (?:"""
    + _MARKER_NOT_AR_ALTERNATIVES
    + r"""
    | (?P<ar>(?<=[0-9０-９])(?<![0-9０-９.．][0-9０-９])(?P<n3>[0-9０-９]?)[ \t]{0,2}[.．、]
              (?![0-9０-９]|[ \t]?[0-9０-９]{1,2}[、,，]))
    )
    """,
    re.VERBOSE,
)
#: MARKER's alternatives but ``ar`` (no digit starts them): scanned apart from ``ar``,
#: whose digits are common in tables, since no match of one alternative can start inside
#: a match of another (they start with different characters, and none holds a character
#: another starts with in a place where that one could match)
MARKER_NOT_AR = lazy_re(
    r"""
    [第(（①-⑳一二三四五六七八九十]
    (?:"""
    + _MARKER_NOT_AR_ALTERNATIVES
    + r"""
    )
    """,
    re.VERBOSE,
)
#: the mark that ends an ``ar`` marker (1. 1、 12 .), found by itself: re scans for the
#: few marks fast and the look-behinds check the digits (at most two blanks) before it;
#: the digits' start (one or two, after no digit or point) is checked by the reader
AR_MARK = lazy_re(
    r"[.．、](?:(?<=[0-9０-９][.．、])|(?<=[0-9０-９][ \t][.．、])"
    r"|(?<=[0-9０-９][ \t][ \t][.．、]))"
    r"(?![0-9０-９]|[ \t]?[0-9０-９]{1,2}[、,，])"
)
#: MARKER_NOT_AR and AR_MARK for a text of Latin-1 characters only, where a marker
#: other than ``ar`` can only be ``par`` (the other alternatives start with or hold a
#: Chinese character) and only ``.`` ends an ``ar`` marker: each starts with a literal,
#: which re finds about 7x faster than a class (a Latin-1 megabyte: 6.3 -> 0.9 ms); the
#: same matches, groups and ``lastgroup``
MARKER_NOT_AR_LATIN1 = lazy_re(
    r"\((?P<par>(?<![0-9０-９][(（])[ \t]{0,2}(?P<n4>[0-9０-９]{1,2})[ \t]{0,2}[)）])"
)
#: AR_MARK, one pattern per mark: a literal first character is found about 2x (Chinese
#: text) to 4x (a text of many scripts) faster than the class; together the same matches.
#: The character before the mark is checked once first (a digit or a blank: most of the
#: marks of a text follow a word, and fail there instead of in three look-behinds)
AR_MARK_EACH = {
    mark: lazy_re(
        re.escape(mark) + r"(?<=[0-9０-９ \t][.．、])"
        r"(?:(?<=[0-9０-９][.．、])|(?<=[0-9０-９][ \t][.．、])"
        r"|(?<=[0-9０-９][ \t][ \t][.．、]))"
        r"(?![0-9０-９]|[ \t]?[0-9０-９]{1,2}[、,，])"
    )
    for mark in ".．、"
}
AR_MARK_LATIN1 = AR_MARK_EACH["."]
#: every Chinese ordinal numeral from 1 to 99 (一 … 九十九) and its value
CN_ORDINALS: dict[str, int] = {}
#: the value of every number an Arabic marker may have (1 … 99, full-width digits too)
AR_ORDINALS: dict[str, int] = {}
_STYLE_OF_KIND = {
    "part": STYLE_PART,
    "pcn": STYLE_PAREN_CN,
    "par": STYLE_PAREN_AR,
    "cir": STYLE_CIRCLED,
    "cn": STYLE_CN,
    "ar": STYLE_ARABIC,
}


class Ctx(enum.IntEnum):
    """What stands before a marker."""

    LINE_START = 0  # only blanks since the line began
    PUNCT = 1  # a sentence end, colon, semicolon or closing quote (blanks allowed)
    SPACE = 2  # blanks after any other character (paragraphs joined by spaces, columns)
    GLUED = 3  # straight after a word or digit: a first sub-heading inside a title, or a
    # standard section title
    REJECT = 4  # after 第, a comma or 、: a list item or a reference


_BLANKS = " \t\u3000\xa0"
_LINE_BREAKS = "\n\r\f\v"
_STRONG_BEFORE = frozenset("。;；:：!！?？”’」』")
_COMMAS = frozenset(",，、")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_MAX_BLANKS_BACK = 64


def marker_context(text: str, start: int) -> tuple[Ctx, bool]:
    """The context of a marker starting at ``start`` and whether a comma precedes it.

    >>> marker_context("。(一)", 1), marker_context("第(一)项", 1)[0]
    ((<Ctx.PUNCT: 1>, False), <Ctx.REJECT: 4>)
    """
    i = start - 1
    steps = 0
    while i >= 0 and text[i] in _BLANKS and steps < _MAX_BLANKS_BACK:
        i -= 1
        steps += 1
    if i < 0 or text[i] in _LINE_BREAKS:
        return Ctx.LINE_START, False
    c = text[i]
    blank = steps > 0
    if c in _COMMAS:
        return Ctx.REJECT, True
    if c == "第":
        return Ctx.REJECT, False
    if c in _STRONG_BEFORE:
        return Ctx.PUNCT, False
    if c == "|":
        return Ctx.LINE_START, False  # a markdown/pipe cell start; the table test decides
    if c in _DIGITS:
        # glued to a table's digits: only a standard section title makes it a heading
        return (Ctx.SPACE if blank else Ctx.GLUED), False
    if blank:
        return Ctx.SPACE, False
    return Ctx.GLUED, False


def marker_parts(m: re.Match[str]) -> tuple[int, str, int] | None:
    """(style, number as written, ordinal) of a MARKER match, or None when invalid.

    >>> [marker_parts(m) for m in MARKER.finditer("一、(二)3.(04)⑤第十部分")]
    [(1, '一', 1), (2, '二', 2), (3, '3', 3), None, (5, '5', 5), (0, '十', 10)]
    """
    # the alternative that matched is the last group closed (its own groups close before it)
    kind = m.lastgroup
    style = _STYLE_OF_KIND[kind or ""]
    if kind == "cir":
        ordinal = _CIRCLED.index(m.group()) + 1
        return STYLE_CIRCLED, str(ordinal), ordinal
    if kind == "cn" or kind == "ar":
        num = m.string[m.start() : m.end("n1" if kind == "cn" else "n3")]
    else:
        num = m.group("pn" if kind == "part" else "n2" if kind == "pcn" else "n4")
    if style in (STYLE_ARABIC, STYLE_PAREN_AR):
        num = num.translate(_FULLWIDTH_DIGITS)
        value = AR_ORDINALS.get(num)
    else:
        value = CN_ORDINALS.get(num)
    if value is None:
        return None
    return style, num, value


def _fill_ordinals() -> None:
    """Every numeral :func:`cn_ordinal` reads, written out (一 … 十, 十一, 二十, 二十一 …)."""
    digits = "一二三四五六七八九"
    for value in range(1, 100):
        tens, unit = divmod(value, 10)
        numeral = "" if tens == 0 else "十" if tens == 1 else digits[tens - 1] + "十"
        CN_ORDINALS[numeral + (digits[unit - 1] if unit else "")] = value
        AR_ORDINALS[str(value)] = value


_fill_ordinals()


# --- titles ---------------------------------------------------------------------------

#: ``\p{Han}`` spelt out for stdlib ``re`` (the ``regex`` module's Unicode tables; a test
#: checks them against ``regex``): ``re`` runs the short title searches below faster
HAN_CLASS = (
    "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3"
    "\U00016ff0-\U00016ff6\U00020000-\U0002a6df\U0002a700-\U0002b81e\U0002b820-\U0002cead"
    "\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a"
    "\U00031350-\U00033479"
)
#: ``regex``'s ``\s`` for stdlib ``re`` (whose own also takes \x1c-\x1f)
_SPACE_CLASS = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"

#: characters that end a run-in title (and a list item: ``;``)
TERMINATOR = lazy_re(r"[。!！?？;；:：\n\r\f]")
_SEMICOLONS = frozenset(";；")
_TRIM = " \t\u3000\xa0。.．,，、;；:：!！?？"
_LEAD_TRIM = " \t\u3000\xa0、.．,，:："

#: a line that stands alone as a title is at most this long
LINE_TITLE_MAX = 60
#: a glued title longer than this is cut at a body-start word or a title-final word
LONG_TITLE = 24
#: a heading whose title would be longer than this is no heading
TITLE_MAX = 90

_YEAR = lazy_re(r"(?<=[^0-9０-９])[0-9０-９]{4}[ \t]?年")
_NOTE_PAREN = lazy_re(r"[(（](?:本列|注[:：]|单位[:：])")
#: blanks between two words; a year after them is a word (概述 2012年，我县…: the body's year)
_BLANK_RUN = lazy_re(
    r"(?<=[^0-9A-Za-z \t\u3000\xa0])[ \t\u3000\xa0]+"
    r"(?=[^0-9A-Za-z \t\u3000\xa0]|[0-9０-９]{4}[ \t]?年)"
)
_TITLE_END_WORD = lazy_re(
    rf"(?:情况)?统计表|(?:情况|概述|数量|类别|形式|方面|事项)(?=[{HAN_CLASS}])(?![及和与的、])"
)
_BODY_START_WORD = lazy_re(
    rf"(?<=[{HAN_CLASS}”》)）])(?:今年|目前|截至|截止|全年|本年度|根据|按照|依据|为进一步|为了|"
    r"我局|我区|我县|我市|我厅|我委|我办|我们|本局|本机关|一是|积极|充分利用|充分发挥|指定"
    r"|但是)"
)
#: where a match of _TITLE_END_WORD / _BODY_START_WORD can start: its first word (an
#: alternation of words, which re finds far faster than the patterns' look-arounds)
_TITLE_END_HINT = lazy_re(r"统计表|情况|概述|数量|类别|形式|方面|事项")
_BODY_START_HINT = lazy_re(
    r"今年|目前|截至|截止|全年|本年度|根据|按照|依据|为进一步|为了|我局|我区|我县|我市|我厅"
    r"|我委|我办|我们|本局|本机关|一是|积极|充分利用|充分发挥|指定|但是"
)
_BODY_START_CHAR = lazy_re(
    rf"(?<=[{HAN_CLASS}])(?<![存现所正实内外旨重贵难好])在|(?<=[{HAN_CLASS}])(?<![即必并还也均都已])将"
)
#: 一是 or 虽然 straight after a title starts its body (统一是 is a word)
_FIRST_POINT = lazy_re(rf"(?<=[{HAN_CLASS}”》)）])(?:(?<!统)一是|虽然|尽管)")
_CLAUSE_COMMA = lazy_re(r"[,，]")
_CLAUSE_PUNCT = lazy_re(r"[,，、;；:：。]")
_PARALLEL_FIRST_MIN = 4
_PARALLEL_FIRST_MAX = 10
_PARALLEL_SLACK = 4
_SINGLE_CHAR_CUT_MAX = 16

#: standard section titles: a glued title that starts with one ends there
KNOWN_TITLES: tuple[str, ...] = tuple(
    sorted(
        (
            "总体情况",
            "概述",
            "主动公开政府信息情况",
            "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况",
            "政府信息公开行政复议和行政诉讼情况",
            "因政府信息公开申请行政复议、提起行政诉讼的情况",
            "存在的主要问题及改进情况",
            "政府信息公开工作存在的主要问题及改进情况",
            "存在的主要问题和改进措施",
            "其他需要报告的事项",
            "依申请公开政府信息情况",
            "政府信息依申请公开工作情况",
            "政府信息公开的收费及减免情况",
            # the 2021 format's parts of 总体情况
            "主动公开方面",
            "依申请公开方面",
            "政府信息管理方面",
            "信息公开平台建设方面",
            "政府信息公开平台建设方面",
            "平台建设方面",
            "平台载体建设方面",
            "监督保障方面",
        ),
        key=len,
        reverse=True,
    )
)
_TITLE_CONTINUES = frozenset("及和与的、(（")
#: KNOWN_TITLES by their first character (in the same order: the longest first)
_KNOWN_BY_FIRST: dict[str, tuple[str, ...]] = {
    first: tuple(t for t in KNOWN_TITLES if t[0] == first) for first in {t[0] for t in KNOWN_TITLES}
}

#: row labels of the statistics tables (2008 legacy, 2019 and 2021 templates).  A title
#: that is one of these, starts with one, or is the start of one is a table row.
ROW_LABELS: tuple[str, ...] = (
    "本年新收政府信息公开申请数量",
    "上年结转政府信息公开申请数量",
    "本年度办理结果",
    "结转下年度继续办理",
    "属于国家秘密",
    "其他法律行政",
    "危及“三安全一稳定”",
    "保护第三方合法权益",
    "属于三类内部事务信息",
    "属于四类过程性信息",
    "属于行政执法案卷",
    "属于行政查询事项",
    "本机关不掌握相关政府信息",
    "没有现成信息需要另行制作",
    "补正后申请内容仍不明确",
    "信访举报投诉类申请",
    "要求提供公开出版物",
    "无正当理由大量反复申请",
    "要求行政机关确认或重新出具",
    "申请人无正当理由逾期不补正",
    "申请人逾期未按收费通知",
    "政府公报公开",
    "政府网站公开",
    "受理政府信息依申请公开总数",
    "对申请的答复总数",
    "信函、传真申请数",
    "不予公开答复数",
    "其他类型答复数",
    "电子邮件申请数",
    "其它形式申请数",
    "其他形式申请数",
    "同意公开答复数",
    "同意部分公开答复数",
    "否决公开答复数",
)
#: short row labels: a title is a row only when it is one of these (or one and a note in
#: brackets / numbers), since a narrative heading may start with the same words
SHORT_ROW_LABELS: tuple[str, ...] = (
    "予以公开",
    "部分公开",
    "不予公开",
    "无法提供",
    "不予处理",
    "其他处理",
    "总计",
    "合计",
    "小计",
    "其他",
    "其它",
    "重复申请",
    "危及",
    "网站公开",
    "当面申请数",
    "传真申请数",
    "网上申请数",
    "信函申请数",
)
_AFTER_SHORT_LABEL = frozenset("(（0123456789 \t")


#: a title shorter than this is a row label only when it is one whole (网站 is not 网站公开,
#: 政府网站 not 政府网站公开数); a label wrapped over two lines leaves a longer first part
_PREFIX_MIN = 6
#: every start of a label from _PREFIX_MIN characters on (a label wrapped over two lines)
_LABEL_PREFIXES = frozenset(
    label[:k]
    for label in (*ROW_LABELS, *SHORT_ROW_LABELS)
    for k in range(_PREFIX_MIN, len(label) + 1)
)
#: row labels that are also the whole title of a narrative section (七、其他)
_ALSO_SECTION_TITLES = frozenset(("其他", "其它"))


def is_row_label(title: str, *, top_level: bool = False) -> bool:
    """True when a title is (the start of) a statistics table row label.

    A title that starts a label counts only from six characters on (a label wrapped over
    two lines), so that a short heading such as 网站 is not taken for 网站公开.  With
    ``top_level`` (a 一、 heading) a bare 其他 is a section, not the table's 3.其他 row.

    >>> is_row_label("予以公开"), is_row_label("部分公开(区分处理的,只计这一情形)")
    (True, True)
    >>> is_row_label("其他"), is_row_label("其他", top_level=True), is_row_label("网站")
    (True, False, False)
    >>> is_row_label("不予公开政府信息情况"), is_row_label("政府网站")
    (False, False)
    >>> is_row_label("本机关不掌握相关")  # a label wrapped over two lines
    True
    """
    t = "".join(title.split())
    if not t:
        return False
    if top_level and t in _ALSO_SECTION_TITLES:
        return False
    if t.startswith(ROW_LABELS):
        return True
    if len(t) >= _PREFIX_MIN and t in _LABEL_PREFIXES:
        return True  # the start of a label
    if t.startswith(SHORT_ROW_LABELS):
        for label in SHORT_ROW_LABELS:
            if t.startswith(label) and (
                len(t) == len(label) or t[len(label)] in _AFTER_SHORT_LABEL
            ):
                return True
    return False


_PAGE_END = frozenset("0123456789\n")
_ASCII_DIGIT_CHARS = "0123456789"
#: what stands before a page number in _LEADER_PAGE (a blank, or the end of a leader)
_BEFORE_PAGE = frozenset(" \t\u3000.…·．")
_LEADER_PAGE = lazy_regex(r"(?:[ \t\u3000]*+[.…·．]{2,}+|[ \t\u3000]{2,}+)[ \t\u3000]*+[0-9]{1,3}$")


def trim_title(raw: str) -> str:
    """A title without surrounding blanks, trailing punctuation and a contents page number.

    >>> trim_title(" 总体情况:"), trim_title("主动公开情况……2"), trim_title("概述 ....... 12")
    ('总体情况', '主动公开情况', '概述')
    """
    t = raw.strip(_TRIM).lstrip(_LEAD_TRIM).strip(_TRIM)
    if t and t[-1] in _PAGE_END:  # a page number ends the title (before a final line break)
        # _LEADER_PAGE only where its number can stand: 1-3 digits after a blank or a
        # leader dot (the search tries every place of the title's end, most titles that
        # end in a digit end in a count or a year)
        body = t[:-1] if t[-1] == "\n" else t
        head = body.rstrip(_ASCII_DIGIT_CHARS)
        if 0 < len(body) - len(head) <= 3 and head and head[-1] in _BEFORE_PAGE:
            m = _LEADER_PAGE.search(t, max(0, len(t) - 80))
            if m is not None and m.start() >= 2:
                t = t[: m.start()].strip(_TRIM)
    return t


def known_title_length(raw: str) -> int:
    """The length of the standard section title ``raw`` starts with, or 0.

    >>> known_title_length("存在的主要问题及改进情况2019年"), known_title_length("门户网站")
    (12, 0)
    """
    head = raw[:64]
    for known in _KNOWN_BY_FIRST.get(raw[:1], ()):
        if head.startswith(known):
            if len(raw) == len(known) or raw[len(known)] not in _TITLE_CONTINUES:
                return len(known)
            return 0
    return 0


def _parallel_cut(raw: str) -> int | None:
    """A title of two parallel clauses glued to its body: 创新公开形式,拓展公开范围重点依托….

    The first clause (4–10 characters) sets the length of the second when the second
    runs on far longer than the first without any punctuation.
    """
    comma = _CLAUSE_COMMA.search(raw, 0, _PARALLEL_FIRST_MAX + 1)
    if comma is None:
        return None
    first: int = comma.start()
    if first < _PARALLEL_FIRST_MIN:
        return None
    nxt = _CLAUSE_PUNCT.search(raw, comma.end())
    second = (nxt.start() if nxt is not None else len(raw)) - comma.end()
    if second <= first + _PARALLEL_SLACK:
        return None
    end: int = comma.end()
    return end + first


def _search_hinted(
    pattern: re.Pattern[str], hint: re.Pattern[str], raw: str, pos: int
) -> re.Match[str] | None:
    """``pattern.search(raw, pos)`` when every match of ``pattern`` starts where ``hint``
    matches: ``pattern`` is tried only at those places (every one, in order)."""
    h = hint.search(raw, pos)
    while h is not None:
        start = h.start()
        m = pattern.match(raw, start)
        if m is not None:
            return m
        h = hint.search(raw, start + 1)
    return None


def _has_blank(raw: str) -> bool:
    """Whether ``raw`` holds a character _BLANK_RUN's run is made of."""
    return " " in raw or "\u3000" in raw or "\t" in raw or "\xa0" in raw


def _gap_after_title(raw: str) -> re.Match[str] | None:
    """The first run of blanks between two words of ``raw`` that is not a letter-spaced
    title's own (概 述 为认真做好…: the blank after 概 is the title's, the one after 述 ends it).

    >>> [_gap_after_title(raw).start() for raw in ("概 述 为认真做好", "公开渠道 我局")]
    [3, 4]
    """
    if not _has_blank(raw):
        return None
    m = _BLANK_RUN.search(raw, 1)
    while m is not None and m.end() + 1 < len(raw) and _is_spaced_letter(raw, m):
        m = _BLANK_RUN.search(raw, m.end())
    return m


def _is_spaced_letter(raw: str, gap: re.Match[str]) -> bool:
    """Whether the blank run ``gap`` stands between two single letters of a spaced title:
    one character before it (at the start or after a blank) and one after it, then a blank."""
    before = gap.start() - 2
    return (before < 0 or raw[before] in _BLANKS) and raw[gap.end() + 1] in _BLANKS


def blank_cut(raw: str) -> int | None:
    """Where a run of blanks between two words cuts a title from its sentence, or None.

    >>> raw = "公开渠道 我局通过网站公开"
    >>> raw[: blank_cut(raw)], blank_cut("概  述"), blank_cut("门户网站")
    ('公开渠道', None, None)
    """
    m = _gap_after_title(raw)
    if m is None or m.start() < 2:
        return None
    return int(m.start())


def glued_cut(raw: str, weak: bool = True) -> int | None:
    """Where a title glued to its body ends, or None when nothing says so.

    The strong signs (a standard section title, a blank, a year, a note in brackets) are
    always read; the weak ones (title-final and body-start words, parallel clauses) only
    when ``weak`` and the title would be long.

    >>> raw = "总体情况2021年,我区以习近平新时代中国特色社会主义思想为指导"
    >>> raw[: glued_cut(raw)]
    '总体情况'
    >>> raw = "创新公开形式,拓展公开范围重点依托实验区政府门户网站,开设部门专栏"
    >>> raw[: glued_cut(raw)]
    '创新公开形式,拓展公开范围'
    >>> raw = "网站建设一是开展门户网站提升服务项目"
    >>> raw[: glued_cut(raw)]
    '网站建设'
    >>> glued_cut("门户网站") is None
    True
    """
    known = known_title_length(raw)
    if known and known < len(raw):
        return known
    best: int | None = None

    def consider(pos: int) -> None:
        nonlocal best
        if pos >= 2 and (best is None or pos < best):
            best = pos

    # each search only where the text holds what it looks for (a cheap ``in`` first)
    m = _gap_after_title(raw)
    if m is not None:
        consider(m.start())
    if "年" in raw:
        m = _YEAR.search(raw, 1)
        if m is not None:
            consider(m.start())
    if "(" in raw or "（" in raw:
        m = _NOTE_PAREN.search(raw, 1)
        if m is not None:
            consider(m.start())
    if "一是" in raw or "虽然" in raw or "尽管" in raw:
        m = _FIRST_POINT.search(raw, 2)
        if m is not None:
            consider(m.start())
    if weak and len(raw) > LONG_TITLE:
        m = _search_hinted(_TITLE_END_WORD, _TITLE_END_HINT, raw, 2)
        if m is not None:
            consider(m.end())
        m = _search_hinted(_BODY_START_WORD, _BODY_START_HINT, raw, 2)
        if m is not None:
            consider(m.start())
        m = _BODY_START_CHAR.search(raw, 2, _SINGLE_CHAR_CUT_MAX + 1)
        if m is not None:
            consider(m.start())
        if best is None:
            best = _parallel_cut(raw)
    return best


def ends_with_semicolon(text: str, pos: int) -> bool:
    """True when the terminator at ``pos`` is a semicolon (a list item, not a heading)."""
    return 0 <= pos < len(text) and text[pos] in _SEMICOLONS


# --- table rows -------------------------------------------------------------------------

_NUMERIC_TOKEN = lazy_re(
    rf"(?=[-+0-9])(?<![^{_SPACE_CLASS}|])[-+]?[0-9][0-9,.]*%?(?![^{_SPACE_CLASS}|])"
)
#: _NUMERIC_TOKEN led by its first character's class (re then skips to the next sign or
#: digit in its fast loop instead of trying the look-ahead at every place), the blank or
#: bar before it looked behind from there: the same matches
_NUMERIC_TOKEN_FAST = lazy_re(
    rf"[-+0-9](?<![^{_SPACE_CLASS}|][-+0-9])(?:(?<=[-+])[0-9]|(?<=[0-9]))[0-9,.]*%?"
    rf"(?![^{_SPACE_CLASS}|])"
)
#: a line this long is prose (or a whole page on one line), never a table row
TABLE_LINE_MAX = 400
_TABLE_NUMBERS = 3
_CELL = r"(?:[0-9][0-9,.]*|[—–－/／-]|无)"
_NUMBERS_AFTER = lazy_regex(rf"[ \t\u3000\xa0|]*{_CELL}(?:[ \t\u3000\xa0|]+{_CELL}){{1,}}[ \t|]*$")


def is_table_line(line: str) -> bool:
    """True for a line of a flattened table: cells split by ``|`` or tabs, or ≥3 numbers.

    >>> is_table_line("规章 | 0 | 0 | 0 |"), is_table_line("全年共受理申请 3 件")
    (True, False)
    """
    return is_table_span(line, 0, len(line))


def is_table_span(text: str, start: int, end: int) -> bool:
    """:func:`is_table_line` of ``text[start:end]``, a whole line of ``text`` (after a line
    break or at the start, before one or at the end), its numbers read in place.
    (A line break before ``start`` reads as the start of the line to the numbers' blank
    look-behind, and ``end`` bounds the look-ahead as the end of a copy would.)

    >>> text = "全年共受理申请 3 件\\n规章 | 0 | 0 |"
    >>> is_table_span(text, 0, 11), is_table_span(text, 12, len(text))
    (False, True)
    """
    if end - start > TABLE_LINE_MAX:
        return False
    if text.find("|", start, end) >= 0 or text.find("\t", start, end) >= 0:
        return True
    # A number is a whole blank-separated field (its blanks, _SPACE_CLASS, are all
    # str.split's), so three need three fields: most prose lines have one, and split
    # tells so far faster than the numbers' pattern
    if len(text[start:end].split(None, _TABLE_NUMBERS - 1)) < _TABLE_NUMBERS:
        return False
    for count, _ in enumerate(_NUMERIC_TOKEN_FAST.finditer(text, start, end), start=1):
        if count >= _TABLE_NUMBERS:
            return True
    return False


_CELL_GAP = frozenset(" \t\u3000\xa0|")
_CELL_FIRST = frozenset("0123456789—–－/／-无")


def numbers_follow(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds nothing but blank-separated numbers, or blank
    cells' marks (a 统计表's row: 三、依申请公开情况 | — | —), two or more.

    >>> t = "三、依申请公开情况 | — | —"
    >>> numbers_follow(t, 9, len(t)), numbers_follow("一、概述 - 1", 4, 10)
    (True, True)
    >>> numbers_follow("三、收到和处理申请情况 |  |  |", 11, 19)
    False
    """
    if end - start > TABLE_LINE_MAX:
        return False
    # a match has a digit after its first blanks and bars (asked first: a title mostly
    # ends its line, or is followed by text)
    i = start
    if end > len(text):
        end = len(text)
    while i < end and text[i] in _CELL_GAP:
        i += 1
    if i >= end or text[i] not in _CELL_FIRST:
        return False
    return _NUMBERS_AFTER.match(text, start, end) is not None


# --- points (一是 … 二是 …) ---------------------------------------------------------------

#: 一是 / 第一、 after a blank, a punctuation mark or nothing: the match starts with its
#: first character (the class, for re's fast prefix scan) and checks the one before it
#: by a look-behind; the number is the match without 是 (一是) or without 第 and the mark
_POINT = lazy_re(
    r"[一二三四五六七八九十第]"
    rf"(?<![^{_SPACE_CLASS}。;；:：!！?？,，…][一二三四五六七八九十第])"
    r"(?:(?<=[一二三四五六七八九十])[一二三四五六七八九十]?是"
    r"|(?<=第)[一二三四五六七八九十]{1,2}[.．、,，:：])"
)
_POINT_END = lazy_re(r"[。;；\n\r]")
#: _POINT's matches found from their literals: each 是 after a numeral (是 is rarer
#: than the numerals, and a literal is found several times faster than a class), and
#: each 第; the character before the point is checked against _POINT_BOUNDARY
_POINT_SHI = lazy_re(r"是(?<=[一二三四五六七八九十]是)")
_POINT_DI = lazy_re(
    rf"第(?<![^{_SPACE_CLASS}。;；:：!！?？,，…]第)[一二三四五六七八九十]{{1,2}}[.．、,，:：]"
)
_POINT_NUMERALS = frozenset("一二三四五六七八九十")
#: what may stand before a point (else a numeral inside a word: 统一是)
_POINT_BOUNDARY = frozenset(
    re.findall(f"[{_SPACE_CLASS}]", "".join(map(chr, range(0x3001)))) + list("。;；:：!！?？,，…")
)


def _point_spans(body: str) -> list[tuple[int, int]]:
    """The (start, end) of _POINT's matches in ``body``, in order.

    >>> _point_spans("一是甲,十二是乙;统一是丙 第三、丁 次第一、")
    [(0, 2), (4, 7), (14, 17)]
    """
    spans: list[tuple[int, int]] = []
    if "是" in body:
        for m in _POINT_SHI.finditer(body):
            q = m.start()  # 是, after a numeral
            p = q - 1 if q < 2 or body[q - 2] not in _POINT_NUMERALS else q - 2
            if p == 0 or body[p - 1] in _POINT_BOUNDARY:
                spans.append((p, q + 1))
    if "第" in body:
        di = [m.span() for m in _POINT_DI.finditer(body)]
        if spans and di:
            spans.extend(di)
            spans.sort()  # (no point starts inside another)
        else:
            spans += di
    return spans


POINT_MAX = 120


def find_points(body: str) -> tuple[str, ...]:
    """The run-in enumerations of a body (一是… 二是… or 第一. 第二.), their lead texts.

    A run must start at 一 and count up (one missing number is tolerated).

    >>> find_points("总体良好。一是组织领导严密。我局…二是制度落实严格;三是公布质效严谨。")
    ('组织领导严密', '制度落实严格', '公布质效严谨')
    >>> find_points("统一是关键")
    ()
    """
    matches = []
    for start, end in _point_spans(body):
        if body[end - 1] == "是":
            kind, value = "shi", CN_ORDINALS.get(body[start : end - 1])
        else:
            kind, value = "di", CN_ORDINALS.get(body[start + 1 : end - 1])
        if value is not None:
            matches.append((start, end, kind, value))
    points: list[str] = []
    last: dict[str, int] = {}
    accepted: list[tuple[int, int]] = []
    for start, end, kind, value in matches:
        prev = last.get(kind, 0)
        if value == 1 or (prev < value <= prev + 2 and prev > 0):
            last[kind] = value
            accepted.append((start, end))
    for i, (_, end) in enumerate(accepted):
        stop = accepted[i + 1][0] if i + 1 < len(accepted) else len(body)
        stop = min(stop, end + POINT_MAX)
        e = _POINT_END.search(body, end, stop)
        text = body[end : e.start() if e is not None else stop]
        text = trim_title(text)
        if text:
            points.append(text)
    return tuple(points)


# --- kinds ----------------------------------------------------------------------------

#: The words are read as the names of the sections, not as the same words in a heading
#: of work done: 改进 as a noun (改进措施, 改进情况, a heading that ends with it), not as a
#: verb with its object (不断改进工作机制); a fee word before 信息 names information that
#: is disclosed (预决算支出信息, 收费信息), not the fees of disclosure (which 费用 names as
#: well as 收费: 收取依申请公开费用情况); 不予公开 before
#: 范围/清单/标准 names what the law withholds (a confidentiality review), not an answer to
#: applications.
_KIND_RULES: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    (
        SectionKind.OTHER_MATTERS,
        lazy_re(r"其他需要报告|需要报告的|其他事项|需要说明的事项|^其[他它]$"),
    ),
    (
        SectionKind.PROBLEMS_AND_IMPROVEMENTS,
        lazy_re(
            r"存在.{0,8}问题|主要问题|^问题|问题[及和与]|不足|整改|下一步|工作计划|工作计画"
            r"|改进(?:工作)?的?(?:措施|情况|方向|举措|建议|意见|计划|思路|打算|目标|重点)|改进$"
            r"|工作打算|工作思路|努力方向|今后|明年|下步|展望"
        ),
    ),
    # (the costs a heading ends with name it, whatever they are of: 与诉讼有关的费用支出)
    (SectionKind.FEES, lazy_re(r"(?:费用|经费)支出$")),
    (SectionKind.REVIEWS_AND_LAWSUITS, lazy_re(r"复议|诉讼|申诉")),
    (SectionKind.FEES, lazy_re(r"(?:收费|减免|支出|费用)(?!信息)")),
    (
        SectionKind.APPLICATIONS,
        lazy_re(r"依申请|收到和处理|公开申请|不予公开(?!的?(?:范围|清单|标准|界限))"),
    ),
    (SectionKind.CONSULTATIONS, lazy_re(r"咨询")),
    (SectionKind.APPLICATIONS, lazy_re(r"申请|受理情况")),
    (SectionKind.PROACTIVE_DISCLOSURE, lazy_re(r"主动公开")),
    (SectionKind.OVERVIEW, lazy_re(r"概述|概况|总体|基本情况|基本工作情况")),
)
_TRADITIONAL_HINT = lazy_regex(r"[請訴複議費開況總體諮詢問題進報動續處]")
#: a count in a title (主动公开信息12条次，未收到申请，未发生行政复议…): the title is a sentence
#: of the body, not the name of a section, and its words name no kind
_COUNT_IN_TITLE = lazy_re(r"[0-9０-９](?:条|件|次|起|篇|人次)")


def section_kind(title: str) -> SectionKind:
    """What a section is about, from its title (simplified; traditional is converted).

    >>> section_kind("概述").value, section_kind("依申请公开政府信息受理情况").value
    ('overview', 'applications')
    >>> section_kind("存在的主要问题及改进情况").value, section_kind("门户网站").value
    ('problems_and_improvements', 'unknown')
    >>> section_kind("政府信息公開相關收費及減免情況").value
    'fees'
    """
    if not isinstance(title, str) or not title:
        return SectionKind.UNKNOWN
    t = title[:200]
    if _TRADITIONAL_HINT.search(t) is not None:
        from .normalize import normalize

        t = normalize(t).text
    return kind_of_simplified(t)


@functools.lru_cache(maxsize=4096)
def kind_of_simplified(title: str) -> SectionKind:
    """:func:`section_kind` of a title already in simplified script (kept for the titles
    last asked for: the standard ones come up in every report); blanks between its
    characters (概 述, a letter-spaced heading) are no part of its words.

    >>> kind_of_simplified("概 述").value, kind_of_simplified("依申请公开\u3000情况").value
    ('overview', 'applications')
    """
    t = title[:200]
    if " " in t or "\u3000" in t:
        t = "".join(t.split())
    if _COUNT_IN_TITLE.search(t) is not None:
        return SectionKind.UNKNOWN
    for kind, pattern in _KIND_RULES:
        if pattern.search(t) is not None:
            return kind
    return SectionKind.UNKNOWN


# --- pinyin readings --------------------------------------------------------------------

_PINYIN = lazy_regex(
    r"(?<=\p{Han})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]", regex.IGNORECASE
)


def drop_pinyin(title: str) -> str:
    """A title without pinyin readings inserted after its characters.

    >>> drop_pinyin("政府信息主动(dòng)公开情况"), drop_pinyin("咨询受理(回应(yīng)解读)情况")
    ('政府信息主动公开情况', '咨询受理(回应解读)情况')
    >>> drop_pinyin("公开(ABC)目录")
    '公开(ABC)目录'
    """
    if "(" not in title and "（" not in title:
        return title
    return str(_PINYIN.sub(lambda m: m.group() if not _has_tone(m.group()) else "", title))


_TONED = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ")


def _has_tone(reading: str) -> bool:
    """A pinyin reading carries a tone mark (an English word in brackets does not)."""
    return any(c in _TONED for c in reading.lower())


# --- HTML pages -----------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    (
        *("p", "div", "br", "tr", "li", "ul", "ol", "dl", "dt", "dd", "hr", "pre", "form"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "caption"),
        *("title", "section", "article", "header", "footer", "blockquote", "nav", "aside"),
        *("main", "center"),
    )
)
_CELL_TAGS = frozenset(("td", "th"))
#: left out with their text: code, and page chrome (menus, forms, site header and footer)
_SKIP_TAGS = frozenset(("noscript", "template", "nav", "select", "button", "menu", "footer"))


# stdlib re: one match per tag, entity and text run of a page, cheaper than regex's; its \s
# also takes \x1c-\x1f, which regex's does not, hence the look-ahead
_ENTITY_PATTERN = r"&(?:#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,15});"
#: tags common on scraped pages that change nothing in the view (:func:`_tag_action`
#: gives _TAG_NONE): a run of them is one token, let go at once
_QUIET_TAGS = (
    *("span", "o:p", "font", "b", "i", "u", "em", "strong", "img", "meta", "input"),
    *("html", "head", "body", "sup", "sub", "label"),
)
# ASCII classes, not a pattern ignoring case: that would take the long s for an s
_QUIET_NAMES = "|".join(
    "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in name) for name in _QUIET_TAGS
)
#: the first letters of the quiet tags, looked for first: re tries the names one by one
_QUIET_FIRST = "".join(c.lower() + c.upper() for c in sorted({name[0] for name in _QUIET_TAGS}))
_TAG_TAIL = r"(?=[\s/>])(?![\x1c-\x1f])[^>]*+>"  # after a tag's name, up to its first >
#: one token of a page, its kind the name of the last group closed: a text run, an
#: entity, a comment or declaration start, a run of quiet tags, a tag (its name after an
#: optional /, up to its first >), or a lone < or &.  Used only up to the page's last >,
#: so that a tag always finds its end (the scan for it never runs to the end of the
#: page: linear)
_TOKEN = lazy_re(
    r"(?P<text>[^<&]+)"
    rf"|(?P<ent>{_ENTITY_PATTERN})"
    r"|(?P<comment><!--)"
    r"|(?P<decl><[!?])"
    rf"|(?P<quiet>(?:</?(?=[{_QUIET_FIRST}])(?:{_QUIET_NAMES}){_TAG_TAIL})++)"
    rf"|<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]{{0,20}}){_TAG_TAIL}"
    r"|(?P<other>[<&])"
)
#: _TOKEN after the page's last >, where no tag, comment or declaration can end.  _render
#: tells the alternatives apart by ``lastindex``: text 1, ent 2, comment 3, decl 4, quiet
#: tags 5 (other in the tail, which has no tag), a tag's name 7 (after close, 6), other 8
_TOKEN_TAIL = lazy_re(
    rf"(?P<text>[^<&]+)|(?P<ent>{_ENTITY_PATTERN})|(?P<comment><!--)|(?P<decl><[!?])"
    r"|(?P<other>[<&])"
)
_SKIP_END = {tag: lazy_regex(rf"</{tag}\s*>", regex.IGNORECASE) for tag in ("script", "style")}
_HREF = lazy_regex(r"\shref\s*=", regex.IGNORECASE)


class ViewOffsets:
    """Where each character of a text view came from: ``offsets[i]`` is the source offset
    of the view's character ``i`` and ``offsets[len(view)]`` is the source's length.

    Kept as runs (view start, source start, step) with a binary search, not as one int
    per character: a 1 MB page costs a few thousand runs, not a million objects.

    >>> o = ViewOffsets()
    >>> o.add(0, 10, 3, 1)  # view 0..2 from source 10..12
    >>> o.add(3, 20, 2, 0)  # view 3..4 both from source 20 (an entity)
    >>> o.close(5, 30)
    >>> [o[i] for i in range(len(o))], o[-1]
    ([10, 11, 12, 20, 20, 30], 30)
    """

    __slots__ = ("_end", "_n", "_srcs", "_starts", "_steps")

    def __init__(self, longest: int = 1 << 62) -> None:
        # offsets up to ``longest``: 4 bytes each when they fit (a page under 2 GB)
        typecode = "i" if longest < 1 << 31 else "q"
        self._starts = array(typecode)
        self._srcs = array(typecode)
        self._steps = bytearray()
        self._n = 0
        self._end = 0

    def add(self, view_start: int, src: int, length: int, step: int) -> None:
        """Map ``length`` view characters from ``view_start`` on to ``src`` (+1 each with
        step 1, all to ``src`` with step 0)."""
        if length <= 0:
            return
        if length == 1:
            step = 1
        starts = self._starts
        if starts and step == 1 and self._steps[-1] == 1:
            k = len(starts) - 1
            if self._srcs[k] + (view_start - starts[k]) == src:
                return  # the run goes on
        starts.append(view_start)
        self._srcs.append(src)
        self._steps.append(step)

    def close(self, n: int, end: int) -> None:
        """The view has ``n`` characters; position ``n`` maps to ``end``."""
        self._n = n
        self._end = end

    def __len__(self) -> int:
        return self._n + 1

    def view_at(self, src: int) -> int:
        """The first view position whose character comes from ``src`` or later in the
        source (the view's length when none does): the view is made from left to right,
        so its source offsets never go down.

        >>> o = ViewOffsets()
        >>> o.add(0, 10, 3, 1)
        >>> o.close(3, 30)
        >>> o.view_at(11), o.view_at(5), o.view_at(15), o.view_at(31)
        (1, 0, 3, 4)
        """
        return bisect_left(range(self._n + 1), src, key=self.__getitem__)

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += self._n + 1
        if not 0 <= i <= self._n:
            raise IndexError(i)
        if i == self._n:
            return self._end
        k = bisect_right(self._starts, i) - 1
        return self._srcs[k] + (i - self._starts[k]) * self._steps[k]


# what a tag does to the view
_TAG_NONE, _TAG_SKIP, _TAG_BLOCK, _TAG_CELL, _TAG_LINK, _TAG_CODE = range(6)


def _tag_action(name: str) -> int:
    tag = name.lower()
    if tag in _SKIP_TAGS:
        return _TAG_SKIP
    if tag in _BLOCK_TAGS:
        return _TAG_BLOCK
    if tag in _CELL_TAGS:
        return _TAG_CELL
    if tag == "a":
        return _TAG_LINK
    if tag in _SKIP_END:
        return _TAG_CODE
    return _TAG_NONE


#: the actions of the tags that put one character into the view (a line break, a tab)
_ONE_CHARACTER_TAGS = frozenset((_TAG_BLOCK, _TAG_CELL))


def _render(text: str) -> tuple[str, ViewOffsets]:
    """The text of an HTML page as a reader sees it, with the offset of every character.

    Block tags end a line, cells are separated by tabs, line breaks inside text are
    blanks, entities become their characters; scripts, styles, menus, the site footer and
    the text of links (``<a href>``: navigation, lists of other pages) are left out.  One
    pass from left to right: every search starts where the last one ended, and a search
    that finds nothing is not repeated, so malformed pages read in linear time.
    """
    n = len(text)
    last_gt = text.rfind(">")  # tags end at or before it; after it, none can
    pieces: list[str] = []
    offsets = ViewOffsets(n)
    starts, srcs, steps = offsets._starts, offsets._srcs, offsets._steps
    length = 0  # of the view so far
    cont = -1  # the source offset that continues the last run of offsets (-1: none)
    skip = 0  # inside nav, select, footer …: chrome
    link = False  # inside <a href>
    actions: dict[str, int] = {}
    # (methods bound once: this loop runs once per tag, text run and entity of the page)
    action_of = actions.get
    add_piece = pieces.append
    add_start, add_src, add_step = starts.append, srcs.append, steps.append
    none, block, link_tag, skip_tag = _TAG_NONE, _TAG_BLOCK, _TAG_LINK, _TAG_SKIP
    i = 0
    while i < n:
        if i <= last_gt:
            phase_end = last_gt + 1
            tokens = _TOKEN.finditer(text, i, phase_end)
            quiet = 5
        else:
            phase_end = n
            tokens = _TOKEN_TAIL.finditer(text, i)
            quiet = -1  # 5 is other there
        for m in tokens:
            kind = m.lastindex  # the alternative (see _TOKEN_TAIL)
            if kind == quiet:
                continue
            step = 1
            if kind == 7:  # a tag's name
                name = m.group(7)
                action = action_of(name)
                if action is None:
                    action = actions[name] = _tag_action(name)
                if action == none:
                    continue
                pos = m.start()
                if action in _ONE_CHARACTER_TAGS:
                    # (the tail below, for a one-character chunk: most tags of a page)
                    link = False
                    if action == block:
                        add_piece("\n")
                    elif text[pos + 1] == "/":
                        continue
                    else:
                        add_piece("\t")
                    if pos != cont:
                        add_start(length)
                        add_src(pos)
                        add_step(1)
                    cont = pos + 1
                    length += 1
                    continue
                closing = text[pos + 1] == "/"
                if action == link_tag:
                    if closing:
                        if not link:
                            continue
                        link = False
                    elif _HREF.search(text, m.end("name"), m.end() - 1) is not None:
                        # a link; Word's <a name=_Toc…> bookmarks hold headings and stay
                        link = True
                    else:
                        continue
                    chunk = " "
                elif action == skip_tag:
                    skip = max(0, skip - 1) if closing else skip + 1
                    continue
                else:  # script, style: left out up to their end tag
                    if closing:
                        continue
                    e = _SKIP_END[name.lower()].search(text, m.end())
                    phase_end = n if e is None else e.end()
                    break
            elif kind == 1:  # text
                if skip or link:
                    continue
                # line breaks and tabs as blanks (str.replace: several times faster
                # than translate, which looks each character up in a table)
                chunk = m.group()
                if "\n" in chunk:
                    chunk = chunk.replace("\n", " ")
                if "\r" in chunk:
                    chunk = chunk.replace("\r", " ")
                if "\t" in chunk:
                    chunk = chunk.replace("\t", " ")
                if "\f" in chunk:
                    chunk = chunk.replace("\f", " ")
            elif kind == 2:  # an entity
                if skip or link:
                    continue
                chunk = html_unescape(m.group())
                step = 0
            elif kind == 3:  # a comment
                k = text.find("-->", m.start() + 4)
                phase_end = n if k < 0 else k + 3
                break
            elif kind == 4:  # a declaration
                k = text.find(">", m.start())
                phase_end = n if k < 0 else k + 1
                break
            else:  # a < or & that starts nothing
                if skip or link:
                    continue
                chunk = m.group()
            # the chunk joins the view, its characters mapped to the source from m.start()
            size = len(chunk)
            add_piece(chunk)
            if size:
                pos = m.start()
                if size == 1:
                    step = 1
                if step != 1 or pos != cont:
                    add_start(length)
                    add_src(pos)
                    add_step(step)
                cont = pos + size if step == 1 else -1
                length += size
        i = phase_end
    offsets.close(length, n)
    return "".join(pieces), offsets


def html_view(text: str) -> tuple[str, ViewOffsets] | None:
    """The readable text of an HTML page and, for each of its characters, its offset in
    ``text``; None when ``text`` is not HTML (or cannot be read as such).

    >>> page = "<html><body><p>一、<span>概述</span></p><p>全年&nbsp;公开</p></body></html>"
    >>> view, offsets = html_view(page)
    >>> view.split()
    ['一、概述', '全年', '公开']
    >>> page[offsets[view.index("概")]]
    '概'
    >>> html_view("一、概述") is None
    True
    """
    if not looks_like_page(text):
        return None
    return _render(text)
