"""The numeral grammar: quantities as these reports write them.

- :func:`scan_quantities` finds quantities in an already normalized text (spans into it);
  the readers use it.
- :func:`find_quantities` normalizes any string first and gives spans and ``text`` in
  the string it was given.
- :func:`parse_quantity` reads the one quantity a short expression states.

What is read:

- Arabic numerals (full-width too, ``1,234``), decimals, multipliers 万/亿/千/百 and
  their products (千万, 万亿), computed in :class:`decimal.Decimal`: ``1.23456万`` is
  ``Decimal('12345.6')``, ``6.7万`` is the int 67000.  Mixed ``3万5千`` is 35000.
- Chinese numerals (两, 〇/零, 廿, financial capitals, colloquial 一万二 = 12000 and
  三千五 = 3500), converted by :mod:`._numeral_cn`.  A Chinese numeral is a quantity only
  with a measure word, a qualifier, a multiplier (万/亿) or as a percentage: 一是, 统一,
  三定, 两会 are not quantities.
- Units: measure words (条 件 宗 起 次 篇 个 项 份 人 人次 名 家 期 场 批次 批 则 …), 元 (万元 and
  亿元 give 元 with the value scaled), 年/月/日, ``%``, ``个百分点``.  Percentages:
  ``95.19%``, 百分之九十五, 九成 (90, unit ``%``).
- Qualifiers before (近 约 大约 将近 接近 → ABOUT; 超过 超 逾 多于 高于 大于 → OVER; 不足 不到
  少于 低于 小于 → BELOW; 至少 不少于 不低于 不小于 → AT_LEAST; 不超过 未超过 不高于 不大于
  不多于 最多 至多 → AT_MOST), inside (200余次, 2万余人次, 10余万,
  1600多份 → OVER) and after (左右 → ABOUT, 以上 → AT_LEAST, 以下/以内 → AT_MOST).  上千,
  上万, 上百 are AT_LEAST 1000, 10000, 100.  A 余/多 wins over a prefix, a prefix over a
  suffix.  Qualifier words are part of the span.
- Ranges: 3至5件, 3-5件, 3~5件, 1.5万-2万, 三四十人 (value = low end, ``high`` = high
  end); 3至5万 is 30000–50000.
- Years and dates: 2019年, 二〇一九年 → value 2019, unit ``年``; a date 2019年1月1日 gives
  three quantities with units ``年``, ``月``, ``日`` so that readers can skip them.

Not quantities: ordinals (第一, 第20号), section markers (一、 (一) 1. 1、 (1)), document
numbers (〔2014〕26号), phone numbers, postcodes, hotlines (12333热线), URLs and other
identifiers next to letters, times (9:00), dates written 2019-12-31 or 5·15, vague amounts
(几百, 数十, 十几), fractions (三分之一) and a list of idioms (只跑一次, 一站式, 一次性,
成千上万, 三番五次 …).  Negative numbers are not read (a ``-`` is a range or a dash).

>>> q = parse_quantity("超过200万人次")
>>> q.value, q.unit, q.qualifier.value
(2000000, '人次', 'over')
>>> [(q.value, q.unit) for q in find_quantities("全年接到申请99件,其中一是")]
[(99, '件')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Iterable, Iterator
from decimal import Decimal
from typing import TypeVar

import regex

from ._lazy import lazy_regex
from ._numeral_cn import (
    BIG_UNITS,
    CN_CHARS,
    MAX_CN_LEN,
    MULTIPLIERS,
    arabic,
    as_number,
    cn_decimal,
    cn_digits,
    cn_int,
    cn_range,
)
from .model import Number, Qualifier, Quantity, Span
from .normalize import normalize

# a match object of either engine (keyed_matches gives back those of the pattern it tries)
_M = TypeVar("_M", "regex.Match[str]", "re.Match[str]")

__all__ = ["find_quantities", "parse_quantity", "scan_quantities"]

# --- vocabulary ------------------------------------------------------------------------


def _words(s: str) -> tuple[str, ...]:
    return tuple(s.split())


_PREFIXES: dict[str, Qualifier] = {
    "约占": Qualifier.ABOUT,
    "不超过": Qualifier.AT_MOST,
    "未超过": Qualifier.AT_MOST,
    "不高于": Qualifier.AT_MOST,
    "不大于": Qualifier.AT_MOST,
    "不多于": Qualifier.AT_MOST,
    "最多": Qualifier.AT_MOST,
    "至多": Qualifier.AT_MOST,
    "不少于": Qualifier.AT_LEAST,
    "不低于": Qualifier.AT_LEAST,
    "不小于": Qualifier.AT_LEAST,
    "少于": Qualifier.BELOW,
    "低于": Qualifier.BELOW,
    "小于": Qualifier.BELOW,
    "多于": Qualifier.OVER,
    "高于": Qualifier.OVER,
    "大于": Qualifier.OVER,
    "超过": Qualifier.OVER,
    "将近": Qualifier.ABOUT,
    "接近": Qualifier.ABOUT,
    "大约": Qualifier.ABOUT,
    "大概": Qualifier.ABOUT,
    "不足": Qualifier.BELOW,
    "不到": Qualifier.BELOW,
    "至少": Qualifier.AT_LEAST,
    "约": Qualifier.ABOUT,
    "近": Qualifier.ABOUT,
    "逾": Qualifier.OVER,
    "超": Qualifier.OVER,
}
# a one-character prefix preceded by one of these is part of a word (节约, 最近, 附近)
_PREFIX_WORD_BEFORE: dict[str, str] = {
    "约": "节制预签特公条契简邀违履婚口相和集",
    "近": "最附亲临靠就贴邻",
    "超": "高赶",
    "逾": "",
}
_SUFFIXES: dict[str, Qualifier] = {
    "左右": Qualifier.ABOUT,
    "以上": Qualifier.AT_LEAST,
    "以下": Qualifier.AT_MOST,
    "以内": Qualifier.AT_MOST,
}

# measure words and units, as written (simplified); longest first in the pattern
_UNITS = _words(
    "个百分点 百分点 个工作日 工作日 个月 人次 件次 条次 户次 场次 批次 篇次 个次 期次 "
    "平方公里 平方米 公里 公顷 小时 分钟 大类 美元 周年 "
    "条 件 宗 起 次 篇 个 项 份 人 名 家 期 场 册 元 位 种 轮 张 套 户 所 部 台 处 类 "
    "座 辆 幅 块 组 笔 例 卷 页 支 间 天 周 年 月 日 岁 倍 吨 亩 米 则 批 成 % ‰"
)
# a unit character that begins another word here (人民, 期间, 家庭)
_UNIT_NOT_BEFORE: dict[str, str] = {
    "人": "民员",
    "期": "间望待限",
    "家": "庭长乡",
    "处": "理置",
    "部": "分门署委",
    "批": "准复示评",
}

# idioms and names with numerals that are never quantities
_IDIOMS = _words(
    "只跑一次 最多跑一次 跑一次 一次性 一次告知 一次办 一件事 一站式 一网通办 一网 一窗 "
    "一个门 一个窗 一条龙 一张网 一张图 一盘棋 一口清 一起 一成不变 成千上万 成百上千 "
    "三番五次 一五一十 三令五申 五湖四海 四面八方 千方百计 一心一意 一举一动 一丝不苟 "
    "一目了然 一视同仁 一劳永逸 一手抓 一把手 一刀切 十九大 十八大 二十大 两会 三公 三定 "
    "万一 第一时间 五位一体 三位一体 四位一体 八项规定 两个维护 两个确立 四个意识 "
    "四个自信 四个全面 三个代表 两个一百年 十一五 十二五 十三五 十四五 十五五 一年一度 "
    "零部件 一次次 一件件 一个个 一项项 一条条 五年规划 最后一公里 "
    "上一年 下一年 下一步 上一级 下一级"
)

# characters before a bare 一 that make it part of a word (统一, 同一, 唯一, 进一步)
_YI_WORD_BEFORE = "统同唯单逐万另任某每再又进合划专如归均整纯不之其上下"

_PHONE_WORDS = (
    "电话",
    "传真",
    "手机",
    "热线",
    "专线",
    "邮编",
    "邮政编码",
    "邮箱",
    "号码",
    "编号",
    "代码",
    "文号",
    "索引号",
    "账号",
    "帐号",
    "拨打",
    "QQ",
    "qq",
    "微信号",
)
_ID_AFTER = frozenset("号届楼层栋室弄巷")
_ASCII_ID = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz/@_#=&?\\")
_DOTS = frozenset("·・•‧∙×*")
_DASHES = frozenset("-−–—－~～")
_OPEN_BRACKETS = frozenset("〔[【［")
_CLOSE_BRACKETS = frozenset("〕]】］")
_POINTS = frozenset(".．")
_COLONS = frozenset(":：")
_MARKER_ENDS = frozenset(".．、")
_OPEN_PARENS = frozenset("(（")
_CLOSE_PARENS = frozenset(")）")
_LINE_START = frozenset(["", "\n", "\r", " ", "\t", "\u3000"])
# the characters before or after an Arabic numeral that make it an identifier whatever
# else stands beside it (one set each: one test, not one per kind)
_IDENT_BEFORE = _ASCII_ID | _DOTS | _POINTS | _OPEN_BRACKETS
_IDENT_AFTER = _ASCII_ID | _DOTS | _CLOSE_BRACKETS | _ID_AFTER | _MARKER_ENDS
_VAGUE_BEFORE = frozenset("几数若")
_VAGUE_AFTER = frozenset("几半")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")

# --- the pattern -----------------------------------------------------------------------

_D = "0-9０-９"
_AR = rf"[{_D}]++(?:[,，][{_D}]{{3}}+(?![{_D}]))*+(?:[.．][{_D}]++)?+"
_MULT = "(?:[万亿千]|百(?!分))"
_ARC = rf"{_AR}(?:(?:余|多)?+{_MULT}++(?:[{_D}]++{_MULT}++)*+)?+"
_CNC = f"[{CN_CHARS}]"
_CN = rf"{_CNC}++(?:点[〇零一二三四五六七八九]++[万亿]*+)?+(?:[余多][万亿]++)?+"
_PCT = rf"百分之(?:{_AR}|{_CNC}++(?:点[〇零一二三四五六七八九]++)?+)"
# (上百, 上千: 上 starts a numeral only before one of these)
_UP_MULT = "[百千万亿]"
_UP = f"上{_UP_MULT}++"
_NUM = f"(?:{_PCT}|{_ARC}|{_UP}|{_CN})"
_SP = r"[ \t\u3000\xa0]{0,4}+(?:\r?\n[ \t\u3000\xa0]{0,8}+)?+"


def _trie_pattern(words: list[str], guards: dict[str, str]) -> str:
    """An alternation of ``words`` as a trie (one branch per first character), longest
    first, with a negative lookahead after the words that have a guard."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    out = []
    for first, rests in by_first.items():
        alts = []
        for rest in sorted({r for r in rests if r}, key=len, reverse=True):
            alts.append(regex.escape(rest))
        guard = f"(?![{guards[first]}])" if first in guards else ""
        tail = ""
        if alts:
            tail = "(?:" + "|".join(alts) + ")"
            tail += "?" if "" in rests else ""
            if "" in rests and guard:
                tail = f"(?:{'|'.join(alts)}|{guard})"
                guard = ""
        out.append(regex.escape(first) + tail + guard)
    return "|".join(out)


