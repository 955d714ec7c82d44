"""Cases found by running the library on report pages of 2015-2024 it had never seen
(probe of stop 17): each test is a constructed fixture in the official format, with its
own wording and numbers, of a value a page was read wrong (or a false alarm), and a
near case that must still read."""

from __future__ import annotations

import attrs
import pytest

import govinfo_reports as gr


def _figures(text: str) -> dict[str, list[int | None]]:
    out: dict[str, list[int | None]] = {}
    for f in gr.parse(text).figures:
        out.setdefault(f.kind.value, []).append(f.quantity.value)
    return out


def _codes(text: str) -> list[str]:
    return [p.code for p in gr.parse(text).problems]


# --- table 三 cut at a sub-row's numeral --------------------------------------------------

_T3_HEAD = (
    "某某县水利局2020年政府信息公开工作年度报告\n"
    "三、收到和处理政府信息公开申请情况\n"
    "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n"
    "申请人情况 |\n||||||||\n自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n"
    "商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n|||||\n"
    "一、本年新收政府信息公开申请数量 |\n5 |\n5 |\n|||||||\n"
    "二、上年结转政府信息公开申请数量 |\n0 |\n0 |\n|||||||\n"
    "三、本年度办理结果 |\n(一)予以公开 |\n4 |\n4 |\n||||||\n"
    "(二)部分公开(区分处理的,只计这一情形,不计其他情形) |\n0 |\n||||||||\n"
)


def test_table3_cut_at_the_next_sub_rows_numeral_gives_it_no_cell() -> None:
    # the page ends at "(三)不予公开 | 2." (the label of the sub-row cut off): the
    # numeral 2. is no number of the row above
    text = _T3_HEAD + "(三)不予公开 |\n2.\n"
    partly = _figures(text).get("applications_partially_granted", [])
    assert 2 not in partly
    t3 = gr.parse(text).applications
    assert t3 is not None
    row = t3.partially_granted
    assert row is None or 2 not in attrs.astuple(row)


def test_table3_cut_inside_a_sub_rows_label_gives_its_numeral_no_cell() -> None:
    text = _T3_HEAD + "(三)不予公开 |\n2.属于国\n"
    assert 2 not in _figures(text).get("applications_partially_granted", [])


def test_table3_last_row_with_its_numbers_still_reads() -> None:
    # near case: a row that ends the text with its own number keeps it
    text = _T3_HEAD.replace("情形) |\n0 |", "情形) |\n1 |\n1 |")
    text = text.replace("(一)予以公开 |\n4 |\n4 |", "(一)予以公开 |\n3 |\n3 |")
    assert _figures(text).get("applications_partially_granted") == [1]


# --- the number of a report's parts is no count of appeals --------------------------------

_PREAMBLE = (
    "根据《中华人民共和国政府信息公开条例》规定,现公布某某镇人民政府2023年政府信息公开"
    "工作年度报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
    "政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等"
    "{n}部分组成。\n一、总体情况\n2023年,我镇主动公开政府信息36条。\n"
)


def test_the_number_of_a_reports_parts_is_no_coordinated_appeal_count() -> None:
    for n in ("六个", "6个", "七个"):
        text = _PREAMBLE.format(n=n)
        assert "figures.coordinated" not in _codes(text), n
        figs = _figures(text)
        assert "administrative_reviews" not in figs and "administrative_lawsuits" not in figs


def test_a_shared_count_of_reviews_and_lawsuits_is_still_flagged() -> None:
    # near case: one number for both kinds of appeal cannot be split
    text = (
        "某某镇人民政府2023年政府信息公开工作年度报告\n"
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "2023年,我镇因政府信息公开被申请行政复议和提起行政诉讼共3件。\n"
    )
    assert "figures.coordinated" in _codes(text)


# --- one count of two outcomes joined -------------------------------------------------------

_APPS = (
    "某某区人民政府2022年政府信息公开工作年度报告\n"
    "二、依申请公开情况\n"
    "2022年,全区各行政机关共受理政府信息公开申请140件,答复136件。{sentence}\n"
)


def test_one_count_of_two_outcomes_joined_is_a_figure_of_neither() -> None:
    for s in ("其中同意公开或部分公开共52件。", "其中予以公开和部分公开的共52件。"):
        figs = _figures(_APPS.format(sentence=s))
        assert "applications_partially_granted" not in figs, s
        assert "applications_granted" not in figs, s
        assert figs["applications_received"] == [140]


def test_outcomes_each_with_its_own_count_still_read() -> None:
    # near case: a list of outcomes, each with its number
    figs = _figures(_APPS.format(sentence="其中予以公开40件,部分公开12件。"))
    assert figs["applications_granted"] == [40]
    assert figs["applications_partially_granted"] == [12]


