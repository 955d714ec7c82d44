"""Wrong values and false alarms found by reading real 2008-2014 report pages (narrative
reports, traditional-script mirrors, pages cut mid-way) by hand.

The fixtures are written for these tests (invented places 云溪/青禾, invented numbers):
each paraphrases the form of a real page, not its words.  Each case has a near case that
must still read.
"""

from __future__ import annotations

import pytest

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


# --- a township named by the title alone ------------------------------------------------

TOWNSHIP_BODY = "一、概述\n2010年，我镇通过门户网站主动公开政府信息26条。\n"


def test_a_township_named_by_the_title_is_the_agency() -> None:
    # (read before: no agency, and identity.agency_missing)
    for title, agency in (
        ("青禾镇2010年政府信息公开工作年度报告\n", "青禾镇"),
        ("2010年白石乡政府信息公开工作年度报告\n", "白石乡"),
    ):
        assert gr.parse(title + TOWNSHIP_BODY).agency == agency
        assert "identity.agency_missing" not in _codes(title + TOWNSHIP_BODY)


def test_a_township_word_in_the_body_is_no_agency() -> None:
    text = "2010年度政府信息公开工作年度报告\n" + TOWNSHIP_BODY + "我镇积极推进小城镇建设。\n"
    assert gr.parse(text).agency is None
    assert gr.parse("青禾镇人民政府2010年政府信息公开工作年度报告\n" + TOWNSHIP_BODY).agency == (
        "青禾镇人民政府"
    )


# --- a notice about the reports -----------------------------------------------------------

NOTICE_PAGE = (
    "云溪市人民政府办公室关于做好2009年度政府信息公开工作年度报告有关事项的通知\n"
    "四、政府信息公开的收费及减免情况（2009年度及历年累计数量）\n"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
)


def test_a_notice_about_the_reports_gives_no_report_title() -> None:
    # (read before: the title 云溪市人民政府办公室关于做好2009年度政府信息公开工作年度报告)
    assert gr.parse(NOTICE_PAGE).title is None
    report = NOTICE_PAGE.replace(
        "关于做好2009年度政府信息公开工作年度报告有关事项的通知", "2009年度政府信息公开工作年度报告"
    )
    assert gr.parse(report).title == "云溪市人民政府办公室2009年度政府信息公开工作年度报告"


# --- 资讯, the word of the traditional-script copies ----------------------------------------


def test_proactive_disclosures_of_zixun_in_traditional_script() -> None:
    # (read before: no proactive_disclosures)
    text = (
        "雲溪市信訪辦2009年度政府信息公開年度報告\n二、主動公開情況\n"
        "2009年1月1日至12月31日，我辦共主動公開政府資訊23條，其中全文電子化率達100%。\n"
    )
    assert gr.parse(text).figure(K.PROACTIVE_DISCLOSURES).value == 23
    # (a 资讯 that is no disclosure count stays none)
    text = text.replace("主動公開政府資訊23條", "回復資訊諮詢23條")
    assert gr.parse(text).figure(K.PROACTIVE_DISCLOSURES) is None


# --- 编制 before the name in a title sentence ----------------------------------------------


def test_bianzhi_before_the_name_is_no_part_of_the_agency() -> None:
    # (read before: the agency 编制云溪县青禾镇)
    text = (
        "根据《条例》要求，特结合我镇实际，编制云溪县青禾镇2014年政府信息公开工作年度报告。\n"
        "一、概述\n我镇主动公开政府信息88条。\n"
    )
    assert gr.parse(text).agency == "云溪县青禾镇"
    # (编制 inside a name stays: 机构编制委员会办公室)
    text = "云溪县机构编制委员会办公室2014年政府信息公开工作年度报告\n一、概述\n"
    assert gr.parse(text).agency == "云溪县机构编制委员会办公室"


# --- a list does not run past the next heading -------------------------------------------