def _unit_alternatives() -> str:
    return _trie_pattern([*_UNITS, "％"], _UNIT_NOT_BEFORE)


_PRE = "|".join(sorted(_PREFIXES, key=len, reverse=True))
_SUF = "以上(?!述)|以下(?!简称|几)|以内|左右"
#: the digit after 成 (九成五: 95%) and the suffix that may follow it
_TENTHS = {d: i for i, d in enumerate("一二三四五六七八九", 1)}
_SUFFIX_AT = regex.compile(rf"[ \t]?({_SUF})")
_TAIL = (
    rf"(?:{_SP}(?P<q1>余|多))?"
    rf"(?:{_SP}(?P<unit>{_unit_alternatives()}))?"
    rf"(?:[ \t]?(?P<q2>{_SUF}))?"
)
_HEAD = rf"(?:(?P<pre>{_PRE})[ \t]{{0,2}}+)?+(?P<n1>{_NUM})"
_RANGE = (
    rf"(?:(?:(?P<pct1>[%％])|(?P<u1>{_unit_alternatives()}))?"
    rf"(?P<rs>[ \t]?[至到][ \t]?|[-~～—–－−])(?P<n2>{_NUM}))?"
)
_PATTERN = regex.compile(_HEAD + _RANGE + _TAIL)
_SINGLE = regex.compile(_HEAD + _TAIL)
# group name -> index into Match.groups()
_IX_RANGE = {name: i - 1 for name, i in _PATTERN.groupindex.items()}
_IX_SINGLE = {name: i - 1 for name, i in _SINGLE.groupindex.items()}
# the indexes in m.groups() of pre, n1, unit, q1, q2 and n2 (_SINGLE has no n2: -1)
_G_RANGE = tuple(_IX_RANGE[name] for name in ("pre", "n1", "unit", "q1", "q2", "n2"))
_G_SINGLE = (*(_IX_SINGLE[name] for name in ("pre", "n1", "unit", "q1", "q2")), -1)
_N2 = _PATTERN.groupindex["n2"]
_U1 = _PATTERN.groupindex["u1"]
#: units a range may not repeat at its low end: dates (2019年至2021年 stay two years)
_DATE_UNITS = frozenset("年月日")
_CN_START = frozenset(CN_CHARS) - {"百"}
_BIG_OR_OVER = frozenset("万亿萬億余多")
_IDIOM_SET = frozenset(_IDIOMS)
_IDIOM_LENGTHS = tuple(sorted({len(i) for i in _IDIOMS}))
assert _IDIOM_LENGTHS[0] >= 2
_IDIOMS_BY_PAIR: dict[str, tuple[str, ...]] = {}
for _idiom in sorted(_IDIOM_SET):
    _IDIOMS_BY_PAIR[_idiom[:2]] = (*_IDIOMS_BY_PAIR.get(_idiom[:2], ()), _idiom)
