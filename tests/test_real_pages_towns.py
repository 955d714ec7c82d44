"""Wrong values and false alarms found by reading real 2019-2024 reports of county and
district governments, towns and streets (县/区/市人民政府, 乡镇, 街道) by hand.

The fixtures are written for these tests (invented places 云溪/青禾, invented numbers):
each paraphrases the form of a real page, not its words.  Each case has a near case that
must still read.
"""

from __future__ import annotations

import govinfo_reports as gr
from govinfo_reports.model import FigureKind

K = FigureKind


def _values(text: str, kind: FigureKind) -> list[int | float]:
    return [f.quantity.value for f in gr.parse(text).figures if f.kind is kind]


# --- the 其中 parts of a cumulative total ------------------------------------------------

CUMULATIVE_PARTS = (
    "云溪县青禾镇2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "（一）主动公开\n"
    "2022年我镇政务公开平台累计发布各类信息520条，其中网站发布信息300条，"
    "政务新媒体发布信息220条。\n"
)

CUMULATIVE_PART_OF_YEAR = (
    "云溪县青禾镇2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "（一）主动公开\n"
    "截至2022年底，我镇累计主动公开政府信息2600条，其中本年度主动公开政府信息410条。\n"
)


def test_the_parts_of_a_cumulative_total_are_no_figure_of_the_year() -> None:
    # the total is dropped as a cumulative one; its parts (a part each, not the whole)
    # were read as two proactive counts, 300 and 220
    assert _values(CUMULATIVE_PARTS, K.PROACTIVE_DISCLOSURES) == []


def test_a_part_of_a_cumulative_total_that_names_the_year_still_reads() -> None:
    assert _values(CUMULATIVE_PART_OF_YEAR, K.PROACTIVE_DISCLOSURES) == [410]


# --- a count of applications completed, its verb before its object --------------------

COMPLETED_BEFORE_OBJECT = (
    "云溪县青禾镇2023年政府信息公开工作年度报告\n"
    "一、政府信息公开工作的基本情况\n"
    "2.依申请公开政府信息情况\n"
    "2023年度受理政府信息公开申请3件，已完成依申请公开申请2件。\n"
)

RECEIVED_BESIDE_COMPLETION = (
    "云溪县青禾镇2023年政府信息公开工作年度报告\n"
    "一、政府信息公开工作的基本情况\n"
    "2.依申请公开政府信息情况\n"
    "2023年度受理政府信息公开申请3件，均已按期完成答复。\n"
)


def test_applications_completed_are_no_applications_received() -> None:
    # 已完成…申请2件 was read as a second count of applications received (3 and 2)
    assert _values(COMPLETED_BEFORE_OBJECT, K.APPLICATIONS_RECEIVED) == [3]


def test_a_received_count_before_its_completion_still_reads() -> None:
    assert _values(RECEIVED_BESIDE_COMPLETION, K.APPLICATIONS_RECEIVED) == [3]


# --- one count of applications over two channels ----------------------------------------

TWO_CHANNELS_ONE_COUNT = (
    "云溪县2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "（三）依申请公开办理情况。通过县政府网站和信函受理依申请公开申请12件，"
    "按期办结12件。\n"
)

ONE_CHANNEL_EACH = (
    "云溪县2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "（三）依申请公开办理情况。全年受理依申请公开申请12件，其中网上申请9件，"
    "信函申请3件。\n"
)


def test_one_count_over_two_channels_is_no_count_of_either() -> None:
    # 网站和信函…12件 was read as 12 applications online
    r = gr.parse(TWO_CHANNELS_ONE_COUNT)
    kinds = {f.kind for f in r.figures}
    assert K.APPLICATIONS_ONLINE not in kinds and K.APPLICATIONS_BY_LETTER not in kinds


def test_a_count_of_each_channel_still_reads() -> None:
    assert _values(ONE_CHANNEL_EACH, K.APPLICATIONS_ONLINE) == [9]
    assert _values(ONE_CHANNEL_EACH, K.APPLICATIONS_BY_LETTER) == [3]
