"""Central ministries' and their local branches' reports (海事局, 统计调查总队, 银监局,
教育部, 海关), read by hand: a 其中 list that ran on past a semicolon into counts of other
things, each greater than the whole, and a self-reference (本市) read inside a word
(资本市场) and named in identity.agency_missing's message.

Fixtures are this file's own (places 云溪/青禾 and numbers made up), in the official
form; each fix has a near case that must keep its reading.
"""

from __future__ import annotations

import govinfo_reports as gr

_HEAD = (
    "青禾海事局2020年政府信息公开工作年度报告\n一、总体情况\n"
    "2020年，青禾海事局认真贯彻落实《条例》，有序推进政府信息公开工作。"
)


def _breakdowns(text: str) -> list[tuple[int | float, list[tuple[str, int | float]]]]:
    return [
        (b.total.value, [(p.label, p.quantity.value) for p in b.parts])
        for b in gr.parse(text).breakdowns
    ]


def test_a_count_greater_than_its_whole_after_a_semicolon_ends_the_list() -> None:
    # 通知公告42份，其中…5件规范性文件；发布航行通告156条、航行警告120条: after the
    # semicolon the clause counts other things (156 > 42 is no part of the 42)
    text = (
        _HEAD + "全年在门户网站公开各类通知公告42份，其中包括本局新制定的5件规范性文件；"
        "发布航行通告156条、航行警告120条；政策解读信息9条。\n"
    )
    assert all(total != 42 for total, _ in _breakdowns(text))


def test_parts_after_semicolons_within_the_whole_still_read() -> None:
    # near case: parts separated by semicolons that stay within the whole and add up
    text = (
        _HEAD + "全年在门户网站公开各类信息420条，其中规范性文件5件；航行通告156条；"
        "航行警告120条；其他信息139条。\n"
    )
    assert _breakdowns(text) == [
        (420, [("规范性文件", 5), ("航行通告", 156), ("航行警告", 120), ("其他信息", 139)])
    ]


def _agency_missing(text: str) -> str:
    report = gr.parse(text)
    assert report.agency is None
    return next(p.message for p in report.problems if p.code == "identity.agency_missing")


def test_a_self_reference_is_not_read_inside_a_word() -> None:
    # 资本市场 holds 本市, which is no self-reference: the message names none
    text = (
        "2019年政府信息公开工作情况\n一、概述\n2019年，我会围绕服务资本市场发展，"
        "推动资本市场改革，维护资本市场秩序，认真做好政府信息公开工作。\n"
        "二、主动公开情况\n全年主动公开信息120条。\n"
    )
    assert "本市" not in _agency_missing(text)


def test_a_self_reference_after_a_date_still_reads() -> None:
    # near case: 本市 right after a date (3月1日本市…) and after a verb is the body's own
    text = (
        "2019年政府信息公开工作情况\n一、概述\n2019年3月1日本市启动政务公开专项工作，"
        "在本市范围内推进政府信息公开工作。\n二、主动公开情况\n全年主动公开信息120条。\n"
    )
    assert "“本市”" in _agency_missing(text)


def _outline(text: str) -> list[tuple[str, str]]:
    return [(s.number, s.kind.value) for s in gr.parse(text).sections]


def test_a_page_cut_before_its_first_headings_opens_at_its_first_number() -> None:
    # the page of a report split over several pages starts at 五、: its headings count
    # on from there, and the figures under 七、 are of that section
    text = (
        "五、建议提案办理结果公开情况\n全年公开建议提案答复意见120件。\n"
        "六、政府信息公开咨询情况\n全年接待群众咨询800余人次。\n"
        "七、因政府信息公开申请行政复议和提起行政诉讼情况\n"
        "全年收到行政复议申请3件，行政诉讼5件。\n"
    )
    assert _outline(text) == [
        ("五", "unknown"),
        ("六", "consultations"),
        ("七", "reviews_and_lawsuits"),
    ]


def test_a_first_number_past_two_that_nothing_confirms_is_no_heading() -> None:
    # near case: a lone 三、 with a title of no standard section and no 四、 after it
    text = "三、加强组织领导，压实工作责任\n全年召开专题会议3次。\n"
    assert _outline(text) == []


def test_a_later_marker_that_jumps_still_is_no_heading() -> None:
    # near case: only the text's first marker may open past 一 (一、… then 五、 is no heading)
    text = (
        "一、总体情况\n全年主动公开信息200条。\n"
        "五、存在的主要问题及改进情况\n六、其他需要报告的事项\n无。\n"
    )
    assert [n for n, _ in _outline(text)] == ["一"]