# --- 特编制 / 特此编制 around the body's name in the preamble ------------------------------

_TAIL = "一、总体情况\n2023年,本办主动公开政府信息18条。\n"


def _identity(preamble: str) -> tuple[str | None, str | None]:
    report = gr.parse(preamble + "\n" + _TAIL)
    return report.agency, report.title


@pytest.mark.parametrize(
    ("preamble", "agency", "title"),
    [
        (
            "根据《中华人民共和国政府信息公开条例》要求,特编制某某市人民政府外事办公室2023年"
            "政府信息公开工作年度报告。",
            "某某市人民政府外事办公室",
            "某某市人民政府外事办公室2023年政府信息公开工作年度报告",
        ),
        (
            "根据《中华人民共和国政府信息公开条例》的有关规定,现向社会公布2022年某某市审计局"
            "政府信息公开工作年度报告。",
            "某某市审计局",
            "2022年某某市审计局政府信息公开工作年度报告",
        ),
        (
            "结合本局工作实际,特编制并向社会公布某某区统计局2016年度政府信息公开年度报告如下:",
            "某某区统计局",
            "某某区统计局2016年度政府信息公开年度报告",
        ),
    ],
)
def test_words_before_the_title_are_no_part_of_it(preamble: str, agency: str, title: str) -> None:
    # 特编制 (and 现向社会公布) stand before the title; neither is part of the name
    assert _identity(preamble) == (agency, title)


def test_techi_bianzhi_after_the_name_is_no_part_of_it() -> None:
    for verb in ("特此编制", "编制"):
        text = (
            "为贯彻落实《中华人民共和国政府信息公开条例》,某某县青山镇人民政府"
            f"{verb}2023年度政府信息公开工作年度报告。\n" + _TAIL
        )
        assert gr.parse(text).agency == "某某县青山镇人民政府", verb


def test_a_body_named_for_bianzhi_keeps_its_name() -> None:
    # near case: 机构编制委员会办公室 is a body's name, not the verb 编制
    text = "某某市机构编制委员会办公室2023年政府信息公开工作年度报告\n" + _TAIL
    assert gr.parse(text).agency == "某某市机构编制委员会办公室"


# --- a statistics page for part of a year is no annual report ------------------------------

_PART_YEAR_BODY = (
    "一、主动公开情况\n{when},全区各级行政机关共主动公开政府信息1320条。\n"
    "二、依申请公开情况\n{when},全区共受理政府信息公开申请96件,答复90件。\n"
)


@pytest.mark.parametrize("part", ["上半年", "第三季度", "前三季度", "1-6月"])
def test_a_part_year_statistics_page_is_no_annual_report(part: str) -> None:
    text = f"2023年{part}政府信息公开数据统计\n" + _PART_YEAR_BODY.format(when=f"2023年{part}")
    assert "report.not_a_report" in _codes(text)


def test_an_annual_report_that_speaks_of_its_first_half_is_one() -> None:
    # near case: the report's own title calls it a 年度报告
    text = "某某区2023年政府信息公开工作年度报告\n" + _PART_YEAR_BODY.format(when="2023年上半年")
    assert "report.not_a_report" not in _codes(text)


# --- 本镇政府 is a self-reference, no name --------------------------------------------------


@pytest.mark.parametrize("self_ref", ["本镇", "本乡", "全镇"])
def test_a_towns_self_reference_is_no_agency(self_ref: str) -> None:
    text = (
        f"特向社会公布2022年度{self_ref}政府信息公开年度报告。本报告中所列数据的统计期限自"
        "2022年1月1日起至2022年12月31日止。\n一、总体情况\n2022年,我镇主动公开政府信息40条。\n"
    )
    report = gr.parse(text)
    assert report.agency is None or not report.agency.startswith(self_ref)


def test_a_town_named_in_the_title_is_still_read() -> None:
    # near case: the town's own name
    text = (
        "特向社会公布2022年度某某县青山镇人民政府信息公开年度报告。\n"
        "一、总体情况\n2022年,我镇主动公开政府信息40条。\n"
    )
    assert gr.parse(text).agency == "某某县青山镇人民政府"


# --- a street office or a town named after its district government -------------------------


@pytest.mark.parametrize(
    ("contact", "agency"),
    [
        # a street office under its district government: the office is meant
        ("某某市东湖区人民政府西门街道办事处综合办公室", "某某市东湖区人民政府西门街道办事处"),
        # near case: the government's own office stands for the government
        ("某某市东湖区人民政府办公室", "某某市东湖区人民政府"),
    ],
)
def test_the_body_a_contact_line_names(contact: str, agency: str) -> None:
    text = (
        "本报告中所列数据的统计期限自2018年1月1日起,至2018年12月31日止。如对报告有任何疑问,"
        f"请与{contact}联系(电话:010-12345678)。\n"
        "一、概述\n2018年,主动公开政府信息30条。\n"
    )
    assert gr.parse(text).agency == agency


