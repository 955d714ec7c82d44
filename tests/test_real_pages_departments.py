"""Cases found by running the library on report pages of city and county departments,
street offices and towns (2010-2024) it had never seen (probe of stop 17): each test is a
constructed fixture in the official format, with its own wording and numbers, of a value a
page was read wrong (or a false alarm), and a near case that must still read."""

from __future__ import annotations

import pytest

import govinfo_reports as gr


def _codes(text: str) -> list[str]:
    return [p.code for p in gr.parse(text).problems]


_BODY = "一、总体情况\n(一)主动公开\n2021年,全年主动公开政府信息58条。\n"


# --- a contact line with the address in brackets before 联系 --------------------------------


@pytest.mark.parametrize(
    ("contact", "agency"),
    [
        # 请与X(地址…)联系: the brackets stand between the name and 联系
        (
            "请与某某市交通运输局(地址:某某市人民路8号;邮编:100000;电话:010-1234567)联系。",
            "某某市交通运输局",
        ),
        # 请联系X(地址…): the name ends at the bracket
        (
            "请联系某某市东湖区西门街道办事处(办公地址:某某市东湖区北街9号,联系电话:010-7654321)。",
            "某某市东湖区西门街道办事处",
        ),
        # near case: the name right before 联系
        ("请与某某市交通运输局办公室联系(电话:010-1234567)。", "某某市交通运输局"),
    ],
)
def test_the_body_a_contact_line_names_before_its_address(contact: str, agency: str) -> None:
    text = (
        "根据《中华人民共和国政府信息公开条例》要求,特向社会公布2021年政府信息公开工作年度报告。"
        f"本报告所列数据统计期限自2021年1月1日起至12月31日止。如对本报告有任何疑问,{contact}\n"
        + _BODY
    )
    report = gr.parse(text)
    assert report.agency == agency
    assert "identity.agency_missing" not in _codes(text)


def test_a_contact_line_naming_only_an_office_of_ours_gives_no_name() -> None:
    # near case: 我局办公室 is a self-reference, no name, with or without the brackets
    text = (
        "特向社会公布2021年政府信息公开工作年度报告。如对本报告有任何疑问,请与我局办公室"
        "(电话:010-1234567)联系。\n" + _BODY
    )
    assert gr.parse(text).agency is None


# --- 现公开 before the title ----------------------------------------------------------------


def test_xian_gongkai_before_the_title_is_no_part_of_it() -> None:
    text = (
        "根据《中华人民共和国政府信息公开条例》规定,现公开某某区青石街道办事处2022年政府信息"
        "公开工作年度报告。本年度报告中所列数据的统计期限是2022年1月1日至2022年12月31日。\n" + _BODY
    )
    report = gr.parse(text)
    assert report.agency == "某某区青石街道办事处"
    assert report.title == "某某区青石街道办事处2022年政府信息公开工作年度报告"


# --- 由X编制的…报告 in the preamble: the title is X and what follows 编制的 -------------------


def _compiled_by(body: str) -> gr.Report:
    # a preamble naming the body that compiled the report and listing its parts, no title
    return gr.parse(
        "本报告是根据《中华人民共和国政府信息公开条例》的规定,由某某市水务局编制的2017年度政府"
        "信息公开年度报告。全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息"
        "公开收费情况,以及存在的主要问题和改进措施。\n" + body
    )


def test_you_bianzhi_de_before_a_title_is_no_part_of_it() -> None:
    report = _compiled_by("一、概述\n2017年,本局主动公开政府信息20条。\n")
    title = "某某市水务局2017年度政府信息公开年度报告"
    assert (report.agency, report.title) == ("某某市水务局", title)


def test_a_title_of_a_body_named_you_is_kept() -> None:
    # near case: a title that starts with 由 as part of a name keeps it
    text = "由义镇2016年政府信息公开工作年度报告\n一、概述\n2016年,主动公开政府信息12条。\n"
    assert gr.parse(text).title == "由义镇2016年政府信息公开工作年度报告"


# --- a page cut before its first figure that lists its own parts is a report ------------


