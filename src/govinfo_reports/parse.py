"""The pipeline: normalize → segment → read → check (checks run on demand).

>>> r = parse("")
>>> r.sections, r.year
((), None)
>>> [p.code for p in r.problems]
['report.not_a_report']
"""

from __future__ import annotations

import traceback

import attrs

from ._lazy import lazy_re
from .figures import read_figures
from .metadata import UNDECIDED, another_report, read_metadata
from .model import (
    ActiveDisclosureTable,
    AppealTable,
    Problem,
    Report,
    Severity,
    Template,
)
from .normalize import normalize
from .outline import read_outline
from .tables import read_tables

# A lone UTF-16 half (text decoded with errors="surrogateescape", or a JSON "\\ud800") cannot
# be encoded, and OpenCC chokes on it.  The readers get U+FFFD in its place: same length, so
# every offset still points into the untouched source.
_SURROGATE = lazy_re("[\ud800-\udfff]")

#: a report's account of its own parts opens so (全文由概述、…九部分组成, 本年度报告包括…);
#: how far into the text it stands
_CONTENTS_OPEN = lazy_re(r"(?:全文|本年度报告|本报告|本年报)[^。\n]{0,12}?(?:由|包括)")
_CONTENTS_HEAD = 3000


def parse(text: str, *, origin: str | None = None) -> Report:
    """Read one report string into a :class:`Report`.  Never raises on any ``str``.

    ``origin`` is a free label kept on the report (a file name, a URL).  A lone UTF-16
    surrogate (a decoding error upstream) is read as U+FFFD, with a warning:

    >>> r = parse("2023年度报告\\ud800", origin="a.txt")
    >>> r.origin, r.source.endswith("\\ud800")
    ('a.txt', True)
    >>> [(p.code, p.span) for p in r.problems if p.code.startswith("source.")]
    [('source.lone_surrogate', (8, 9))]
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    try:
        return _parse(text, origin)
    except Exception as exc:  # the safety net: a bug must not stop a batch of 100,000 pages
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Report(
            source=text,
            origin=origin,
            problems=(
                Problem(
                    code="parse.internal_error",
                    severity=Severity.ERROR,
                    message=(
                        f"内部错误，报告未能读完: {type(exc).__name__}: {exc} "
                        f"({where.filename.rsplit('/', 1)[-1]}:{where.lineno})"
                    ),
                ),
            ),
        )


def _parse(source: str, origin: str | None) -> Report:
    text = source
    bad = None if source.isascii() else _SURROGATE.search(source)
    if bad is not None:
        text = _SURROGATE.sub("\ufffd", source)
    norm = normalize(text)
    sections = read_outline(norm)
    meta = read_metadata(norm, sections)
    # another report after this one's body (an annexed sub-unit's, a second year's): its
    # tables and figures are not this report's, so they are read up to its title only
    other = another_report(norm.text, meta)
    view, kept = norm, sections
    if other is not None:
        view = attrs.evolve(norm, text=norm.text[: other[0]])
        cut = norm.to_source(other)[0]
        kept = tuple(s for s in sections if s.span[0] < cut)
        meta = read_metadata(view, kept)  # (the format its headings show, not the other's)
    tables = read_tables(view, kept)
    figures = read_figures(view, kept, tables, meta=meta)
    template = tables.template or meta.template or Template.NARRATIVE
    problems = [*meta.problems, *tables.problems, *figures.problems]
    if other is not None:
        problems.append(
            Problem(
                code="report.another_report",
                severity=Severity.WARNING,
                message=(
                    f"文本中“{norm.text[other[0] : other[1]]}”起是另一份报告（附件或另一年度、"
                    "另一机关的报告），其后的表格和统计数字不属于本报告，未读取"
                ),
                span=norm.to_source(other),
            )
        )
    if bad is not None:
        problems.insert(
            0,
            Problem(
                code="source.lone_surrogate",
                severity=Severity.WARNING,
                message="文本含有无法编码的代理字符(字符集解码错误),已按U+FFFD读取",
                span=bad.span(),
            ),
        )
    notes = [*meta.notes, *tables.notes]
    if tables.template is None and meta.template_note is not None:
        notes.append(meta.template_note)  # no table read: the text's columns say the format
    if (
        not sections
        and tables.applications is None
        and not figures.figures
        and not _gives_its_contents(norm.text)
        and not _holds_a_number(tables.active_disclosure, tables.appeals)
        and not any(p.code == "report.not_a_report" for p in meta.problems)
    ):
        # (what a report would be missing is not said of a text that is none)
        problems = [p for p in problems if p.code not in UNDECIDED]
        problems.insert(
            0,
            Problem(
                code="report.not_a_report",
                severity=Severity.WARNING,
                message="文本中没有找到年度报告的章节、统计表或统计数字，可能不是政府信息公开工作年度报告",
            ),
        )
    return Report(
        source=source,
        text=norm.text,
        script=norm.script,
        agency=meta.agency,
        year=meta.year,
        period=meta.period,
        template=template,
        title=meta.title,
        sections=sections,
        active_disclosure=tables.active_disclosure,
        applications=tables.applications,
        appeals=tables.appeals,
        figures=figures.figures,
        breakdowns=figures.breakdowns,
        problems=tuple(problems),
        notes=tuple(notes),
        origin=origin,
    )


def _gives_its_contents(text: str) -> bool:
    """Whether the text's head gives its own parts as a report does (全文由概述、主动公开…
    九部分组成): a report whose headings a page lost, not a text that is no report.

    >>> _gives_its_contents("本年报由概述、主动公开政府信息情况、…和附表九部分组成。")
    True
    >>> _gives_its_contents("全文包括概述、主动公开政府信息情况、依申请公开政府信息情况。")
    True
    >>> _gives_its_contents("年度报告应包括下列内容：概述、主动公开情况。")
    False
    """
    head = text[:_CONTENTS_HEAD]
    for m in _CONTENTS_OPEN.finditer(head):
        end = head.find("。", m.end())
        rest = head[m.end() : end if end >= 0 else len(head)]
        if "组成" in rest or "部分" in rest or (rest.count("、") >= 2 and "主动公开" in rest):
            return True
    return False


def _holds_a_number(*tables: ActiveDisclosureTable | AppealTable | None) -> bool:
    """Whether any of table 二 and table 四 read holds a number (a page that is only such a
    table, with no numbered section, is a report's; an empty template of one is not).

    >>> from govinfo_reports.model import Outcomes
    >>> _holds_a_number(None, AppealTable(review=Outcomes(total=0)))
    True
    >>> _holds_a_number(ActiveDisclosureTable(), None)
    False
    """
    for table in tables:
        if table is None:
            continue
        cells = (
            (v for _, v in table.cells())
            if isinstance(table, ActiveDisclosureTable)
            else table.cells()
        )
        if any(v is not None for v in cells):
            return True
    return False