del _idiom
# parse_quantity's fast path: one Arabic numeral with an optional multiplier, qualifiers and
# unit, written in characters that normalization keeps as they are (tests check that)
_FAST_UNITS = [u for u in _UNITS if u not in ("成", "%", "‰")]
_FAST_UNIT_ALT = "|".join(sorted(_FAST_UNITS, key=len, reverse=True))
_FAST = lazy_regex(
    rf"(?P<pre>{_PRE})?(?P<num>[0-9]{{1,15}}+(?:\.[0-9]{{1,20}}+)?+(?:[余多]?[万亿])?)"
    rf"(?: {{0,4}}+(?P<q1>余|多))?(?: {{0,4}}+(?P<unit>{_FAST_UNIT_ALT}|%))?"
    rf"(?P<q2>左右|以上|以下|以内)?"
)
#: every character the fast path accepts
FAST_PATH_CHARS = frozenset(
    "0123456789. 余多万亿左右以上下内" + "".join(_PREFIXES) + "".join(_FAST_UNITS) + "%"
)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# --- reading one match -------------------------------------------------------------------


class _Num:
    """One numeral as read: low/high values, how it was written."""

    __slots__ = ("big", "high", "kind", "low", "over", "pct")

    def __init__(
        self,
        low: Number,
        high: Number | None = None,
        *,
        kind: str,
        over: bool = False,
        big: bool = False,
        pct: bool = False,
    ) -> None:
        self.low = low
        self.high = high
        self.kind = kind  # "ar", "cn", "year", "bare", "up"
        self.over = over
        self.big = big
        self.pct = pct