def test_a_page_listing_its_own_parts_without_zucheng_is_a_report() -> None:
    # the page holds only the preamble and a heading the outline does not read (一 概 述)
    report = _compiled_by("一 概 述\n2017年,本局按照市委、市政府的部署推进政务公开。\n")
    assert "report.not_a_report" not in [p.code for p in report.problems]


def test_a_notice_saying_what_a_report_should_hold_is_still_doubted() -> None:
    # near case: a notice's sentence about what reports should contain
    text = (
        "关于做好2017年度政府信息公开工作年度报告编制工作的通知\n各镇人民政府:\n"
        "年度报告应包括概述、主动公开政府信息情况、依申请公开政府信息情况等内容。\n"
    )
    assert "report.not_a_report" in _codes(text)


# --- a body whose name holds a word that sentences hold (建设, 信息, 机关) ---------------------


@pytest.mark.parametrize(
    "agency",
    [
        "某某市东湖区住房和城乡建设局",
        "某某县住房城乡建设局",
        "某某市规划建设局",
        "某某市工业和信息化局",
        "某某县经济和信息化局",
        "某某市机关事务管理局",
    ],
)
def test_a_body_named_for_building_or_informatisation_is_read(agency: str) -> None:
    for title in (f"2015年度{agency}政府信息公开年度报告", f"{agency}2015年政府信息公开年度报告"):
        report = gr.parse(title + "\n一、概述\n2015年,主动公开政府信息35条。\n")
        assert report.agency == agency, title
        assert "identity.agency_missing" not in [p.code for p in report.problems]


@pytest.mark.parametrize(
    "sentence",
    [
        "某某市加强信息化建设局面",
        "推进城乡建设局",
        "某某县直属机关事务局",
    ],
)
def test_a_sentence_holding_those_words_is_still_no_name(sentence: str) -> None:
    # near case: the words of a sentence around them still rule a run out
    from govinfo_reports import metadata

    assert metadata._name_kind(sentence) is None


# --- X编制了…年度报告: the title is what follows 编制了 ---------------------------------------


def test_bianzhi_le_before_a_title_is_no_part_of_it() -> None:
    text = (
        "根据《中华人民共和国政府信息公开条例》和省、市有关要求,某某市自然资源和规划局编制了"
        "2021年政府信息公开年度报告。\n一、总体情况\n2021年,主动公开政府信息300条。\n"
    )
    report = gr.parse(text)
    assert (report.agency, report.title) == ("某某市自然资源和规划局", "2021年政府信息公开年度报告")


def test_a_title_line_is_kept_when_the_body_says_bianzhi_le() -> None:
    # near case: 编制了 in a sentence after the title line changes nothing
    text = (
        "某某市自然资源和规划局2021年政府信息公开工作年度报告\n一、总体情况\n"
        "2021年,本局编制了政府信息公开指南,主动公开政府信息300条。\n"
    )
    report = gr.parse(text)
    assert report.title == "某某市自然资源和规划局2021年政府信息公开工作年度报告"
    assert report.agency == "某某市自然资源和规划局"


# --- 主动公开A信息、B信息、C信息等政务信息N条: the whole, with its kinds named ------------------

_PROACTIVE_HEAD = "某某县交通运输局2018年政务信息公开年度报告\n二、政府信息主动公开情况\n"


def test_a_list_of_kinds_ending_in_deng_before_the_whole_is_read() -> None:
    # read before: 113 missed (the list is longer than the middle words allowed), and the
    # other channel's 64 taken as the section's figure
    text = _PROACTIVE_HEAD + (
        "2018年,我局通过县政府公众信息网主动公开机构概况信息、工作动态信息、办事服务信息等"
        "政务信息129条。此外,还通过短信和公告栏发布各类政务信息64条。\n"
    )
    report = gr.parse(text)
    fig = report.figure(gr.FigureKind.PROACTIVE_DISCLOSURES)
    assert fig is not None and fig.value == 129


def test_a_list_of_topics_before_bare_xinxi_is_still_a_part() -> None:
    # near case: topics before 信息 (no 政府/政务) name a part of the disclosures
    text = _PROACTIVE_HEAD + "2018年,我局主动公开财政预算决算和三公经费预算决算等信息13条。\n"
    assert gr.parse(text).figure(gr.FigureKind.PROACTIVE_DISCLOSURES) is None