PAST_HEADING = (
    "青禾镇2014年政府信息公开年度报告\n"
    "二、主动公开政府信息的情况\n"
    "（一）本机关主动公开政府信息的数量\n"
    "截至2014年12月31日，在县政府网站累计公开政府信息912条，其中本年度公开236条\n"
    "（二）主动公开政府信息的主要类别情况\n"
    "2014年在县政府网站公开政府信息类别：政策文件信息5条，政府决策21条，人事信息7条。\n"
)


def test_a_list_ends_at_the_next_heading() -> None:
    # (read before: parts 236 + 5 + 21 + 7 of the 912, across the heading （二）, and a
    # false prose.breakdown)
    assert gr.parse(PAST_HEADING).breakdowns == ()
    assert "prose.breakdown" not in _codes(PAST_HEADING)
    # (parts that do not add up before the heading: the problem is about them alone)
    text = PAST_HEADING.replace("其中本年度公开236条", "其中文件类200条、动态类700条")
    assert _parts(gr.parse(text)) == [[("文件类", 200), ("动态类", 700)]]


def test_a_list_over_a_line_break_that_is_no_heading_still_reads() -> None:
    text = PAST_HEADING.replace("其中本年度公开236条", "其中文件类200条、\n动态类712条。")
    assert _parts(gr.parse(text)) == [[("文件类", 200), ("动态类", 712)]]


# --- a report page that lost its headings --------------------------------------------------

LOST_HEADINGS = (
    "本年报是根据《中华人民共和国政府信息公开条例》要求，由云溪县人民政府编制的2012年政府信息"
    "公开年度报告。全文由概述，主动公开政府信息情况，公开申请的办理情况，政府信息公开收费及减免"
    "情况，存在的主要问题及改进措施五部分组成。\n"
    "2012年，根据市级统一要求，对信息公开目录进行了重新制作，使信息公开栏目更加丰富。\n"
)


def test_a_report_that_gives_its_own_parts_is_a_report() -> None:
    # (read before: report.not_a_report, a page whose numbered headings were lost)
    r = gr.parse(LOST_HEADINGS)
    assert "report.not_a_report" not in [p.code for p in r.problems]
    assert (r.agency, r.year) == ("云溪县人民政府", 2012)


def test_a_text_that_only_names_what_reports_hold_is_still_no_report() -> None:
    text = (
        "云溪县人民政府办公室关于做好2012年政府信息公开工作年度报告的通知\n"
        "年度报告应当包括概述、主动公开政府信息情况等部分，请于3月31日前报送。\n"
    )
    assert "report.not_a_report" in [p.code for p in gr.parse(text).problems]


# --- one channel's count before the total of all channels ---------------------------------

CHANNELS = (
    "青禾市药品监督管理局2014年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "2014年，我局门户网站信息发布量由2013年的906条增加到2014年的1342条，"
    "在市政府网站政府信息公开专栏发布信息388条，总计1730条。\n"
)


# --- the costs of lawsuits are a fees section ----------------------------------------------

BEIJING_COSTS = (
    "云溪区统计局2010年政府信息公开工作年度报告\n"
    "一、人员和收支情况\n"
    "（一）工作人员情况\n本机关从事政府信息公开工作的兼职人员2人。\n"
    "（二）依申请公开政府信息收费情况\n本年度未收取费用。\n"
    "（三）与诉讼有关的费用支出\n本年度未发生与诉讼有关的费用支出。\n"
    "二、行政复议和行政诉讼情况\n本年度未发生针对本局的行政复议和行政诉讼。\n"
)


def test_the_costs_of_lawsuits_are_a_fees_section() -> None:
    # (read before: the section （三）与诉讼有关的费用支出 of kind reviews_and_lawsuits)
    kinds = [c.kind.value for s in gr.parse(BEIJING_COSTS).sections for c in s.children]
    assert kinds[-1] == "fees"


