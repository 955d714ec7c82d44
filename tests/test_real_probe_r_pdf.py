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


_T4 = (
    "云溪县青禾镇2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我镇依法做好政府信息公开工作。\n"
    "四、政府信息公开行政复议、行政诉讼情况\n"
    "行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n"
    "结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计\n"
    "维持 纠正 结果 审结 维持 纠正 结果 审结 维持 纠正 结果 审结\n"
    "{cells}\n五、存在的主要问题及改进情况\n"
)


def _table4_codes(cells: str) -> list[str]:
    return [p.code for p in gr.parse(_T4.format(cells=cells)).validate() if "table4" in p.code]


def test_a_table4_whose_numbers_cannot_be_cut_is_not_called_blank() -> None:
    # a PDF page number printed on its own line beside the 15 numbers (16 in all): the
    # cells are None with table4.unreadable, and table4.empty said they were blank
    assert _table4_codes("6\n2 0 1 0 3 0 0 0 1 1 0 0 0 0 0") == ["table4.unreadable"]
    # (near cases: the same numbers read; a table of blank marks is still empty)
    assert _table4_codes("2 0 1 0 3 0 0 0 1 1 0 0 0 0 0") == []
    assert "table4.empty" in _table4_codes(" ".join(["/"] * 15))
