"""Wrong values and false alarms found by reading real reports of western, northern and
border regions and autonomous areas (自治区, 自治州, 自治县, 盟, 旗, 苏木, 兵团) by hand.

The fixtures are written for these tests (invented places 云溪/青禾, invented numbers):
each paraphrases the form of a real page, not its words.  Each case has a near case that
must still read.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.model import FigureKind

K = FigureKind

_BODY = (
    "\n一、总体情况\n{y}年，{we}认真贯彻落实《条例》，全面推进政府信息公开工作。\n"
    "（一）主动公开\n全年主动公开政府信息320条。\n"
)
_RULES = "根据《中华人民共和国政府信息公开条例》有关规定要求，"

# (the text's opening, its year, how it calls itself, the agency and title to read)
IDENTITY = [
    # 现就某县人民政府2020年度…情况报告如下: the lead 现就 was read into the name and the
    # title, and the title then said the text was another kind of document
    (
        _RULES + "现就云溪县人民政府2020年度政府信息公开情况报告如下：",
        2020,
        "我县",
        "云溪县人民政府",
        "云溪县人民政府2020年度政府信息公开情况报告",
    ),
    (
        _RULES + "现将云溪县人民政府2020年度政府信息公开情况报告如下：",
        2020,
        "我县",
        "云溪县人民政府",
        "云溪县人民政府2020年度政府信息公开情况报告",
    ),
    # 现发布《某市民族事务委员会（宗教事务局）2024年…》: the title was cut to its year and
    # the body's name was lost
    (
        _RULES + "现发布《青禾市民族事务委员会（宗教事务局）2024年政府信息公开工作年度报告》，"
        "本报告统计数据从2024年1月1日至12月31日。",
        2024,
        "我委",
        "青禾市民族事务委员会",
        "青禾市民族事务委员会(宗教事务局)2024年政府信息公开工作年度报告",
    ),
    (
        _RULES + "现发布《青禾市民族事务委员会2024年政府信息公开工作年度报告》。",
        2024,
        "我委",
        "青禾市民族事务委员会",
        "青禾市民族事务委员会2024年政府信息公开工作年度报告",
    ),
    # 某区（某新区）政府2020年…: the title was read as 政府2020年… with no body (经开区 and
    # 高新区 alone are kinds of zone, no names: each keeps its note and 政府)
    (
        "高新区（云溪新区）政府2020年信息公开工作年度报告",
        2020,
        "我区",
        "高新区(云溪新区)政府",
        "高新区(云溪新区)政府2020年信息公开工作年度报告",
    ),
    (
        "经开区（云溪新区）政府2020年信息公开工作年度报告",
        2020,
        "我区",
        "经开区(云溪新区)政府",
        "经开区(云溪新区)政府2020年信息公开工作年度报告",
    ),
    (
        "云溪海关（本级机关）2020年政府信息公开工作年度报告",
        2020,
        "我关",
        "云溪海关",
        "云溪海关(本级机关)2020年政府信息公开工作年度报告",
    ),
]


IDENTITY += [
    # 现就某地区行政公署（行署办公室）2012年度…工作情况汇总报告如下: no title was seen (汇总
    # before 报告), and the name before the note follows a comma, not a line's start: the
    # contact office (地区电子政务管理办公室) was read as the body
    (
        _RULES + "现就青禾地区行政公署（行署办公室）2012年度政府信息公开工作情况汇总报告如下。\n"
        "如有疑问，请与地区电子政务管理办公室联系。",
        2012,
        "我署",
        "青禾地区行政公署",
        "青禾地区行政公署(行署办公室)2012年度政府信息公开工作情况汇总报告",
    ),
    # a note that gives the short name is the sentence's, no part of the title
    (
        _RULES + "现将青禾区发展改革局（以下简称发改局）2024年度信息公开工作报告如下：",
        2024,
        "发改局",
        "青禾区发展改革局",
        "青禾区发展改革局2024年度信息公开工作报告",
    ),
    # a page's menu item (• 政府信息公开指南) gave report.not_a_report to a report whose
    # title, …情况报告, is no 年度报告
    (
        "政府信息公开\n  • 政府信息公开指南\n  • 政府信息公开年报\n2020年度\n"
        + _RULES
        + "现就云溪县人民政府2020年度政府信息公开情况报告如下：",
        2020,
        "我县",
        "云溪县人民政府",
        "云溪县人民政府2020年度政府信息公开情况报告",
    ),
]
_IDS = ["xianjiu", "xianjiang", "quoted-note", "quoted", "note-zhengfu", "note-name", "note"]
IDENTITY += [
    # 名 称: 某自治县人民政府2019政府信息公开工作年度报告 (no 年 after the year): no title
    # was seen, the agency was missing and the title came from 我县编制了2019年…
    (
        "名 称: 云溪黎族自治县人民政府2019政府信息公开工作年度报告 | |||\n"
        "根据《条例》的文件要求，我县编制了2019年政府信息公开工作年度报告。",
        2019,
        "我县",
        "云溪黎族自治县人民政府",
        "云溪黎族自治县人民政府2019政府信息公开工作年度报告",
    ),
    (
        "2019云溪县政府信息公开工作年度报告",
        2019,
        "我县",
        "云溪县",
        "2019云溪县政府信息公开工作年度报告",
    ),
]
_IDS += ["after-comma-huizong", "short-name-note", "menu-bullet", "bare-year", "bare-year-first"]


@pytest.mark.parametrize(("opening", "year", "we", "agency", "title"), IDENTITY, ids=_IDS)
def test_identity_of_titles_and_leads(
    opening: str, year: int, we: str, agency: str, title: str
) -> None:
    r = gr.parse(opening + _BODY.format(y=year, we=we))
    assert (r.agency, r.year, r.title) == (agency, year, title)
    codes = {p.code for p in r.problems}
    assert not codes & {"report.not_a_report", "identity.agency_missing"}


def test_a_note_that_follows_no_name_gives_no_name() -> None:
    # the words before the bracket are no name: no name is made up around 政府
    text = "按期发布（已审核）政府2020年信息公开工作年度报告" + _BODY.format(y=2020, we="我区")
    assert gr.parse(text).agency is None


def test_title_with_kaizhan_names_the_body() -> None:
    # 某厅2025年政务信息公开工作开展年度报告: no title was seen, the agency was missing
    text = "标  题 云溪自治区统计厅2025年政务信息公开工作开展年度报告\n" + _BODY.format(
        y=2025, we="我厅"
    )
    r = gr.parse(text)
    assert (r.agency, r.title) == (
        "云溪自治区统计厅",
        "云溪自治区统计厅2025年政务信息公开工作开展年度报告",
    )


def _notice(second_line: str) -> str:
    return (
        "政府信息公开\n青禾州人民政府办公室关于做好2017年政府信息公开工作年度报告编制和公布工作的通知\n"
        "青禾州人民政府办公室\n关于做好2017年政府信息公开工作年度报告\n"
        f"{second_line}\n青府办函〔2018〕3号\n各县(市)人民政府，州政府各部门:\n"
        "  为做好年度报告工作，现将有关事项通知如下。\n一、切实做好年度报告编制公布工作\n"
        "各县(市)、各部门要认真总结2017年政府信息公开工作情况。\n"
    )


def test_notice_title_wrapped_over_two_lines_is_no_report() -> None:
    # a notice about the reports whose title wraps after 年度报告 (…年度报告 / 编制和公布工作
    # 的通知): read as a report titled 做好2017年…年度报告
    r = gr.parse(_notice("编制和公布工作的通知"))
    assert r.title is None
    assert "report.not_a_report" in {p.code for p in r.problems}


def test_report_title_followed_by_another_line_still_reads() -> None:
    text = "青禾州人民政府2017年政府信息公开工作年度报告\n发布时间：2018-03-20\n" + _BODY.format(
        y=2017, we="我州"
    )
    r = gr.parse(text)
    assert r.title == "青禾州人民政府2017年政府信息公开工作年度报告"
    assert "report.not_a_report" not in {p.code for p in r.problems}


def _figures(body: str, kind: K, year: int = 2021) -> list[float]:
    text = f"云溪旗青禾苏木{year}年政府信息公开工作年度报告\n一、总体情况\n{body}\n"
    return [f.quantity.value for f in gr.parse(text).figures if f.kind is kind]


# (the text's first part, the kind read, the values it must give)
FIGURES = [
    # three channels in clauses cut by ；, worded 公开信息 (no 主动, no 政府信息): the
    # section's fallback read the middle one (a platform's 170) as the disclosures
    (
        "（一）主动公开情况\n2021年，全苏木累计通过旗人民政府网公开信息31条；通过旗“三务"
        "公开”平台公开信息170条；通过苏木微信公众平台公开信息1204条。",
        K.PROACTIVE_DISCLOSURES,
        [],
    ),
    (
        "（一）主动公开情况\n2021年，全苏木通过旗“三务公开”平台公开信息170条。",
        K.PROACTIVE_DISCLOSURES,
        [170],
    ),
    # the parts of a total, in the sentence after it, were read as proactive counts (2700
    # and 5400): they add up to it (a 累计 total in the year's own sentence is the year's,
    # r-num's rule; one to date gives no figure, nor do its parts: the case below)
    (
        "（一）主动公开情况\n2021年，全旗累计公开政府信息8100条。旗人民政府网公开政府信息2700条"
        "（不含专业平台数据），旗政府部门和苏木镇共公开各类政府信息5400条。",
        K.PROACTIVE_DISCLOSURES,
        [8100],
    ),
    (
        "（一）主动公开情况\n截至2021年底，全旗累计公开政府信息8100条。旗人民政府网公开政府信息"
        "2700条，旗政府部门和苏木镇共公开各类政府信息5400条。",
        K.PROACTIVE_DISCLOSURES,
        [],
    ),
    (
        "（一）主动公开情况\n截至2021年底，全旗累计公开政府信息8100条。本年度主动公开政府信息"
        "410条，发布政策解读20条。",
        K.PROACTIVE_DISCLOSURES,
        [410],
    ),
    (
        "（二）依申请公开\n截至2021年12月31日，我局累计共受理政府信息公开申请6件。“同意公开”"
        "4件，“部分公开”0件、“不予公开”2件。",
        K.APPLICATIONS_GRANTED,
        [4],
    ),
    # a region's report: the count of the region's own departments (自治区直属机关) was read
    # as a second proactive count
    (
        "（一）公开的主要内容\n2021年新增主动公开政府信息5300条。自治区直属机关主动公开政府信息"
        "1680条，全文电子化率为86.1%。",
        K.PROACTIVE_DISCLOSURES,
        [5300],
    ),
    (
        "（一）公开的主要内容\n自治区人民政府办公厅主动公开政府信息1680条，全文电子化率为86.1%。",
        K.PROACTIVE_DISCLOSURES,
        [1680],
    ),
    # 另处理重复申请1件 (an outcome, the 2021 form's 其他处理) was read as a second count
    # of applications received
    (
        "（一）主动公开\n2021年，通过门户网站发布主动公开信息230条。\n（二）依申请公开\n2021年，"
        "本苏木共受理政府信息公开申请12件，申请人均为公民。经依法办理，予以公开3件，无法提供8件，"
        "另处理重复申请1件，均按期答复。",
        K.APPLICATIONS_RECEIVED,
        [12],
    ),
    (
        "（一）主动公开\n2021年，通过门户网站发布主动公开信息230条。\n（二）依申请公开\n2021年，"
        "本苏木共处理政府信息公开申请12件，申请人均为公民。经依法办理，予以公开3件。",
        K.APPLICATIONS_RECEIVED,
        [12],
    ),
]


@pytest.mark.parametrize(
    ("body", "kind", "values"),
    FIGURES,
    ids=[
        "channels",
        "one-place",
        "cumulative-parts",
        "cumulative-parts-to-date",
        "year-after",
        "cumulative-outcomes",
        "direct-departments",
        "region-office",
        "repeated",
        "handled",
    ],
)
def test_figures_of_channels_and_outcomes(body: str, kind: K, values: list[float]) -> None:
    assert _figures(body, kind) == values


# texts that are no report, each taken for a report missing its identity: a circular
# (…关于2011年度政府信息公开工作绩效考核情况通报) with an addressee line, and a guide whose
# page keeps no title (…根据《条例》，制定本指南。一、主动公开信息…)
NOT_REPORTS = [
    "青禾州人民政府办公室关于2011年度政府信息公开工作绩效考核情况通报\n（青府办函〔2012〕3号）\n"
    "各县市人民政府，州政府各部门：\n2011年，各县市、州级各部门认真开展政府信息公开工作。\n"
    "一、考核结果为优秀的县市政府办公室\n云溪县政府办、青山县政府办。\n",
    "网站概况\n为更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，制定本指南。\n"
    "一、主动公开信息\n（一）公开范围\n1、政府领导成员及其工作分工\n（二）公开方式\n"
    "主要通过自治区政府门户网站公开。\n二、依申请公开信息\n（一）申请方式\n",
]


@pytest.mark.parametrize("text", NOT_REPORTS, ids=["circular", "guide"])
def test_texts_that_are_no_report(text: str) -> None:
    codes = {p.code for p in gr.parse(text).problems}
    assert "report.not_a_report" in codes
    assert not codes & {"identity.agency_missing", "identity.year_missing"}


@pytest.mark.parametrize(
    "line",
    [
        "州政府办公室印发了关于2011年度政府信息公开工作考核情况通报。",
        "修订本单位政府信息公开指南。",
    ],
    ids=["circular", "guide"],
)
def test_report_whose_body_names_another_kind_still_reads(line: str) -> None:
    text = "青禾州人民政府2011年政府信息公开工作年度报告\n" + _BODY.format(y=2011, we="我州") + line
    r = gr.parse(text)
    assert r.agency == "青禾州人民政府"
    assert "report.not_a_report" not in {p.code for p in r.problems}


def test_reports_many_bodies_publish_are_no_title() -> None:
    # …及自治州政府各部门、各直属机构2012年政府信息公开年度报告…由各部门自行公布: read as
    # the title 各直属机构2012年政府信息公开年度报告
    text = (
        "青禾州人民政府办公厅2012年政府信息公开年度报告\n本报告内容主要为青禾州人民政府办公厅的"
        "工作情况。自治州直属各县市人民政府及自治州政府各部门、各直属机构2012年政府信息公开年度"
        "报告，由各县市、各部门自行公布。\n" + _BODY.format(y=2012, we="我厅")
    )
    assert gr.parse(text).title == "青禾州人民政府办公厅2012年政府信息公开年度报告"
    text = text.split("\n", 1)[1]
    assert gr.parse(text).title is None


def test_a_bare_number_after_no_name_is_no_year() -> None:
    text = "第2019政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息320条。\n"
    assert gr.parse(text).title is None


def _parts(body: str) -> list[tuple[float, list[float]]]:
    text = f"云溪自治县2022年政府信息公开工作年度报告\n一、总体情况\n{body}\n"
    return [(b.total.value, [p.quantity.value for p in b.parts]) for b in gr.parse(text).breakdowns]


def test_a_part_with_a_count_of_another_unit_in_its_words() -> None:
    # …政务微信公开269次<天>1189条: the list ended at 269次 (another unit), the last part
    # was lost and prose.breakdown said the text did not add up (it does)
    body = (
        "（一）主动公开方面：共发布各类信息数量1000条（其中：政府网站公开800条，县政府公报"
        "公开50条，政务微博公开70条，政务微信公开30次<天>80条）。"
    )
    assert _parts(body) == [(1000, [800, 50, 70, 80])]


def test_a_count_of_another_unit_in_its_own_clause_still_ends_the_list() -> None:
    body = (
        "（二）依申请公开：共收到申请15件，其中网上申请10件，信函申请3件，现场咨询30人次，"
        "当面申请2件。"
    )
    assert _parts(body) == [(15, [10, 3])]
