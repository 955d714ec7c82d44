"""The text of a Word ``.docx`` report: paragraphs as lines, tables as ``|`` rows.

A ``.docx`` is a zip of XML (WordprocessingML); the standard library reads it, no extra
needed.  The body is read in document order:

- a paragraph is a line: its runs' text, a tab as ``\\t``, a line break as a line break;
  automatic numbering (一、 （一） 1. ① set by the paragraph or its style, numbering.xml)
  is written out before the text, as Word shows it;
- a table row is a ``|`` row (as :func:`govinfo_reports.files.pdf_text` writes pdfplumber's
  tables): each cell's paragraphs joined, a cell merged across columns (``gridSpan``)
  followed by blank cells for the columns it covers, a cell that continues a vertical
  merge (``vMerge``) blank; a row with one filled cell is a line of prose;
- deleted text (tracked changes), field codes and the fallback copy of drawings are left
  out.

>>> import io, zipfile
>>> body = ('<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>'
...         '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>行政复议</w:t></w:r></w:p></w:tc>'
...         '<w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
>>> buf = io.BytesIO()
>>> with zipfile.ZipFile(buf, "w") as z:
...     z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}'
...                '</w:body></w:document>')
>>> docx_text(buf.getvalue())
'一、总体情况\\n| 行政复议 | 3 |\\n'
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree as ET

from .files import _row_text

__all__ = ["W", "docx_text", "is_docx"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_P, _TBL, _TR, _TC, _SDT = (f"{{{W}}}{n}" for n in ("p", "tbl", "tr", "tc", "sdt"))
_T, _TAB, _BR, _CR = (f"{{{W}}}{n}" for n in ("t", "tab", "br", "cr"))
_VAL = f"{{{W}}}val"
#: subtrees whose text is not the document's: deleted runs, field codes, the fallback
#: copy of a drawing (its text box is read once, from mc:Choice); and paragraph
#: properties, which hold none (not walked)
_SKIP = frozenset(
    {f"{{{W}}}del", f"{{{W}}}instrText", f"{{{W}}}delText", f"{{{_MC}}}Fallback", f"{{{W}}}pPr"}
)
#: a part larger than this (uncompressed) is refused: a report's document.xml is a few MB
MAX_PART = 200 * 1024 * 1024


def is_docx(data: bytes) -> bool:
    """Whether ``data`` is a zip holding ``word/document.xml``.

    >>> is_docx(b"PK\\x03\\x04 not really"), is_docx("报告".encode())
    (False, False)
    """
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except Exception:  # (damaged bytes raise any of a dozen kinds: not a document)
        return False


def _part(z: zipfile.ZipFile, name: str) -> ET.Element | None:
    """One XML part of the package (None when it is missing); a DTD is refused (a .docx
    has none: it could only serve entity expansion) and so is a part over MAX_PART."""
    try:
        info = z.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART:
        raise ValueError(f"{name} is {info.file_size} bytes uncompressed, over {MAX_PART}")
    data = z.read(info)
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
        raise ValueError(f"{name} declares a DTD, which a Word document never does")
    return ET.fromstring(data)


def docx_text(data: bytes) -> str:
    """The text of a ``.docx`` file's bytes (see the module docstring).

    Raises :class:`ValueError` for bytes that are not a Word document.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            document = _part(z, "word/document.xml")
            if document is None:
                raise ValueError("not a Word document: the zip has no word/document.xml")
            numbering = _Numbering(_part(z, "word/numbering.xml"), _part(z, "word/styles.xml"))
    except ET.ParseError as exc:
        raise ValueError(f"the Word document's XML is broken: {exc}") from exc
    except ValueError:
        raise
    except Exception as exc:  # a damaged zip raises any of a dozen kinds (zlib, EOF, CRC…)
        raise ValueError(f"not a Word document: {type(exc).__name__}: {exc}") from exc
    body = document.find(f"{{{W}}}body")
    lines = list(_blocks(body, numbering)) if body is not None else []
    return "".join(line + "\n" for line in lines)


#: elements that wrap body content, rows or cells: a content control (its content is in
#: w:sdtContent) and custom XML markup
_WRAPPERS = frozenset({_SDT, f"{{{W}}}customXml"})


def _unwrapped(wrapper: ET.Element) -> ET.Element:
    """The element whose children a wrapper holds (w:sdtContent of a content control)."""
    content = wrapper.find(f"{{{W}}}sdtContent")
    return content if content is not None else wrapper


