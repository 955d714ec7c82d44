"""Wrong values and false alarms found by reading real 2008-2014 report pages (narrative
reports, traditional-script mirrors, pages cut mid-way) by hand.

The fixtures are written for these tests (invented places 云溪/青禾, invented numbers):
each paraphrases the form of a real page, not its words.  Each case has a near case that
must still read.
"""

from __future__ import annotations

import govinfo_reports as gr
from govinfo_reports.model import FigureKind

K = FigureKind


def _codes(text: str) -> list[str]:
    return [p.code for p in gr.parse(text).validate()]


def _parts(report: gr.Report) -> list[list[tuple[str, int]]]:
    return [[(p.label, p.quantity.value) for p in b.parts] for b in report.breakdowns]


# --- a list whose last part has its own 其中 --------------------------------------------

LAST_PART_OWN_OPENING = (
    "云溪县法制办2011年度政府信息公开年度报告\n"
    "一、主动公开政府信息情况\n"
    "2011年，我办主动公开信息31条，其中概况信息2条、计划总结4条、工作动态5条、"
    "法规公文9条、法制新闻11条，其中主站采用18条。\n"
)


def test_a_last_part_with_its_own_opening_ends_the_list() -> None:
    # the 11 makes the parts add up: it is the last part, not a new total (read before:
    # four parts adding up to 20, and a false prose.breakdown)
    r = gr.parse(LAST_PART_OWN_OPENING)
    assert _parts(r)[0] == [
        ("概况信息", 2),
        ("计划总结", 4),
        ("工作动态", 5),
        ("法规公文", 9),
        ("法制新闻", 11),
    ]
    assert "prose.breakdown" not in _codes(LAST_PART_OWN_OPENING)


def test_a_number_with_its_own_opening_that_does_not_add_up_is_still_no_part() -> None:
    text = LAST_PART_OWN_OPENING.replace("法制新闻11条", "法制新闻12条")
    r = gr.parse(text)
    assert [label for label, _ in _parts(r)[0]] == ["概况信息", "计划总结", "工作动态", "法规公文"]
    assert "prose.breakdown" in _codes(text)


# --- a list cut by the end of the page ---------------------------------------------------

CUT_LIST = (
    "云溪区青禾街道2013年度政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "2013年主动公开政府信息52条，其中规范性文件类信息7条；规划计划类信息19条；公共资"
)


def test_a_list_cut_by_the_end_of_the_text_is_no_breakdown() -> None:
    # the parts after the cut are not known: no sum to check (read before: a false
    # prose.breakdown, 7 + 19 = 26 against 52)
    r = gr.parse(CUT_LIST + "\n")
    assert r.figure(K.PROACTIVE_DISCLOSURES).value == 52
    assert r.breakdowns == ()
    assert "prose.breakdown" not in _codes(CUT_LIST)


def test_a_number_cut_by_the_end_of_the_text_is_no_part() -> None:
    text = (
        "云溪区2013年度政府信息公开工作年度报告\n二、主动公开情况\n"
        "全区共主动公开各类信息1203件。其中：机构职能类301件，法规文件类95件，行政职责类7"
    )
    # (read before: a part 行政职责类 7, a number whose digits after the cut are not known)
    assert gr.parse(text).breakdowns == ()


def test_a_list_that_ends_its_sentence_before_the_cut_still_reads() -> None:
    r = gr.parse(CUT_LIST.replace("；公共资", "。\n三、依申请公开情况\n我街道未收到申"))
    assert _parts(r) == [[("规范性文件类信息", 7), ("规划计划类信息", 19)]]
    r = gr.parse(CUT_LIST.replace("52条", "26条").replace("；公共资", "。\n"))
    assert _parts(r) == [[("规范性文件类信息", 7), ("规划计划类信息", 19)]]


# --- the count of the report's parts ------------------------------------------------------

CONTENTS = (
    "青禾市人力资源和社会保障局2012年政府信息公开工作年度报告\n"
    "本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、行政复议和行政诉讼情况、"
    "存在的主要问题及改进情况和附表共{n}部分组成。\n"
    "一、概述\n"
)


def test_the_count_of_the_report_parts_is_no_appeal_count() -> None:
    # (read before: figures.coordinated, “复议和行政诉讼”共用一个数字“六个”)
    for n in ("六个", "6个"):
        text = CONTENTS.format(n=n)
        assert "figures.coordinated" not in _codes(text)
        r = gr.parse(text)
        assert r.figure(K.ADMINISTRATIVE_REVIEWS) is None
        assert r.figure(K.ADMINISTRATIVE_LAWSUITS) is None


def test_a_shared_appeal_count_still_gives_its_problem() -> None:
    text = CONTENTS.format(n="六个") + "全年发生行政复议和行政诉讼6个，涉及征地拆迁。\n"
    assert "figures.coordinated" in _codes(text)
