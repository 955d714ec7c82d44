"""HTML input for the table readers: tags turned into text lines, tables into '|' rows.

An HTML page (a whole scraped page or a fragment) is read as the standard library's
:class:`html.parser.HTMLParser` reads it: a page in plain markup by one regular expression
match per token, giving the parser's own events (several times faster), and a page with
markup that only the parser's rules read right (a tag of unusual syntax, an unclosed
comment) by the parser itself (every page, on a Python whose parser reads a probe page
otherwise: newer ones follow HTML5 rules for comments, script ends and titles).  Each
``<tr>`` becomes one line of '|'-separated cells in grid order: a cell covered by a
``colspan`` or ``rowspan`` of another cell is an empty cell (like the flattened '|' rows
of scraped tables), so the table readers see one surface form.  Text outside tables
becomes lines (block elements and ``<br>`` break lines); ``<script>``, ``<style>`` and
comments are dropped.  Every character of the result carries the offset in the HTML it
came from.  The page is read up to the first '<' after its last '>' (no tag can end
later; each '<' there would cost the parser a scan to the end of the page): the rest is
text, cut where the parser would cut it.

>>> r = render_html('<p>表</p><table><tr><td colspan="2">规章</td><td>1</td></tr></table>')
>>> r.text
'表\\n| 规章 |  | 1 |\\n'
>>> r.starts[r.text.index("1")]
46
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Iterator, Sequence
from html import unescape
from html.parser import HTMLParser

import attrs
import regex

from ._lazy import lazy_re, lazy_regex
from .normalize import INVISIBLE

_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "hr",
        "title",
        "caption",
        "dt",
        "dd",
        "form",
        "center",
        # a footnote or index mark is no digit of the number before it (2648<sup>1</sup>)
        "sup",
        "sub",
    }
)
_SKIP = frozenset({"script", "style", "noscript", "template"})
_HTML_SIGN = lazy_regex(r"(?i)<(?:table|tr|td|th)\b")
#: tags of a page: a text with this many is HTML
_PAGE_HINT = lazy_regex(
    r"<(?:html|body|p|div|br|td|tr|table|span|li|h[1-6])(?=[\s>/])[^<>]{0,2000}>",
    regex.IGNORECASE,
)
_PAGE_MIN_TAGS = 3
_SPACE = lazy_regex(r"[\s\u00a0\u3000]++")
_SPAN_DIGITS = lazy_regex(r"\s{0,5}+(\d{1,4})")
_MAX_SPAN = 50  # a larger colspan/rowspan is markup noise


@attrs.frozen(slots=True)
class Rendered:
    """Text rendered from HTML: ``starts[i]`` is the HTML offset of ``text[i]``;
    ``starts[len(text)]`` is the length of the HTML (an array of 4-byte integers, 8-byte
    for a page of 2**30 characters or more; not a tuple of int objects: a text-heavy page
    renders to about as many characters as the page has)."""

    text: str
    starts: Sequence[int]


def looks_like_page(text: str) -> bool:
    """True for a string that is an HTML page or fragment (a few block or cell tags).

    >>> looks_like_page("<p>一、概述</p><p>二、主动公开</p><br/>"), looks_like_page("a<b>c")
    (True, False)
    """
    if "<" not in text:  # every hint is a tag
        return False
    for count, _ in enumerate(_PAGE_HINT.finditer(text), start=1):
        if count >= _PAGE_MIN_TAGS:
            return True
    return False


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds HTML table markup or is an HTML page: then the tables are
    read from its rendering (a page whose tables were pasted as paragraphs, one row or one
    cell a ``<p>``, has its rows on lines only once rendered).

    >>> looks_like_html("<table><tr><td>1</td></tr></table>"), looks_like_html("规章 | 1")
    (True, False)
    >>> looks_like_html("<p>规章 | 1</p><p>规范性文件 | 2</p><p>行政许可 | 3</p>")
    True
    """
    return _HTML_SIGN.search(text) is not None or looks_like_page(text)


def _span(value: str | None) -> int:
    if not value:
        return 1
    digits = _SPAN_DIGITS.match(value)
    if digits is None:
        return 1
    return max(1, min(_MAX_SPAN, int(digits.group(1))))


class _Cell:
    """A cell of a table being built (a plain class: tables have many cells)."""

    __slots__ = ("anchor", "offsets", "text")

    def __init__(self, text: str, offsets: Sequence[int], anchor: int) -> None:
        self.text = text
        self.offsets = offsets  # the HTML offset of each character of ``text``
        self.anchor = anchor  # where the cell stands when it is empty


