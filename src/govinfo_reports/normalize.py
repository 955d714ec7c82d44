"""Text normalization with an offset map back to the source.

:func:`normalize` turns a report string into the text every reader works on:

0. Line breaks and blanks: every line break is ``\\n`` (``\\r\\n`` and a lone ``\\r``, as
   universal newlines read a file, and the other breaks :meth:`str.splitlines` knows:
   ``\\v``, U+001C–U+001E, U+0085, U+2028, U+2029; line breaks saved escaped as the two
   characters ``\\n`` are restored); a form feed (a page break) stays, and starts a line
   when the page before it did not end one; the no-break and typographic spaces (U+00A0,
   U+202F, U+2002, U+2003, U+2009) are spaces; the ideographic space U+3000 stays.  No
   reader meets a ``\\r``.
1. Glyph folding, one character for one: full-width digits and letters (``１２３`` →
   ``123``), the full-width forms of ``% . - / + = < > & @ # * | [ ] { } _ ^ ~ " ' $``,
   Kangxi and CJK-supplement radicals and compatibility ideographs that PDF extractors
   emit (``⼆⼗`` → ``二十``, ``⻓`` → ``长``), the bars ``│ ┃ ￨`` some tools draw as a
   table's cell separators (→ ``|``), and ``○``/``O``/``Ｏ`` used as a zero
   inside a Chinese numeral (``二○一九`` → ``二〇一九``).  Clause punctuation
   (``（）：，；！？``) keeps its width: titles are recorded as written, and the readers
   accept both widths.
2. Traditional → simplified with one OpenCC ``t2s`` converter built once per process.
3. Edits that change the length: characters that print as nothing (zero-width space and
   joiners, word joiner, byte order mark, soft hyphen) are dropped (``1\u200b2`` →
   ``12``), pinyin readings after characters are dropped
   (``報(bào)告`` → ``报告``; readings with numbered tones, ``財(cai2)``, and a neutral
   tone's, ``的(de)``, in a text with two readings or more), thousands separators inside
   numbers are dropped (``1,234`` → ``1234``), parenthesized and full-stop digits are spelled out
   (``⑴`` → ``(1)``, ``⒈`` → ``1.``, ``㈠`` → ``(一)``; circled ``①`` stays, it is a
   level-4 heading marker), and page or wiki chrome standing on its own line is removed
   (``字号：大 中 小``, ``打印本页``, ``关闭窗口``, ``相關詞條``, ``基本介紹``, search
   widgets, ``• 来源:`` bullets, view counts, a wiki's ``编辑``/``播报`` links and
   ``参考资料`` entries; ``• 中文名:`` keeps the name and loses the label; a wiki's
   footnote marks ``[1]`` and a heading's trailing edit link go too),
   and so is a page's number on a line of its own (``- 3 -``, ``第3页 共5页``), which
   a PDF's text prints between the two halves of a sentence or a table; a line break
   inside a quoted cell of a tab-separated row (a spreadsheet's copy of a label cell
   that holds one: ``⇥"（二）部分公开（区分处理的⏎，只计这一情形…）"⇥1``) is dropped.
   Before stage 2, a numeric character reference of a CJK character (``&#36914;``, a
   CMS page's traditional character) becomes the character, so that it is simplified.
   Variant spellings the converter leaves are folded here too, since stage 1's
   tables hold only rare blocks: ``谘`` → ``咨`` (``谘询``), ``覆议`` → ``复议``
   (``行政覆議``), and Hong Kong's ``衞`` ``敍`` ``痺`` → ``卫`` ``叙`` ``痹``.

The offset map is a short list of segments (most texts have one), so that building it
costs next to nothing next to the OpenCC pass.  A text saved with CRLFs has one segment a
line; :class:`Segments` keeps them in flat arrays, about 25 bytes each.

>>> n = normalize("2017年政府信息公開工作年度報(bào)告")
>>> n.text
'2017年政府信息公开工作年度报告'
>>> n.to_source((15, 17)), n.to_source((15, 16))
((15, 22), (15, 16))
>>> n.script.value
'traditional'
>>> normalize("共１，２３４条").text
'共1234条'
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar, cast

import attrs
import regex

from ._lazy import lazy_re, lazy_regex
from .model import Script, Span

__all__ = ["Normalized", "normalize"]

_T = TypeVar("_T")


# --- the converters ------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _converter() -> Any:
    """The process's one OpenCC ``t2s`` converter (never ``tw2sp``: it rewrites words)."""
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=1)
def _s2t() -> Any:
    """A ``s2t`` converter, used only to tell a mixed text from a traditional one."""
    import opencc

    return opencc.OpenCC("s2t")


#: t2s changes no character below U+2E80 (its dictionaries' keys are all CJK, the
#: lowest U+346E), so a text without a character from U+2E80 on converts to itself;
#: a search for one stops at a Chinese text's first character, and spares OpenCC a
#: Latin-1 page (15 ms per MB)
_CONVERTIBLE = lazy_re("[\u2e80-\U0010ffff]")
_PAST_LATIN1 = lazy_re("[\u0100-\U0010ffff]")


def _unchanged(text: str) -> bool:
    """Whether t2s surely leaves ``text`` as it is (an ASCII text is fast in OpenCC).

    >>> _unchanged("caf\u00e9 \u00bd"), _unchanged("報告"), _unchanged("abc")
    (True, False, False)
    """
    return not text.isascii() and (_latin1(text) or _CONVERTIBLE.search(text) is None)


def _latin1(text: str) -> bool:
    """Whether every character of ``text`` is below U+0100: one encode, a copy of a
    Latin-1 string (no scan by re), which stops at the first other character.  A text
    with another character near its start (a Chinese one) is told by a short search,
    without the exception."""
    if _PAST_LATIN1.search(text, 0, 64) is not None:
        return False
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _convert(text: str) -> str:
    if _unchanged(text):
        return text
    try:
        out: str = _converter().convert(text)
    except (UnicodeError, ValueError, TypeError):  # lone surrogates cannot go to UTF-8
        return text
    # a simplified text comes back as an equal copy: the report keeps the source instead
    # of a second string (one compare, next to nothing beside the conversion)
    return text if out == text else out


#: a long text goes to OpenCC in pieces of about this many characters, cut after a line
#: break or a ``>`` (an HTML page may be one line): the binding holds several copies of
#: what it converts (6 MB for a 1 MB text), and no dictionary phrase holds either
#: character, so the pieces convert as the whole does
_CHUNK = 1 << 15


def _cut_after(text: str, pos: int) -> int:
    """The offset after the first line break or ``>`` at or after ``pos`` (else the end).

    The ``>`` is looked for only before the line break: a text without one (a plain
    report) is not read to its end once per piece.

    >>> _cut_after("ab\\ncd>e", 0), _cut_after("a>b\\nc", 0), _cut_after("abc", 1)
    (3, 2, 3)
    """
    nl = text.find("\n", pos)
    gt = text.find(">", pos, nl if nl >= 0 else len(text))
    if gt >= 0:
        return gt + 1
    return nl + 1 if nl >= 0 else len(text)


def _convert_long(text: str) -> str:
    """:func:`_convert` of a text of any length, in line-aligned pieces."""
    n = len(text)
    if n <= 2 * _CHUNK:
        return _convert(text)
    if _unchanged(text):
        return text
    convert = _converter().convert
    pieces: list[str] | None = None  # none until a piece changes: no copy of a simplified text
    pos = 0
    try:
        while pos < n:
            end = _cut_after(text, pos + _CHUNK)
            chunk = text[pos:end]
            converted: str = chunk if _unchanged(chunk) else convert(chunk)
            if pieces is not None:
                pieces.append(converted)
            elif converted != chunk:
                pieces = [text[:pos], converted]
            pos = end
    except (UnicodeError, ValueError, TypeError):  # as _convert: the text as it was
        return text
    return text if pieces is None else "".join(pieces)


