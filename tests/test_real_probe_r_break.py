"""其中 breakdowns in prose (2009-2024 reports), read by hand: counts of appeals read as
parts of a count of applications (a list of outcomes running on into 行政复议0件，行政诉讼0件,
or 申请28件，其中，行政复议1件), a label placed after a number (5件逾期未补正，2件撤销申请)
read as the next number's label, and the opening bracket of a list in brackets kept in
its first label.

The fixtures (石湾 in 临川, with made-up numbers) are written for this file in the
official form, each fix beside a near case that must keep its reading.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.model import FigureKind

_TOWN = "临川县石湾镇人民政府"
_HEAD = f"{_TOWN}2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我镇有序推进政务公开。"


def _breakdowns(text: str) -> list[tuple[int | float, list[tuple[str, int | float]]]]:
    report = gr.parse(text)
    return [
        (b.total.value, [(p.label, p.quantity.value) for p in b.parts]) for b in report.breakdowns
    ]


def _codes(text: str) -> list[str]:
    return [p.code for p in gr.parse(text).validate()]


_APPEALS = [
    # the list of outcomes runs on into the appeals the applications led to: counts of
    # another thing, no outcomes
    (
        "全年共收到依申请公开5件，公开3件，不予公开2件，因政府信息公开引起行政复议0件，行政诉讼0件。",
        [(5, [("公开", 3), ("不予公开", 2)])],
    ),
    # 受理申请28件，其中，行政复议1件: of the applications, some led to a review; the
    # appeals do not divide the applications
    ("全年受理答复政府信息公开申请31件，其中，行政复议2件、行政诉讼0件。", []),
    # near case: a count of cases divided by kind of appeal keeps its breakdown
    (
        "全年因政府信息公开被申请行政复议和提起行政诉讼共4件，其中行政复议3件，行政诉讼1件。",
        [(4, [("行政复议", 3), ("行政诉讼", 1)])],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), _APPEALS, ids=["outcomes_run_on", "of_applications", "of_cases"]
)
def test_appeals_are_parts_only_of_a_count_of_appeals(
    sentence: str, expected: list[tuple[int, list[tuple[str, int]]]]
) -> None:
    text = _HEAD + "（二）依申请公开情况。" + sentence + "\n"
    assert _breakdowns(text) == expected
    assert "prose.breakdown" not in _codes(text)


def test_a_label_after_a_number_is_not_the_next_numbers_label() -> None:
    # 按时办结60件，4件逾期未补正，3件撤销申请: the words after 4件 are its own, not the 3's
    text = (
        _HEAD + "（二）依申请公开情况。全年收到依申请公开信件70件，按时办结60件，4件逾期未补正，"
        "3件撤销申请，结转下年度继续办理3件。\n"
    )
    [(total, parts)] = _breakdowns(text)
    assert total == 70
    assert ("逾期未补正", 3) not in parts
    assert parts[0] == ("按时办结", 60) and parts[-1] == ("结转下年度继续办理", 3)


_LABELS = [
    # near case: each label before its number
    (
        "（二）依申请公开情况。全年收到政府信息公开申请9件，其中网上申请5件，信函申请3件，当面申请1件。",
        [(9, [("网上申请", 5), ("信函申请", 3), ("当面申请", 1)])],
    ),
    # near case: every label after its number (the first has none before it)
    (
        "（二）依申请公开情况。全年收到政府信息公开申请9件，其中6件已办结，3件正在办理。",
        [(9, [("已办结", 6), ("正在办理", 3)])],
    ),
    # the opening bracket of a list in brackets is no part of its first label
    (
        "（二）依申请公开情况。全年共受理政府信息公开申请18件（网络申请15件、信函申请2件、"
        "当面申请1件）；均按时答复。",
        [(18, [("网络申请", 15), ("信函申请", 2), ("当面申请", 1)])],
    ),
    # 分别为 opens the list; 的有 / 的 close a label before its number
    (
        "（二）依申请公开情况。全年共受理政府信息公开申请52件，分别为当面申请10件、通过网络申请的有30件、"
        "来信申请的12件。",
        [(52, [("当面申请", 10), ("网络申请", 30), ("来信申请", 12)])],
    ),
    # near case: 分别为 after the names gives them to the numbers in turn
    (
        "（二）依申请公开情况。全年共受理政府信息公开申请52件，当面申请、网上申请、信函申请分别为10件、30件、12件。",
        [(52, [("当面申请", 10), ("网上申请", 30), ("信函申请", 12)])],
    ),
    # …决策公开7篇和其它信息类120篇: 和 joins the last part, it does not name it
    (
        "（一）主动公开情况。全年主动公开政府信息150条，其中，政策法规类23篇、决策公开7篇"
        "和其它信息类120篇。",
        [(150, [("政策法规类", 23), ("决策公开", 7), ("其它信息类", 120)])],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    _LABELS,
    ids=["before", "after", "bracket", "series_lead", "series_after", "conjunction"],
)
def test_labels_of_parts(sentence: str, expected: list[tuple[int, list[tuple[str, int]]]]) -> None:
    assert _breakdowns(_HEAD + sentence + "\n") == expected


def test_numbers_in_brackets_leave_their_labels_clean() -> None:
    # 网上申请（25件）: the bracket of each number is no part of the label before it
    sentence = (
        "全年共受理政府信息公开申请40件：网上申请（25件）、当面申请（9件）、信函申请（6件）。"
    )
    [breakdown] = gr.parse(_HEAD + "（二）依申请公开情况。" + sentence + "\n").breakdowns
    assert [p.label for p in breakdown.parts] == ["网上申请", "当面申请", "信函申请"]


_CHANNELS = [
    # a list of kinds that ran on into a new-media channel's count (and a count of messages)
    (
        "县政府网站累计发布各类政务信息900条，其中发布概况类信息12条，政务动态信息300条，"
        "微信公众号“石湾发布”发布信息40条，收到留言6条。",
        [(900, [("发布概况类信息", 12), ("政务动态信息", 300)])],
    ),
    # near case: the channel's count is a part when the list adds up with it
    (
        "累计主动公开政府信息50条。其中，财政管理信息4条，工作信息20条，公共资源交易16条，"
        "政务微信信息数10条。",
        [
            (
                50,
                [
                    ("财政管理信息", 4),
                    ("工作信息", 20),
                    ("公共资源交易", 16),
                    ("政务微信信息数", 10),
                ],
            )
        ],
    ),
    # near case: a list of channels keeps them all
    (
        "全平台发布各类政务信息合计600条，其中网站发布信息100条，官方微博200条，官方公众号250条。",
        [(600, [("网站发布信息", 100), ("官方微博", 200), ("官方公众号", 250)])],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), _CHANNELS, ids=["kinds_then_channel", "adds_up", "channels"]
)
def test_a_channels_count_after_kinds(
    sentence: str, expected: list[tuple[int, list[tuple[str, int]]]]
) -> None:
    assert _breakdowns(_HEAD + "（一）主动公开情况。" + sentence + "\n") == expected


def test_a_running_total_after_the_years_part_is_no_part() -> None:
    # 2020年主动公开…20条，历年累计70条；不予公开文件90条: the 70 holds the 20 (110 = 20 + 90)
    text = (
        _HEAD + "（一）主动公开情况。截至12月31日，我镇制作、获取的政府信息总数110条，其中："
        "2021年主动公开政府信息共20条，历年累计70条；不予公开文件90条。\n"
    )
    assert _breakdowns(text) == [(110, [("2021年主动公开政府信息共", 20), ("不予公开文件", 90)])]
    assert "prose.breakdown" not in _codes(text)


def test_a_sum_with_the_earlier_years_stays_a_part() -> None:
    # near case: this year's count and the years before's, adding up to the whole
    text = (
        _HEAD + "（一）主动公开情况。我镇共公开政府信息100条，其中2021年新增20条，历年累计80条。\n"
    )
    assert _breakdowns(text) == [(100, [("2021年新增", 20), ("历年累计", 80)])]


@pytest.mark.parametrize(
    ("parts", "kind"),
    [
        # 收到申请24件，答复24件，其中当面申请…: the channels are of what came in; the equal
        # count of replies is no total of theirs
        ("当面申请4件，网上申请15件，信函申请5件", FigureKind.APPLICATIONS_RECEIVED),
        # near case: outcomes after a count of replies stay its parts
        ("同意公开20件，部分公开4件", FigureKind.APPLICATIONS_COMPLETED),
    ],
    ids=["channels", "outcomes"],
)
def test_the_whole_a_list_divides(parts: str, kind: FigureKind) -> None:
    lead = "（二）依申请公开情况。全年共收到政府信息公开申请24件，答复24件，其中"
    [breakdown] = gr.parse(_HEAD + lead + parts + "。\n").breakdowns
    assert (breakdown.kind, breakdown.total.value) == (kind, 24)


def test_a_parts_own_list_in_brackets_is_one_breakdown() -> None:
    text = (
        _HEAD + "（二）依申请公开情况。全年共受理政府信息公开申请30件，其中同意公开22件，"
        "同意部分公开3件，不予公开5件（其中信息不存在2件，非本机关掌握3件）。\n"
    )
    assert _breakdowns(text) == [
        (30, [("同意公开", 22), ("同意部分公开", 3), ("不予公开", 5)]),
        (5, [("信息不存在", 2), ("非本机关掌握", 3)]),
    ]


def test_a_count_inside_a_quoted_name_is_no_part() -> None:
    # 解读《助企纾困20条》等政策信息15条: the 20条 is part of the policy's name
    text = (
        _HEAD + "（一）主动公开情况。全年主动公开政府信息60条，其中工作动态45条，"
        "解读“石湾惠企20条”等政策信息15条。\n"
    )
    assert _breakdowns(text) == [(60, [("工作动态", 45), ("解读“石湾惠企20条”等政策信息", 15)])]


def _channel_figures(text: str) -> list[tuple[str, int | float]]:
    channels = (
        "applications_online",
        "applications_in_person",
        "applications_by_letter",
        "applications_completed",
        "applications_not_accepted",
    )
    return [(f.kind.value, f.quantity.value) for f in gr.parse(text).figures if f.kind in channels]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # applications for approvals by channel are no disclosure applications
        ("全年便民服务中心受理行政审批事项800件，其中网上申请办理500件，窗口受理300件。", []),
        # the channels of review applications are no channels of disclosure applications
        ("全年发生行政复议3件，其中网上申请行政复议2件，当面申请1件。", []),
        # the outcomes of complaints are no outcomes of disclosure applications
        (
            "全年共受理政府信息公开申请12件。全年受理群众信访事项30件，其中不予受理2件，已办结28件。",
            [],
        ),
        # near case: 信访举报投诉类申请 as the reason of an outcome of disclosure applications
        (
            "全年办理依申请公开答复20件，其中予以公开15件、信访举报投诉类申请等不予处理5件。",
            [("applications_completed", 20), ("applications_not_accepted", 5)],
        ),
        # near case: the channels of disclosure applications stay read
        (
            "全年共受理政府信息公开申请12件，其中网上申请7件，当面申请5件。",
            [("applications_online", 7), ("applications_in_person", 5)],
        ),
    ],
    ids=["approvals", "reviews", "complaints", "reason", "disclosure"],
)
def test_channels_of_other_applications(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(_channel_figures(_HEAD + sentence + "\n")) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # 分别 before a verb gives the names to the numbers in turn; 和 names no part
        (
            "全年主动公开政府信息900条，其中政府网站、政府公报、政务微博分别发布700条、120条和80条。",
            ["政府网站", "政府公报", "政务微博"],
        ),
        # the names of a 分别为 series lose their 的
        (
            "全年受理政府信息公开申请30件，其中同意公开、部分公开、不予公开的分别为20件、6件、4件。",
            ["同意公开", "部分公开", "不予公开"],
        ),
    ],
    ids=["verb", "de"],
)
def test_series_names(sentence: str, labels: list[str]) -> None:
    [breakdown] = gr.parse(_HEAD + sentence + "\n").breakdowns
    assert [p.label for p in breakdown.parts] == labels


def test_a_channel_beside_a_nested_total_is_its_sibling() -> None:
    # 网上申请20件，其中通过微信申请6件，当面申请8件…: 当面 is a channel beside 网上, no part of
    # the 20 (no breakdown of the 20, no false prose.breakdown)
    text = (
        _HEAD + "（二）依申请公开情况。全年受理政府信息公开申请35件，其中网上申请20件，"
        "其中通过微信申请6件，当面申请8件，信函申请7件。\n"
    )
    assert all(b.total.value != 20 for b in gr.parse(text).breakdowns)
    assert "prose.breakdown" not in _codes(text)


def test_reasons_inside_a_nested_outcome_stay_its_parts() -> None:
    # near case: 不予公开7件，其中信息不存在3件，非本机关4件 (outcomes do nest)
    text = (
        _HEAD + "（二）依申请公开情况。全年受理政府信息公开申请52件，其中不予公开7件，"
        "其中信息不存在3件，非本机关4件；同意公开45件。\n"
    )
    assert (7, [("信息不存在", 3), ("非本机关", 4)]) in _breakdowns(text)


def test_a_count_of_what_came_in_ends_a_list_of_disclosures() -> None:
    # …政府信息公开30条，共收到县人大、政协建议提案3件，均已办结回复2件: no disclosures
    text = (
        _HEAD + "（一）主动公开情况。全年共公开各类政务信息90条，其中政务公开专栏58条，"
        "政府信息公开30条，共收到县人大、政协建议提案3件，均已办结回复3件。\n"
    )
    assert _breakdowns(text) == [(90, [("政务公开专栏", 58), ("政府信息公开", 30)])]
