"""Surface forms of the tables: page footers, cell rows, number tokens, cell values.

The table readers work on a *masked* copy of the normalized text (same length, same
offsets) in which page footers (``-3-``, ``- 3 -``, ``第 3 页``, ``第3页 共5页``) and
running heads (the report's title line printed again atop each page) are overwritten by
:data:`FOOTER_MARK`, so that a page break that splits a table is neither a number nor a
row.

>>> masked = mask_footers("规章 1\\n- 3 -\\n规范性文件 2")
>>> [t.text for t in number_tokens(masked, 0, len(masked))]
['1', '2']
>>> row = "减少 45 -3 增加 6 减免 —"  # a decrease is a token of its own, never dropped
>>> [t.text for t in number_tokens(row, 0, len(row))]
['减少', '45', '-', '3', '6', '—']
>>> [c.text for c in split_cells("| 规章 | 1 | |")]
['规章', '1', '']
>>> clean_cell(" 1,234 "), clean_cell("—"), clean_cell("１２")
('1234', '', '12')
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from ._lazy import lazy_re, lazy_regex
from .normalize import footer_lines, print_width

#: overwrites every character of a page-footer line (not whitespace, not a number)
FOOTER_MARK = "\ue000"

#: the words of a decrease a cell may print before its number (减少 45, 减 3: -45, -3)
MINUS_WORDS = ("减少", "减")
#: a token begins where a cell may (after a blank, a cell separator, a footer mark or at
#: the text's start) and a mark stands alone (a blank, a separator or a footer mark next)
_AT_CELL = r"(?<![^\s|\ue000])"
_ALONE = r"(?![^\s|\ue000])"
#: the dashes (and slash) a blank cell prints
DASH_CHARS = "-/—–－−﹣"
#: a dash standing alone (a blank cell's mark)
DASH_TOKEN = f"{_AT_CELL}[{DASH_CHARS}]{_ALONE}"
#: the sign of the number after it: a dash glued to it (-1 in a table of counts) or a word
#: of decrease, glued or set apart (减少 45).  A token of its own, as the recovery's lexer
#: reads it (a mark), never dropped: the number is not read without its sign
_MINUS_WORD = "(?:" + "|".join(MINUS_WORDS) + ")"
#: what follows a word of decrease that signs a number: blanks, then the number's digit
MINUS_WORD_TAIL = r"[ \t\u3000]*+\d"
SIGN_TOKEN = _AT_CELL + r"(?:[-—–－−﹣](?=\d)|" + _MINUS_WORD + f"(?={MINUS_WORD_TAIL}))"
#: a cell value: digits (thousands commas, a decimal part), a standalone dash or 无, or the
#: sign before a number (:data:`SIGN_TOKEN`)
NUMBER = lazy_regex(
    r"(?<![\d.])\d{1,3}(?:,\d{3})++(?:\.\d++)?(?![\d,])"  # 1,234,567(.8)
    # (a number before a list mark, 1. or 1、, numbers a label: no cell)
    r"|(?<![\d.])\d++(?:\.\d++)?+(?![.．、])"
    f"|{_AT_CELL}[{DASH_CHARS}无]{_ALONE}|{SIGN_TOKEN}"
)
#: the sign a number of table 二 may print glued to it (本年增/减 -18)
SIGN_MARK = "[-+－−﹣]"
#: a signed number of table 二 (本年增/减 -18), digits only otherwise
SIGNED_NUMBER = rf"(?<![\d.]){SIGN_MARK}?\d++(?:\.\d++)?+"
SIGNED = lazy_regex(SIGNED_NUMBER)

_FULLWIDTH = str.maketrans("０１２３４５６７８９，．－−﹣", "0123456789,.---")
_DASHES = frozenset(
    {"-", "/", "—", "–", "－", "−", "﹣", "无", "―", "--", "——", "／", "\\"}
    # an empty cell as data tools print it (pandas to_string / to_markdown, JSON)
    | {"nan", "NaN", "None", "null", "NULL", "<NA>"}
)
#: the texts of a cell that says there is no number (read as blank, None)
BLANK_MARKS = _DASHES
#: the units a cell may print with its number (1250元, 5件)
CELL_UNITS = "万元|元|件|个|条|项|人次|次|人"
_UNIT_TAIL = lazy_regex(f"(?:{CELL_UNITS})$")
_INT_CELL = lazy_regex(r"\d++")
_DEC_CELL = lazy_regex(r"[-+]?\d++(?:\.\d++)?+")
#: a word of increase or decrease before a cell's number (增15, 减少 3): its sign
_SIGN_WORD_HEAD = lazy_regex(r"^(?:(" + "|".join(MINUS_WORDS) + r")|增加|增)[ \t\u3000]*+(?=\d)")
_RULE_CELL = lazy_regex(r":?-{2,}+:?")  # a markdown header rule
_GROUPED_INT = lazy_regex(r"\d{1,3}(?:,\d{3})++")
_SPLIT_NUMBER = lazy_regex(r"\d++(?:\s++\d++){1,3}")
_BLANKS = lazy_regex(r"\s++")
_GROUP_SEP = lazy_regex(r"(?<=\d),(?=\d{3}(?!\d))")
#: longest digit string read as a number (a longer one is not a cell value)
MAX_DIGITS = 15


class Token(NamedTuple):
    """A number token: its text and where it stands (a named tuple: a table has
    hundreds, made fast)."""

    text: str
    start: int
    end: int


class Cell(NamedTuple):
    """One cell of a '|' or tab separated line: stripped text and its span (a named
    tuple: a table has hundreds, made fast)."""

    text: str
    start: int
    end: int


class FirstOf:
    """Where the first of a few characters stands at or after a position, for positions
    asked in increasing order: a ``str.find`` for each character (some 30 times faster
    than a stdlib scan for a class of CJK characters), searched again only once the
    position asked passes what it found.

    >>> f = FirstOf("a-b/c-", "-/")
    >>> f.at(0), f.at(2), f.at(4), f.at(6)
    (1, 3, 5, -1)
    """

    __slots__ = ("chars", "nexts", "text")

    def __init__(self, text: str, chars: str) -> None:
        self.text = text
        self.chars = [ch for ch in chars if ch in text]  # those the text holds
        self.nexts = [text.find(ch) for ch in self.chars]  # the next of each (-1: none)

    def at(self, pos: int) -> int:
        """The first position >= ``pos`` holding one of the characters, or -1."""
        first = -1
        nexts = self.nexts
        for i, at in enumerate(nexts):
            if 0 <= at < pos:
                at = nexts[i] = self.text.find(self.chars[i], pos)
            if at >= 0 and (first < 0 or at < first):
                first = at
        return first


def mask_footers(text: str) -> str:
    """``text`` with page-footer lines and running heads overwritten by :data:`FOOTER_MARK`.

    A footer is a line of a page number (:func:`normalize.footer_lines`, which the
    normalized text has none of: this masks those of a text not normalized, such as an
    HTML page's table text).  A running head is a line that repeats the text's first
    line, its title (:func:`_running_heads`).

    >>> page = "某县2024年报告\\n规章 1\\n- 3 -\\n某县2024年报告\\n规范性文件 2"
    >>> mask_footers(page).count(FOOTER_MARK)  # (the footer's 5 and the title's 9)
    14
    """
    spans = footer_lines(text) + _running_heads(text)
    if not spans:
        return text
    spans.sort()
    parts: list[str] = []
    done = 0
    for a, b in spans:
        if b <= done:
            continue  # (a footer line that is the title line again: one span of both)
        a = max(a, done)
        parts.append(text[done:a])
        parts.append(FOOTER_MARK * (b - a))
        done = b
    parts.append(text[done:])
    return "".join(parts)


#: the shortest title line a running head is taken to repeat
_TITLE_MIN = 8


def _running_heads(text: str) -> list[tuple[int, int]]:
    """The spans of the lines after the first that are the text's first line again (a
    PDF's running head: the report's title atop every page, 某县人民政府2024年政府信息公开
    工作年度报告), blanks and a page's form feed aside; none for a first line shorter than
    :data:`_TITLE_MIN` characters.

    >>> t = "某县人民政府2024年报告\\n规章 1\\n\\f  某县人民政府2024年报告\\n规范性文件 2"
    >>> [t[a:b] for a, b in _running_heads(t)]
    ['\\x0c  某县人民政府2024年报告']
    """
    first_end = text.find("\n")
    if first_end < 0:
        return []
    spans = _title_lines(text, first_end)
    title = text[:first_end].strip(_LINE_BLANKS)
    if len(title) < _TITLE_MIN:
        return spans
    at = text.find(title, first_end)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if not text[start:at].strip(_LINE_BLANKS) and not text[at + len(title) : end].strip(
            _LINE_BLANKS
        ):
            spans.append((start, end))
        at = text.find(title, end)
    return spans


#: a line that is nothing but a report's title with its year (a running head worded
#: otherwise than the title: 某局政府信息公开工作年度报告（2021年）)
_TITLE_LINE = lazy_re(
    r"[ \t\u3000\f]*[^\n。，；;,|\t]{2,40}?(?:年度报告|年报)(?:[ \t]*[（(][^（()）\n]{0,12}[)）])?"
    r"[ \t\u3000\f]*"
)
_TITLE_YEAR = lazy_re(r"(?<!\d)20[0-3]\d(?!\d)")


def _title_lines(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of the lines after ``start`` that are nothing but a report's title with a
    year in it (:data:`_TITLE_LINE`): a PDF's running head however it words the title.

    >>> t = "附件\\n某局2021年报告\\n规章\\n0\\n某局政府信息公开工作年度报告（2021年）\\n3"
    >>> [t[a:b] for a, b in _title_lines(t, 0)]
    ['某局政府信息公开工作年度报告（2021年）']
    """
    return [
        (a, b)
        for a, b in lines_with(text, start, ("年度报告", "年报"))
        if a > start and _TITLE_LINE.fullmatch(text, a, b) and _TITLE_YEAR.search(text, a, b)
    ]