# --- a category of disclosed information named 咨询类 is no count of consultations ---------


def test_a_zixun_category_of_disclosed_information_is_no_consultation_count() -> None:
    text = (
        "某某街道2018年政府信息公开工作年度报告\n二、政府信息主动公开情况\n"
        "本街道2018年共主动公开政府信息300条。在主动公开的信息中,工作动态类信息200条,"
        "占总体比例约为66.7%;问题咨询类40条,占总体比例约为13.3%;通知公告类信息60条。\n"
    )
    figs = _figures(text)
    assert "consultations" not in figs
    assert figs["proactive_disclosures"] == [300]


def test_consultations_answered_are_still_read() -> None:
    # near case: a count of consultations the body answered
    text = (
        "某某街道2018年政府信息公开工作年度报告\n五、政府信息公开咨询情况\n"
        "2018年,本街道共接受群众咨询120人次。\n"
    )
    assert _figures(text)["consultations"] == [120]


# --- a 其中 list of some outcomes of appeals is no contradiction ---------------------------


def _breakdown_failed(text: str) -> bool:
    return "prose.breakdown" in [p.code for p in gr.parse(text).validate()]


def test_some_outcomes_of_lawsuits_after_their_total_are_no_contradiction() -> None:
    text = (
        "某某街道2018年政府信息公开工作年度报告\n四、复议、诉讼和申诉办理情况\n"
        "2018年,本街道因政府信息公开被提起行政诉讼案件5件,其中2件已撤回,1件不予立案。\n"
    )
    assert not _breakdown_failed(text)


def test_parts_of_another_kind_that_do_not_add_up_are_still_flagged() -> None:
    # near case: channels of applications that do not add up to their total
    text = (
        "某某街道2018年政府信息公开工作年度报告\n三、依申请公开情况\n"
        "2018年,本街道共收到政府信息公开申请10件,其中当面申请3件,网上申请4件。\n"
    )
    assert _breakdown_failed(text)


# --- a row label named inside another row's bracketed note is no row ---------------------


def test_table2_labels_inside_a_rows_note_are_no_rows() -> None:
    text = (
        "某某市水务局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
        "第二十条第(五)项 |\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
        "行政许可 | 6 | 2 | 40 |\n"
        "其他对外管理服务事项(指行政许可以外的事项,含行政确认、行政处罚、行政强制等) "
        "| 75 | 3 | 120 |\n"
        "第二十条第(六)项 |\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
        "行政处罚 | 30 | 0 | 12 |\n行政强制 | 5 | 1 | 2 |\n"
    )
    ad = gr.parse(text).active_disclosure
    assert ad is not None
    assert ad.licensing is not None and ad.licensing.decisions == 40
    assert ad.other_services is not None and ad.other_services.decisions == 120
    assert ad.penalties is not None and ad.penalties.decisions == 12
    assert ad.coercive_measures is not None and ad.coercive_measures.decisions == 2


# --- a page that is only a statistics table with numbers is a report ------------------------

_T2_ONLY = (
    "现将我局2021年度政府信息公开情况报告如下。\n"
    "第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
    "规章 | {a} | {b} | {c} |\n行政规范性文件 | {a} | {b} | {c} |\n"
)


def test_a_page_holding_table2_with_numbers_is_no_non_report() -> None:
    codes = _codes(_T2_ONLY.format(a=1, b=0, c=7))
    assert "report.not_a_report" not in codes


def test_a_page_holding_an_empty_table2_is_still_doubted() -> None:
    # near case: a template of the table with no number in it reports nothing
    codes = _codes(_T2_ONLY.format(a="", b="", c=""))
    assert "report.not_a_report" in codes


# --- 应当在政府信息公开年度报告… is a sentence, not a title ----------------------------------


def test_a_sentence_about_what_reports_should_say_gives_no_name_or_title() -> None:
    text = (
        "某某市人民政府办公室:\n来函收悉。现答复如下:\n根据《条例》规定,应当在政府信息公开年度报告"
        "中列明的行政诉讼案件,只计算原行为主体的案件数量。\n特此函复。\n"
    )
    report = gr.parse(text)
    assert report.agency is None or "应当" not in report.agency
    assert report.title is None or "应当" not in report.title


def test_a_name_before_the_report_in_a_sentence_is_still_read() -> None:
    # near case: a body named before its report
    text = (
        "现将某某市统计局2022年政府信息公开工作年度报告公布如下。\n"
        "一、总体情况\n主动公开信息20条。\n"
    )
    assert gr.parse(text).agency == "某某市统计局"