# --- glyph folding (one character for one) ---------------------------------------------


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xFF10, 0xFF1A):  # digits
        table[cp] = chr(cp - 0xFEE0)
    for cp in (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)):  # letters
        table[cp] = chr(cp - 0xFEE0)
    for ch in "％．－／＋＝＜＞＆＠＃＊｜［］｛｝＿＾～＂＇＄":
        table[ord(ch)] = chr(ord(ch) - 0xFEE0)
    for ch in "│┃￨":  # box-drawing and half-width bars drawn as a table's cell separators
        table[ord(ch)] = "|"
    for cp in (*range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA)):  # Kangxi, compatibility
        folded = unicodedata.normalize("NFKC", chr(cp))
        if len(folded) == 1 and folded != chr(cp):
            table[cp] = folded
    # CJK radicals supplement: the forms that stand for a whole character
    pairs = (
        "⺁厂⺇几⺌小⺎兀⺏尢⺐尣⺒巳⺓幺⺛无⺝月⺟母⺠民⺢氺⺦丬⺩王⺪疋⺮竹⺳网⺶羊⺻聿⺼月"
        "⻁虎⻄西⻅见⻆角⻉贝⻋车⻑長⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻝食⻟食⻢马⻣骨⻤鬼⻥鱼"
        "⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟"
    )
    for i in range(0, len(pairs), 2):
        table[ord(pairs[i])] = pairs[i + 1]
    return table


_FOLD = _fold_table()
_FOLD_CHARS = frozenset(map(chr, _FOLD))
_CN_DIGITS = "〇零一二三四五六七八九"
#: the characters a run folds to 〇: a run without one changes nothing, so the scan looks
#: for each of them with a literal search (several times faster than a class at every
#: position), next to another character of a run (an O alone, in FONT or OK, is never
#: part of a run of two), and reads the run of Chinese digits around it
_ZERO_CHARS = "○OＯ"
_RUN_CLASS = "[〇零一二三四五六七八九○OＯ]"
_ZERO_HITS = {
    z: lazy_re(f"{re.escape(z)}(?:(?<={_RUN_CLASS}{re.escape(z)})|(?={_RUN_CLASS}))")
    for z in _ZERO_CHARS
}
_NONZERO_CN = frozenset("一二三四五六七八九")
_TO_ZERO = str.maketrans("○OＯ", "〇〇〇")
_NUMERAL_RUN_CHARS = frozenset(_CN_DIGITS + "○OＯ")
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _fold_zeros(text: str) -> str:
    """``○``/``O``/``Ｏ`` → ``〇`` inside a run of Chinese digits (二○一九, 二OO八).

    >>> _fold_zeros("二○一九年 OK 二OO八 ○○ 〇一O")
    '二〇一九年 OK 二〇〇八 ○○ 〇一〇'
    """
    scans = [_ZERO_HITS[z].search for z in _ZERO_CHARS if z in text]
    hits = [scan(text) for scan in scans]  # each scan's next hit (None: no more)
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    n = len(text)
    pos = 0  # the runs before pos are read
    while True:
        # the first hit at or after pos; each scan moves on only past a run read, so
        # every character is looked at once per scan, and no list of hits is kept
        i = -1
        for k, hit in enumerate(hits):
            if hit is not None and hit.start() < pos:
                hit = hits[k] = scans[k](text, pos)
            if hit is not None and (i < 0 or hit.start() < i):
                i = hit.start()
        if i < 0:
            break
        lo = i
        while lo > 0 and text[lo - 1] in _NUMERAL_RUN_CHARS:
            lo -= 1
        hi = i + 1
        while hi < n and text[hi] in _NUMERAL_RUN_CHARS:
            hi += 1
        pos = hi
        run = text[lo:hi]
        if (
            hi - lo < 2
            or not _NONZERO_CN.intersection(run)
            or (lo > 0 and text[lo - 1] in _LATIN)
            or (hi < n and text[hi] in _LATIN)
        ):
            continue
        pieces.append(text[done:lo])
        pieces.append(run.translate(_TO_ZERO))
        done = hi
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


# --- edits that change the length ------------------------------------------------------
# Each check starts from a literal (a parenthesis, a comma) or from the lines, so that the
# whole stage costs about as much as the OpenCC pass on a simplified text.

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: one pinyin syllable without its tone (an initial, then a final)
_SYLLABLE = (
    "(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|[üv]an|ai|ei|ao|ou|an|en|in|un|[üv]n"
    "|ia|ie|iu|ua|uo|ui|ue|[üv]e|er|a|o|e|i|u|ü|v)"
)
#: a reading's syllable with its tone marked, and the bracket
_PINYIN_TAIL = rf"[a-zü]{{0,5}}+[{_TONED}][a-zü{_TONED}]{{0,4}}+[)）]"
#: the characters a reading follows (〇 too: 二〇(líng)一五年)
_READ_CHAR = "[\u3007\u3400-\u9fff]"
#: a pinyin reading in parentheses right after a Han character: 報(bào)告, 根據(jù)
_PINYIN_ASCII = lazy_re(rf"\((?<={_READ_CHAR}\(){_PINYIN_TAIL}")
_PINYIN_WIDE = lazy_re(rf"（(?<={_READ_CHAR}（){_PINYIN_TAIL}")
#: a reading with its tone numbered (財(cai2)), or a neutral tone's with none (的(de)): read
#: only in a text with _PINYIN_READINGS readings of either kind, else 方式(a), 附表(a1)
_PINYIN_NUMBERED = (
    lazy_re(rf"\((?<={_READ_CHAR}\(){_SYLLABLE}[0-5][)）]"),
    lazy_re(rf"（(?<={_READ_CHAR}（){_SYLLABLE}[0-5][)）]"),
)
_PINYIN_NEUTRAL = (
    lazy_re(rf"\((?<={_READ_CHAR}\(){_SYLLABLE}[)）]"),
    lazy_re(rf"（(?<={_READ_CHAR}（){_SYLLABLE}[)）]"),
)
_PINYIN_READINGS = 2
#: a reading after a character lost in transcoding, its parenthesis lost too: 日?qǐng)
_PINYIN_LOST = lazy_re(rf"\?(\(?+{_PINYIN_TAIL})")
#: thousands separators inside a number (1,234 and 12,345,678; not 1,23 or 2018,2019);
#: the character before the number must not be a digit, a point or a comma
_THOUSANDS = lazy_re(r"[0-9]{1,3}+(?:[,，][0-9]{3}+)++(?![0-9]|[,，][0-9])")
_SEP_ASCII = lazy_re(r",(?<=[0-9],)(?=[0-9]{3})")
_SEP_WIDE = lazy_re(r"，(?<=[0-9]，)(?=[0-9]{3})")
_NOT_BEFORE_NUMBER = frozenset("0123456789.,，")
_DIGITS = frozenset("0123456789")

_EXPAND: dict[str, str] = {}
for _i in range(20):
    _EXPAND[chr(0x2474 + _i)] = f"({_i + 1})"  # ⑴ … ⒇
    _EXPAND[chr(0x2488 + _i)] = f"{_i + 1}."  # ⒈ … ⒛
for _i, _c in enumerate("一二三四五六七八九十"):
    _EXPAND[chr(0x3220 + _i)] = f"({_c})"  # ㈠ … ㈩
_EXPAND_RE = lazy_re("[" + "".join(_EXPAND) + "]")
#: one scan of the source for every run of rare characters stage 1 or 3 handles
_RARE = lazy_re(
    "[" + "".join(re.escape(chr(cp)) for cp in sorted(_FOLD)) + "".join(_EXPAND) + "○OＯ]++"
)


def _fold_runs(source: str, runs: list[re.Match[str]]) -> str:
    """``source`` with the runs found by :data:`_RARE` translated by :data:`_FOLD`.

    >>> _fold_runs("⼆⼗件 O １２", list(_RARE.finditer("⼆⼗件 O １２")))
    '二十件 O 12'
    """
    pieces: list[str] = []
    done = 0
    for m in runs:
        run = m.group()
        folded = run.translate(_FOLD)
        if folded != run:
            pieces.append(source[done : m.start()])
            pieces.append(folded)
            done = m.end()
    pieces.append(source[done:])
    return "".join(pieces)


def _block_tables() -> tuple[bytes, bytes]:
    """Two byte tables for :func:`_has_rare`: a bit per 256-character block that holds
    rare characters (by a code unit's high byte) and, by its low byte, the blocks in which
    that code unit is rare."""
    rare = sorted({*_FOLD, *map(ord, _EXPAND), ord("○"), ord("Ｏ")})
    blocks = sorted({cp >> 8 for cp in rare})
    assert len(blocks) <= 8
    high, low = bytearray(256), bytearray(256)
    for bit, block in enumerate(blocks):
        high[block] = 1 << bit
    for cp in rare:
        low[cp & 0xFF] |= 1 << blocks.index(cp >> 8)
    return bytes(high), bytes(low)


_HIGH, _LOW = _block_tables()