def _read_num(s: str, *, qualified: bool, unit: str | None) -> _Num | None:
    """Read the text of a NUM group; None when it is not a numeral we accept."""
    if len(s) > MAX_CN_LEN:
        return None
    first = s[0]
    if s.startswith("百分之"):
        body = s[3:]
        if body[0] in "0123456789０１２３４５６７８９":
            got = arabic(body)
            if got is None:
                return None
            return _Num(got[0], kind="ar", pct=True)
        value = 100 if body in ("百", "佰") else cn_decimal(body)
        if value is None:
            return None
        return _Num(value, kind="cn", pct=True)
    if first in "0123456789０１２３４５６７８９":
        got = arabic(s)
        if got is None:
            return None
        return _Num(got[0], kind="ar", over=got[1], big=got[2])
    if first == "上":
        scale = 1
        for ch in s[1:]:
            scale *= MULTIPLIERS[ch]
        return _Num(scale, kind="up")
    over = False
    big = False
    core = s
    if len(s) >= 2 and s[-1] in BIG_UNITS and ("余" in s or "多" in s):
        # 十余万: numeral, 余/多, multipliers
        i = max(s.find("余"), s.find("多"))
        core = s[:i]
        mult = 1
        for ch in s[i + 1 :]:
            mult *= MULTIPLIERS[ch]
        base = cn_int(core)
        if base is None:
            if not core or any(ch not in MULTIPLIERS for ch in core):
                return None
            base = 1
            for ch in core:
                base *= MULTIPLIERS[ch]
        return _Num(base * mult, kind="cn", over=True, big=True)
    big = not BIG_UNITS.keys().isdisjoint(core)
    value = cn_decimal(core)
    if value is not None:
        return _Num(value, kind="cn", over=over, big=big)
    rng = cn_range(core)
    if rng is not None:
        return _Num(rng[0], rng[1], kind="cn", big=big)
    if unit == "年" and len(core) == 4:
        year = cn_digits(core)
        if year is not None:
            return _Num(year, kind="year")
    if qualified and all(ch in MULTIPLIERS and ch != "十" for ch in core):
        # 近万, 百余, 千余: a bare multiplier with a qualifier
        scale = 1
        for ch in core:
            scale *= MULTIPLIERS[ch]
        return _Num(scale, kind="bare", big=big)
    return None


def _phone_context(text: str, start: int) -> bool:
    """True when a keyword such as 电话 or 邮编 stands just before ``start``."""
    window = text[max(0, start - 16) : start].rstrip(" \t:：()（）-—0123456789")
    return window.endswith(_PHONE_WORDS)


def _identifier(
    text: str,
    n1s: int,
    num_end: int,
    *,
    has_unit: bool,
    arabic_num: str,
    qualified: bool = False,
    phone: Container[int] | None = None,
) -> bool:
    """Context that makes an Arabic numeral an identifier, a marker or part of a date.

    ``phone``: the offsets where a phone keyword may stand before a numeral (the test
    for one is made only there), when the caller knows them.
    """
    before = text[n1s - 1] if n1s > 0 else ""
    before2 = text[n1s - 2] if n1s > 1 else ""
    if before in _IDENT_BEFORE:
        return True
    if (before in _COLONS or before in _DASHES) and before2.isdigit():
        return True
    if before == "第" or (before in " \t" and before2 == "第"):
        return True
    if has_unit:
        return False
    after = text[num_end] if num_end < len(text) else ""
    after2 = text[num_end + 1] if num_end + 1 < len(text) else ""
    if after in _IDENT_AFTER:
        return True
    if (after in _COLONS or after == "/" or after in _DASHES) and after2.isdigit():
        return True
    if after in _CLOSE_PARENS and (before in _OPEN_PARENS or before in _LINE_START):
        return True
    if after == "几" or before == "几":
        return True
    if qualified:
        return False  # 约12053以内: a qualifier makes it an amount
    digits = arabic_num.translate(_FULLWIDTH)
    if len(digits) == 5 and digits.isdigit() and digits.startswith(("12", "96")) and _is_cjk(after):
        return True  # 12333专线, 12345热线
    return (phone is None or n1s in phone) and _phone_context(text, n1s)


