"""Reading report files, and parsing many reports at once.

:func:`read` reads one file into a :class:`~govinfo_reports.Report`:

- ``.txt``, ``.md`` and any other text file: the bytes are decoded (a byte-order mark first,
  then strict UTF-8, then `charset-normalizer <https://pypi.org/project/charset-normalizer/>`_
  when it is installed, which tells GB18030/GBK, Big5 and UTF-16 apart; without it, GB18030
  and Big5 are tried in turn) and the text is parsed as it is.
- ``.html``/``.htm``: the page is decoded the same way (a ``<meta charset>`` is honoured) and
  parsed as HTML: the table readers read ``<table>`` markup (``rowspan``/``colspan`` included)
  and the outline reads the page's text, so ``Report.source`` is the page itself.
- ``.docx`` (Word 2007 and later; the standard library reads it): paragraphs become lines,
  with Word's automatic numbering (一、 （一） 1.) written out as Word shows it, and tables
  become ``|`` rows, a merged cell's other columns and rows blank.  ``Report.source`` is
  that text and ``Report.notes`` says so.  A ``.doc`` (Word 97-2003) or ``.wps`` file is
  refused with the advice to save it as ``.docx``.
- ``.pdf`` (the ``pdf`` extra, pdfplumber): the statistics tables come from pdfplumber's table
  finder, where the page geometry says which number stands in which cell, and become ``|``
  rows; the prose is the page text outside those tables.  ``Report.source`` is then that
  extracted text (spans point into it, not into the PDF), and ``Report.notes`` says so.

:func:`parse_many` parses a batch (paths, texts or raw bytes) in input order, in worker
processes when ``workers > 1``; a file that cannot be read gives a Report with a
``file.unreadable`` Problem instead of stopping the batch.  Reports pickle, so the same
functions run inside Dask, Spark or Ray tasks.

>>> import govinfo_reports as gr
>>> [r.origin for r in gr.parse_many(["一、总体情况", "二、主动公开政府信息情况"])]
[None, None]
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Union

from .model import Problem, Report, Severity
from .parse import parse

__all__ = [
    "DOCX_NOTE",
    "PDF_NOTE",
    "PathLike",
    "decode",
    "iter_parse",
    "parse_many",
    "pdf_text",
    "read",
    "read_text",
]

PathLike = Union[str, "os.PathLike[str]"]
Item = Union[str, bytes, "os.PathLike[str]"]

PDF_NOTE = (
    "source is the text extracted from a PDF (pdfplumber: tables from its table finder as "
    "'|' rows, prose from the page text); spans point into that text, not into the PDF"
)
DOCX_NOTE = (
    "source is the text of a Word .docx file (paragraphs as lines, automatic numbering "
    "written out, tables as '|' rows); spans point into that text, not into the file"
)
#: binary Word formats that are not read (their text is not stored as text)
_OLD_WORD = frozenset({".doc", ".wps", ".dot"})
TEXT_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", *_OLD_WORD}
)
_META_CHARSET = re.compile(  # bounded: linear in the 4 KiB it searches
    rb"(?i)<meta[^>]{0,200}?charset\s{0,5}=\s{0,5}[\"']?([a-z0-9_\-]{1,20})"
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, *, html: bool = False) -> str:
    """The text of a report file's bytes: UTF-8, GB18030/GBK, Big5 or UTF-16, BOM or not.

    >>> decode("政府信息公开".encode("gb18030"))
    '政府信息公开'
    >>> decode("政府信息公开".encode("utf-16"))
    '政府信息公开'
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        lenient = data.decode("utf-8", errors="replace")
        if lenient.count("\ufffd") <= max(1, len(lenient) // 2000):
            return lenient  # UTF-8 with a stray bad byte, or cut inside the last character
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared is not None:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    for codec in ("gb18030", "big5", "utf-16"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


_CODECS = ("utf_8", "gb18030", "big5hkscs", "big5", "utf_16_le", "utf_16_be", "utf_32_le")


def _odd(text: str) -> int:
    """How many characters of ``text`` are unlikely in a Chinese report (not ASCII, CJK,
    CJK punctuation, full-width forms or general punctuation)."""
    n = 0
    for ch in text:
        o = ord(ch)
        if not (
            o < 0x80
            or 0x4E00 <= o <= 0x9FFF
            or 0x3000 <= o <= 0x303F
            or 0xFF00 <= o <= 0xFFEF
            or 0x2000 <= o <= 0x206F
            or 0x3400 <= o <= 0x4DBF
        ):
            n += 1
    return n


def _guess(data: bytes) -> str | None:
    """charset-normalizer's reading, when it is installed.

    Its candidates are limited to the encodings Chinese reports come in; among its
    readings the one with the fewest characters foreign to a Chinese report wins (on a
    short text a GB18030 string can also read as UTF-16 Hangul).
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best: tuple[int, int, str] | None = None
    for rank, match in enumerate(from_bytes(data, cp_isolation=list(_CODECS))):
        encoding = str(match.encoding)
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
        key = (_odd(text), rank, text)
        if best is None or key[:2] < best[:2]:
            best = key
    return None if best is None else best[2]


def read_text(path: PathLike) -> str:
    """The text :func:`read` parses for ``path`` (for a PDF, the extracted text).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "r.txt"
    >>> _ = p.write_bytes("二、主動公開政府資訊情況".encode("big5"))
    >>> read_text(p)
    '二、主動公開政府資訊情況'
    """
    return _text_and_note(Path(path))[0]


def _text_and_note(p: Path) -> tuple[str, str | None]:
    """The text to parse for the file ``p``, and the note saying where it came from when
    it is not the file's own text (a PDF's or a Word document's)."""
    suffix = p.suffix.lower()
    if suffix == ".pdf":
        return pdf_text(p), PDF_NOTE
    data = p.read_bytes()  # (first: a missing file is said to be missing)
    if suffix in _OLD_WORD:
        raise ValueError(
            f"a {suffix} file (binary Word/WPS) is not read: save it as .docx, or as text"
        )
    return _bytes_text_and_note(data, suffix)


def _bytes_text_and_note(data: bytes, suffix: str = "") -> tuple[str, str | None]:
    """:func:`_text_and_note` of a file's bytes: a Word document's text (whatever its
    suffix says), else the decoded text (as HTML for ``.html``/``.htm``).  Bytes of a zip
    are read as a Word document or not at all (ValueError: a damaged ``.docx``, another
    kind of zip), never as text."""
    from ._docx import docx_text, is_docx  # (here: zipfile and ElementTree cost ~4 ms)

    if suffix == ".docx" or data.startswith(_ZIP_MAGIC) or is_docx(data):
        return docx_text(data), DOCX_NOTE
    return decode(data, html=suffix in (".html", ".htm")), None


#: how a zip's bytes begin (a local file header)
_ZIP_MAGIC = b"PK\x03\x04"


def read(path: PathLike) -> Report:
    """Read and parse one report file (see the module docstring for the formats).

    Raises :class:`OSError` when the file cannot be read, :class:`ImportError` for a PDF
    without the ``pdf`` extra and :class:`ValueError` for a ``.docx`` that is no Word
    document or a ``.doc``; :func:`parse_many` turns each into a Problem.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "r.txt"
    >>> _ = p.write_bytes("2023年政府信息公开工作年度报告".encode("gbk"))
    >>> r = read(p)
    >>> r.source, r.origin == str(p)
    ('2023年政府信息公开工作年度报告', True)
    """
    p = Path(path)
    text, note = _text_and_note(p)
    return _noted(parse(text, origin=str(p)), note)


def _noted(report: Report, note: str | None) -> Report:
    """``report`` with ``note`` (where its source came from, if not the text itself)
    before its other notes."""
    if note is None:
        return report
    import attrs

    return attrs.evolve(report, notes=(note, *report.notes))


# --- PDF -----------------------------------------------------------------------------------


def _cell(text: str | None) -> str:
    if not text:
        return ""
    return "".join(text.split("\n")).strip()


def _row_text(cells: Sequence[str | None]) -> tuple[str, bool]:
    """A table row as a line: a '|' row when it has two or more filled cells."""
    filled = [_cell(c) for c in cells if _cell(c)]
    if len(filled) <= 1:
        return (filled[0] if filled else ""), False
    return "| " + " | ".join(_cell(c) for c in cells) + " |", True


def pdf_text(path: PathLike) -> str:
    """The text of a PDF report: prose lines and statistics tables as '|' rows, page order.

    Needs the ``pdf`` extra (pdfplumber).  Each table the table finder sees gives one line
    per row: a row with two or more filled cells is a '|' row (a cell's wrapped lines are
    joined), a row with one filled cell (a page framed as a table) is a line of prose.  Text
    outside the tables comes line by line from the page text; lines and rows are merged by
    their position on the page.
    """
    try:
        import pdfplumber
    except ImportError as exc:
        raise ImportError(
            "reading PDF files needs pdfplumber: pip install 'govinfo-reports[pdf]'"
        ) from exc
    pages: list[str] = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            pages.append(_page_text(page))
    return "\n\f".join(pages) + "\n"


def _page_text(page: Any) -> str:
    items: list[tuple[float, float, str]] = []
    tables = page.find_tables()
    rest = page
    for table in tables:
        rest = rest.outside_bbox(table.bbox)
        for row, cells in zip(table.rows, table.extract(), strict=False):
            line, _ = _row_text(cells)
            if line:
                items.append((float(row.bbox[1]), float(row.bbox[0]), line))
    for line in rest.extract_text_lines(return_chars=False):
        text = str(line["text"]).strip()
        if text:
            items.append((float(line["top"]), float(line["x0"]), text))
    items.sort(key=lambda it: (round(it[0], 1), it[1]))
    return "\n".join(text for _, _, text in items)


# --- batches -------------------------------------------------------------------------------


def _is_path(item: Item) -> bool:
    if isinstance(item, os.PathLike):
        return True
    if not isinstance(item, str) or "\n" in item or len(item) > 1024 or not item.strip():
        return False
    if Path(item).suffix.lower() in TEXT_SUFFIXES:
        return True
    try:
        return Path(item).is_file()
    except (OSError, ValueError):
        return False


def load(item: Item) -> Report:
    """One batch item as a Report: a path is read, a text parsed, bytes decoded and parsed.

    Never raises: a file that cannot be read gives a Report with a ``file.unreadable``
    Problem (ERROR) whose message names the file and the reason.

    >>> r = load("/no/such/report.txt")
    >>> [p.code for p in r.problems], r.origin
    (['file.unreadable'], '/no/such/report.txt')
    """
    if isinstance(item, bytes):
        try:
            text, note = _bytes_text_and_note(item)
        except ValueError as exc:  # (a damaged Word document)
            return unreadable("<bytes>", exc)
        return _noted(parse(text), note)
    if not _is_path(item):
        return parse(str(item))
    path = os.fspath(item)
    try:
        return read(path)
    except Exception as exc:  # one bad file must not stop a batch
        return unreadable(path, exc)


def unreadable(path: str, exc: BaseException) -> Report:
    """The Report standing for a file that could not be read."""
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return Report(
        source="",
        origin=path,
        problems=(
            Problem(
                code="file.unreadable",
                severity=Severity.ERROR,
                message=f"文件无法读取 {path}: {type(exc).__name__}: {reason}",
            ),
        ),
    )


def iter_parse(items: Iterable[Item], *, workers: int | None = 1) -> Iterator[Report]:
    """Like :func:`parse_many`, yielding each Report as soon as it and those before it are
    ready (for progress bars).

    >>> [r.source for r in iter_parse(["甲", "乙"])]
    ['甲', '乙']
    """
    n = (os.cpu_count() or 1) if workers is None or workers < 1 else workers
    if n == 1:
        for item in items:
            yield load(item)
        return
    # imported here: concurrent.futures.process pulls in multiprocessing, ~20 ms of every
    # ``import govinfo_reports`` for a feature most callers never use
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=n) as pool:
        yield from pool.map(load, items, chunksize=1)


def parse_many(items: Iterable[Item], *, workers: int | None = 1) -> list[Report]:
    """Parse many files or texts, results in input order.

    Each item is a path (a :class:`os.PathLike`, or a one-line ``str`` naming an existing file
    or ending in ``.txt``/``.html``/``.htm``/``.md``/``.pdf``), a report text (any other
    ``str``) or the raw bytes of a file.  ``workers``: how many processes (1, the default,
    parses in this process; ``None`` or 0 uses every CPU).  A file that cannot be read gives a
    Report with a ``file.unreadable`` Problem.

    >>> rs = parse_many(["二、主动公开政府信息情况", "missing.txt"])
    >>> [p.code for p in rs[1].problems]
    ['file.unreadable']
    """
    return list(iter_parse(items, workers=workers))
