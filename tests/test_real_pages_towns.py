"""Wrong values and false alarms found by reading real 2019-2024 reports of county and
district governments, towns and streets (县/区/市人民政府, 乡镇, 街道) by hand.

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
    """A report of 云溪县青禾镇 for ``year`` whose first part holds ``body``."""
    return f"云溪县青禾镇{year}年政府信息公开工作年度报告\n一、总体情况\n{body}\n"


# (what the text says, the kind read, the values it must give)
CASES = [
    # the 其中 parts of a total dropped as cumulative were each read as the proactive
    # count (300 and 220); a part that names the year is still the year's
    (
        "（一）主动公开\n2022年我镇政务公开平台累计发布各类信息520条，其中网站发布信息"
        "300条，政务新媒体发布信息220条。",
        K.PROACTIVE_DISCLOSURES,
        [],
    ),
    (
        "（一）主动公开\n截至2023年底，我镇累计主动公开政府信息2600条，其中本年度主动公开"
        "政府信息410条。",
        K.PROACTIVE_DISCLOSURES,
        [410],
    ),
    # 已完成…申请2件 was read as a second count of applications received
    (
        "（二）依申请公开\n2023年度受理政府信息公开申请3件，已完成依申请公开申请2件。",
        K.APPLICATIONS_RECEIVED,
        [3],
    ),
    (
        "（二）依申请公开\n2023年度受理政府信息公开申请3件，均已按期完成答复。",
        K.APPLICATIONS_RECEIVED,
        [3],
    ),
    # one count over two channels (网站和信函…12件) was read as 12 applications online
    (
        "（三）依申请公开办理情况。通过县政府网站和信函受理依申请公开申请12件，按期办结12件。",
        K.APPLICATIONS_ONLINE,
        [],
    ),
    (
        "（三）依申请公开办理情况。通过县政府网站和信函受理依申请公开申请12件，按期办结12件。",
        K.APPLICATIONS_BY_LETTER,
        [],
    ),
    (
        "（三）依申请公开办理情况。全年受理依申请公开申请12件，其中网上申请9件，信函申请3件。",
        K.APPLICATIONS_ONLINE,
        [9],
    ),
    (
        "（三）依申请公开办理情况。全年受理依申请公开申请12件，其中网上申请9件，信函申请3件。",
        K.APPLICATIONS_BY_LETTER,
        [3],
    ),
    # the decided share of the reviews (25件做了复议决定) was a second count of reviews
    (
        "（二）依申请公开情况。全年共收到申请60件。行政复议30件，25件做了复议决定，行政诉讼12件。",
        K.ADMINISTRATIVE_REVIEWS,
        [30],
    ),
    (
        "（二）依申请公开情况。全年共收到申请60件。行政复议30件，行政诉讼12件。",
        K.ADMINISTRATIVE_LAWSUITS,
        [12],
    ),
]


@pytest.mark.parametrize(("body", "kind", "values"), CASES)
def test_a_count_reads_as_the_text_says(body: str, kind: FigureKind, values: list[int]) -> None:
    r = gr.parse(_report(2023, body))
    assert [f.quantity.value for f in r.figures if f.kind is kind] == values


# --- the title after a lead of two verbs (特编制并向社会公布…) -------------------------------

TITLE_AFTER_TWO_VERBS = (
    "根据《中华人民共和国政府信息公开条例》，特编制并向社会公布青禾街道2021年度政府信息"
    "公开工作年度报告。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n"
    "一、总体情况\n2021年，街道主动公开政府信息86条。\n"
)


def test_a_title_after_two_verbs_keeps_neither() -> None:
    # read before: 并向社会公布青禾街道2021年度…
    assert gr.parse(TITLE_AFTER_TWO_VERBS).title == "青禾街道2021年度政府信息公开工作年度报告"
