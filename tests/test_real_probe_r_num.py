"""Wrong values and false alarms found by reading real reports whose statistics use
unusual number forms (余/多/万, lists closed by 等, 上年转结, counts joined before 其中).

The fixtures are written for these tests (invented places 云溪/青禾, invented numbers):
each paraphrases the form of a real page, not its words.  Each case has a near case that
must still read.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.model import FigureKind

K = FigureKind


def _report(year: int, body: str) -> str:
    """A report of 云溪县人民政府 for ``year`` whose first part holds ``body``."""
    return f"云溪县人民政府{year}年政府信息公开工作年度报告\n一、总体情况\n{body}\n"


def _values(text: str, kind: FigureKind) -> list[object]:
    return [f.quantity.value for f in gr.parse(text).figures if f.kind is kind]


# (what the text says, the kind read, the values it must give, first first)
CASES = [
    # 主动公开A、B、C等信息N条 names the kinds of the whole with 等: it was read as a topic
    # (a part) and the count of one channel beside it (宣传栏…1300条) became the figure
    (
        "（一）主动公开情况。我县通过政府网站主动公开政策文件、会议信息、工作动态、"
        "财政预决算等信息3175条，宣传栏、电子屏公开政府信息1300条。",
        K.PROACTIVE_DISCLOSURES,
        [3175, 1300],
    ),
    # near cases: one topic with 等, or a topic with no 等, is still a part
    (
        "（一）主动公开情况。我县主动公开财政预决算等信息64条。",
        K.PROACTIVE_DISCLOSURES,
        [],
    ),
    (
        "（一）主动公开情况。我县主动公开政府信息3175条，其中主动公开财政预决算信息64条。",
        K.PROACTIVE_DISCLOSURES,
        [3175],
    ),
    # 上年转结 (the characters of 结转 the other way round) was not read
    (
        "（二）依申请公开情况。全年收到政府信息公开申请15件，上年转结3件，均已按期答复。",
        K.APPLICATIONS_CARRIED_OVER,
        [3],
    ),
    (
        "（二）依申请公开情况。全年收到政府信息公开申请15件，上年结转3件，均已按期答复。",
        K.APPLICATIONS_CARRIED_OVER,
        [3],
    ),
    # 网审 (网上审批 for short): applications for approvals, read as disclosure
    # applications made online (and the ones completed after them as completed)
    (
        "（二）推进网上办事。31项审批服务事项已实现网上办理，全年通过网审平台受理申请2718 "
        "件，办结2718 件。",
        K.APPLICATIONS_ONLINE,
        [],
    ),
    (
        "（二）推进网上办事。31项审批服务事项已实现网上办理，全年通过网审平台受理申请2718 "
        "件，办结2718 件。",
        K.APPLICATIONS_COMPLETED,
        [],
    ),
    # near case: disclosure applications made on the portal still read
    (
        "（二）依申请公开情况。全年通过网上平台受理政府信息公开申请27件，办结27件。",
        K.APPLICATIONS_COMPLETED,
        [27],
    ),
]


@pytest.mark.parametrize(("body", "kind", "want"), CASES)
def test_reads_the_figure(body: str, kind: FigureKind, want: list[object]) -> None:
    assert _values(_report(2022, body), kind) == want


def _breakdown_alarms(text: str) -> list[str]:
    return [p.message for p in gr.parse(text).validate() if p.code == "prose.breakdown"]


def test_parts_of_received_and_carried_together_raise_no_alarm() -> None:
    # 收到N件，上年结转M件，其中…: the parts divide the N+M handled (a number the text
    # does not write); they were read as parts of M alone and reported as not adding up
    text = _report(
        2022,
        "（二）依申请公开情况。全年收到政府信息公开申请15件，上年转结3件，其中网上申请"
        "11件，信函申请7件，均已按程序办理，发生行政复议2件。",
    )
    assert _breakdown_alarms(text) == []
    assert _values(text, K.APPLICATIONS_RECEIVED) == [15]
    assert _values(text, K.ADMINISTRATIVE_REVIEWS) == [2]


def test_parts_of_a_carried_count_that_do_not_add_up_still_raise_the_alarm() -> None:
    # near case: parts that add up neither to the carried count nor to both counts
    text = _report(
        2022,
        "（二）依申请公开情况。全年收到政府信息公开申请15件，上年结转6件，其中网上申请"
        "4件，信函申请1件。",
    )
    assert len(_breakdown_alarms(text)) == 1


def _identity(text: str) -> tuple[int | None, list[str]]:
    r = gr.parse(text)
    return r.year, [p.code for p in r.validate() if p.code.startswith("identity.")]


def test_a_list_of_years_before_a_report_name_is_no_title() -> None:
    # 完成2017、2018、2019三年的政务公开年报收集: the last year of the list was read as a
    # title's year (2019), over the statistics period and the body (2020)
    text = (
        "本年报所列数据统计时限2020年1月1日起至2020年12月31日止。\n一、总体情况\n2020年，"
        "云溪区稳步推进政务公开。完成2017、2018、2019三年的政务公开年报收集及发布工作。\n"
    )
    year, codes = _identity(text)
    assert year == 2020
    assert "identity.period_mismatch" not in codes


def test_a_title_line_with_a_year_still_reads() -> None:
    # near case: a title on its own line names the year
    text = "云溪区人民政府2020年政务公开年报\n一、总体情况\n2020年，云溪区稳步推进政务公开。\n"
    assert _identity(text)[0] == 2020