_WORD = lazy_re(r"\S++")  # \s is str.isspace (NBSP and U+3000 included)


def _collapse(
    pieces: list[tuple[str, Sequence[int]]], typecode: str = "q"
) -> tuple[str, Sequence[int]]:
    """The text of a cell's pieces with each run of white space as one blank (at the
    offset of the run's first character), stripped.  A word read from one piece of the
    page keeps its offsets as a range (no array per cell); other offsets are an array of
    ``typecode``.

    >>> _collapse([(" a  b", range(10, 15)), ("\u3000c ", [20, 21, 22])])
    ('a b c', array('q', [11, 12, 14, 20, 21]))
    >>> _collapse([(" 规章 ", range(10, 14))]), _collapse([("1", [5])])
    (('规章', range(11, 13)), ('1', array('q', [5])))
    """
    offsets: Sequence[int]
    if len(pieces) == 1:
        text, offsets = pieces[0]
    else:
        text = "".join([p[0] for p in pieces])
        offsets = array(typecode)
        for piece in pieces:
            offsets.extend(piece[1])
    words = text.split()  # str.split and \S take the same white space
    if len(words) == 1:  # one word: its offsets, past the white space before it
        word = words[0]
        if len(word) == len(text):
            return text, array(typecode, offsets) if type(offsets) is list else offsets
        lead = text.find(word)  # the white space before it holds no part of it
        run = offsets[lead : lead + len(word)]
        return word, array(typecode, run) if type(run) is list else run
    out = array(typecode)
    prev = -1  # the end of the last word
    for m in _WORD.finditer(text):
        start, end = m.span()
        if prev >= 0:
            out.append(offsets[prev])
        out.extend(offsets[start:end])
        prev = end
    return " ".join(words), out


class _Table:
    """A table being built: its rows written so far (each one line of '|' cells, with the
    HTML offset of each character), the row being read and pending rowspans.  A row is
    written when it ends: a table's cells are not all kept until the table ends."""

    def __init__(self, typecode: str = "q") -> None:
        self.typecode = typecode
        self.lines: list[str] = []
        self.offs = array(typecode)
        self.first = 0  # the anchor of the first row written
        self.row: list[_Cell] | None = None
        self.row_offset = 0
        # column -> (rows still covered) for rowspans coming from rows above
        self.pending: dict[int, int] = {}
        self.cell: list[tuple[str, Sequence[int]]] | None = None
        self.cell_offset = 0
        self.cell_rowspan = 1
        self.cell_colspan = 1

    def start_row(self, offset: int) -> None:
        self.end_row()
        self.row = []
        self.row_offset = offset
        self._fill_covered()

    def _fill_covered(self) -> None:
        assert self.row is not None
        while len(self.row) in self.pending:
            col = len(self.row)
            self.row.append(_Cell("", (), self.row_offset))
            left = self.pending[col] - 1
            if left > 0:
                self.pending[col] = left
            else:
                del self.pending[col]

    def start_cell(self, offset: int, rowspan: int, colspan: int) -> None:
        self.end_cell()
        if self.row is None:
            self.start_row(offset)
        self.cell = []
        self.cell_offset = offset
        self.cell_rowspan = rowspan
        self.cell_colspan = colspan

    def data(self, text: str, offsets: Sequence[int]) -> None:
        if self.cell is not None:
            self.cell.append((text, offsets))

    def end_cell(self) -> None:
        if self.cell is None:
            return
        assert self.row is not None
        self._fill_covered()
        pieces = self.cell
        self.cell = None
        start = len(self.row)
        text, offs = _collapse(pieces, self.typecode)
        first = offs[0] if offs else self.cell_offset
        self.row.append(_Cell(text, offs, first))
        for k in range(1, self.cell_colspan):
            self.row.append(_Cell("", (), first))
            if self.cell_rowspan > 1:
                self.pending[start + k] = self.cell_rowspan - 1
        if self.cell_rowspan > 1:
            self.pending[start] = self.cell_rowspan - 1
        self._fill_covered()

    def end_row(self) -> None:
        self.end_cell()
        if self.row is not None:
            # rowspans that reach past the last cell of this row
            while self.pending and max(self.pending) >= len(self.row):
                if len(self.row) in self.pending:
                    self._fill_covered()
                else:
                    self.row.append(_Cell("", (), self.row_offset))
            if any(c.text for c in self.row):
                self._write(self.row)
            self.row = None

    def _write(self, row: list[_Cell]) -> None:
        offs = self.offs
        end = row[0].anchor
        if not self.lines:
            self.first = end
        line = ["|"]  # one string per row: not four small ones per cell
        offs.append(end)
        for cell in row:
            line.append(" ")
            offs.append(cell.anchor)
            line.append(cell.text)
            offsets = cell.offsets
            offs.extend(offsets)
            last = offsets[-1] + 1 if offsets else cell.anchor
            if last > end:
                end = last
            line.append(" |")
            offs.append(end)
            offs.append(end)
        line.append("\n")
        offs.append(end)
        self.lines.append("".join(line))


