"""Wrong values found by reading real 2023-2025 reports (published 2024-2026) by hand.

The fixtures are written for these tests (invented places 云溪/青禾, invented numbers):
each paraphrases the form of a real page, not its words.  Each case has a near case that
must still read.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.model import FigureKind
from test_real_pages_towns import _report  # (a report of 云溪县青禾镇 whose 一 holds body)

K = FigureKind


# (what the text says, the kind read, the values it must give)
CASES = [
    # 共办理…申请N件 after the carried-over ones were added and the carried-forward ones
    # taken off counts the applications handled, not a second count of those received
    (
        "（二）依申请公开方面\n全年新收政府信息公开申请820件，加上上年结转的，减去结转"
        "下年度办理的，共办理政府信息公开申请806件，其中予以公开占40.1%。",
        K.APPLICATIONS_RECEIVED,
        [820],
    ),
    (
        "（二）依申请公开方面\n全年共办理政府信息公开申请806件，其中予以公开320件。",
        K.APPLICATIONS_RECEIVED,
        [806],
    ),
    # the posts of a WeChat account named in the clause before the count, after the count
    # of the disclosures, were read as a second proactive count (the count names only 发布
    # 信息)
    (
        "（一）主动公开情况\n全年主动公开政府信息64条。同时，青禾发布微信公众号坚持日常运营，"
        "全年发布信息318篇，拓宽了公开渠道。",
        K.PROACTIVE_DISCLOSURES,
        [64],
    ),
    (
        "（一）主动公开情况\n全年主动公开政府信息64条。依托微信公众号、视频号等平台，采用图解、"
        "短视频等形式，全年发布各类政务信息80余条。",
        K.PROACTIVE_DISCLOSURES,
        [64],
    ),
    (
        "（一）主动公开情况\n依托政府门户网站、微信公众号等平台，全年发布各类政务信息212条。",
        K.PROACTIVE_DISCLOSURES,
        [212],
    ),
    # (near case: the new media's count alone is read: the agency's own channel)
    (
        "（一）主动公开情况\n同时，青禾发布微信公众号坚持日常运营，全年发布信息318篇。",
        K.PROACTIVE_DISCLOSURES,
        [318],
    ),
    (
        "（一）主动公开情况\n坚持以公开促规范，全年发布信息145条。",
        K.PROACTIVE_DISCLOSURES,
        [145],
    ),
]


CASES += [
    # 无上年结转政府信息公开申请 (none carried over) was read as 0 applications received,
    # beside the 3 received
    (
        "（二）依申请公开政府信息情况\n收到政府信息公开申请3项全部予以公开，无上年结转政府信息"
        "公开申请。",
        K.APPLICATIONS_RECEIVED,
        [3],
    ),
    # (near case: no applications at all is still a zero received)
    (
        "（二）依申请公开政府信息情况\n本年度无政府信息公开申请。",
        K.APPLICATIONS_RECEIVED,
        [0],
    ),
]


CASES += [
    # the ones carried forward to the next year named by its number were not read
    (
        "（二）依申请公开情况\n2024年全区共收到依申请公开件30件，共办结22件，结转到2025年办理8件。",
        K.APPLICATIONS_CARRIED_FORWARD,
        [8],
    ),
    (
        "（二）依申请公开情况\n2024年全市共收到依申请件610件，办结600件，10件结转到2025年度继续办理。",
        K.APPLICATIONS_CARRIED_FORWARD,
        [10],
    ),
    # (near case: the ones carried over from a year are no carried-forward count)
    (
        "（二）依申请公开情况\n2024年全区共收到依申请公开件30件，其中2023年结转申请2件。",
        K.APPLICATIONS_CARRIED_FORWARD,
        [],
    ),
]
CASES += [
    # 通过线上、信函等渠道收到…16件 counts what came by every channel: read as the letters'
    (
        "（二）依申请公开方面\n2024年，通过线上、信函等渠道收到依申请公开信息21件，均已按期答复。",
        K.APPLICATIONS_BY_LETTER,
        [],
    ),
    (
        "（二）依申请公开方面\n2024年，通过信函收到依申请公开信息21件，均已按期答复。",
        K.APPLICATIONS_BY_LETTER,
        [21],
    ),
]


CASES += [
    # 上年转结 (the words of 结转 swapped) was read as a second count received, and the
    # count of a 行政审批局 was dropped: 审批 in the body's name is no other matter
    (
        "（二）依申请公开情况\n区行政审批局本年新收到政府信息公开申请35件，上年转结政府信息公开"
        "申请2件，予以公开6件。",
        K.APPLICATIONS_RECEIVED,
        [35],
    ),
    (
        "（二）依申请公开情况\n区行政审批局本年新收到政府信息公开申请35件，上年转结政府信息公开"
        "申请2件，予以公开6件。",
        K.APPLICATIONS_CARRIED_OVER,
        [2],
    ),
    (
        "（二）依申请公开情况\n本年新收到政府信息公开申请35件，无转结下年度继续办理的申请，"
        "其中转结下年度办理3件。",
        K.APPLICATIONS_CARRIED_FORWARD,
        [3],
    ),
    # (near case: a licence application is still no disclosure application)
    (
        "（一）主动公开情况\n全年受理行政审批申请560件，办结560件。",
        K.APPLICATIONS_RECEIVED,
        [],
    ),
]


CASES += [
    # what the county's new media published, read by the section's fallback as a second
    # proactive count
    (
        "（一）主动公开政府信息情况\n主动公开各类信息1820条，其中政务动态900条。全县政务新媒体共"
        "发布信息530条。",
        K.PROACTIVE_DISCLOSURES,
        [1820],
    ),
    (
        "（一）主动公开政府信息情况\n通过县政府网站、政务新媒体等平台共发布信息530条。",
        K.PROACTIVE_DISCLOSURES,
        [530],
    ),
]


CASES += [
    # a count over the website, the gazette and the new media together was taken as what
    # the new media carried (a part) and dropped
    (
        "（一）主动公开方面\n2024年，通过省政府门户网站、《青禾省人民政府公报》及官方微博微信等"
        "主动公开政府信息287条。",
        K.PROACTIVE_DISCLOSURES,
        [287],
    ),
    # (near case: one channel of the new media is still a part)
    (
        "（一）主动公开方面\n2024年，通过官方微博主动公开政府信息96条。",
        K.PROACTIVE_DISCLOSURES,
        [],
    ),
]


CASES += [
    # 收到依申请公开政府信息N件 (the information asked for, counted in 件) and 收到依申请公开
    # 信件为N件 were not read as the applications received
    (
        "（二）政府信息依申请公开情况\n2024年，我中心新收到依申请公开政府信息3件，上年结转申请0件。",
        K.APPLICATIONS_RECEIVED,
        [3],
    ),
    (
        "（二）依申请公开方面\n全年收到依申请公开信件为57件，按时办结50件。",
        K.APPLICATIONS_RECEIVED,
        [57],
    ),
    # (near case: what was disclosed on application, in 条, is no application count)
    (
        "（二）依申请公开方面\n全年依申请公开政府信息12条。",
        K.APPLICATIONS_RECEIVED,
        [],
    ),
]


CASES += [
    # 政策咨询10条, a category of the items the website published (the list adds up to its
    # total), was read as the consultations
    (
        "（一）主动公开\n2024年政府网站公开政府信息数64条（其中领导信息2条，公示公告50条，"
        "政策咨询12条）。",
        K.CONSULTATIONS,
        [],
    ),
    # (near case: consultations answered, beside the disclosures, are still read)
    (
        "（一）主动公开\n2024年政府网站公开政府信息数64条，其中领导信息2条，公示公告62条。"
        "全年解答网民政策咨询12条。",
        K.CONSULTATIONS,
        [12],
    ),
]


CASES += [
    # the aside of the review count (申请人撤回结案) was taken as the lawsuits' words (撤回:
    # a part of the appeals), and the lawsuit count was lost
    (
        "（二）依申请公开情况\n全年共收到政府信息公开申请6件；政府信息公开行政复议2件（申请人撤回"
        "结案）、行政诉讼0件。",
        K.ADMINISTRATIVE_LAWSUITS,
        [0],
    ),
    # (near case: a part of the appeals is still no count of them)
    (
        "（二）依申请公开情况\n全年共收到政府信息公开申请6件；行政诉讼中撤回起诉1件。",
        K.ADMINISTRATIVE_LAWSUITS,
        [],
    ),
]


@pytest.mark.parametrize(("body", "kind", "values"), CASES)
def test_reads_what_the_text_says(body: str, kind: FigureKind, values: list[float]) -> None:
    report = gr.parse(_report(2024, body))
    assert [f.quantity.value for f in report.figures if f.kind is kind] == values


def _codes(text: str) -> list[str]:
    """The codes of the problems ``parse`` gives for ``text``."""
    return [p.code for p in gr.parse(text).problems]


def _breakdown_alarms(body: str) -> list[str]:
    report = gr.parse(_report(2024, body))
    return [p.message for p in report.validate() if p.code == "prose.breakdown"]


def test_a_number_of_a_name_in_a_label_is_no_part() -> None:
    # 6.5级地震 names an event: its 6.5 was read as a part, and the parts' sum failed
    assert not _breakdown_alarms(
        "（一）主动公开\n2024年，全县主动公开政府信息1500条，其中，某县6.5级地震灾后恢复"
        "重建300条，乡村振兴700条，其他500条。"
    )
    # (near case: a part without a unit of its own still counts, and a wrong sum alarms)
    assert _breakdown_alarms(
        "（一）主动公开\n2024年，全县主动公开政府信息1500条，其中，乡村振兴700，其他500条。"
    )


@pytest.mark.parametrize(("place", "agency"), [("园区", None), ("青禾工业园区", "青禾工业园区")])
def test_a_kind_of_area_is_no_agency(place: str, agency: str | None) -> None:
    # 园区 (an industrial park, not which one) was read as the agency, with no problem; a
    # park named by its place is the agency
    report = gr.parse(
        f"结合{place}实际情况特编制了2024年政府信息公开工作年度报告。\n一、总体情况\n2024年，"
        f"{place}认真贯彻落实条例。\n（一）主动公开情况。全年主动公开信息12条。\n"
    )
    assert report.agency == agency
    missing = "identity.agency_missing" in [p.code for p in report.problems]
    assert missing == (agency is None)


@pytest.mark.parametrize(
    ("contact", "agency"),
    [("云溪县人民政府青禾街道办事处", "云溪县人民政府青禾街道办事处"), ("党政综合办公室", None)],
)
def test_a_contact_after_a_colon_names_the_agency(contact: str, agency: str | None) -> None:
    # 请联系：X，地址：… (no 联系 after the name, no bracket) named no agency
    report = gr.parse(
        "依据《中华人民共和国政府信息公开条例》编制本报告。如本报告有疑问，请联系："
        f"{contact}，地址：云溪县青禾路8号，电话：0000-1234567。\n一、总体情况\n2024年，"
        "街道新收到依申请公开政府信息0件。\n"
    )
    assert report.agency == agency


@pytest.mark.parametrize("how", ["结合有关统计数据", "按照《条例》要求"])
def test_the_compiler_before_how_it_compiled(how: str) -> None:
    # 本报告由X结合有关统计数据编制 named no agency (按照… was read)
    report = gr.parse(
        f"本报告由青禾镇人民政府{how}编制。本年度报告中所列数据的统计期限自2024年1月1日起至"
        "2024年12月31日止。\n一、总体情况\n（一）主动公开\n我镇本年度主动公开政府信息31条。\n"
    )
    assert report.agency == "青禾镇人民政府"


PARTS_LISTED = (
    "本年度报告分为六个部分：一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息"
    "公开申请情况，四、政府信息公开行政复议、行政诉讼情况，五、存在的主要问题及改进措施，六、"
    "其他需要报告的事项。\n一、总体情况\n2024年，我乡共主动公开政府信息9条。\n"
)


def test_parts_listed_in_a_sentence_announce_no_table() -> None:
    # the preamble's list of parts was taken for the headings of tables 三 and 四:
    # table3.not_found and table4.not_found on a page cut before them
    codes = _codes(PARTS_LISTED)
    assert "table3.not_found" not in codes and "table4.not_found" not in codes
    # (near case: the heading on its own line still says the table is missing)
    text = PARTS_LISTED + "三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n"
    assert "table3.not_found" in _codes(text)


def test_a_bare_compiling_verb_is_no_part_of_the_title() -> None:
    # 根据…等文件精神，编制某局2024年…报告: the title kept 编制
    report = gr.parse(
        "根据《中华人民共和国政府信息公开条例》等文件精神，编制青禾区卫生健康局2024年政府信息公开"
        "工作年度报告。\n一、总体情况\n本年度我局受理依申请公开政府信息7条。\n"
    )
    assert report.title == "青禾区卫生健康局2024年政府信息公开工作年度报告"
    assert report.agency == "青禾区卫生健康局"


ISSUING_NOTICE = (
    "您当前的位置：首页 > 政府信息公开\n某某办公厅关于印发《信息处理费管理办法》的通知\n"
    "各区县人民政府，各部门：\n现将《信息处理费管理办法》印发给你们，请认真贯彻执行。\n"
    "第一条 为了规范政府信息公开，制定本办法。\n（一）同一申请人申请10件以下的，不收费。\n"
)


def test_a_notice_issuing_rules_is_no_report() -> None:
    # 关于印发《…》的通知 was no notice title (《》 in it): read as a report with
    # identity.agency_missing and identity.year_missing
    assert {"report.not_a_report", "identity.agency_missing"} & set(_codes(ISSUING_NOTICE)) == {
        "report.not_a_report"
    }
    # (near case: a report that names such a notice inside a sentence is still a report)
    report = (
        "青禾县2024年政府信息公开工作年度报告\n根据《某某办公厅关于印发〈信息处理费管理办法〉的"
        "通知》要求，现将情况报告如下：\n一、总体情况\n全年主动公开政府信息120条。\n"
    )
    assert "report.not_a_report" not in _codes(report)