def _chinese_excluded(text: str, n1s: int, n1e: int, n1: str, has_unit: bool) -> bool:
    before = text[n1s - 1] if n1s > 0 else ""
    after = text[n1e] if n1e < len(text) else ""
    if before == "第" or before in _VAGUE_BEFORE or after in _VAGUE_AFTER:
        return True
    if text[max(0, n1s - 2) : n1s] == "分之":
        return True
    if n1 == "一" and before and before in _YI_WORD_BEFORE:
        return True
    return _in_idiom(text, n1s, n1e)


_CASE_WORDS = frozenset({"复议", "诉讼", "申诉", "案件"})
#: the outcome words of a case (结果维持一起、结果纠正一起): 一起 after one of them, and before
#: a list's separator or a sentence end, counts one case
_CASE_OUTCOMES = frozenset(
    {"维持", "纠正", "结果", "审结", "驳回", "撤销", "败诉", "胜诉", "撤诉", "终止"}
)


def _cases_of_one(text: str, k: int) -> bool:
    """Whether the 一起 at ``k`` counts one case (行政复议一起, 一起行政诉讼案件, 结果纠正一起、),
    not 'together': an appeal or case word stands right before or after it, or an
    outcome word before it and a separator after it.

    >>> _cases_of_one("结果纠正一起、", 4), _cases_of_one("纠正一起研究", 2)
    (True, False)
    """
    before = text[max(0, k - 2) : k]
    return (
        before in _CASE_WORDS
        or text[k + 2 : k + 4] in _CASE_WORDS
        or text[k + 2 : k + 4] == "行政"
        or text[k + 2 : k + 3] == "案"
        or (before in _CASE_OUTCOMES and text[k + 2 : k + 3] in ("", *"、，,；;。"))
    )


def _in_idiom(text: str, start: int, end: int) -> bool:
    """True when an idiom of :data:`_IDIOMS` overlaps ``text[start:end]``; an idiom that
    lies strictly inside a longer numeral (万一 in 一万一千) does not count, nor one that
    starts at the last digits of a longer numeral (一起 in 三十一起), nor 一起 said of
    cases (行政复议一起).

    >>> [_in_idiom(t, 0, 1) for t in ("一起研究", "一起行政诉讼")], _in_idiom("复议一起", 2, 3)
    ([True, False], False)
    >>> _in_idiom("三十一起", 0, 3)
    False
    """
    inside = end - start
    by_pair = _IDIOMS_BY_PAIR
    # (the idioms by their first two characters: one look-up per place an idiom may start
    # and overlap the numeral, not one slice per place and length)
    for k in range(max(0, start - _IDIOM_LENGTHS[-1] + 1), end):
        idioms = by_pair.get(text[k : k + 2])
        if idioms is None:
            continue
        for idiom in idioms:
            length = len(idiom)
            if k + length > start and text.startswith(idiom, k):
                if start < k < end < k + length:
                    continue  # it starts at the last digits of a longer numeral (三十一起)
                if idiom == "一起" and _cases_of_one(text, k):
                    continue  # a count of cases (行政复议一起, 一起行政诉讼), not 'together'
                if not (k >= start and k + length <= end and inside > length):
                    return True
                if k + length == len(text) and length < _IDIOM_LENGTHS[-1]:
                    # (an idiom that ends the text is what the slice of each longer
                    # length there holds too: a test by slices counts it)
                    return True
    return False


# units after which a 半 adds a half (一年半, 3个半月, 2小时半)
_HALF_UNITS = frozenset(["年", "个", "天", "周", "小时", "倍", "个月"])


_NOT_FAST = frozenset(["成", "％"])


def _read_digits(
    text: str, m: regex.Match[str] | re.Match[str], n1: str, n1s: int, n1e: int, unit: str | None
) -> Quantity | None:
    """:func:`_read` for the common case: plain ASCII digits, no qualifier, no range, no
    unit 成 (what the general path does for them, without its other branches)."""
    if len(n1) > MAX_CN_LEN:
        return None
    got = arabic(n1)
    if got is None:
        return None
    if _identifier(text, n1s, n1e, has_unit=unit is not None, arabic_num=n1):
        return None
    start, end = m.span()
    if end < len(text) and text[end] == "半" and unit in _HALF_UNITS:
        return None
    return Quantity(value=got[0], unit=unit, text=text[start:end], span=(start, end))


def _qualifier(
    over: bool, pre: Qualifier | None, q2: str | None, bare: Qualifier = Qualifier.EXACT
) -> Qualifier:
    """A quantity's qualifier: OVER (余/多, or a numeral read as more than it says), else
    that of the word before the number (``pre``), else that of the word after it (以上…),
    else ``bare``.

    >>> _qualifier(True, Qualifier.ABOUT, "以上").value, _qualifier(False, None, "以上").value
    ('over', 'at_least')
    """
    if over:
        return Qualifier.OVER
    if pre is not None:
        return pre
    if q2:
        return _SUFFIXES[q2]
    return bare