class _Parser(HTMLParser):
    """The standard parser, with declarations it cannot read (``<![x``, on which
    ``_markupbase`` raises AssertionError) read as bogus comments, as newer Pythons do."""

    def parse_html_declaration(self, i: int) -> int:
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            return self.parse_bogus_comment(i)


_Attrs = list[tuple[str, str | None]]
_START, _STARTEND, _END, _DATA = range(4)
_NEWLINE = lazy_regex(r"\n")


class _Nesting:
    """The tables of a page as they open and close, numbered in document order, and
    which of them hold another table (``outer``: tables used for page layout)."""

    __slots__ = ("count", "outer", "stack")

    def __init__(self) -> None:
        self.count = 0
        self.stack: list[int] = []  # the open tables, innermost last
        self.outer: set[int] = set()

    def open(self, closed: bool = False) -> None:
        """A table opens (``closed``: ``<table/>``, which also closes it)."""
        if self.stack:
            self.outer.add(self.stack[-1])
        if not closed:
            self.stack.append(self.count)
        self.count += 1

    def close(self) -> None:
        if self.stack:
            self.stack.pop()


class _Recorder(_Parser):
    """The one pass of the parser: its events in order, each with the HTML offset where
    it starts, and which tables (numbered in document order) hold another table (a table
    used for page layout, known only once the page is read)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.line_starts = [0]
        self.line_starts.extend(m.end() for m in _NEWLINE.finditer(html))
        self.events: list[tuple[int, str, _Attrs, int]] = []
        self.nesting = _Nesting()
        self.outer = self.nesting.outer

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[min(line, len(self.line_starts)) - 1] + col

    def handle_starttag(self, tag: str, attrs_: _Attrs) -> None:
        self.events.append((_START, tag, attrs_, self._pos()))
        if tag == "table":
            self.nesting.open()

    def handle_startendtag(self, tag: str, attrs_: _Attrs) -> None:
        self.events.append((_STARTEND, tag, attrs_, self._pos()))
        if tag == "table":  # <table/>: opened and closed
            self.nesting.open(closed=True)

    def handle_endtag(self, tag: str) -> None:
        self.events.append((_END, tag, [], self._pos()))
        if tag == "table":
            self.nesting.close()

    def handle_data(self, data: str) -> None:
        self.events.append((_DATA, data, [], self._pos()))


# The fast reading of a page: the parser's events for pages written in plain markup, one
# regular expression match per token.  A start tag is read here only when its syntax
# leaves the parser no choice (ASCII blanks, simple attribute names, quoted values or
# bare values without quotes or '=', no '<' in it): then the parser gives the same tag,
# attributes and end.  Any other token ('<' and a letter that is not such a tag, '</'
# that is not a plain end tag, '<![', a comment without its end, a script without its
# end tag) sends the whole page to the parser.
_BLANK = r"[ \t\n\r\f]"
_ATTR_NAME = "[a-zA-Z_:][-a-zA-Z0-9_:.]*+"
_ATTR_VALUE = "\"[^\"]*+\"|'[^']*+'|[^\\s\"'=<>`]++"
_ATTR = rf"{_BLANK}++({_ATTR_NAME})(?:{_BLANK}*+={_BLANK}*+({_ATTR_VALUE}))?+"
_TOKEN = lazy_re(
    r"(?P<text>[^<]++)"
    rf"|<(?P<start>[a-zA-Z][-.a-zA-Z0-9:_]*+)"
    rf"(?P<attrs>(?:{_BLANK}++{_ATTR_NAME}(?:{_BLANK}*+={_BLANK}*+(?:{_ATTR_VALUE}))?+)*+)"
    rf"{_BLANK}*+(?P<slash>/?)>"
    rf"|</(?P<end>[a-zA-Z][-.a-zA-Z0-9:_]*+){_BLANK}*+>"
    r"|(?P<comment><!--)"
    r"|(?P<decl><(?:![^\[]|\?))"
    r"|(?P<lt><(?![a-zA-Z/!?]))"
    r"|(?P<bad><)"  # any other '<': every character starts a token, no gaps
)
# compiled on first use, as the readers' patterns (see _lazy)
_ATTR_RE = lazy_re(_ATTR)
_COMMENT_END = lazy_re(r"--\s*>")
_CDATA_END = {tag: lazy_re(rf"</\s*{tag}\s*>", re.IGNORECASE) for tag in ("script", "style")}
_END_TAG = lazy_re(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")


#: the tags the renderer acts on; any other tag (span, font, a, o:p …) changes nothing
_ACTIVE = frozenset({*_BLOCK, *_SKIP, "table", "tr", "td", "th"})
_SPANS = ("rowspan", "colspan")


def _span_attrs(text: str) -> _Attrs:
    """The rowspan and colspan attributes of a plain start tag, in order, as the parser
    gives them (the renderer reads no other attribute)."""
    out: _Attrs = []
    if "span" not in text.lower():
        return out
    for m in _ATTR_RE.finditer(text):
        name = m.group(1).lower()
        if name not in _SPANS:
            continue
        value: str | None = m.group(2)
        if value is not None:
            if value[:1] in "\"'" and value[:1] == value[-1:] and len(value) >= 2:
                value = value[1:-1]
            if value:
                value = unescape(value)
        out.append((name, value))
    return out


_NO_ATTRS: _Attrs = []  # shared, never changed
# characters that show nothing (normalize's INVISIBLE): dropped from the text that
# character references give
_NO_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
_RAW = 4  # data as written (a script's or style's content); _DATA is unescaped


class _Events:
    """The fast reading's events, kept compact (a page has many): one number each, its
    HTML offset times 8 plus its kind, and a shared (tag name, cell attributes) pair;
    the end of each data event's text (sliced from the page when replayed) in order;
    and the layout tables."""

    __slots__ = ("ends", "metas", "numbers", "outer")

    def __init__(self) -> None:
        self.numbers = array("q")
        self.ends = array("q")
        self.metas: list[tuple[str, _Attrs]] = []
        self.outer: set[int] = set()

    def __iter__(self) -> Iterator[tuple[int, int, int, tuple[str, _Attrs]]]:
        """(kind, offset, end of its text or 0, (name, attributes)) of each event."""
        ends = iter(self.ends)
        for number, meta in zip(self.numbers, self.metas, strict=True):
            kind = number & 7
            yield kind, number >> 3, next(ends) if kind in (_DATA, _RAW) else 0, meta

    def tuples(self, html: str) -> list[tuple[int, str, _Attrs, int]]:
        """The events as :class:`_Recorder` keeps them (for tests)."""
        out: list[tuple[int, str, _Attrs, int]] = []
        for kind, start, end, (name, attrs_) in self:
            if kind == _DATA:
                text = html[start:end]
                out.append((_DATA, unescape(text) if "&" in text else text, attrs_, start))
            elif kind == _RAW:
                out.append((_DATA, html[start:end], attrs_, start))
            else:
                out.append((kind, name, attrs_, start))
        return out


_NO_META = ("", _NO_ATTRS)
_META = {tag: (tag, _NO_ATTRS) for tag in _ACTIVE}  # shared by the events of a tag


def _raw_text_end(html: str, tag: str, pos: int, n: int) -> tuple[int, int] | None:
    """Where the content of a script or style that opens before ``pos`` ends and where
    its end tag ends; None when no end tag follows (the parser drops the rest: it waits
    for the end tag), (-1, -1) when the end tag is one only the parser reads right."""
    close = _CDATA_END[tag].search(html, pos, n)
    if close is None:
        return None
    j = close.start()
    end = _END_TAG.match(html, j, n)
    if end is None or end.group(1).lower() != tag or end.end() != close.end():
        return -1, -1
    return j, close.end()


def _markup_end(html: str, kind: int, i: int, n: int) -> int:
    """The end of the comment (token kind 6) or declaration (7) that starts at ``i``, or
    -1 when it has none in ``html[:n]`` (the parser reads such a page its own way)."""
    if kind == 6:
        close = _COMMENT_END.search(html, i + 4, n)
        return -1 if close is None else close.end()
    k = html.find(">", i + 2, n)
    return -1 if k < 0 else k + 1


def _fast_events(html: str, n: int) -> _Events | None:
    """The parser's events for ``html[:n]`` (but for tags the renderer does not act on)
    and its layout tables (see :class:`_Recorder`), or None when the page holds markup
    that only the parser reads right."""
    ev = _Events()
    add, add_end, add_meta = ev.numbers.append, ev.ends.append, ev.metas.append
    nesting = _Nesting()
    ev.outer = nesting.outer
    pos = 0
    while pos < n:
        # one finditer until a token that moves on by a search (comment, declaration,
        # script): every character starts a token, so each starts where the last ended
        for m in _TOKEN.finditer(html, pos, n):
            i = pos
            pos = m.end()
            kind = m.lastindex
            if kind == 1:  # text
                add(i << 3 | _DATA)
                add_end(pos)
                add_meta(_NO_META)
            elif kind == 4:  # start tag (its last group is the optional slash)
                meta = _META.get(m.group(2).lower())
                if meta is None:
                    continue
                tag = meta[0]
                if tag in ("td", "th"):
                    attrs_ = _span_attrs(m.group(3))
                    if attrs_:
                        meta = (tag, attrs_)
                slash = m.group(4)
                add(i << 3 | (_STARTEND if slash else _START))
                add_meta(meta)
                if tag == "table":
                    nesting.open(closed=bool(slash))
                elif tag in _CDATA_END and not slash:
                    ends = _raw_text_end(html, tag, pos, n)
                    if ends is None:
                        return ev
                    j, close = ends
                    if j < 0:
                        return None
                    if pos < j:
                        add(pos << 3 | _RAW)
                        add_end(j)
                        add_meta(_NO_META)
                    add(j << 3 | _END)
                    add_meta(meta)
                    pos = close
                    break
            elif kind == 5:  # end tag
                meta = _META.get(m.group(5).lower())
                if meta is None:
                    continue
                add(i << 3 | _END)
                add_meta(meta)
                if meta[0] == "table":
                    nesting.close()
            elif kind == 6 or kind == 7:  # comment, declaration or processing instruction
                pos = _markup_end(html, kind, i, n)
                if pos < 0:
                    return None
                break
            elif kind == 8:  # a '<' that starts nothing
                if pos >= n:
                    return None
                add(i << 3 | _DATA)
                add_end(pos)
                add_meta(_NO_META)
            else:  # '<' and a letter or '/' that is no plain tag, or '<!['
                return None
    return ev


_TABLE_TAG = lazy_re(r"<(/?)[tT][aA][bB][lL][eE](?![-.a-zA-Z0-9:_])")


def _layout_guess(html: str, n: int) -> set[int]:
    """The layout tables of ``html[:n]`` as its '<table' and '</table' marks nest (the
    events may differ: a mark in a comment or script is none, ``<table/>`` closes);
    :func:`_fast_render` checks the guess against the events."""
    nesting = _Nesting()
    for m in _TABLE_TAG.finditer(html, 0, n):
        if m.group(1):
            nesting.close()
        else:
            nesting.open()
    return nesting.outer


#: what :func:`_fast_render` gives when it stops at a table nested in a grid table
_NESTED: set[int] = set()


def _fast_render(html: str, n: int, r: _Renderer, *, stop_at_nesting: bool) -> set[int] | None:
    """:func:`_fast_events` and their replay in one pass (no events kept): the renderer
    ``r`` gets the events of ``html[:n]`` as they are read, the common ones (text, block
    tags) handled inline.  Gives the page's layout tables (``r`` rendered with
    ``r.layout``: right when the two agree), or None when the page holds markup that
    only the parser reads right (``r`` is then of no use).  With ``stop_at_nesting``, it
    stops at the first table that opens in one ``r`` takes for a grid, giving _NESTED."""
    data, start, end = r.handle_data, r.handle_starttag, r.handle_endtag
    startend = r.handle_startendtag
    out, offs, kinds, tables = r.out, r.offs, r.kinds, r.tables
    block, metas = _BLOCK, _META
    # the meta of each tag name as written (or None: a tag the renderer does not act on)
    seen: dict[str, tuple[str, _Attrs] | None] = {}
    nesting = _Nesting()
    stack, outer = nesting.stack, nesting.outer
    pos = 0
    while pos < n:
        for m in _TOKEN.finditer(html, pos, n):
            i = pos
            pos = m.end()
            kind = m.lastindex
            if kind == 1:  # text
                if r.skip:
                    continue
                text = html[i:pos]
                if "&" in text:
                    data(unescape(text), i)
                elif kinds and kinds[-1] and tables:
                    cell = tables[-1].cell
                    if cell is not None:
                        cell.append((text, range(i, pos)))
                elif not text.isspace():  # white space alone shows nothing outside a cell
                    data(text, i)
            elif kind == 4:  # start tag (its last group is the optional slash)
                name = m.group(2)
                meta = seen.get(name, _NO_META)
                if meta is _NO_META:
                    meta = seen[name] = metas.get(name.lower())
                if meta is None:
                    continue
                tag = meta[0]
                slash = m.group(4)
                if tag in block and not r.implicit:
                    if kinds and kinds[-1] and tables:
                        tables[-1].data(" ", [i])
                    elif out and not out[-1].endswith("\n"):
                        out.append("\n")
                        offs.append(i)
                    continue
                attrs_ = _span_attrs(m.group(3)) if tag in ("td", "th") else _NO_ATTRS
                if tag == "table":
                    if stop_at_nesting and stack and stack[-1] not in r.layout:
                        return _NESTED
                    nesting.open(closed=bool(slash))
                if slash:
                    startend(tag, attrs_, i)
                    continue
                start(tag, attrs_, i)
                if tag in _CDATA_END:
                    ends = _raw_text_end(html, tag, pos, n)
                    if ends is None:
                        return outer
                    j, close = ends
                    if j < 0:
                        return None
                    if pos < j and not r.skip:
                        data(html[pos:j], pos)
                    end(tag, j)
                    pos = close
                    break
            elif kind == 5:  # end tag
                name = m.group(5)
                meta = seen.get(name, _NO_META)
                if meta is _NO_META:
                    meta = seen[name] = metas.get(name.lower())
                if meta is None:
                    continue
                tag = meta[0]
                if tag in block and not r.implicit:
                    if not (kinds and kinds[-1] and tables) and out and not out[-1].endswith("\n"):
                        out.append("\n")
                        offs.append(i)
                    continue
                if tag == "table":
                    nesting.close()
                end(tag, i)
            elif kind == 6 or kind == 7:  # comment, declaration or processing instruction
                pos = _markup_end(html, kind, i, n)
                if pos < 0:
                    return None
                break
            elif kind == 8:  # a '<' that starts nothing
                if pos >= n:
                    return None
                if not r.skip:
                    data(html[i:pos], i)
            else:  # '<' and a letter or '/' that is no plain tag, or '<!['
                return None
    return outer


#: a page whose reading changed in newer parsers (HTML5 rules for comments ending in
#: --!>, <!-->, script end tags with attributes, tags inside title and textarea)
_PROBE = (
    "<p>a<!-- x --!> y -->b<!-->c-->d<title>t<b>u</b></title><script>v</script x>w</script>"
    "<textarea>q<br>r</textarea><a href=\"/x/\">s</a><table><tr><td colspan=2 rowspan='3'>"
    '1&amp;2</td><th RowSpan="2"/>e</tr></table><style>x</style ><br/><!DOCTYPE x><?pi?>'
    "< 1</p>"
)


@functools.lru_cache(maxsize=1)
def _fast_reading_agrees() -> bool:
    """Whether this Python's html.parser reads the probe page as the fast reading does
    (it was written after Python 3.11's); when not, every page goes to the parser."""
    fast = _fast_events(_PROBE, len(_PROBE))
    rec = _Recorder(_PROBE)
    rec.feed(_PROBE)
    rec.close()
    kept = [
        (kind, name, [a for a in at if a[0] in _SPANS] if name in ("td", "th") else [], pos)
        for kind, name, at, pos in rec.events
        if kind == _DATA or name in _ACTIVE
    ]
    return fast is not None and fast.tuples(_PROBE) == kept and fast.outer == rec.outer


class _Renderer:
    """The second step: the parser's events replayed into text lines and '|' rows."""

    def __init__(self, html: str, layout: set[int]) -> None:
        self.html = html
        self.layout = layout  # tables used for page layout: their cells are text blocks
        self.table_count = 0
        self.kinds: list[bool] = []  # for each open table: True when it is a grid
        self.implicit = False  # the open grid is rows found without a <table>
        self.out: list[str] = []
        # 4 bytes for the HTML offset of each character of the text (8 on a huge page)
        self.typecode = "i" if len(html) < 1 << 30 else "q"
        self.offs = array(self.typecode)
        self.skip = 0
        self.tables: list[_Table] = []

    def replay(self, events: list[tuple[int, str, _Attrs, int]]) -> None:
        data, start, end = self.handle_data, self.handle_starttag, self.handle_endtag
        for kind, name, attrs_, pos in events:
            if kind == _DATA:
                data(name, pos)
            elif kind == _START:
                start(name, attrs_, pos)
            elif kind == _END:
                end(name, pos)
            else:
                self.handle_startendtag(name, attrs_, pos)

    def _emit(self, text: str, offset: int) -> None:
        self.out.append(text)
        self.offs.extend([offset] * len(text))

    def _newline(self, offset: int) -> None:
        if self.out and not self.out[-1].endswith("\n"):
            self._emit("\n", offset)

    def handle_starttag(self, tag: str, attrs_: _Attrs, pos: int) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "table":
            grid = self.table_count not in self.layout
            self.table_count += 1
            self.kinds.append(grid)
            self._newline(pos)
            if grid:
                self.tables.append(_Table(self.typecode))
            return
        in_grid = self._in_grid(tag, pos)
        if not in_grid:
            if tag in _BLOCK or tag in ("tr", "td", "th"):
                self._newline(pos)
        elif tag == "tr":
            self.tables[-1].start_row(pos)
        elif tag in ("td", "th"):
            rowspan = colspan = None  # the last of each, as a dict of the pairs gives
            for name, value in attrs_:
                if name == "rowspan":
                    rowspan = value
                elif name == "colspan":
                    colspan = value
            self.tables[-1].start_cell(pos, _span(rowspan), _span(colspan))
        elif tag in _BLOCK:
            self.tables[-1].data(" ", [pos])

    def _in_grid(self, tag: str, pos: int) -> bool:
        """Whether ``tag`` at ``pos`` falls inside a grid table, opening or closing the
        implicit table of rows that stand without their <table> (a fragment): such rows
        are a table of their own until a block element outside a cell, or the end."""
        if self.implicit and tag in _BLOCK and self.tables and self.tables[-1].cell is None:
            self._end_implicit(pos)
        if bool(self.kinds) and self.kinds[-1] and bool(self.tables):
            return True
        if not self.kinds and tag in ("tr", "td", "th"):
            self._newline(pos)
            self.kinds.append(True)
            self.tables.append(_Table(self.typecode))
            self.implicit = True
            return True
        return False

    def handle_startendtag(self, tag: str, attrs_: _Attrs, pos: int) -> None:
        if tag in _SKIP or tag == "table":
            return
        self.handle_starttag(tag, attrs_, pos)

    def handle_endtag(self, tag: str, pos: int) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "table":
            if self.kinds and self.kinds.pop() and self.tables:
                self._flush(self.tables.pop(), pos)
            else:
                self._newline(pos)
            return
        in_grid = self._in_grid(tag, pos)
        if not in_grid:
            if tag in _BLOCK or tag in ("tr", "td", "th"):
                self._newline(pos)
        elif tag == "tr":
            self.tables[-1].end_row()
        elif tag in ("td", "th"):
            self.tables[-1].end_cell()

    def handle_data(self, data: str, pos: int) -> None:
        if self.skip:
            return
        if not self.html.startswith(data, pos):
            # (character references decoded: &#8203;2 is 2, as the invisible characters
            # normalize removes from the page itself)
            data = data.translate(_NO_INVISIBLE)
        kinds = self.kinds
        if kinds and kinds[-1] and self.tables:
            cell = self.tables[-1].cell
            if cell is not None:
                cell.append((data, self._offsets(data, pos)))
            return
        if not data or data.isspace():  # white space alone shows nothing outside a cell
            return
        offsets = self._offsets(data, pos)
        if data[:1].isspace() and self.out and not self.out[-1].endswith("\n"):
            self._emit(" ", offsets[0])
        text, offs = _collapse([(data, offsets)], self.typecode)
        self.out.append(text)
        self.offs.extend(offs)
        if data[-1:].isspace():
            self._emit(" ", offsets[-1])

    def _offsets(self, data: str, pos: int) -> Sequence[int]:
        """The HTML offset of each character of ``data``, read at ``pos``."""
        if self.html.startswith(data, pos):
            return range(pos, pos + len(data))
        return [pos] * len(data)  # character references: each points at the whole run

    def _end_implicit(self, pos: int) -> None:
        self.implicit = False
        self.kinds.pop()
        self._flush(self.tables.pop(), pos)

    def _flush(self, table: _Table, pos: int) -> None:
        table.end_row()
        if table.lines:
            self._newline(table.first)
            self.out.extend(table.lines)
            self.offs.extend(table.offs)

    def finish(self, tail: str) -> None:
        """Read ``tail`` (the text after the page's last '>') as text: the parser would
        give it as text too, but would try each of its '<' as the start of a tag, a scan
        to the end of the page every time."""
        base = len(self.html) - len(tail)
        for start, end in _tail_pieces(tail):
            self.handle_data(unescape(tail[start:end]), base + start)
        while self.tables:
            self._flush(self.tables.pop(), len(self.html))


def _tail_pieces(tail: str) -> list[tuple[int, int]]:
    """The pieces of text the parser would give for ``tail``, a text without '>': a '<'
    that may open a tag (``<a``, ``</``, ``<!``, ``<?``) runs to the next '<' (the last
    one is a piece of its own), any other '<' is a piece of its own.

    >>> tail = "<a <b x<"
    >>> [tail[s:e] for s, e in _tail_pieces(tail)]
    ['<a ', '<b x', '<']
    """
    out: list[tuple[int, int]] = []
    n = len(tail)
    i = 0
    while i < n:
        lt = tail.find("<", i)
        if lt < 0:
            out.append((i, n))
            break
        if i < lt:
            out.append((i, lt))
        nxt = tail.find("<", lt + 1)
        opens = lt + 1 < n and (
            (tail[lt + 1].isascii() and tail[lt + 1].isalpha()) or tail[lt + 1] in "/!?"
        )
        if opens and nxt >= 0:
            out.append((lt, nxt))
            i = nxt
        else:
            out.append((lt, lt + 1))
            i = lt + 1
    return out


def render_html(html: str) -> Rendered:
    """The text of an HTML string, tables as '|' rows (see the module docstring).

    >>> render_html('<tr><td rowspan="2">规章</td><td>1</td></tr><tr><td>2</td></tr>').text
    '| 规章 | 1 |\\n|  | 2 |\\n'
    """
    # after the last '>' no tag can end: the parser gets the page up to the first '<'
    # after it (on a page ending in thousands of '<a ' it would scan to the end from each
    # '<', quadratic time); the rest is read as the parser reads it, as text
    head_end = html.find("<", html.rfind(">") + 1)
    if head_end < 0:
        head_end = len(html)
    r: _Renderer | None = None
    if _fast_reading_agrees():
        # most pages have no table in a table: read as if so, and when one shows up,
        # again with the layout tables that the '<table' marks give, and once more when
        # the events give others
        r = _Renderer(html, set())
        outer = _fast_render(html, head_end, r, stop_at_nesting=True)
        if outer is _NESTED:
            guess = _layout_guess(html, head_end)
            r = _Renderer(html, guess)
            outer = _fast_render(html, head_end, r, stop_at_nesting=False)
            if outer is not None and outer != guess:  # rendered with other layout tables
                r = _Renderer(html, outer)
                outer = _fast_render(html, head_end, r, stop_at_nesting=False)
        if outer is None:
            r = None
    fast = r is not None
    if r is None:
        rec = _Recorder(html)
        rec.feed(html[:head_end])
        rec.close()
        r = _Renderer(html, rec.outer)
        r.replay(rec.events)
        del rec
    r.finish(html[head_end:])
    text = "".join(r.out)
    starts = r.offs
    # the fast reading's offsets are offsets of the page (checked by the tests)
    if not fast and starts and (min(starts) < 0 or max(starts) > len(html)):
        starts = array(starts.typecode, [min(max(o, 0), len(html)) for o in starts])
    starts.append(len(html))
    return Rendered(text=text, starts=starts)


def to_html_offset(rendered: Rendered, span: tuple[int, int]) -> tuple[int, int]:
    """The span of the HTML that ``rendered.text[span[0]:span[1]]`` came from.

    >>> r = render_html("<table><tr><td>规章</td><td>12</td></tr></table>")
    >>> to_html_offset(r, (r.text.index("规章"), r.text.index("12") + 2))
    (15, 28)
    """
    n = len(rendered.text)
    start = min(max(span[0], 0), n)
    end = min(max(span[1], start), n)
    s = rendered.starts[start]
    if end == start:
        return (s, s)
    last = max(rendered.starts[start:end])
    return (s, max(s, last + 1))


__all__ = ["Rendered", "looks_like_html", "looks_like_page", "render_html", "to_html_offset"]
