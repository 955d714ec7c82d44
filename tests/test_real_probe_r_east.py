"""Eastern city, county and department reports (江苏, 浙江, 山东, 广东, 福建, 上海, 天津,
北京), read by hand: a 其中 list that ran on into another channel's count, a count of
applications handled (with last year's in brackets) read as the ones received, a label
placed after the number before (4件为网上申请、1件…) read as the next count's lead, the
words a colon closes kept in a part's label, and articles placed through the news media
read as disclosures.

Fixtures are this file's own (places 云溪/青禾 and numbers made up), in the official
form; each fix has a near case that must keep its reading.
"""

from __future__ import annotations

import govinfo_reports as gr
from govinfo_reports.model import FigureKind

K = FigureKind

_HEAD = (
    "云溪区青禾街道办事处2020年政府信息公开工作年度报告\n一、总体情况\n"
    "2020年，我街道认真贯彻落实《条例》，有序推进政府信息公开工作。"
)


def _parts(text: str) -> list[tuple[str, int | float]]:
    report = gr.parse(text)
    assert len(report.breakdowns) == 1, report.breakdowns
    return [(p.label, p.quantity.value) for p in report.breakdowns[0].parts]


def test_a_count_greater_than_its_whole_ends_the_list() -> None:
    # 通过网站发布信息52条，其中A类7条、B类5条，通过公众号发布信息615条: the count after the
    # clause comma is what another channel carried (615 > 52 is no part of the 52)
    text = (
        _HEAD + "全年通过区政府门户网站发布各类信息52条，其中发布招聘类公告7条、"
        "采购类公告5条，通过青禾微在线公众号发布信息615条。\n"
    )
    assert _parts(text) == [("发布招聘类公告", 7), ("采购类公告", 5)]


def test_a_last_part_within_the_whole_still_reads() -> None:
    # near case: the clause after the comma is a part (it does not exceed the whole)
    text = (
        _HEAD + "全年发布各类信息652条，其中发布招聘类公告7条、"
        "采购类公告30条，通过青禾微在线公众号发布信息615条。\n"
    )
    assert [v for _, v in _parts(text)] == [7, 30, 615]


def test_parts_of_a_count_before_a_zero_still_read() -> None:
    # near case: the last count before 其中 is 0 and every part exceeds it: the parts
    # divide the count before it (the new rule applies only while the parts fit the whole)
    text = (
        _HEAD + "因政府信息公开申请被申请行政复议6件、提起行政诉讼0件，其中3件维持原答复，"
        "2件结果纠正，1件尚未审结。\n"
    )
    assert [v for _, v in _parts(text)] == [3, 2, 1]


_APPS = (
    "云溪县青禾区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n"
    "（一）依申请公开\n2023年，全区共收到政府信息公开申请820件，其中网络申请600件，"
    "信函申请220件。全区共{verb}政府信息公开申请件870件{note}，830件已按期答复，"
    "40件结转下年答复。\n"
)


def _received(text: str) -> list[int | float]:
    return [f.quantity.value for f in gr.parse(text).figures if f.kind is K.APPLICATIONS_RECEIVED]


def test_a_handled_count_with_the_carried_over_in_brackets_is_not_received() -> None:
    # 共处理…申请件870件（包含上年结转50件）: what was handled (820 new + 50 carried over),
    # no second count of applications received
    text = _APPS.format(verb="处理", note="（包含上年结转50件）")
    assert _received(text) == [820]
    assert any(
        f.kind is K.APPLICATIONS_CARRIED_OVER and f.quantity.value == 50
        for f in gr.parse(text).figures
    )


def test_a_handled_count_with_another_note_is_still_read() -> None:
    # near case: a report's only count, 共处理…申请, with a bracket that names no
    # carried-over ones, is still its count of applications received
    text = (
        "云溪县青禾区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n"
        "（一）依申请公开\n2023年，全区共处理政府信息公开申请件87件（均为自然人申请），"
        "83件已按期答复，4件结转下年答复。\n"
    )
    assert _received(text) == [87]


def _kinds(text: str) -> list[tuple[str, int | float]]:
    return [(f.kind.value, f.quantity.value) for f in gr.parse(text).figures]


_LABELS_AFTER = (
    "云溪区青禾委员会2021年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开\n"
    "2021年度共受理信息公开申请9件，{parts}。\n"
)


def test_a_label_after_the_number_before_is_not_the_next_counts_lead() -> None:
    # 7件为网上申请、2件为信函申请: 网上申请 labels the 7, not the 2 (the 2 was read as
    # the online count)
    text = _LABELS_AFTER.format(parts="7件为网上申请、2件为信函申请")
    assert ("applications_online", 2) not in _kinds(text)
    assert _kinds(text) == [("applications_received", 9)]


def test_labels_before_the_numbers_still_read() -> None:
    # near case: the labels before their numbers
    text = _LABELS_AFTER.format(parts="其中网上申请7件、信函申请2件")
    assert _kinds(text) == [
        ("applications_received", 9),
        ("applications_online", 7),
        ("applications_by_letter", 2),
    ]


_KINDS_OF_ITEMS = (
    "云溪区青禾局2022年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
    "2022年，本部门主动公开政府信息12条，{lead}机构职能类信息5条，规划计划类信息7条。\n"
)


def test_the_words_a_colon_closes_are_no_part_of_the_first_label() -> None:
    # 类别有两类:机构职能类信息5条: the words before the colon introduce the list
    text = _KINDS_OF_ITEMS.format(lead="类别有两类:")
    assert _parts(text) == [("机构职能类信息", 5), ("规划计划类信息", 7)]


def test_a_colon_in_brackets_stays_in_the_label() -> None:
    # near case: a colon inside brackets (微信号:abc) does not cut the label
    text = _KINDS_OF_ITEMS.format(lead="其中").replace(
        "规划计划类信息7条", "青禾公众号（微信号:qh2022）公开信息7条"
    )
    assert _parts(text) == [("机构职能类信息", 5), ("青禾公众号（微信号:qh2022）公开信息", 7)]


_STREET = (
    "云溪区人民政府青禾街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n"
    "（一）主动公开政务信息情况。{body}\n"
)


def _proactive(text: str) -> list[int | float]:
    return [f.quantity.value for f in gr.parse(text).figures if f.kind is K.PROACTIVE_DISCLOSURES]


def test_news_media_placements_are_no_disclosures() -> None:
    # 通过新闻媒体发布信息约2100条: articles the news media carried, not the items disclosed
    text = _STREET.format(body="2021年，我街主动公开政府信息64条。通过新闻媒体发布信息约1800条。")
    assert _proactive(text) == [64]


def test_news_media_among_the_own_channels_still_read() -> None:
    # near case: the news media named in a list of the agency's channels closed by 等
    text = _STREET.format(body="2021年，我街通过门户网站、新闻媒体等渠道主动公开政府信息64条。")
    assert _proactive(text) == [64]