def _read(text: str, m: regex.Match[str] | re.Match[str], ranged: bool) -> Quantity | None:
    g = m.groups()
    i_pre, i_n1, i_unit, i_q1, i_q2, i_n2 = _G_RANGE if ranged else _G_SINGLE
    pre = g[i_pre]
    n1 = g[i_n1]
    unit = g[i_unit]
    q1 = g[i_q1]
    q2 = g[i_q2]
    n2 = g[i_n2] if ranged else None
    if not (pre or unit or q1 or q2 or n2) and n1[0] in _CN_START and not _BIG_OR_OVER & set(n1):
        return None  # a bare Chinese numeral (一是, 三定): the common case, decided cheaply
    n1s, n1e = m.span(i_n1 + 1)
    if not (pre or q1 or q2 or n2) and n1.isascii() and n1.isdigit() and unit not in _NOT_FAST:
        return _read_digits(text, m, n1, n1s, n1e, unit)
    start = m.start()
    qualifier_pre: Qualifier | None = None
    if pre:
        word_before = _PREFIX_WORD_BEFORE.get(pre)
        if word_before and start > 0 and text[start - 1] in word_before:
            start = n1s  # 节约3万元: not a qualifier
        else:
            qualifier_pre = _PREFIXES[pre]
    if unit == "％":
        unit = "%"
    qualified = bool(qualifier_pre or q1 or q2)
    num = _read_num(n1, qualified=qualified, unit=unit)
    if num is None:
        return None
    num_end = n1e
    high: Number | None = num.high
    if n2:
        u1 = m.group(_U1)
        if u1 is not None and (u1 != unit or u1 in _DATE_UNITS):
            return None  # (3件至5条: not one range; the first is read alone)
        num2 = _read_num(n2, qualified=False, unit=unit)
        if num2 is None or num2.high is not None or num.high is not None:
            return None
        low = num.low
        if num2.big and not num.big and num.kind in ("ar", "cn"):
            # 3至5万: the low end takes the multiplier of the high end
            scale = 1
            for ch in reversed(n2):
                if ch not in BIG_UNITS:
                    break
                scale *= MULTIPLIERS[ch]
            if low * scale < num2.low:
                low = as_number(Decimal(low) * scale)
        if not low < num2.low:
            return None
        num = _Num(
            low,
            kind=num.kind if num.kind == num2.kind else "ar",
            over=num.over or num2.over,
            big=num.big or num2.big,
            pct=num.pct or num2.pct,
        )
        high = num2.low
        num_end = m.end(i_n2 + 1)
    has_unit = unit is not None
    if num.kind == "ar":
        if _identifier(text, n1s, num_end, has_unit=has_unit, arabic_num=n1, qualified=qualified):
            return None
    else:
        attached = (
            has_unit
            or qualified
            or num.over
            or num.big
            or num.pct
            or num.kind in ("up", "bare", "year")
        )
        if not attached:
            return None
        if _chinese_excluded(text, n1s, n1e, n1, has_unit):
            return None
        if n1 == "一" and has_unit:
            # 一人一档, 一户一档: an idiom of the form 一X一Y
            unit_end = m.end(i_unit + 1)
            if unit_end < len(text) and text[unit_end] == "一":
                return None
        if num.kind == "up" and start > 0 and text[start - 1] in "以线马晚早加":
            return None
    value = num.low
    end = m.end()
    if unit == "成":
        if isinstance(value, int) and 1 <= value <= 9 and high is None:
            value = value * 10
            unit = "%"
            tenth = _TENTHS.get(text[end : end + 1]) if q2 is None else None
            if tenth is not None:  # 九成五: 95%, and its suffix (八成五以上)
                value += tenth
                end += 1
                after = _SUFFIX_AT.match(text, end)
                if after is not None:
                    q2, end = after.group(1), after.end()
        else:
            return None
    if num.pct:
        unit = "%"
    qualifier = _qualifier(
        bool(q1 or num.over),
        qualifier_pre,
        q2,
        Qualifier.AT_LEAST if num.kind == "up" else Qualifier.EXACT,
    )
    if end < len(text) and text[end] == "半" and unit in _HALF_UNITS:
        return None  # 一年半, 3个半月: a half the grammar does not add
    return Quantity(
        value=value,
        unit=unit,
        qualifier=qualifier,
        text=text[start:end],
        span=(start, end),
        high=high,
    )


# --- statements of zero ------------------------------------------------------------------