def test_a_lawsuits_section_stays_one() -> None:
    r = gr.parse(BEIJING_COSTS)
    assert [s.kind.value for s in r.sections][-1] == "reviews_and_lawsuits"
    assert r.figure(K.ADMINISTRATIVE_LAWSUITS).value == 0


# --- 本镇, 本乡: a self-reference is no name --------------------------------------------------


def test_a_township_self_reference_is_no_agency() -> None:
    # (read before: the agency 本镇政府, from 公布2014年度本镇政府信息公开年度报告)
    for own in ("本镇", "本乡人民", "本街道办事处"):
        text = (
            f"根据《条例》，特向社会公布2014年度{own}政府信息公开年度报告。\n"
            "一、概述\n全年主动公开信息12条。\n"
        )
        assert gr.parse(text).agency is None
    text = "根据《条例》，特向社会公布2014年度青禾镇政府信息公开年度报告。\n一、概述\n"
    assert gr.parse(text).agency == "青禾镇"


def test_a_count_before_a_part_answered_in_part_is_not_taken_for_report_parts() -> None:
    # (P.PARTS_TAIL: 部分 as the report's parts, 六个部分组成, not 部分予以公开)
    text = CONTENTS.format(n="六个") + "全年发生行政复议和行政诉讼2个部分予以纠正。\n"
    assert "figures.coordinated" in _codes(text)


# --- a model text to write reports from ----------------------------------------------------

SAMPLE = (
    "政府信息公开年度工作报告范文\n"
    "本年度报告是根据《条例》要求，由市区编制。全文包括概述，主动公开政府信息情况。\n"
    "一、概述\n根据《规定》要求，年5月1日起，本区开始开展政府信息公开工作。\n"
    "二、主动公开政府信息情况\n本年度新增主动公开政府信息1850条。\n"
)


def test_a_sample_report_is_no_report() -> None:
    # (read before: a report of no year and no agency, with a proactive count of 1850)
    assert [p.code for p in gr.parse(SAMPLE).problems][:1] == ["report.not_a_report"]


def test_a_report_that_names_a_sample_in_its_body_is_still_one() -> None:
    text = "青禾区2012年政府信息公开工作年度报告\n" + SAMPLE.split("\n", 1)[1] + "参照范文编写。\n"
    r = gr.parse(text)
    assert "report.not_a_report" not in [p.code for p in r.problems]
    assert r.title == "青禾区2012年政府信息公开工作年度报告"


# --- a total to date before the year's new count ----------------------------------------------

TO_DATE = (
    "云溪县青禾乡2012年政府信息公开年度报告\n"
    "二、主动公开政府信息的情况\n"
    "截至2012年12月30日，我乡在县政府网站共主动公开政府信息702条，今年新增88条。\n"
)


# a count, and the words after it in its sentence that make it no figure of the year (the
# count of one channel before a total; a total to date before the year's new count), with
# near cases that must still read: (text, the words, what they are replaced by, value)
NEXT_COUNT_CASES = [
    # (read before: proactive_disclosures 388, the count of one channel of two)
    (CHANNELS, "，总计1730条", "", 388),
    # (a total of another unit is no total of it)
    (CHANNELS, "总计1730条", "总计访问1.2万次", 388),
    # (read before: proactive_disclosures 702, the total since the first year)
    (TO_DATE, "今年新增88条", "全文电子化率100%", 702),
    (TO_DATE, "今年新增88条", "比上年新增88条", 702),
]


@pytest.mark.parametrize(("text", "words", "near", "value"), NEXT_COUNT_CASES)
def test_a_count_before_a_total_or_the_year_new_count(
    text: str, words: str, near: str, value: int
) -> None:
    assert gr.parse(text).figure(K.PROACTIVE_DISCLOSURES) is None
    assert gr.parse(text.replace(words, near)).figure(K.PROACTIVE_DISCLOSURES).value == value