def lines_with(text: str, start: int, words: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line of ``text`` that holds one of ``words`` at or after
    ``start``, for each word in turn, each line once a word (found with str.find: a text
    of long lines is read once a word).

    >>> t = "一\\n某局年报\\n二\\n年度报告"
    >>> [t[a:b] for a, b in lines_with(t, 0, ("年度报告", "年报"))]
    ['年度报告', '某局年报']
    """
    for word in words:
        k = text.find(word, start)
        while k >= 0:
            a = text.rfind("\n", 0, k) + 1
            b = text.find("\n", k)
            b = len(text) if b < 0 else b
            yield a, b
            k = text.find(word, b)


#: blanks around a line's words: spaces, tabs, the ideographic space, a page's form feed
_LINE_BLANKS = " \t\u3000\f"


def digit_runs(text: str, start: int, end: int) -> int:
    """How many runs of digits ``text[start:end]`` holds.

    >>> digit_runs("| 件 | 176 | 29 | 1,5 |", 0, 21)
    4
    """
    return sum(1 for _ in _INT_CELL.finditer(text, start, end))


def number_tokens(text: str, start: int, end: int) -> list[Token]:
    """The number (and dash) tokens of ``text[start:end]``."""
    new = tuple.__new__  # Token(text, start, end) without the named tuple's own __new__
    return [new(Token, (m[0], *m.span())) for m in NUMBER.finditer(text, start, end)]


def is_blank_gap(text: str) -> bool:
    """True when ``text`` holds nothing but whitespace and footer marks."""
    return not text.replace(FOOTER_MARK, " ").strip()  # str.strip: str.isspace's blanks


def raw_of(text: str, tokens: list[Token]) -> str:
    """The raw text of a row's tokens: the tokens and the whitespace between them as
    written; any other text between two tokens becomes a line break."""
    if tokens:
        span = text[tokens[0].start : tokens[-1].end]
        # blanks only between the tokens and no comma (the common row): the span as it is
        # (its text less its blanks is the tokens' text only when every gap is blank)
        if "," not in span and "".join(span.split()) == "".join([t.text for t in tokens]):
            return span
    parts: list[str] = []
    prev: Token | None = None
    for tok in tokens:
        if prev is not None:
            gap = text[prev.end : tok.start]
            if not gap or gap.isspace():  # blanks only (the common gap): kept as written
                parts.append(gap)
            else:
                parts.append(gap.replace(FOOTER_MARK, " ") if is_blank_gap(gap) else "\n")
        parts.append(tok.text.replace(",", ""))
        prev = tok
    return "".join(parts)


def cell_separator(line: str) -> str | None:
    """'|', '\\t' or ',' (CSV) when ``line`` is a row of separated cells, else None.

    >>> cell_separator("规章,3,,74"), cell_separator("共1,234,567元"), cell_separator("a，b，c，d")
    (',', None, None)
    """
    if line.count("|") >= 2:
        return "|"
    if line.count("\t") >= 2:
        return "\t"
    if line.count(",") >= 3 and _CSV_ROW.fullmatch(line.strip()) and not _THOUSANDS.search(line):
        return ","
    return None


def may_hold_cells(text: str, start: int, end: int) -> bool:
    """Whether some line of ``text[start:end]`` may be a row of cells (:func:`cell_separator`
    not None): the text holds two '|', two tabs or three commas.

    >>> may_hold_cells("规章 3 74\\n| 规章 |", 0, 9), may_hold_cells("| 规章 | 3", 0, 9)
    (False, True)
    """
    return (
        text.count("|", start, end) >= 2
        or text.count("\t", start, end) >= 2
        or text.count(",", start, end) >= 3
    )


#: a CSV row: fields of label text, numbers, blanks or quoted text, separated by commas
_CSV_ROW = lazy_regex(
    r"(?:\"[^\"\n]{0,200}+\"|[^,\"\n]{0,200}+)(?:,(?:\"[^\"\n]{0,200}+\"|[^,\"\n]{0,200}+)){3,60}+"
)
#: a number written with thousands separators outside quotes: not a CSV row
_THOUSANDS = lazy_regex(r"(?<![\d,])\d{1,3}(?:,\d{3}){2,}+(?![\d,])")


def _split_csv(line: str) -> list[tuple[str, int]]:
    """The fields of a CSV line with their offsets; quotes removed."""
    out: list[tuple[str, int]] = []
    pos = 0
    n = len(line)
    while pos <= n:
        if pos < n and line[pos] == '"':
            close = line.find('"', pos + 1)
            close = n if close < 0 else close
            out.append((line[pos + 1 : close], pos + 1))
            nxt = line.find(",", close)
        else:
            nxt = line.find(",", pos)
            out.append((line[pos : (n if nxt < 0 else nxt)], pos))
        if nxt < 0:
            break
        pos = nxt + 1
    return out


def split_cells(line: str, offset: int = 0, border: bool = True) -> list[Cell]:
    """The cells of a '|' (markdown or flattened) or tab separated line.

    Markdown's outer pipes are dropped (the one at the line start only when ``border``:
    see :func:`pipe_border`); a separator row (``| --- |``) gives no cells.
    """
    sep = cell_separator(line)
    if sep is None:
        return []
    if sep == ",":
        fields = _split_csv(line)
        return [
            Cell(f.strip(), offset + at + len(f) - len(f.lstrip()), offset + at + len(f.rstrip()))
            for f, at in fields
        ]
    cells: list[Cell] = []
    new = tuple.__new__  # Cell(text, start, end) without the named tuple's own __new__
    pos = offset
    for part in line.split(sep):
        stripped = part.strip()
        n = len(part)
        # where the stripped text begins: after the part's leading blanks (all of a
        # blank part)
        if stripped is part:  # nothing stripped (str.strip returns the same object)
            at = pos
        elif stripped:
            at = pos + n - len(part.lstrip())
        else:
            at = pos + n
        cells.append(new(Cell, (stripped, at, at + len(stripped))))
        pos += n + 1
    if sep == "|":
        # a markdown row's outer pipe stands at the line start; ' | a | b' (a flattened
        # row whose first cell is blank, e.g. covered by a rowspan) keeps that cell
        if border and cells and cells[0].text == "" and line.startswith("|"):
            cells = cells[1:]
        if cells and cells[-1].text == "" and line.rstrip().endswith("|"):
            cells = cells[:-1]
        # (a rule cell begins with ':' or '-': most rows fail at their first cell)
        first = next((c.text for c in cells if c.text), "")
        if (
            first
            and first[0] in ":-"
            and all(_RULE_CELL.fullmatch(c.text) for c in cells if c.text)
        ):
            return []
    return cells


def pipe_border(text: str, start: int, end: int) -> bool:
    """Whether the '|' rows of ``text[start:end]`` draw an outer pipe at the line start, as
    Markdown's do: every '|' row begins with one.  When some begin with their label
    (flattened rows: ``规章 | 3 |``), a '|' at the start of another is the end of a blank
    first cell whose blanks were stripped (``| | 自然人 |``, as a page rendered to text or a
    trimming scraper leaves `` | | 自然人 |``): that cell is kept, so that the header's
    columns line up with the rows'.

    >>> pipe_border("| 规章 | 3 |\\n| 规范性文件 | 4 |", 0, 27)
    True
    >>> pipe_border("| | 自然人 | 总计 |\\n一、本年新收 | | 3 | 3 |", 0, 35)
    False
    """
    for _, line in lines_with_offsets(text, start, end):
        if not line.startswith("|") and line.count("|") >= 2:
            return False
    return True


def cell_texts(line: str, border: bool = True) -> list[str]:
    """The texts of :func:`split_cells` of ``line``, without their spans.

    >>> cell_texts("| 规章 | 1 | |"), cell_texts("| --- | :--: |")
    (['规章', '1', ''], [])
    >>> cell_texts("| | 自然人 |", border=False)
    ['', '', '自然人']
    """
    sep = cell_separator(line)
    if sep is None:
        return []
    if sep == ",":
        return [c.text for c in split_cells(line)]
    return _texts(line, sep, border)


def _texts(line: str, sep: str, border: bool = True) -> list[str]:
    """:func:`cell_texts` of a '|' or tab row (``sep``)."""
    texts = [p.strip() for p in line.split(sep)]
    if sep == "|":
        if border and line.startswith("|"):
            del texts[0]  # markdown's outer pipe (the part before it is empty)
        if texts and not texts[-1] and line.rstrip().endswith("|"):
            texts.pop()
        if "-" in line or ":" in line:  # a rule cell begins with one of them
            first = next((t for t in texts if t), "")
            if first and first[0] in ":-" and all(_RULE_CELL.fullmatch(t) for t in texts if t):
                return []
    return texts


def cells_at(
    line: str, pos: int, *, near: bool = True, border: bool = True
) -> tuple[list[str], int]:
    """The texts of :func:`split_cells` of ``line`` and the index of the cell that holds
    ``line[pos]`` (the first whose span, at least one character, holds it; else, when
    ``near``, the first that ends after it or else the last; else -1).

    When ``line[pos]`` is text of a '|' or tab row (not a blank, not the separator), it
    stands inside the stripped text of the part the separators before it number: no
    cell spans are made.

    >>> cells_at("| 规章 | 1 | |", 3), cells_at("规章 | 1 |", 1), cells_at("a\\tb\\tc", 4)
    ((['规章', '1', ''], 0), (['规章', '1'], 0), (['a', 'b', 'c'], 2))
    """
    sep = cell_separator(line)
    if sep is not None and sep != "," and 0 <= pos < len(line):
        ch = line[pos]
        if ch != sep and not ch.isspace():
            texts = _texts(line, sep, border)
            if not texts:
                return texts, -1  # a rule row (no cells)
            idx = line.count(sep, 0, pos)
            return texts, (idx - 1 if border and sep == "|" and line.startswith("|") else idx)
    cells = split_cells(line, border=border)
    idx = next((i for i, c in enumerate(cells) if c.start <= pos < max(c.end, c.start + 1)), -1)
    if idx < 0 and near:
        idx = next((i for i, c in enumerate(cells) if c.end > pos), len(cells) - 1)
    return [c.text for c in cells], idx


def clean_cell(text: str) -> str | None:
    """A cell's text as digits ('' for a blank or a dash cell), or None when the cell
    holds something that is not a number.

    ``-``, ``/``, ``—`` and ``无`` state that there is no number: they read as blank
    (None), like an empty cell; the text is not invented into a 0.
    """
    if text.isascii() and text.isdigit():  # plain digits, the common cell: as below
        return text if len(text) <= MAX_DIGITS else None
    s = text.translate(_FULLWIDTH).replace(FOOTER_MARK, "").strip()
    if not s or s in _DASHES:
        return ""
    s = _UNIT_TAIL.sub("", s).strip()
    if _GROUPED_INT.fullmatch(s):
        s = s.replace(",", "")
    if _SPLIT_NUMBER.fullmatch(s):  # one number split by the extractor
        s = _BLANKS.sub("", s)
    if _INT_CELL.fullmatch(s) and len(s) <= MAX_DIGITS:
        return s
    return None


def clean_amount(text: str) -> str | None:
    """Like :func:`clean_cell` but keeps a sign and a decimal part (table 二 amounts,
    本年增/减), a sign in words too.

    >>> [clean_amount(c) for c in ("-3", "增15", "减3", "减少 3", "增加")]
    ['-3', '+15', '-3', '-3', None]
    """
    if text.isascii() and text.isdigit():  # plain digits, the common cell: as below
        return text if len(text) <= MAX_DIGITS + 8 else None
    s = text.translate(_FULLWIDTH).replace(FOOTER_MARK, "").strip()
    if not s or s in _DASHES:
        return ""
    s = _UNIT_TAIL.sub("", s).strip()
    s = _GROUP_SEP.sub("", s)
    if s[:1] in "增减":  # the sign in words of 本年增/减: 增15, 减3, 减少 3
        s = _SIGN_WORD_HEAD.sub(lambda m: "-" if m.group(1) else "+", s)
    if _DEC_CELL.fullmatch(s) and len(s) <= MAX_DIGITS + 8:
        return s
    return None


def to_int(text: str) -> int | None:
    """The int of a cleaned digit string, None for ''."""
    if not text or not text.lstrip("-+").isdigit() or len(text) > MAX_DIGITS + 1:
        return None
    return int(text)


def to_number(text: str) -> int | Decimal | None:
    """An int, or a Decimal when the text has a decimal part; None for ''."""
    if not text:
        return None
    if "." in text:
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    return to_int(text)


#: the printed column of a text position (in the caller's source, where normalization
#: may have dropped characters such as thousands separators from the line)
Columns = Callable[[int], int]


def text_columns(text: str) -> Columns:
    """Columns counted in ``text`` itself: the position minus its line's start.

    >>> text_columns("ab\\n  12")(5)
    2
    """

    def column(pos: int) -> int:
        return pos - (text.rfind("\n", 0, pos) + 1)

    return column


def text_print_columns(text: str) -> Columns:
    """Columns counted in print in ``text`` itself: the width (:func:`print_width`, a Han
    character two) of its line up to the position, as a text aligned by eye in a
    monospaced font counts them (a PDF extractor's text counts one a character).

    >>> text_print_columns("ab\\n规章 12")(6)
    5
    """

    def column(pos: int) -> int:
        return print_width(text[text.rfind("\n", 0, pos) + 1 : pos])

    return column


def lines_with_offsets(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The lines of ``text[start:end]`` with the offset where each begins."""
    out: list[tuple[int, str]] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            out.append((pos, text[pos:end]))
            break
        out.append((pos, text[pos:nl]))
        pos = nl + 1
    return out


def double_spaced(text: str, pos: int, word: str) -> bool:
    """True when the header word ``word`` last printed before ``pos`` (信息内容, 自然人) is
    followed by an empty line: a page whose every paragraph is followed by an empty line
    (信息内容⏎⏎本年制发件数⏎⏎…), on which an empty line is the spacing of the layout and no
    blank cell.  A row printed 规章⏎⏎104⏎⏎ then holds one number line, not a number between
    two blank cells, and a blank cell is an empty paragraph (规章⏎⏎⏎⏎7⏎⏎9).

    >>> double_spaced("信息内容\\n\\n本年制发件数\\n\\n规章\\n\\n104\\n\\n", 20, "信息内容")
    True
    >>> double_spaced("信息内容\\n本年制发件数\\n规章\\n\\n104\\n\\n", 18, "信息内容")
    False
    """
    at = text.rfind(word, pos - 2000 if pos > 2000 else 0, pos)
    return at >= 0 and _EMPTY_LINE_AFTER.match(text, at + len(word)) is not None


def paragraph_lines(text: str) -> str:
    """``text`` of a double-spaced page (:func:`double_spaced`) with each paragraph break
    as one line break: an empty line is then a blank cell, as on a single-spaced page.

    >>> paragraph_lines("规章\\n\\n\\n\\n7\\n\\n9")
    '规章\\n\\n7\\n9'
    """
    return text.replace("\r", "").replace("\n\n", "\n")


#: the rest of a line and one empty line after it
_EMPTY_LINE_AFTER = lazy_regex(r"[ \t\u3000]*+\r?\n[ \t\u3000]*+\r?\n")


def before_sentence(text: str, pos: int, end: int) -> int:
    """Where a table's last row's cells stop: at the start of the first line after ``pos``'s
    line that holds a sentence ('。': a note after the table, 注：…截至12月31日。), no
    cell's text; else ``end``.

    >>> t = "四、结转下年度继续办理\\n0\\n\\n注：截至12月31日。\\n行政复议"
    >>> t[before_sentence(t, 11, len(t)):][:3]
    '注：截'
    """
    line_end = text.find("\n", pos, end)
    dot = text.find("。", line_end, end) if line_end >= 0 else -1
    return end if dot < 0 else text.rfind("\n", line_end, dot) + 1


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the line holding ``pos``."""
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


#: Han character directly followed by a digit: the sign of glued cells
_GLUED = lazy_regex(r"\p{Han}[)）”\"]?\d")


def is_glued(text: str, start: int, end: int) -> bool:
    """True when labels and numbers run together without separators (scraper text)."""
    return any(count >= 3 for count, _ in enumerate(_GLUED.finditer(text, start, end), 1))


# --- prose lines ------------------------------------------------------------------------

_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万"
#: a number with a count unit (数字 or 汉字), not an ordinal (第一项)
_COUNT_UNITS = "件条起个项次宗篇期场份批家人户"
_COUNT = lazy_regex(
    rf"(?<![第\d.{_NUMERAL_CHARS}])(?:\d++(?:\.\d++)?+[万亿]?+|[{_NUMERAL_CHARS}]++)"
    rf"[ \t]{{0,2}}+[余多]?+[{_COUNT_UNITS}]"
)
#: a number that no unit, date word, decimal part or ordinal's mark (1.网上申请, 2、)
#: follows, nor one a line break cut before the rest of its digits, decimal part and unit
#: (…件。2⏎016年, 占69⏎.5%): a table cell's
_BARE = lazy_regex(
    rf"(?<![\d.])\d++(?:\.\d++)?+"
    rf"(?![ \t]{{0,2}}+(?:\n[ \t]{{0,2}}+\d*+(?:[.．]\d++)?+)?+"
    rf"[{_COUNT_UNITS}万亿元年月日号%％名余多]|[.．、])"
)
_CLAUSE_MARK = lazy_regex(r"[，。；！？]")
_CELL_CHAR = lazy_regex(r"[|\t]")
_SENTENCE_END = ("。", "；", "！", "？")
_DIGIT = lazy_regex(r"\d")


def prose_line(text: str, start: int, end: int) -> bool:
    """True when the line ``text[start:end]`` is a sentence that states a count (a
    number with its unit, in clauses marked by ，。；) and holds no table cell: no cell
    separator, no number without a unit.  A sentence is never a row of a table, nor part
    of its span.

    >>> [prose_line(t, 0, len(t)) for t in ("全年收到申请130余件。", "被申请行政复议五件。",
    ...     "（七）总计 10 2 12", "（二）部分公开（区分处理的，只计这一情形）", "规章 | 3件，",
    ...     "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    ...     "本年度没有收到政府信息公开申请。")]
    [True, True, False, False, False, False, True]
    >>> t = "新收申请261件，其中：1.网上申请76件；2、信函申请61件。另有2"
    >>> prose_line(t + "\\n019年结转的申请3件。", 0, len(t))
    True
    >>> t = "网上申请89件，占69\\n.5%；信函申请36件"  # (a share's decimals wrapped)
    >>> prose_line(t, 0, t.index("\\n"))
    True
    >>> t = "已办结1835起，结转下年度继续办理36\\n起。"
    >>> prose_line(t, 0, t.index("\\n")), prose_line("（七）总计 10 2 12\\n件。", 0, 13)
    (True, False)
    """
    if not _CLAUSE_MARK.search(text, start, end) or _CELL_CHAR.search(text, start, end):
        return False
    if _DIGIT.search(text, start, end) is None:
        # (a sentence without a number, 本年度没有收到政府信息公开申请。: a statement of
        # zero, or words; no row of a table either way)
        return text[start:end].rstrip(" \t\u3000").endswith(_SENTENCE_END)
    # (a number at the line's end whose unit a PDF wrapped onto the next line has one;
    # a table's line has a bare number early: this test first)
    bare = _BARE.search(text, start, min(len(text), end + 6))
    if bare is not None and bare.start() < end:
        return False
    return _COUNT.search(text, start, end) is not None


def prose_sentence(text: str, pos: int, start: int, end: int) -> bool:
    """True when the sentence around ``pos`` in the line ``text[start:end]`` (from the
    last 。；！？ before ``pos`` to the next one) is a :func:`prose_line` while the line is
    more than that sentence: a text saved without its line breaks runs a report's
    paragraphs into one line, where a number elsewhere (12345热线) does not make a table
    row of a sentence that names rows.

    >>> t = "拨打12345热线。上年结转2件，结转下年度办理1件。其他"
    >>> prose_line(t, 0, len(t)), prose_sentence(t, t.index("结转下"), 0, len(t))
    (False, True)
    >>> t = "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0。全年受理3件。"
    >>> prose_sentence(t, 2, 0, len(t))
    False
    """
    s = max(start, *(text.rfind(c, start, pos) + 1 for c in _SENTENCE_END))
    ends = [i + 1 for c in _SENTENCE_END if (i := text.find(c, pos, end)) >= 0]
    e = min(ends, default=end)
    return (s, e) != (start, end) and prose_line(text, s, e)


def prose_open(text: str, start: int, end: int) -> bool:
    """True when the line ``text[start:end]`` does not end a sentence (PDF prose wrapped
    over lines: the sentence goes on on the next line)."""
    return not text[start:end].rstrip().endswith(_SENTENCE_END)


def prose_tail(text: str, start: int, end: int) -> bool:
    """True when the line ``text[start:end]`` may be the last line of a sentence wrapped
    over lines (件。): no number, no cell separator, a sentence end at its end.

    >>> prose_tail("件。", 0, 2), prose_tail("（一）予以公开", 0, 7), prose_tail("0。", 0, 2)
    (True, False, False)
    """
    return (
        text[start:end].rstrip().endswith(_SENTENCE_END)
        and _DIGIT.search(text, start, end) is None
        and _CELL_CHAR.search(text, start, end) is None
    )