def _children(parent: ET.Element, tag: str) -> Iterator[ET.Element]:
    """The ``tag`` children of ``parent``, also those inside wrappers (a row or a cell in
    a content control)."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(_unwrapped(child), tag)


def _blocks(parent: ET.Element, numbering: _Numbering) -> Iterator[str]:
    """The lines of the paragraphs and tables under ``parent``, in document order."""
    for child in parent:
        if child.tag == _P:
            yield numbering.label(child) + _text(child)
        elif child.tag == _TBL:
            yield from _table(child)
        elif child.tag in _WRAPPERS:  # a content control, custom XML: body content inside
            yield from _blocks(_unwrapped(child), numbering)


def _text(element: ET.Element) -> str:
    """The text of a paragraph (or any element): runs, tabs and line breaks."""
    out: list[str] = []
    _collect(element, out)
    return "".join(out)


def _collect(element: ET.Element, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIP:
            continue
        if tag == _T:
            out.append(child.text or "")
        elif tag == _TAB:
            out.append("\t")
        elif tag in (_BR, _CR):
            out.append("\n")
        else:
            _collect(child, out)


def _table(tbl: ET.Element) -> Iterator[str]:
    """A table's rows as lines: a ``|`` row for two or more filled cells, else the one
    cell's text (a page framed as a table); merged cells as blank cells."""
    for tr in _children(tbl, _TR):
        cells: list[str] = []
        before = tr.find(f"{{{W}}}trPr/{{{W}}}gridBefore")
        cells.extend([""] * _int(before, 0))
        for tc in _children(tr, _TC):
            props = tc.find(f"{{{W}}}tcPr")
            span = _int(props.find(f"{{{W}}}gridSpan") if props is not None else None, 1)
            merge = props.find(f"{{{W}}}vMerge") if props is not None else None
            # (a cell that continues a vertical merge is blank: its text is above it)
            continues = merge is not None and merge.get(_VAL) != "restart"
            text = "" if continues else _cell_text(tc)
            cells.append(text)
            cells.extend([""] * (span - 1))
        line, _ = _row_text(cells)  # (as a PDF table's rows are written)
        if line:
            yield line


def _cell_text(tc: ET.Element) -> str:
    """A cell's paragraphs (those of a table inside it too) joined: a label wrapped
    over lines is one label; two numbers on two lines stay apart.

    >>> cell = ET.fromstring(f'<w:tc xmlns:w="{W}"><w:p><w:r><w:t>1.属于国家</w:t></w:r>'
    ...     '</w:p><w:p><w:r><w:t> 秘密 </w:t></w:r></w:p><w:p><w:r><w:t>3</w:t></w:r></w:p>'
    ...     '<w:p><w:r><w:t>5</w:t></w:r></w:p></w:tc>')
    >>> _cell_text(cell)
    '1.属于国家秘密3 5'
    """
    text = ""
    for p in tc.iter(_P):
        part = " ".join(_text(p).split())
        if not part:
            continue
        if text and text[-1].isdigit() and part[0].isdigit():
            text += " "
        text += part
    return text


def _int(element: ET.Element | None, default: int) -> int:
    """The integer ``w:val`` of ``element`` (``default`` when absent or not a number)."""
    if element is None:
        return default
    value = element.get(_VAL, "")
    return int(value) if value.isdigit() and len(value) <= 4 else default


# --- automatic numbering --------------------------------------------------------------------

_CN = "〇一二三四五六七八九"


def _chinese(n: int) -> str:
    """一 … 九十九 (the counting numerals Word writes for chineseCounting).

    >>> [_chinese(n) for n in (1, 10, 12, 20, 35)]
    ['一', '十', '十二', '二十', '三十五']
    """
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _CN[tens]) + "十" if tens else "") + (_CN[ones] if ones else "")


_COUNTING = frozenset(
    {"chineseCounting", "chineseCountingThousand", "japaneseCounting", "ideographDigital"}
)