_CLAUSE = r"[^，。；,;！!？?：:\n\r0-9０-９]"
_ZERO_HEADS = (
    r"(?:行政复议申请|行政诉讼|行政复议|复议|诉讼|申请|申诉|投诉|举报|信访问题|信访"
    r"|费用|处理费|收费|案件|人员)"
)
_ZERO_END = r"(?=[，。；,;！!？?、：:)）\n\r]|\Z|和|及|或|与|等)"
#: 未收到…申请, 无针对…的行政诉讼, 未向…收取任何费用, 没有从事…的人员, 不存在…收费情况,
#: 没有向申请人收费, 申请数为零: a zero stated in words (the figure readers decide what it counts)
_ZERO_NEGATED = (
    r"(?:(?:未曾|未|没有|并无|均无|无)"
    rf"(?:向{_CLAUSE}{{1,16}}?)?"
    r"(?:收到|接到|受理|发生|收取|出现|产生|提起|提出|有|存在|针对|从事|办理|接待|涉及|因)"
    r"|不存在)"
    rf"{_CLAUSE}{{0,24}}?{_ZERO_HEADS}"
    r"(?:及\p{Han}{1,4}?)?(?:的?情况|事项|问题)?"
    rf"{_ZERO_END}"
    rf"|(?:未|没有|并未|无)(?:向{_CLAUSE}{{1,16}}?)?收取?+(?:任何)?+(?:费用|费){_ZERO_END}"
)
_ZERO_STATEMENT = lazy_regex(
    _ZERO_NEGATED + rf"|{_ZERO_HEADS}(?:数量?|件数|金额|总数)?(?:均|都|皆)?为零(?![点0-9])"
)
# the same without its last branch, which needs 为零: for a text without 为零 (faster)
_ZERO_NEGATED_ONLY = lazy_regex(_ZERO_NEGATED)


#: the words a statement of zero starts with (or, after a 并/均/从, the 未 or 无 of 并未, 并无,
#: 均未, 均无, 从未): where each stands is found by str.find, fast
ZERO_KEYS = ("未", "无", "没有", "不存在")


def zero_keys(text: str) -> list[int]:
    """The sorted offsets in ``text`` at which a word of :data:`ZERO_KEYS` starts.

    >>> zero_keys("未收到。没有无,不存在")
    [0, 4, 6, 8]
    """
    out: list[int] = []
    find = text.find
    for word in ZERO_KEYS:
        i = find(word)
        while i >= 0:
            out.append(i)
            i = find(word, i + 1)
    out.sort()
    return out


def keyed_matches(
    match: Callable[[str, int, int], _M | None],
    before: str,
    text: str,
    keys: list[int],
    lo: int = 0,
    hi: int | None = None,
) -> list[_M]:
    """What ``finditer(text, lo, hi)`` of a pattern (``match`` is its bound ``match``)
    finds, for a pattern whose every match starts at an offset of ``keys`` (sorted) or
    one character before it when that character is in ``before``: the pattern is tried
    only there, in order, from the end of the last match (no other place can start a
    match, so the first that matches is the leftmost).

    >>> text = "并无发生诉讼。未收到申请"
    >>> [m.span() for m in keyed_matches(_ZERO_NEGATED_ONLY.match, "并均", text, [1, 7])]
    [(0, 6), (7, 12)]
    """
    if hi is None:
        hi = len(text)
    out: list[_M] = []
    pos = lo
    for q in keys[bisect_left(keys, lo) :]:
        if q >= hi:
            break
        if q < pos:
            continue
        m = None
        if q > pos and text[q - 1] in before:
            m = match(text, q - 1, hi)
        if m is None:
            m = match(text, q, hi)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _zero_statements(
    text: str, parts: list[tuple[int, int]] | None = None, keys: list[int] | None = None
) -> list[Quantity]:
    """The statements of zero in ``text``; with ``parts`` (sorted, disjoint ``(start,
    end)`` ranges, each end a line start: after a line break) those that start in them.
    ``keys``: :func:`zero_keys` of ``text``, when the caller has them.

    A statement holds no line break, and none ends with one, so the matches in a part
    are those of the whole text that start there, read from the part's start up to its
    end (its lookaheads stop at the line break before the end).
    """
    # (every match holds one of the ZERO_KEYS or 为零)
    if (
        "未" not in text
        and "无" not in text
        and "没有" not in text
        and "不存在" not in text
        and "为零" not in text
    ):
        return []
    found: Iterable[regex.Match[str]]
    if "为零" in text:  # (a match of its last branch starts with a subject word)
        finditer = _ZERO_STATEMENT.finditer
        found = (
            finditer(text)
            if parts is None
            else [m for start, end in parts for m in finditer(text, start, end)]
        )
    else:  # every match starts at a key, or a 并/均 before one
        if keys is None:
            keys = zero_keys(text)
        match = _ZERO_NEGATED_ONLY.match
        found = (
            keyed_matches(match, "并均", text, keys)
            if parts is None
            else [
                m
                for start, end in parts
                for m in keyed_matches(match, "并均", text, keys, start, end)
            ]
        )
    return [Quantity(value=0, text=m.group(), span=m.span(), stated=True) for m in found]