# --- a name that opens with a character read as a word before names (将乐县, 对坊乡) ------


def test_a_name_opening_with_a_lead_character_keeps_it() -> None:
    for name in (
        "将乐县交通运输局",  # read before: 乐县交通运输局 (将 stripped as in 现将…), a wrong name
        "对坊乡",  # read before: no name (对 stripped, 坊乡 is none)
        "为民乡",
    ):
        body = "\n一、总体情况\n全年主动公开政府信息41条。\n"
        assert gr.parse(f"{name}2015年政府信息公开工作年度报告" + body).agency == name


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        ("本报告由某某县民政局编制。", "某某县民政局"),
        ("本报告由沛县民政局编制。", "沛县民政局"),
    ],
)
def test_a_lead_word_before_a_name_is_still_dropped(sentence: str, agency: str) -> None:
    # near case: 由 before the name is no part of it, also before a one-character place
    text = sentence + "\n一、概述\n2015年,全年主动公开政府信息5条。\n"
    assert gr.parse(text).agency == agency


# --- a report named in a list of things disclosed is no title -----------------------------


def test_last_years_report_in_a_list_of_disclosures_is_no_title() -> None:
    # read before: title "…收费等重点领域信息及2020年度信息公开工作报告", year 2020 (the
    # report published is last year's; this one is of 2021)
    text = (
        "一、总体情况\n1.主动公开方面\n2021年,我局门户网站更新信息318条,公开了人事信息、财政信息和"
        "行政事业性收费等重点领域信息及2020年度信息公开工作报告。\n"
    )
    report = gr.parse(text)
    assert report.year == 2021
    assert report.title is None


def test_a_title_line_after_a_joining_word_line_is_still_read() -> None:
    # near case: a title at the start of its line keeps its year
    text = (
        "某某县财政局\n2021年度政府信息公开工作报告\n一、总体情况\n2021年,我局主动公开信息40条。\n"
    )
    report = gr.parse(text)
    assert (report.year, report.agency) == (2021, "某某县财政局")


# --- 内有 opens a part's own parts, as 其中 does ------------------------------------------


def test_a_parts_own_parts_after_neiyou_are_no_parts_of_the_total() -> None:
    # read before: prose.breakdown 60 against 24 + 12 + 7 + 5 (the parts of 机构类信息 read as
    # parts of the total)
    text = (
        "一、总体情况\n(一)政府信息主动公开情况\n2022年度共新增主动公开政府信息60条。其中机构类信息24条,"
        "内有领导成员12条、机构职能7条、直属单位5条;工作类信息20条;政策文件类信息16条。\n"
    )
    assert "prose.breakdown" not in [p.code for p in gr.parse(text).validate()]


def test_parts_that_do_not_add_up_without_neiyou_are_still_flagged() -> None:
    # near case: the same list without 内有 is one flat list of 36 against 60
    text = (
        "一、总体情况\n(一)政府信息主动公开情况\n2022年度共新增主动公开政府信息60条,其中机构类信息24条、"
        "工作类信息12条。\n"
    )
    assert "prose.breakdown" in [p.code for p in gr.parse(text).validate()]


def test_a_parts_own_parts_after_jutiwei_are_no_parts_of_the_total() -> None:
    # read before: prose.breakdown 700 against 120 + 50 + 70 + 550 (具体为 opens the parts of
    # the website's 120, not more parts of the total)
    text = (
        "一、总体情况\n(一)主动公开情况。2020年度,区城市管理局主动公开政府信息700条,其中,在区政府"
        "门户网站公开信息120条,具体为:财政类信息50条、行政执法类信息70条;官方微信公众号发文550条;"
        "信息公示栏公开信息30条。\n"
    )
    assert "prose.breakdown" not in [p.code for p in gr.parse(text).validate()]


# --- a page title naming the body by its level, a second title naming it in full ---------------