def _format(n: int, fmt: str) -> str:
    """Number ``n`` as the numbering format ``fmt`` writes it (decimal for the others)."""
    if fmt in _COUNTING:
        return _chinese(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "ideographTraditional" and 0 < n <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    if fmt in ("lowerLetter", "upperLetter") and 0 < n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class _Numbering:
    """The numbers Word draws before numbered paragraphs (numbering.xml), counted in
    document order per list and level; a level restarts when a shallower one advances."""

    def __init__(self, numbering: ET.Element | None, styles: ET.Element | None) -> None:
        # abstractNum id -> level -> (start, numFmt, lvlText)
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstract, starts)
        if numbering is not None:
            for a in numbering.iter(f"{{{W}}}abstractNum"):
                levels: dict[int, tuple[int, str, str]] = {}
                for lvl in a.iter(f"{{{W}}}lvl"):
                    fmt = lvl.find(f"{{{W}}}numFmt")
                    text = lvl.find(f"{{{W}}}lvlText")
                    levels[_int_attr(lvl, f"{{{W}}}ilvl")] = (
                        _int(lvl.find(f"{{{W}}}start"), 1),
                        fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
                        text.get(_VAL, "") if text is not None else "",
                    )
                abstract[a.get(f"{{{W}}}abstractNumId", "")] = levels
            for num in numbering.iter(f"{{{W}}}num"):
                ref = num.find(f"{{{W}}}abstractNumId")
                overrides = {
                    _int_attr(o, f"{{{W}}}ilvl"): _int(o.find(f"{{{W}}}startOverride"), 1)
                    for o in num.iter(f"{{{W}}}lvlOverride")
                    if o.find(f"{{{W}}}startOverride") is not None
                }
                if ref is not None:
                    self.nums[num.get(f"{{{W}}}numId", "")] = (ref.get(_VAL, ""), overrides)
        self.abstract = abstract
        # paragraph style id -> (numId, ilvl) of the numbering the style carries
        self.styles: dict[str, tuple[str, int]] = {}
        if styles is not None:
            based: dict[str, str] = {}
            own: dict[str, tuple[str, int]] = {}
            for style in styles.iter(f"{{{W}}}style"):
                sid = style.get(f"{{{W}}}styleId", "")
                base = style.find(f"{{{W}}}basedOn")
                if base is not None:
                    based[sid] = base.get(_VAL, "")
                num_pr = style.find(f"{{{W}}}pPr/{{{W}}}numPr")
                if num_pr is not None:
                    own[sid] = _num_ref(num_pr, 0)
            for sid in based.keys() | own.keys():
                seen = sid
                for _ in range(8):  # a basedOn chain, not followed in a cycle
                    if seen in own:
                        self.styles[sid] = own[seen]
                        break
                    if seen not in based:
                        break
                    seen = based[seen]
        # abstract id -> the last number drawn per level (None: not begun since the level
        # above advanced); lists that share an abstract definition count on together,
        # unless a list restarts a level (startOverride) where it is first used
        self.counters: dict[str, list[int | None]] = {}
        self.begun: set[str] = set()

    def label(self, p: ET.Element) -> str:
        """The number Word draws before paragraph ``p`` ('' when it has none)."""
        ppr = p.find(f"{{{W}}}pPr")
        if ppr is None:
            return ""
        ref: tuple[str, int] | None = None
        num_pr = ppr.find(f"{{{W}}}numPr")
        style = ppr.find(f"{{{W}}}pStyle")
        styled = self.styles.get(style.get(_VAL, "")) if style is not None else None
        if num_pr is not None:
            ref = _num_ref(num_pr, styled[1] if styled else 0)
            if ref[0] == "" and styled is not None:
                ref = (styled[0], ref[1])
        else:
            ref = styled
        if ref is None or ref[0] in ("", "0") or ref[0] not in self.nums:
            return ""
        num_id, level = ref
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        if level not in levels or not 0 <= level < 9:
            return ""
        counts = self.counters.setdefault(abstract_id, [None] * 9)
        starts = {k: v[0] for k, v in levels.items()}
        if num_id not in self.begun:
            self.begun.add(num_id)
            for k, start in overrides.items():
                if 0 <= k < 9:
                    counts[k] = None
                    starts[k] = start
        else:
            starts.update(overrides)
        last = counts[level]
        counts[level] = starts[level] if last is None else last + 1
        for deeper in range(level + 1, 9):
            counts[deeper] = None
        text = levels[level][2]
        for k in range(9):
            if f"%{k + 1}" in text:
                fmt = levels[k][1] if k in levels else "decimal"
                n = counts[k]
                text = text.replace(f"%{k + 1}", _format(starts.get(k, 1) if n is None else n, fmt))
        if text and text[-1] not in "、.．)）:：":
            text += " "  # (Word draws a tab after the number)
        return text


def _num_ref(num_pr: ET.Element, default_level: int) -> tuple[str, int]:
    num = num_pr.find(f"{{{W}}}numId")
    return (
        num.get(_VAL, "") if num is not None else "",
        _int(num_pr.find(f"{{{W}}}ilvl"), default_level),
    )


def _int_attr(element: ET.Element, name: str) -> int:
    value = element.get(name, "")
    return int(value) if value.isdigit() and len(value) <= 4 else 0
