"""Real pages whose statistics use unusual number forms (余/多/万, 累计 in the year's
sentence, lists closed by 等, 上年转结, two counts before one 其中), read by hand: the
values read wrong and the false alarms, each with a near case that must still read.

Every fixture is this file's own (the invented county 云溪, invented numbers), in the form
of a real page but not in its words.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.model import FigureKind

K = FigureKind
_HEAD = "云溪县人民政府{}年政府信息公开工作年度报告\n一、总体情况\n"


def _report(year: int, body: str) -> str:
    return _HEAD.format(year) + body + "\n"


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
    # 通过门户网站、政务微博、政务微信等主动公开…N条 names every channel (a place of
    # publication and the new media, closed by 等): it was read as the new media's part
    (
        "（一）主动公开情况。全年通过政府网站、政务微博、政务微信等主动公开政府信息5620条，"
        "其中政府网站公开信息4980条，微博、微信发布信息640条。",
        K.PROACTIVE_DISCLOSURES,
        [5620],
    ),
    # near case: a list of new media alone is still their part
    (
        "（一）主动公开情况。全年通过政务微博、政务微信等新媒体主动公开政府信息640条。",
        K.PROACTIVE_DISCLOSURES,
        [],
    ),
    # 全年…，主动公开各类政府信息累计300余条: the 累计 sums the year (its sentence opens
    # with 全年); it was read as a total to date and dropped
    (
        "（一）主动公开情况。全年通过县政府网站、政务公开栏等渠道，主动公开各类政府信息"
        "累计260余条。",
        K.PROACTIVE_DISCLOSURES,
        [260],
    ),
    (
        "（一）主动公开情况。2022年1月1日至2022年12月31日，累计主动公开政府信息437条。",
        K.PROACTIVE_DISCLOSURES,
        [437],
    ),
    # near cases: a total to date, or a 累计 with no year in its sentence, or after the
    # year's own count, is still no figure of the year
    (
        "（一）主动公开情况。截至2022年底，累计主动公开政府信息5200条。",
        K.PROACTIVE_DISCLOSURES,
        [],
    ),
    (
        "（一）主动公开情况。我县主动公开政府信息累计5200条。",
        K.PROACTIVE_DISCLOSURES,
        [],
    ),
    (
        "（一）主动公开情况。全年主动公开政府信息437条，累计主动公开政府信息5200条。",
        K.PROACTIVE_DISCLOSURES,
        [437],
    ),
    (
        "（一）主动公开情况。2021年以来，累计主动公开政府信息5200条。",
        K.PROACTIVE_DISCLOSURES,
        [],
    ),
    (
        "（一）主动公开情况。到2022年底，累计主动公开政府信息5200条，其中本年度新增主动"
        "公开政府信息437条。",
        K.PROACTIVE_DISCLOSURES,
        [437],
    ),
    # three channels' counts, one of them new media, with no total: worded for the
    # section (公开信息N条), the first was read as the whole
    (
        "（一）主动公开\n2022年，全镇累计通过县政府网公开信息31条；通过“三务公开”平台"
        "公开信息162条；通过镇微信公众平台公开信息1290条。",
        K.PROACTIVE_DISCLOSURES,
        [],
    ),
    # near case: one channel alone is still the figure of the section
    (
        "（一）主动公开\n2022年，通过县政府网公开信息31条。",
        K.PROACTIVE_DISCLOSURES,
        [31],
    ),
    # 1-12月 / 1月至12月 span the whole year: read as a part of it (12月) and dropped
    (
        "（二）依申请公开情况。2022年1-12月共收到政府信息公开申请15件。",
        K.APPLICATIONS_RECEIVED,
        [15],
    ),
    (
        "（一）主动公开情况。从2022年1月至12月全年主动公开政府信息310条。",
        K.PROACTIVE_DISCLOSURES,
        [310],
    ),
    # near case: a part of the year is still no figure of the year
    (
        "（二）依申请公开情况。2022年1-6月共收到政府信息公开申请15件。",
        K.APPLICATIONS_RECEIVED,
        [],
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
    # 另有4件申请转结下年度继续办理: 转结 (reversed) for what is carried forward too
    (
        "（二）依申请公开情况。答复政府信息公开申请31件（含上年度转结申请3件，另有4件申请"
        "转结下年度继续办理）。",
        K.APPLICATIONS_CARRIED_FORWARD,
        [4],
    ),
    (
        "（二）依申请公开情况。答复政府信息公开申请31件（含上年度转结申请3件，另有4件申请"
        "转结下年度继续办理）。",
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


_ADDRESS = (
    "本年报由本单位编制。如对本年报有任何疑问，请与本单位联系，地址：云溪市青禾区将军桥"
    "振兴路57号三楼，电话：88536343。\n一、概述\n2009年，本单位共公开信息35条。\n"
)


def test_a_place_in_an_address_is_no_agency() -> None:
    # 地址:溫州市甌海區將軍橋振甌路57號: the 将 of a road's name was read as a verb and the
    # place before it as the body that issued the report
    r = gr.parse(_ADDRESS)
    assert r.agency is None
    assert "identity.agency_missing" in [p.code for p in r.validate()]


def test_a_subject_before_the_address_still_names_the_agency() -> None:
    # near case: a sentence whose subject is the body still names it
    text = "云溪市青禾区文化局将2009年政府信息公开工作情况报告如下。" + _ADDRESS
    assert gr.parse(text).agency == "云溪市青禾区文化局"


def _parts(text: str, total: int) -> list[tuple[str, object]]:
    return [
        (p.label, p.quantity.value)
        for b in gr.parse(text).breakdowns
        if b.total.value == total
        for p in b.parts
    ]


def test_a_count_in_another_unit_after_a_semicolon_ends_the_parts() -> None:
    # …其他信息410条，…做到阳光透明；县长信箱收件612件: the mailbox's letters were read as
    # a part of the information disclosed (and the mixed units hid that the parts do not
    # add up to the total)
    text = _report(
        2011,
        "（一）主动公开情况。全县通过门户网站公开政府信息1980条。其中，政务信息350条、"
        "政府文件420条、其他信息410条，全部在网站发布；县长信箱收件612件，均已办结。",
    )
    assert _parts(text, 1980) == [("政务信息", 350), ("政府文件", 420), ("其他信息", 410)]
    assert "prose.breakdown" in [p.code for p in gr.parse(text).validate()]


def test_parts_in_two_units_still_read() -> None:
    # near case: parts in another unit than the total, before any semicolon, stay parts
    text = _report(
        2011,
        "（一）主动公开情况。全年主动公开政府信息70条，其中行政规范性文件7件、工作动态信息63条。",
    )
    assert _parts(text, 70) == [("行政规范性文件", 7), ("工作动态信息", 63)]


def test_the_verb_of_uploading_is_no_part_of_the_name() -> None:
    # …，按时上传大连市发展和改革委员会2024年…年度报告: the agency and title were read with
    # the words 按时上传 before the body's name
    text = (
        "根据《条例》规定编制本报告。\n一、总体情况\n1.主动公开情况\n全年网站共发布工作动态"
        "96条，按时上传云溪市发展和改革委员会2024年政府信息公开工作年度报告。\n"
    )
    r = gr.parse(text)
    name = "云溪市发展和改革委员会"
    assert (r.agency, r.title, r.year) == (name, name + "2024年政府信息公开工作年度报告", 2024)


def test_parts_joined_by_semicolons_in_two_units_still_read() -> None:
    # near case: parts after semicolons, one in another unit, with no clause between
    text = _report(
        2018,
        "（一）主动公开情况。全年共主动公开政府信息640条，其中：发布工作信息600条；制定并"
        "发布规范性文件5件；更新办事指南35条。",
    )
    assert [v for _, v in _parts(text, 640)] == [600, 5, 35]