def _has_rare(text: str) -> bool:
    """Whether ``text`` holds a character of :data:`_RARE` other than ``O``, without a
    class test at every position: the UTF-16 code units' high and low bytes, each mapped
    through a byte table to block bits, share a bit only for a rare character.

    >>> _has_rare("二〇一九年（一）①"), _has_rare("１"), _has_rare("⑴"), _has_rare("O")
    (False, True, True, False)
    """
    if text.isascii():  # known without a scan: every rare character is past U+2400
        return False
    if _latin1(text) or _PAST_2400.search(text) is None:  # no code units to read
        return False
    if len(text) > _RARE_PIECE and _mostly_below_2400(text):
        # a page of markup (tags, scripts, styles): its few characters past U+2400,
        # gathered by one scan, are read instead of the whole page
        text = _BELOW_2400.sub("", text)
    for at in range(0, len(text), _RARE_PIECE):  # pieces: a few small copies at a time
        units = text[at : at + _RARE_PIECE].encode("utf-16-be", "surrogatepass")
        high = int.from_bytes(units[0::2].translate(_HIGH), "big")
        if high and high & int.from_bytes(units[1::2].translate(_LOW), "big"):
            return True
    return False


_RARE_PIECE = 1 << 16
_PAST_2400 = lazy_re("[\u2400-\U0010ffff]")
_BELOW_2400 = lazy_re("[\x00-\u23ff]++")