def scan_quantities(text: str) -> Iterator[Quantity]:
    """Quantities in an already normalized text, spans and ``text`` into that text.

    >>> [(q.value, q.unit, q.qualifier.value, q.span) for q in scan_quantities("发布1200余条")]
    [(1200, '条', 'over', (2, 8))]
    >>> [q.value for q in scan_quantities("一是统一受理,进一步规范,粤府办〔2014〕26号")]
    []

    A zero stated in words is a quantity with ``stated`` set and no unit:

    >>> [(q.value, q.stated, q.text) for q in scan_quantities("本年度未收到政府信息公开申请。")]
    [(0, True, '未收到政府信息公开申请')]
    """
    zeros = _zero_statements(text)
    for q in _scan_numerals(text):
        while zeros and zeros[0].span[0] < q.span[0]:
            yield zeros.pop(0)
        yield q
    yield from zeros


def _scan_numerals(text: str) -> Iterator[Quantity]:
    pos = 0
    n = len(text)
    search = _PATTERN.search
    while pos < n:
        m = search(text, pos)
        if m is None:
            return
        q, pos = _read_match(text, m, _SINGLE.match)
        if q is not None:
            yield q


def _read_match(
    text: str,
    m: regex.Match[str] | re.Match[str],
    single: Callable[[str, int], regex.Match[str] | re.Match[str] | None],
) -> tuple[Quantity | None, int]:
    """The quantity of a :data:`_PATTERN` match ``m`` (or None) and where the scan goes
    on; ``single`` is :data:`_SINGLE`'s match (or that of the same pattern on another
    engine)."""
    q = _read(text, m, True)
    if q is None and m.group(_N2) is not None:
        # not a range after all (3到一线, 2019-12-31): read the first numeral alone
        one = single(text, m.start())
        if one is not None:
            q = _read(text, one, False)
            return q, one.end() if q is None else max(one.end(), q.span[1])
    # (and without a _SINGLE match, which matches wherever _PATTERN does; a quantity may
    # end past its match: 九成五)
    return q, m.end() if q is None else max(m.end(), q.span[1])


def find_quantities(text: str) -> Iterator[Quantity]:
    """Quantities in any string: normalized first, spans and ``text`` into ``text``.

    Never raises on a ``str``.

    >>> [(q.value, q.unit, q.text) for q in find_quantities("發布信息1,234條,約12萬個")]
    [(1234, '条', '1,234條'), (120000, '个', '約12萬個')]
    """
    norm = normalize(text)
    same = norm.text == text
    for q in scan_quantities(norm.text):
        if same:
            yield q
            continue
        yield at_source(q, text, norm.to_source(q.span))


def at_source(q: Quantity, source: str, span: Span) -> Quantity:
    """``q`` read in the text it was normalized from: ``span`` and its text there.

    >>> at_source(Quantity(value=3, unit="条", text="3条", span=(0, 2)), "共3條", (1, 3)).text
    '3條'
    """
    return Quantity(
        value=q.value,
        unit=q.unit,
        qualifier=q.qualifier,
        text=source[span[0] : span[1]],
        span=span,
        high=q.high,
        stated=q.stated,
    )


def _parse_fast(text: str) -> Quantity | None:
    """parse_quantity for the common ``3439条`` / ``6.7万宗`` / ``200余次`` shape without
    normalizing or scanning; None when the text is not of that shape (the slow path
    then decides)."""
    m = _FAST.fullmatch(text)
    if m is None:
        return None
    pre, num, q1, unit, q2 = m.group("pre", "num", "q1", "unit", "q2")
    got = arabic(num)
    if got is None:
        return None
    value, over, _big = got
    qualifier = _qualifier(bool(q1 or over), _PREFIXES[pre] if pre else None, q2)
    return Quantity(value=value, unit=unit, qualifier=qualifier, text=text, span=(0, len(text)))


def parse_quantity(text: str) -> Quantity | None:
    """The quantity a short expression states (the first one it holds), or None.

    A text that is nothing but a Chinese numeral (三千九百五十九) is read as one; vague
    amounts (几百条, 数十家) and words such as 一是 or 统一 give None.

    >>> q = parse_quantity("6.7万宗")
    >>> q.value, q.unit, q.qualifier.value
    (67000, '宗', 'exact')
    >>> parse_quantity("1.23456万").value
    Decimal('12345.6')
    >>> parse_quantity("几百条") is None, parse_quantity("一是") is None
    (True, True)
    """
    fast = _parse_fast(text)
    if fast is not None:
        return fast
    for q in find_quantities(text):
        return q
    stripped = text.strip()
    if stripped and len(stripped) <= MAX_CN_LEN and all(ch in CN_CHARS for ch in stripped):
        norm = normalize(text)
        core = norm.text.strip()
        value = cn_int(core)
        if value is not None and (len(core) > 1 or core not in "〇零"):
            offset = norm.text.index(core)
            span = norm.to_source((offset, offset + len(core)))
            return Quantity(value=value, text=text[span[0] : span[1]], span=span)
    return None
