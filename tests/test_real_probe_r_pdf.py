"""Probe r-pdf: values read wrong on real 2019-2024 pages (standard tables as web pages and
as PDF text, and the prose around them), with fixtures of an invented town and numbers
that keep a real page's form, not its words; every fix has a near case that still reads.
"""

from __future__ import annotations

import govinfo_reports as gr
from govinfo_reports.model import FigureKind
from test_real_pages_towns import _report  # (a report of 云溪县青禾镇 whose 一 holds body)

K = FigureKind
_APPLY = "（二）依申请公开情况\n"


def _read(body: str, kind: FigureKind) -> list[object]:
    """The values of ``kind`` read from a 2023 report whose 一 holds ``body``."""
    return [
        f.quantity.value for f in gr.parse(_report(2023, _APPLY + body)).figures if f.kind is kind
    ]


def test_replies_checked_for_another_office_are_not_completed_here() -> None:
    # 协查…答复4件 counts another body's applications this office helped with; it was read
    # as a second applications_completed beside the office's own 38
    own = "全年办理本机关政府信息公开申请答复38件"
    assert _read(own + "。协助县政府办公室协查依申请公开答复4件。", K.APPLICATIONS_COMPLETED) == [
        38
    ]
    assert _read(own + "，按时办结率100%。", K.APPLICATIONS_COMPLETED) == [38]


def test_an_outcome_named_as_one_reason_among_others_is_no_figure() -> None:
    # 因信息不存在等原因无法提供5件 counts the whole 无法提供 class (not held, to be made,
    # still unclear), not the applications whose information was not held
    lead = "全年办理申请答复30件，其中予以公开21件，"
    assert _read(lead + "因信息不存在等原因无法提供5件。", K.APPLICATIONS_NOT_HELD) == []
    assert _read(lead + "本机关不掌握相关信息的5件。", K.APPLICATIONS_NOT_HELD) == [5]
    # (the outcome after 等 is the class itself; 等 in brackets lists its own reasons)
    assert _read(lead + "重复申请等不予处理4件。", K.APPLICATIONS_NOT_ACCEPTED) == [4]
    assert _read(lead + "不予公开（涉及国家秘密等）3件。", K.APPLICATIONS_WITHHELD) == [3]