def _mostly_below_2400(text: str) -> bool:
    """Whether fewer than 1 in 20 of a strided sample of ~1,000 characters of ``text``
    are past U+2400 (an HTML page, mostly markup).

    >>> _mostly_below_2400("<p>" * 3000 + "报告"), _mostly_below_2400("报告" * 3000)
    (True, False)
    """
    sample = text[:: max(1, len(text) // 1024)]
    return len(_BELOW_2400.sub("", sample)) * 20 < len(sample)


_SP = r"[ \t\u3000\xa0]"
_WS = " \t\u3000"  # (stage 3 meets no \r and no no-break space: _line_breaks, _plain_blanks)
# one chrome token (simplified: chrome is found after the t2s pass)
_CHROME_TOKEN = (
    rf"(?:【{_SP}*+)?+(?:"
    rf"字[号体](?:显示)?+{_SP}*+[:：]?+{_SP}*+[\[【(（]?+{_SP}*+(?:大{_SP}*+中{_SP}*+小)?+"
    rf"{_SP}*+[\]】)）]?+"
    r"|打印本页|打印此页|打印页面|打印文章|打印|关闭本页|关闭窗口|关闭|返回顶部|返回首页|返回列表"
    r"|收藏本页|加入收藏|我要纠错|分享到[:：]?+|附件下载[:：]?+"
    r"|相关词条|热门词条|联络我们|基本介绍|词条标签[:：]?+|扫一扫在手机打开当前页"
    r"|选择特殊符号|选择搜索类型|请输入搜索(?:内容|关键词|关键字)?+|点击收听年报语音朗读"
    r"|\[?+编辑\]?+|播报|参考资料|列印本页|列印"
    rf"){_SP}*+】?+{_SP}*+"
)
_BULLETS = "•·●◆■▪"
#: a (stripped) line that is nothing but chrome, or a bullet naming page furniture
_CHROME_LINE = lazy_re(
    rf"(?:[{_BULLETS}]{_SP}*+(?:"
    rf"(?:来源|作者|字体显示|浏览次数|点击数|阅读次数|责任编辑|发布时间|发布日期)"
    rf"{_SP}*+[:：].{{0,40}}+"
    r"|[a-z0-9][a-z0-9-]{0,40}+\.(?:com|net|cn|org|cc|top)"
    rf")|(?:浏览次数|阅读次数|点击数|访问次数|访问量){_SP}*+[:：]{_SP}*+[0-9]{{1,12}}+{_SP}*+次?"
    rf"|(?:{_CHROME_TOKEN}(?:[|/]{_SP}*+)?+)++)"
)
_CHROME_FIRST = frozenset("字【打关返收加我分附相热联基词扫选请点编播参[列浏阅访" + _BULLETS)
#: a wiki infobox bullet (• 中文名: X) loses its label and keeps the name
_INFOBOX_LABEL = lazy_re(
    rf"{_SP}*+[{_BULLETS}]{_SP}*+(?:中文名称|中文名|外文名|名称|标题){_SP}*+[:：]{_SP}*+"
)
#: chrome at the end of a line that holds something else (发布时间:… 字体:[ ] / 大 中 小)
_CHROME_TAIL = lazy_re(
    rf"{_SP}++(?:【?+字[号体](?:显示)?+{_SP}*+[:：]{_SP}*+[\[【(（]?+{_SP}*+"
    rf"(?:大{_SP}*+中{_SP}*+小)?+{_SP}*+[\]】)）]?+】?+|大{_SP}++中{_SP}++小){_SP}*+\Z"
)


# Candidate lines, found by scans that start from a literal (a ^ or a class at every
# position is several times slower): a line whose first visible character can start
# chrome, one that ends in 小 (… 大 中 小) and one that holds 字号/字体 (字体:[ ]); no other
# line can give an edit
_LINE_FIRST = lazy_re("\n[" + _WS + "]*+[" + re.escape("".join(sorted(_CHROME_FIRST))) + "]")
_TEXT_FIRST = lazy_re("[" + _WS + "]*+[" + re.escape("".join(sorted(_CHROME_FIRST))) + "]")
_LINE_LAST = lazy_re("小[" + _WS + "]*+(?:\n|\\Z)")
_LINE_FONT = lazy_re("字[号体]")


def _add_line_starts(scan: re.Pattern[str], text: str, starts: set[int]) -> None:
    """Add the start of the line of each match of ``scan``, looked for back to the last
    match only (a long line with many 字号 is not read back to its start per match).

    >>> found: set[int] = set()
    >>> _add_line_starts(_LINE_FONT, "字号 字体\\nab 字号\\n\\n字体", found)
    >>> sorted(found)
    [0, 6, 13]
    """
    line_start = seen = 0
    for m in scan.finditer(text):
        k = text.rfind("\n", seen, m.start())
        if k >= 0:
            line_start = k + 1
        seen = m.start()
        starts.add(line_start)


def _line_edits(text: str, edits: list[tuple[int, int, str]]) -> None:
    """Chrome lines (removed with their line break), infobox labels, chrome line tails."""
    n = len(text)
    # only lines whose first or last visible character can start or end chrome
    starts = {m.start() + 1 for m in _LINE_FIRST.finditer(text)}
    if _TEXT_FIRST.match(text):
        starts.add(0)
    # two scans that start from a literal: much cheaper than one alternation
    for scan in (_LINE_LAST, _LINE_FONT):
        _add_line_starts(scan, text, starts)
    for start in sorted(starts):
        nl = text.find("\n", start)
        end = n if nl < 0 else nl
        line = text[start:end]
        pos = end + 1
        stripped = line.strip(_WS)
        if not stripped:
            continue
        first = stripped[0]
        if len(stripped) <= 60 and first in _CHROME_FIRST:
            if _CHROME_LINE.fullmatch(stripped):
                edits.append((start, min(pos, len(text)), ""))
                continue
            m = _INFOBOX_LABEL.match(line)
            if m is not None:
                edits.append((start, start + m.end(), ""))
                continue
        last = stripped[-1]
        if (last == "小" or "字" in stripped) and last in "小]】)）:：":
            m = _CHROME_TAIL.search(line)
            if m is not None:
                edits.append((start + m.start(), start + m.end(), ""))


def _thousands_edits(
    text: str, pattern: re.Pattern[str], edits: list[tuple[int, int, str]]
) -> None:
    done = -1
    for hit in pattern.finditer(text):
        p = hit.start()
        if p < done:
            continue
        begin = p
        while begin > 0 and p - begin < 3 and text[begin - 1] in _DIGITS:
            begin -= 1
        if begin > 0 and text[begin - 1] in _NOT_BEFORE_NUMBER:
            continue
        m = _THOUSANDS.match(text, begin)
        if m is None or m.end() <= p:
            continue
        done = m.end()
        edits.extend((k, k + 1, "") for k in range(begin, done) if text[k] in ",，")


#: the everyday Chinese numeral characters, simplified (the grammar's _numeral_cn.CN_CHARS
#: also reads capitals 壹贰, 廿卅 and traditional forms, which no wrapped count is joined on)
_CN_NUMERAL = "〇零一二三四五六七八九十百千万亿两"
#: a line break (and the next line's indent) before the rest of a Chinese numeral and its
#: count unit: a PDF paragraph wrapped inside a number (结转下年度继续办理二十\n六件)
_WRAP_IN_NUMERAL = lazy_re(
    rf"\n[ \t\u3000]{{0,8}}+(?=[{_CN_NUMERAL}]++[余多]?[件条个次项宗起人名家篇期场份元])"
)


def _wrapped_numeral_edits(text: str, edits: list[tuple[int, int, str]]) -> None:
    """Join a Chinese numeral that a line break cuts in two (二十\\n六件 → 二十六件): the
    characters before the break are numerals after other text on their line, and the
    next line goes on with numerals and a count unit.  (Digits cut by a break are left
    as they are: a PDF keeps a run of digits on one line, so two runs are two numbers.)

    >>> found: list[tuple[int, int, str]] = []
    >>> _wrapped_numeral_edits("办理二十\\n六件。\\n二\\n三件", found)
    >>> found
    [(4, 5, '')]
    """
    if "\n" not in text:
        return
    for m in _WRAP_IN_NUMERAL.finditer(text):
        start = m.start()
        k = start - 1  # the last character before the break
        if k < 1 or text[k] not in _CN_NUMERAL:
            continue
        # (a line that is a numeral alone, a list marker, is not cut text)
        j = k
        while j > 0 and text[j - 1] in _CN_NUMERAL:
            j -= 1
        if j == 0 or text[j - 1] == "\n":
            continue
        edits.append((start, m.end(), ""))


#: a line break before a Han character or a digit (found from its literal: re scans for
#: it fast), a candidate soft wrap when the character before it ends no sentence and the
#: two are not digits (a PDF keeps a run of digits on one line); the text is wrapped
#: when most such lines are full
_WRAP_BREAK = lazy_re("\n(?=[\u4e00-\u9fff0-9])")
#: the characters other than Han characters and digits after which a line goes on
_WRAP_AFTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz》）)”，,、；;：:")
#: a line that begins a heading or a list item (一、, （一）, 1., 第一章): a break before or
#: after it is hard
_HEADING_START = lazy_re(
    r"[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[章节部分条]"
    r"|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[、.．](?![0-9])"
)
#: a line that is a date only (2024年3月20日, 二〇二四年三月二十日): a signature's, which
#: no wrapped line runs into
_DATE_LINE = lazy_re(
    r"[ \t\u3000]*+(?:[0-9]{4}|[〇零○一二三四五六七八九]{4})[ \t]?年[ \t]?"
    r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[ \t]?月[ \t]?"
    r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[ \t]?[日号][ \t\u3000]*+"
)
#: lines of a wrapped text that its width fills, at least, to say it is one
_WRAP_MIN_LINES = 5


def _wrap_width(widths: list[int], least: int, slack: int) -> tuple[int, int] | None:
    """The width a text is wrapped at, from the widths of its lines that end inside a
    sentence, and how many lines are full at it: the width that most of the lines at least
    ``least`` wide come within ``slack`` below (the widest on a tie), when at least 5 do
    and they make half of them; else None.

    >>> _wrap_width([30, 29, 30, 28, 30, 12, 20], 24, 2), _wrap_width([30, 29, 12, 20], 24, 2)
    ((30, 5), None)
    """
    counts: dict[int, int] = {}
    for w in widths:
        if w >= least:
            counts[w] = counts.get(w, 0) + 1
    if not counts:
        return None
    below = {w: sum(counts.get(v, 0) for v in range(w - slack, w + 1)) for w in counts}
    width = max(below, key=lambda w: (below[w], w))
    # (a line a mark wider: one that hangs past the margin)
    near = below[width] + sum(counts.get(v, 0) for v in range(width + 1, width + slack + 1))
    if near < _WRAP_MIN_LINES or near * 2 < sum(counts.values()):
        return None
    return width, near


def print_width(line: str) -> int:
    """The columns ``line`` takes in print: two for a Han character or a full-width mark
    (three bytes in UTF-8), one for an ASCII one, from the UTF-8 length (no loop over the
    characters in Python).

    >>> print_width("共收到申请12件"), print_width("- 3 -")
    (14, 5)
    """
    return (len(line.encode("utf-8", "surrogatepass")) + len(line)) // 2


#: how a wrapped line's width is measured, the narrowest width a text is found wrapped
#: at, and by how much a full line may fall short of it: characters (a text saved at a
#: fixed width; 15 and one) or columns (a PDF's page, a Han character two: 24 and two,
#: for a character or a mark that did not fit and a number's digits narrower than one)
_WRAP_MEASURES: tuple[tuple[Callable[[str], int], int, int], ...] = (
    (len, 15, 1),
    (print_width, 24, 2),
)


def _soft_wrap_edits(text: str, edits: list[tuple[int, int, str]]) -> None:
    """Join the lines of text wrapped at a page's width (a PDF's text, each line cut where
    the page ends, in the middle of a sentence, a name or a number's unit: 现发布渭南市人 /
    力资源和社会保障局…, 其中涉及公共服务内容 / 的信息506条): the text is wrapped when at
    least 5 of the lines that end inside a sentence have one width (:func:`_wrap_width`),
    counted in characters (a text saved at a fixed width) or else in columns (a PDF's
    page: a Han character takes two, a digit one), and those make at least half of them;
    a line of that width (or wider) ending inside a sentence is joined to the next, unless
    either begins a heading (一、, （一）, 1.) or is a row of cells ('|', a tab, a run of
    blanks).

    >>> para = "现发布青禾市人力资源和社会保障局年度报告本报告所列数据的统计期限自一月一日起" * 2
    >>> text = "\\n".join(para[i : i + 15] for i in range(0, len(para), 15)) + "。\\n一、概述"
    >>> found: list[tuple[int, int, str]] = []
    >>> _soft_wrap_edits(text, found)
    >>> [text[a - 1 : b + 1] for a, b, _ in found]
    ['障\\n局', '计\\n期', '人\\n力', '报\\n告', '日\\n起']
    """
    if text.count("\n") < _WRAP_MIN_LINES:
        return
    breaks = []  # (the break's start, its end, its line's start)
    for m in _WRAP_BREAK.finditer(text):
        at = nl = m.start()
        if at == 0:
            continue
        last = text[at - 1]
        if "0" <= last <= "9":
            if "0" <= text[nl + 1] <= "9" and not _number_cut(text, at, nl + 1):
                continue  # (two numbers, one a line)
        elif not "\u4e00" <= last <= "\u9fff" and last not in _WRAP_AFTER:
            continue  # (a sentence's end, or a line of something else)
        breaks.append((at, nl + 1, text.rfind("\n", 0, at) + 1))
    if not breaks:
        return
    # wrapped at a number of characters (a text saved at a fixed width) or of columns (a
    # PDF's page): the measure by which more lines are full
    found = []
    for measure, least, slack in _WRAP_MEASURES:
        widths = [measure(text[a:at]) for at, _, a in breaks]
        got = _wrap_width(widths, least, slack)
        if got is not None:
            found.append((got[1], got[0], slack, widths))
    if not found:
        return
    _, width, slack, widths = max(found, key=lambda f: f[0])
    for (at, end, line_start), w in zip(breaks, widths, strict=True):
        if w < width - slack:
            continue
        next_end = text.find("\n", end)
        next_line = text[end : len(text) if next_end < 0 else next_end]
        line = text[line_start:at]
        if _HEADING_START.match(line) or _HEADING_START.match(next_line):
            continue  # (a heading's line stays as printed: the outline reads it so)
        if _cell_row(line) or _cell_row(next_line):
            continue
        if ("日" in next_line or "号" in next_line) and _DATE_LINE.fullmatch(next_line):
            continue  # (a signature: the body's name, then its date)
        edits.append((at, end, ""))


def _number_cut(text: str, at: int, start: int) -> bool:
    """Whether the digits before a line break (at ``at``) and after it (from ``start``) are
    one number of a sentence the wrap cut (公开信息数3 / 89条, 件。2 / 016年): words or a
    clause's mark before the first part and its unit or a word right after the second;
    not numbers a line each, nor cells.

    >>> _number_cut("公开信息数3\\n89条", 6, 7), _number_cut("合计 3\\n89 12", 4, 5)
    (True, False)
    >>> _number_cut("减少6件。2\\n016年", 6, 7), _number_cut("6件 2\\n016年", 4, 5)
    (True, False)
    """
    i = at
    while i > 0 and "0" <= text[i - 1] <= "9":
        i -= 1
    j = start
    while j < len(text) and "0" <= text[j] <= "9":
        j += 1
    return (
        i > 0
        and ("\u4e00" <= text[i - 1] <= "\u9fff" or text[i - 1] in "，。；：、")
        and j < len(text)
        and ("\u4e00" <= text[j] <= "\u9fff" or text[j] in "%％")
    )


def _cell_row(line: str) -> bool:
    """Whether ``line`` is a row of cells: '|' or tab separated, or aligned by blanks."""
    return "|" in line or "\t" in line or "  " in line or "\u3000\u3000" in line


#: variant spellings OpenCC's t2s leaves, each folded to the form the readers look for
_VARIANTS = (("谘", "咨"), ("覆议", "复议"), ("衞", "卫"), ("敍", "叙"), ("痺", "痹"))


def _variant_edits(text: str, edits: list[tuple[int, int, str]]) -> None:
    """Fold the :data:`_VARIANTS` (a literal search each: nearly every text has none).

    >>> found: list[tuple[int, int, str]] = []
    >>> _variant_edits("政策谘询3次，行政覆议1件", found)
    >>> found
    [(2, 3, '咨'), (9, 11, '复议')]
    """
    for variant, standard in _VARIANTS:
        at = text.find(variant)
        while at >= 0:
            edits.append((at, at + len(variant), standard))
            at = text.find(variant, at + len(variant))


#: a wiki page's footnote mark after a word or a sentence (费用[1]。, 申请。[2][3]本…): a
#: mark of one to three digits, or a range of them, after a sentence's end, or between a
#: Han character or a closing mark and the end of a clause or line; and its edit link
#: after a heading (二、收费[编辑])
_FOOTNOTE_MARK = lazy_re(
    r"\[(?:(?<=[。！？；][\[])[0-9]{1,3}+(?:-[0-9]{1,3}+)?\]"
    r"|(?<=[\u3400-\u9fff，：、）》”\]][\[])(?:[0-9]{1,3}+(?:-[0-9]{1,3}+)?|编辑)\]"
    r"(?=[\[。，；：、,;:.\n]|$))"
)
#: a wiki page's edit link (and audio link) at the end of a heading's line: 二、收费及减免情况编辑
_EDIT_LINK_TAIL = lazy_re(r"编辑[ \t\u3000]*+(?=\n|\Z)")

#: an entry of a wiki page's 参考资料 (1. 某县2015年报．政府网站．2016-03-25[引用日期2016-04-02])
_WIKI_REFERENCE = lazy_re(r"(?m)^[^\n\[]{0,200}+\[引用日期[^\n\]]{0,20}+\][ \t]*+(?:\n|\Z)")
#: a markdown backslash escape of a row numeral or a sign ('3\\.其他', '\\-6', '7\\.45'):
#: the backslash before a '.' or '-' that follows a digit or a cell's start (an escaped
#: '\\|' stays: it is a pipe inside a cell, no separator)
_MARKDOWN_ESCAPE = lazy_regex(r"(?:(?<=[0-9])|(?<=[|\t][ \t]{0,3})|(?<=^))\\(?=[.-])", regex.M)


#: characters that print as nothing (zero-width space, joiners, word joiner, byte order
#: mark, soft hyphen): a page copied out of a browser or an editor has them between the
#: characters of a number or of a cell separator (``1\u200b2``, ``\u200b|``)
#: characters that show nothing: zero-width space and joiners, word joiner, BOM, soft hyphen
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\xad"

_INVISIBLE_RUN = lazy_re(f"[{INVISIBLE}]++")


# --- page footers ------------------------------------------------------------------------

#: a page-footer line (its page number)
FOOTER_LINE = lazy_regex(
    r"(?m)^[ \t\u3000\f]{0,80}+"
    r"(?:[-—–－][ \t]{0,3}+\d{1,3}[ \t]{0,3}+[-—–－]"
    r"|第[ \t]{0,3}+\d{1,3}[ \t]{0,3}+页(?:[ \t,，/]{0,3}+共[ \t]{0,3}+\d{1,3}[ \t]{0,3}+页)?"
    r"|\d{1,3}[ \t]{0,2}+/[ \t]{0,2}+\d{1,3})"
    r"[ \t\u3000\f]{0,80}+$"
)

#: FOOTER_LINE on the stdlib engine, its line start a line break to jump to (a pattern
#: that opens with a literal is searched for it first), and on the text's first line
_FOOTER_BODY = FOOTER_LINE.pattern.replace("}+", "}").removeprefix("(?m)^").removesuffix("$")
_FOOTER_SCAN = lazy_re(r"\n(" + _FOOTER_BODY + r")(?=\n|\Z)")
_FOOTER_FIRST = lazy_re(_FOOTER_BODY + r"(?=\n|\Z)")


def footer_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the page-footer lines of ``text``: a whole line (the pattern is
    anchored at both ends of a line and matches no line break) holding a page number
    (``- 3 -``, ``第3页 共5页``, ``3 / 12``): :data:`FOOTER_LINE`, found by its twin on
    the stdlib engine (no possessive quantifier changes what it matches: each bounded
    run of blanks is followed by a character that is no blank), tried at line starts
    only.

    >>> t = "主动公开政府信\\n- 1 -\\n息845条。第3页\\n  第 3 页 共 5 页\\n"
    >>> [t[a:b] for a, b in footer_lines(t)]
    ['- 1 -', '  第 3 页 共 5 页']
    """
    first = _FOOTER_FIRST.match(text)
    spans = [] if first is None else [first.span()]
    spans.extend(m.span(1) for m in _FOOTER_SCAN.finditer(text))
    return spans


#: a line break tag (<br>, <br/>, <BR />)
_BR_TAG = lazy_re(r"(?i)<br[ \t]*/?[ \t]*>")


def _cell_break_edits(text: str, edits: list[tuple[int, int, str]]) -> None:
    """Line break tags inside the cells of Markdown rows (a line that opens and closes
    with '|'), dropped: a Markdown table keeps a cell's line break as ``<br>`` (``| 1.本
    <br>机关不掌握相关政府信息 | 0 | 1 |``), and the cell reads as one; three of them do not
    make the text an HTML page.  (Rows an HTML page separates by ``<br>``, 规章 | 1<br>规范
    性文件 | 2, keep them.)

    >>> t = "| 四、结转<br>下年度继续办理 | 0 | 1 |\\n<p>规章 | 1<br/>规范性文件 | 2</p>"
    >>> found: list[tuple[int, int, str]] = []
    >>> _cell_break_edits(t, found)
    >>> [t[a:b] for a, b, _ in found]
    ['<br>']
    """
    line_end = -1
    row = False
    for m in _BR_TAG.finditer(text):
        if m.start() > line_end:
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            if line_end < 0:
                line_end = len(text)
            line = text[line_start:line_end].strip()
            row = line.startswith("|") and line.endswith("|")
        if row:
            edits.append((m.start(), m.end(), ""))


#: a line set in Markdown bold (**一、总体情况**, __…__): its two markers
_BOLD_LINE = lazy_re(r"(?m)^(\*\*|__)(?=[^\s*_])[^\n]{1,200}?[^\s*_]\1[ \t\u3000]*$")


def _bold_line_edits(text: str, edits: list[tuple[int, int, str]]) -> None:
    """The markers of lines set in Markdown bold, dropped (a converter's headings:
    ``**一、基本情况**``): the line reads as what it says.

    >>> t = "**一、基本情况**\\n**五、行政复议、行政诉讼情况** \\n共**3**件"
    >>> found: list[tuple[int, int, str]] = []
    >>> _bold_line_edits(t, found)
    >>> [(a, b) for a, b, _ in found]
    [(0, 2), (8, 10), (11, 13), (26, 28)]
    """
    for m in _BOLD_LINE.finditer(text):
        a = m.start(1)
        b = text.rindex(m.group(1), a + 2, m.end())
        edits.append((a, a + 2, ""))
        edits.append((b, b + 2, ""))


#: a quoted cell of a tab-separated row that holds line breaks (a spreadsheet's copy of a
#: cell with a line break in it): opened at a line's start or after a tab, closed before
#: a tab or a line's end
_QUOTED_CELL = lazy_re(r'[\t\n]("[^"\t\n]{0,200}(?:\n[^"\t\n]{0,200}){1,4}")(?=[\t\n]|\Z)')


def _quoted_cell_edits(text: str, edits: list[tuple[int, int, str]]) -> None:
    """The line breaks inside quoted cells of tab-separated rows, dropped: the cell is one
    cell of its row (``⇥"（二）部分公开（区分处理的⏎，只计…）"⇥⇥1⇥1…``: the label and its
    numbers on one line).

    >>> t = '\\t"（二）部分公开（区分\\n处理的）"\\t1\\t2\\n"a\\n b"'
    >>> found: list[tuple[int, int, str]] = []
    >>> _quoted_cell_edits(t, found)
    >>> [t[a:b] for a, b, _ in found]
    ['\\n']
    """
    # (the scan starts at a tab or a line break: a quoted cell after one, or at the
    # text's start, read as if a line break came first)
    for m in _QUOTED_CELL.finditer("\n" + text):
        start, end = m.start(1) - 1, m.end(1) - 1  # (the cell's span in ``text``)
        line_end = text.find("\n", end)
        after = text.find("\t", end, len(text) if line_end < 0 else line_end)
        if after < 0 and not text.startswith("\t", start - 1):
            continue  # (a quotation over lines, not a cell of a row: no tab beside it)
        at = text.find("\n", start, end)
        while at >= 0:
            edits.append((at, at + 1, ""))
            at = text.find("\n", at + 1, end)


def _footer_edits(text: str, edits: list[tuple[int, int, str]]) -> None:
    """Page-footer lines (:func:`footer_lines`) removed with their line break: a page's
    number printed between the two halves of a sentence (全年主动公开政府信 / - 1 - / 息845
    条) or of a table is no part of either.
    """
    for a, b in footer_lines(text):
        edits.append((a, b + 1 if text.startswith("\n", b) else b, ""))


#: the longest heading a wiki edit link is looked for after
_EDIT_LINK_HEAD = 60


def _edit_link_edits(text: str, edits: list[tuple[int, int, str]]) -> None:
    """Drop a wiki page's edit link at the end of a heading's line (not of a sentence's:
    the line starts with a heading's marker and is short).

    >>> found: list[tuple[int, int, str]] = []
    >>> _edit_link_edits("一、概述 播报 编辑\\n本局负责编辑\\n二、收费编辑", found)
    >>> found
    [(4, 10, ''), (22, 24, '')]
    """
    for m in _EDIT_LINK_TAIL.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        # (blanks and an audio link may stand before it: 播报 编辑)
        head = text[line_start : m.start()].rstrip(_WS)
        if head.endswith("播报"):
            head = head[:-2].rstrip(_WS)
        start = line_start + len(head)
        head = head.lstrip(_WS)
        if head and len(head) <= _EDIT_LINK_HEAD and _HEADING_START.match(head):
            edits.append((start, m.end(), ""))


def _edits(text: str, expand: bool) -> list[tuple[int, int, str]]:
    """The (start, end, replacement) edits of stage 3, sorted and without overlaps."""
    edits: list[tuple[int, int, str]] = []
    if not text.isascii() and any(ch in text for ch in INVISIBLE):
        edits.extend((m.start(), m.end(), "") for m in _INVISIBLE_RUN.finditer(text))
    readings = len(edits)
    if "(" in text:
        edits.extend((m.start(), m.end(), "") for m in _PINYIN_ASCII.finditer(text))
    if "（" in text:
        edits.extend((m.start(), m.end(), "") for m in _PINYIN_WIDE.finditer(text))
    # (a literal opens each pattern: one pattern a bracket, and only where it stands)
    brackets = [k for k, b in enumerate("(（") if b in text]
    if brackets:
        numbered = [
            (m.start(), m.end(), "") for k in brackets for m in _PINYIN_NUMBERED[k].finditer(text)
        ]
        if len(edits) - readings + len(numbered) >= _PINYIN_READINGS:
            edits += numbered
            for k in brackets:
                edits.extend((m.start(), m.end(), "") for m in _PINYIN_NEUTRAL[k].finditer(text))
    if "?" in text:
        edits.extend((m.start(1), m.end(1), "") for m in _PINYIN_LOST.finditer(text))
    if "," in text:
        _thousands_edits(text, _SEP_ASCII, edits)
    if "，" in text:
        _thousands_edits(text, _SEP_WIDE, edits)
    if "\\" in text:
        edits.extend((m.start(), m.end(), "") for m in _MARKDOWN_ESCAPE.finditer(text))
    if "[" in text:
        edits.extend((m.start(), m.end(), "") for m in _FOOTNOTE_MARK.finditer(text))
        if "[引用日期" in text:
            edits.extend((m.start(), m.end(), "") for m in _WIKI_REFERENCE.finditer(text))
    if "编辑" in text:
        _edit_link_edits(text, edits)
    if expand:  # the source has ⑴ ⒈ ㈠ …
        edits.extend((m.start(), m.end(), _EXPAND[m.group()]) for m in _EXPAND_RE.finditer(text))
    _line_edits(text, edits)
    if ('\t"' in text or '\n"' in text or text.startswith('"')) and "\t" in text:
        _quoted_cell_edits(text, edits)  # (a quoted cell opens after a tab or a break)
    if "\n**" in text or "\n__" in text or text.startswith(("**", "__")):
        _bold_line_edits(text, edits)
    if "|" in text and ("<br" in text or "<BR" in text):
        _cell_break_edits(text, edits)
    if "\n" in text:  # (a footer is a line of its own: one scan finds them)
        _footer_edits(text, edits)
    _wrapped_numeral_edits(text, edits)
    _soft_wrap_edits(text, edits)
    _variant_edits(text, edits)
    if not edits:
        return edits
    edits.sort()
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for e in edits:
        if e[0] >= last_end:
            out.append(e)
            last_end = e[1]
    return out


# --- the offset map --------------------------------------------------------------------

# A map is a list of segments (text_start, source_start, source_end, linear): the text from
# text_start up to the next segment's text_start came from source[source_start:source_end].
# In a linear segment text and source have the same length and correspond character by
# character; any part of a non-linear one maps to its whole source span.
_Seg = tuple[int, int, int, bool]


class Segments:
    """The segments of an offset map in four flat arrays: a text saved with CRLFs, or a
    PDF's text of one cell a line, has a segment a line, and a list of tuples of ints
    took ~190 bytes each (60 MB for 580,000 characters); these take 25.

    A sequence of ``(text_start, source_start, source_end, linear)`` tuples:

    >>> segs = Segments([(0, 0, 3, True), (3, 4, 6, False)])
    >>> len(segs), segs[1], list(segs) == [(0, 0, 3, True), (3, 4, 6, False)]
    (2, (3, 4, 6, False), True)
    >>> segs == Segments([(0, 0, 3, True), (3, 4, 6, False)]), list(segs.text_starts)
    (True, [0, 3])
    """

    __slots__ = ("linear", "source_ends", "source_starts", "text_starts")

    def __init__(self, segs: Iterable[_Seg] = ()) -> None:
        self.text_starts = array("q")
        self.source_starts = array("q")
        self.source_ends = array("q")
        self.linear = bytearray()
        for seg in segs:
            self.append(seg)

    def append(self, seg: _Seg) -> None:
        """Add a segment at the end."""
        self.text_starts.append(seg[0])
        self.source_starts.append(seg[1])
        self.source_ends.append(seg[2])
        self.linear.append(seg[3])

    def __len__(self) -> int:
        return len(self.linear)

    def __getitem__(self, k: int) -> _Seg:
        return (
            self.text_starts[k],
            self.source_starts[k],
            self.source_ends[k],
            bool(self.linear[k]),
        )

    def __iter__(self) -> Iterator[_Seg]:
        return zip(
            self.text_starts,
            self.source_starts,
            self.source_ends,
            map(bool, self.linear),
            strict=True,
        )

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Segments):
            return (
                self.text_starts == other.text_starts
                and self.source_starts == other.source_starts
                and self.source_ends == other.source_ends
                and self.linear == other.linear
            )
        if isinstance(other, tuple | list):
            return list(self) == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Segments({list(self)!r})"


def _segments(segs: Iterable[_Seg]) -> Segments:
    """``segs`` as :class:`Segments` (the object itself when it is one)."""
    return segs if isinstance(segs, Segments) else Segments(segs)


def _apply(text: str, edits: Iterable[tuple[int, int, str]]) -> tuple[str, Segments]:
    """Apply edits to ``text``; the segments map the result back to ``text``.

    An edit whose replacement is the end of what it replaces (a CRLF that becomes its
    LF) deletes the rest: what it keeps runs on in the next linear segment, so that a
    text of CRLFs maps with one segment a line, not two.

    >>> _apply("a\\r\\nb\\r\\nc", [(1, 3, "\\n"), (4, 6, "\\n")])
    ('a\\nb\\nc', Segments([(0, 0, 1, True), (1, 2, 4, True), (3, 5, 7, True)]))
    """
    pieces: list[str] = []
    segs = Segments()
    pos = 0
    out_len = 0
    for start, end, repl in edits:
        if repl and end - start > len(repl) and text.startswith(repl, end - len(repl), end):
            end -= len(repl)
            repl = ""
        if start > pos:
            pieces.append(text[pos:start])
            segs.append((out_len, pos, start, True))
            out_len += start - pos
        if repl:
            pieces.append(repl)
            segs.append((out_len, start, end, len(repl) == end - start))
            out_len += len(repl)
        pos = end
    if pos < len(text) or not segs:
        pieces.append(text[pos:])
        segs.append((out_len, pos, len(text), True))
    return "".join(pieces), segs


def _point(segs: Segments, starts: array[int], i: int, *, end: bool) -> int:
    """The source offset of text position ``i``: the start of character ``i`` or, with
    ``end``, the end of character ``i - 1``."""
    k = max(bisect.bisect_right(starts, i - 1 if end else i) - 1, 0)
    t0, s0, s1, linear = segs[k]
    if linear:
        return min(s0 + (i - t0), s1)
    return s1 if end else s0


def _compose(outer: Segments, inner: Segments | None) -> Segments:
    """Chain a map text→mid (``outer``) with mid→source (``inner``; None = identity)."""
    if inner is None:
        return outer
    starts = inner.text_starts
    out = Segments()
    for t0, m0, m1, linear in outer:
        if not linear or m1 == m0:
            s0 = _point(inner, starts, m0, end=False)
            s1 = _point(inner, starts, m1, end=True) if m1 > m0 else s0
            out.append((t0, s0, max(s0, s1), False))
            continue
        # split the linear piece along the inner segments it crosses
        k = max(bisect.bisect_right(starts, m0) - 1, 0)
        pos = m0
        while pos < m1:
            i0, j0, j1, lin = inner[k]
            i_end = inner[k + 1][0] if k + 1 < len(inner) else m1
            piece_end = min(m1, i_end)
            if lin:
                out.append((t0 + pos - m0, j0 + pos - i0, j0 + piece_end - i0, True))
            else:
                out.append((t0 + pos - m0, j0, j1, piece_end - pos == j1 - j0 == 1))
            pos = piece_end
            k += 1
    return out


# --- the result ------------------------------------------------------------------------


@attrs.frozen(slots=True)
class Normalized:
    """A normalized text and the map from its offsets to the source's.

    >>> n = normalize("受理１，２３４件")
    >>> n.text, n.to_source((2, 6)), n.source[slice(*n.to_source((2, 6)))]
    ('受理1234件', (2, 7), '１，２３４')
    """

    source: str
    text: str
    script: Script = Script.SIMPLIFIED
    # the segments (text_start, source_start, source_end, linear); see _apply
    segments: Segments = attrs.field(factory=Segments, converter=_segments)
    #: optional per-character map (``starts[i]`` is the source offset of ``text[i]``,
    #: ``starts[len(text)] == len(source)``); when given it replaces ``segments``
    starts: tuple[int, ...] | None = attrs.field(default=None, repr=False, eq=False)
    _starts: array[int] = attrs.field(init=False, repr=False, eq=False, hash=False)
    # True when every offset of the text is its own source offset (one linear segment
    # over the whole source, no per-character map): to_source only clamps
    _identity: bool = attrs.field(init=False, repr=False, eq=False, hash=False)
    # views derived from ``text`` (an HTML page's readable text), made once per report
    _derived: dict[str, Any] = attrs.field(
        init=False, factory=dict, repr=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        segs = self.segments
        if not segs:
            segs.append((0, 0, len(self.source), len(self.text) == len(self.source)))
        object.__setattr__(self, "_starts", segs.text_starts)
        n = len(self.text)
        identity = (
            len(segs) == 1
            and segs[0] == (0, 0, n, True)
            and len(self.source) == n
            and (self.starts is None or len(self.starts) != n + 1)
        )
        object.__setattr__(self, "_identity", identity)

    def derived(self, key: str, make: Callable[[str], _T]) -> _T:
        """``make(self.text)``, computed once per report and kept under ``key``, so that
        readers share a derived view (an HTML page's readable text) instead of redoing it.

        >>> n = normalize("abc")
        >>> n.derived("upper", str.upper), n.derived("upper", str.lower)
        ('ABC', 'ABC')
        """
        cache = self._derived
        if key in cache:
            return cast(_T, cache[key])
        value = make(self.text)
        cache[key] = value
        return value

    def to_source(self, span: Span) -> Span:
        """Map a span of :attr:`text` to the span of :attr:`source` it came from.

        An empty span maps to the source position of its place; text removed between
        two kept characters belongs to the span only when both sides do.
        """
        start, end = span
        n = len(self.text)
        if start < 0:
            start = 0
        elif start > n:
            start = n
        if end < start:
            end = start
        elif end > n:
            end = n
        if self._identity:
            return (start, end)
        if self.starts is not None and len(self.starts) == n + 1:
            return _legacy(self.starts, start, end)
        if start == n:
            return (len(self.source), len(self.source))
        # _point, inlined: the readers call this very often
        segs = self.segments
        starts = self._starts
        k = bisect.bisect_right(starts, start) - 1
        t0, s0, s1, linear = segs[k if k > 0 else 0]
        s = (s0 + start - t0 if s0 + start - t0 < s1 else s1) if linear else s0
        if end == start:
            return (s, s)
        k = bisect.bisect_right(starts, end - 1) - 1
        t0, s0, s1, linear = segs[k if k > 0 else 0]
        e = (s0 + end - t0 if s0 + end - t0 < s1 else s1) if linear else s1
        return (s, s if e < s else e)


def _legacy(starts: tuple[int, ...], start: int, end: int) -> Span:
    if end == start:
        return (starts[start], starts[start])
    return (starts[start], max(starts[end], starts[end - 1] + 1))


# characters that traditional texts write too (s2t changes them only in some words); a
# machine-converted traditional text keeps them (關于, 規范, 聯系, 其余)
_BOTH_SCRIPTS = frozenset(
    "于并范系余后里台只干面制准表采历冲几划尽汇钟须征致出云才向别克党舍回志折据杰板注泛"
    "彩念挂秋签筑周合涂秘背药适"
)


def _script(folded: str, simplified: str) -> Script:
    """SIMPLIFIED when t2s changes nothing; else TRADITIONAL unless the text also holds
    many characters that only the simplified script writes (MIXED).  The distinct
    characters of a strided sample of ~400 characters decide.

    >>> [_script(s, _convert(s)).value for s in ("报告", "報告", "報告报告后台执行认证")]
    ['simplified', 'traditional', 'mixed']
    """
    if folded == simplified:
        return Script.SIMPLIFIED
    step = max(1, len(folded) // 400)
    before, after = folded[::step], simplified[::step]
    # the sample's characters that t2s changed (not in the converted sample) count as
    # traditional; those it left alone that s2t would change are written only in
    # simplified.  Each distinct character is looked at once, in the order it first
    # occurs, and no set is built (a set of a few hundred characters holds a 32 KB table
    # and one str object per CJK character): ``seen`` grows by a character per new one.
    # The candidates go one per line to s2t, so that no phrase spans two of them and
    # their order does not change what s2t makes of each
    trad = 0
    cands = seen = ""
    for c in before:
        if c in seen:
            continue
        seen += c
        if c not in after:
            trad += 1
        elif c >= "\u3400":
            cands += c + "\n"
    if trad == 0:
        return Script.SIMPLIFIED
    cands = cands[:-1]
    try:
        back: str = _s2t().convert(cands)
    except (UnicodeError, ValueError, TypeError):
        return Script.TRADITIONAL
    if len(back) != len(cands):
        return Script.TRADITIONAL
    simp = (
        0
        if back == cands
        else sum(
            a != b and a not in _BOTH_SCRIPTS for a, b in zip(cands[::2], back[::2], strict=True)
        )
    )
    share = trad / (trad + simp)
    if share >= 0.85:
        return Script.TRADITIONAL
    if share <= 0.15:
        return Script.SIMPLIFIED
    return Script.MIXED


def _t2s_with_map(folded: str) -> tuple[str, Segments | None]:
    """OpenCC over the whole text; when the length changes, line by line, and character
    by character inside the lines whose length changed."""
    converted = _convert_long(folded)
    if len(converted) == len(folded):
        return converted, None
    pieces: list[str] = []
    segs = Segments()
    out_len = 0
    pos = 0
    for line in folded.splitlines(keepends=True):
        conv = _convert(line)
        if len(conv) == len(line):
            pieces.append(conv)
            segs.append((out_len, pos, pos + len(line), True))
            out_len += len(conv)
        else:
            for k, ch in enumerate(line):
                c = _convert(ch)
                pieces.append(c)
                segs.append((out_len, pos + k, pos + k + 1, len(c) == 1))
                out_len += len(c)
        pos += len(line)
    return "".join(pieces), segs


_ESCAPED_BREAK = lazy_re(r"\\r\\n|\\n")
_LONE_CR = lazy_re(r"\r(?!\n)")
#: a form feed that does not start a line: a page joined to the one before it
_RUN_ON_PAGE = lazy_re(r"(?<![\n\r])\f")
#: a numeric character reference (&#36914;, &#x9032;): a CMS page's way with characters
#: outside its encoding, traditional ones above all
_CHAR_REF = lazy_re(r"&#(?:([0-9]{4,7}+)|[xX]([0-9a-fA-F]{4,6}+));")
#: the characters a reference is read as before OpenCC: CJK symbols and punctuation, kana,
#: Han, compatibility ideographs, full-width forms (no markup character: &#60; stays)
_REF_LOW, _REF_HIGH = 0x3000, 0x3FFFF


def _char_ref_edits(source: str, edits: list[tuple[int, int, str]]) -> None:
    """Add an edit for each numeric character reference of a CJK character in ``source``.

    >>> e = []; _char_ref_edits("改&#36914;措施&#x4E00;&#60;", e); e
    [(1, 9, '進'), (11, 19, '一')]
    """
    for m in _CHAR_REF.finditer(source):
        dec, hexa = m.groups()
        code = int(dec) if dec is not None else int(hexa, 16)
        if _REF_LOW <= code <= _REF_HIGH and not 0xD800 <= code <= 0xDFFF:
            edits.append((m.start(), m.end(), chr(code)))


def _line_breaks(source: str) -> tuple[str, Segments | None]:
    """The source with every line break a line feed, in one pass and one map back to the
    source (None: no change):

    - line breaks saved escaped (the two characters ``\\n``, as a JSON string holds them)
      are restored when there are fewer real ones: a text whose lines run into one line
      reads row labels, cells and sentences together;
    - ``\\r\\n`` (Windows) and a lone ``\\r`` (old Mac text, some copies out of Word)
      become ``\\n``, as Python's universal newlines read a file, so that no reader meets
      a carriage return at a line's end.
    - a form feed that does not start a line (pages joined with ``"\\f".join``) gets a
      line break before it, as pdftotext writes one: the last line of a page (its
      footer ``- 3 -``) is not the first of the next.

    >>> _line_breaks("报告\\\\n一、总体情况\\\\n四、结转下年度继续办理 | 1")[0]
    '报告\\n一、总体情况\\n四、结转下年度继续办理 | 1'
    >>> _line_breaks("路径C:\\\\new\\n又\\\\n第二行\\n")[1] is None  # more real breaks
    True
    >>> _line_breaks("一、概述\\r二、主动公开\\r\\n三")[0]
    '一、概述\\n二、主动公开\\n三'
    >>> _line_breaks("- 3 -\\f3.要求申请人补正\\n\\f四、")[0]
    '- 3 -\\n\\x0c3.要求申请人补正\\n\\x0c四、'

    And a numeric character reference of a CJK character becomes the character
    (:func:`_char_ref_edits`), so that OpenCC simplifies it and a value's span takes the
    whole reference: ``行政&#35380;&#35359;2件``.
    """
    edits: list[tuple[int, int, str]] = []
    if "&#" in source:
        _char_ref_edits(source, edits)
    escaped = source.count("\\n")
    if escaped >= 2 and escaped > source.count("\n"):
        edits.extend((m.start(), m.end(), "\n") for m in _ESCAPED_BREAK.finditer(source))
    if "\f" in source:
        edits.extend((m.start(), m.end(), "\n\f") for m in _RUN_ON_PAGE.finditer(source))
    if "\r" not in source:
        if not edits:
            return source, None
        edits.sort()
        return _apply(source, edits)
    # a CRLF becomes a line feed (an edit: its CR deleted); a lone CR becomes one one for
    # one, after the other edits are found (no edit at all: a text of 100,000 CRs mapped
    # each one, 360 times its size in memory); with no other edit, the CRLFs' edits are
    # made as they are found, not listed first (a list of them took 120 bytes a line)
    lone_cr = _LONE_CR.sub("\n", source)
    crlfs = ((k, k + 2, "\n") for k in _crlf_starts(source))
    if not edits:
        text, segs = _apply(lone_cr, crlfs)
        return text, segs if len(segs) > 1 else None
    edits.extend(crlfs)
    edits.sort()
    return _apply(lone_cr, edits)


def _crlf_starts(text: str) -> Iterator[int]:
    """Where each CRLF of ``text`` starts.

    >>> list(_crlf_starts("a\\r\\nb\\rc\\r\\n"))
    [1, 6]
    """
    k = text.find("\r\n")
    while k >= 0:
        yield k
        k = text.find("\r\n", k + 2)


#: no-break spaces (&nbsp; of a web page, a PDF's fixed spaces) and the typographic
#: spaces that copies out of Word and web pages hold: blanks like any other (the
#: ideographic space U+3000 stays: an indent, a heading's gap, a blank cell of Chinese text);
#: and the line breaks other than CR and FF that :meth:`str.splitlines` knows (Word's
#: manual break ``\\v``, the Unicode line and paragraph separators of copies out of
#: JavaScript and word processors, NEL): line feeds
_PLAIN_BLANKS = (
    *((ch, " ") for ch in "\xa0\u202f\u2002\u2003\u2009"),
    *((ch, "\n") for ch in "\v\x1c\x1d\x1e\x85\u2028\u2029"),
)


def _plain_blanks(text: str) -> str:
    """``text`` with each blank and line break of :data:`_PLAIN_BLANKS` a space or a line
    feed, one character for one (spans stay where they are).

    >>> _plain_blanks("- 5 -\\xa0共\\u2002三页\\u2028四、\\v五")
    '- 5 - 共 三页\\n四、\\n五'
    """
    for ch, plain in _PLAIN_BLANKS:
        if ch in text:
            text = text.replace(ch, plain)
    return text


def normalize(source: str) -> Normalized:
    """Normalize a report string (see the module docstring).  Never raises on a ``str``.

    >>> n = normalize("相關詞條\\n二○一九年受理⼆⼗件\\n")
    >>> n.text
    '二〇一九年受理二十件\\n'
    >>> n.source[slice(*n.to_source((7, 10)))]
    '⼆⼗件'
    """
    # one for one first: _line_breaks then sees every line break as \\n, \\r or \\f
    unescaped, breaks_map = _line_breaks(_plain_blanks(source))
    folded = unescaped
    # nearly every text has no rare character: no scan with a class at every position
    if _has_rare(unescaped):
        # one scan for runs of rare characters gives both the set and the places to fold
        # (a run's other characters are not in _FOLD: translate leaves them)
        runs = list(_RARE.finditer(unescaped))
        rare = set("".join([m.group() for m in runs]))
        if not rare.isdisjoint(_FOLD_CHARS):
            folded = _fold_runs(unescaped, runs)
    else:
        rare = set("O" if "O" in unescaped else "")
    if not rare.isdisjoint("○OＯ"):
        folded = _fold_zeros(folded)
    simplified, t2s_map = _t2s_with_map(folded)
    script = _script(folded, simplified)
    del folded, unescaped  # copies of the source: not kept while editing
    edits = _edits(simplified, not rare.isdisjoint(_EXPAND))
    if not edits and t2s_map is None and breaks_map is None:
        return Normalized(source=source, text=simplified, script=script)
    text, segs = _apply(simplified, edits)
    segs = _compose(_compose(segs, t2s_map), breaks_map)
    return Normalized(source=source, text=text, script=script, segments=segs)