_TWO_TITLES = (
    "2017年区水务局政府信息公开工作年度报告\n来源: 发布时间:2018-03-08\n  {name}\n"
    "  2017年政府信息公开工作年度报告\n一、概述\n2017年,主动公开政府信息30条。\n"
)


def test_the_full_name_of_a_body_a_page_title_names_by_level_is_read() -> None:
    # read before: 区水务局 (the page title's level name)
    report = gr.parse(_TWO_TITLES.format(name="某某市东湖区水务局"))
    assert report.agency == "某某市东湖区水务局"


def test_a_full_name_of_another_body_does_not_replace_the_level_name() -> None:
    # near case: 某某市水务局 is not 区水务局 named in full
    report = gr.parse(_TWO_TITLES.format(name="某某市水务局"))
    assert report.agency == "区水务局"


# --- counts missed by a wording the readers did not know ---------------------------------

_K = gr.FigureKind
_HEAD = "某某区农业农村局2022年政府信息公开工作年度报告\n一、总体情况\n"


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        # 依申请公开申请数为N件 (RECEIVED knew 政府信息公开/信息公开申请数 only)
        (
            "我局2022年度依申请公开申请数为17件,截至12月31日已全部办结。",
            _K.APPLICATIONS_RECEIVED,
            17,
        ),
        # 主动公开政府信息公开N条 (公开 said twice)
        (
            "2022年主动公开政府信息公开286条,其中财政信息3条、监督信息283条。",
            _K.PROACTIVE_DISCLOSURES,
            286,
        ),
        # 收到依申请公开件N件 (件 after the noun before the count)
        (
            "本年度收到依申请公开件23件,其中网上申请的20件,来信申请的3件。",
            _K.APPLICATIONS_RECEIVED,
            23,
        ),
        # near cases: people who applied, a catalogue
        ("我局接待依申请公开申请人17人。", _K.APPLICATIONS_RECEIVED, None),
        ("2022年更新主动公开政府信息公开目录12个。", _K.PROACTIVE_DISCLOSURES, None),
    ],
)
def test_a_count_in_a_wording_first_seen_on_real_pages(
    sentence: str, kind: gr.FigureKind, value: int | None
) -> None:
    fig = gr.parse(_HEAD + sentence + "\n").figure(kind)
    assert (fig.value if fig is not None else None) == value


# --- a page's breadcrumb (首页 > 信息公开 > X信息公开年报) is no title ------------------------


def test_a_breadcrumb_column_is_no_title_but_names_the_body() -> None:
    # read before: title 某某区民政局信息公开年报 (the column the page sits in)
    text = (
        "您当前所在位置:首页 > 信息公开 > 某某区民政局信息公开年报\n\n2014年度政府信息公开年报\n"
        "一、主动公开情况\n2014年,共主动公开政府信息60条。\n"
    )
    report = gr.parse(text)
    assert (report.title, report.agency, report.year) == (
        "2014年度政府信息公开年报",
        "某某区民政局",
        2014,
    )


def test_a_breadcrumb_ending_in_the_reports_title_still_gives_it() -> None:
    # near case: the trail's last item is the report's own title, with its year
    text = (
        "首页 > 信息公开 > 某某区民政局2014年政府信息公开工作年度报告\n"
        "一、主动公开情况\n2014年,共主动公开政府信息60条。\n"
    )
    assert gr.parse(text).title == "某某区民政局2014年政府信息公开工作年度报告"


# --- 未收取依申请提供…等费用 is a statement of fees, not of applications ---------------------


def _received(sentence: str) -> list[int | None]:
    report = gr.parse(_HEAD + sentence + "\n")
    return [f.quantity.value for f in report.figures if f.kind is _K.APPLICATIONS_RECEIVED]


def test_fees_not_collected_for_applications_are_no_count_of_them() -> None:
    # read before: applications_received 0 from 未收取依申请 (besides the 3 received)
    fee = "本机关未收取依申请提供政府信息的检索、复印、邮递等费用。"
    assert _received("2022年,本机关收到政府信息公开申请3件。" + fee) == [3]
    # near case: 未收到…申请 still states that none was received
    assert _received("本机关2022年未收到政府信息公开申请,未收取任何费用。") == [0]
