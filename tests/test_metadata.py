"""Report identity: agency, year, statistics period, title, template (issue 3, Metadata).

The fixtures are written for these tests in the official formats, with invented place names
(云溪, 青禾) and numbers; the real reports are read from ../shared only by the last tests,
which skip when it is absent.
"""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_reports as gr
from govinfo_reports.metadata import Metadata, read_metadata
from govinfo_reports.model import Period, Section, Severity, Template
from govinfo_reports.normalize import Normalized, normalize
from govinfo_reports.outline import read_outline
from shared_data import SHARED, shared_items


def meta(text: str, sections: tuple[Section, ...] = ()) -> Metadata:
    return read_metadata(normalize(text), sections)


def codes(m: Metadata) -> list[str]:
    return [p.code for p in m.problems]


PREAMBLE = "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,编制本报告。\n一、概述\n"


# --------------------------------------------------------------------------------------
# agency and year from the title line


@pytest.mark.parametrize(
    ("text", "agency", "year"),
    [
        # agency + year + 政府信息公开…报告 on its own line
        (
            "青禾市人力资源和社会保障局2016年政府信息公开工作年度报告\n" + PREAMBLE,
            "青禾市人力资源和社会保障局",
            2016,
        ),
        # the year first without 年, the 政府 of 政府信息公开 after the agency
        (
            "2013青禾市人力资源和社会保障局政府信息公开工作年度报告\n引 言\n本年度报告…",
            "青禾市人力资源和社会保障局",
            2013,
        ),
        # 人民政府 + 信息公开 overlap: the 政府 belongs to the agency
        ("2017年云溪县人民政府信息公开年度报告\n" + PREAMBLE, "云溪县人民政府", 2017),
        # a garbled word order
        ("2009年政府云溪区人事劳动局信息公开工作年度报告\n" + PREAMBLE, "云溪区人事劳动局", 2009),
        # word order 年度工作报告, 年度 without 年度报告
        (
            "青禾省人力资源和社会保障厅2014年政府信息公开年度工作报告\n",
            "青禾省人力资源和社会保障厅",
            2014,
        ),
        ("云溪市水利局2012年度政府信息公开工作报告\n一、基本情况\n", "云溪市水利局", 2012),
        # a title split over two lines, either way
        (
            "云溪市人民政府2018年\n政府信息公开工作年度报告\n云溪市人民政府办公室\n2019年3月\n"
            + PREAMBLE,
            "云溪市人民政府",
            2018,
        ),
        ("云溪市人社局\n2016年政府信息公开工作年度报告\n一、概述\n", "云溪市人社局", 2016),
        (
            "      云溪区人民政府\n   2023 年政府信息公开工作年度报告\n\n   本报告由…",
            "云溪区人民政府",
            2023,
        ),
        # page metadata line (full-width colon) and page chrome with a publication date
        (
            "标题：云溪新区2020年度政府信息公开工作年度报告\n发布时间：2021-02-01 10:00\n"
            + PREAMBLE,
            "云溪新区",
            2020,
        ),
        # the title inside the preamble
        (
            "根据《条例》的规定,现公布云溪市生态环境局2021年政府信息公开工作年度报告。本报告…",
            "云溪市生态环境局",
            2021,
        ),
        (
            "根据《条例》,特向社会公布云溪区交通运输局2018年度政府信息公开年度报告。",
            "云溪区交通运输局",
            2018,
        ),
        (
            "根据有关规定,现将2020年度市人力资源社会保障局信息公开工作总结报告如下。\n一、总体情况\n",
            "市人力资源社会保障局",
            2020,
        ),
        # 关于…的报告, Taiwan wording 資訊, 政务公开
        (
            "云溪市交通运输局关于2019年政府信息公开工作情况的报告\n一、总体情况\n",
            "云溪市交通运输局",
            2019,
        ),
        (
            "關於雲溪市衛生健康委員會2020年政府資訊公開工作年度報告\n一、總體情況\n",
            "云溪市卫生健康委员会",
            2020,
        ),
        ("云溪区2020年政务公开工作年度报告\n一、总体情况\n", "云溪区", 2020),
        # bodies named by other suffixes
        ("云溪海关2020年政府信息公开工作年度报告\n一、总体情况\n", "云溪海关", 2020),
        (
            "中国人民银行云溪市中心支行2020年政府信息公开工作年度报告\n一、总体情况\n",
            "中国人民银行云溪市中心支行",
            2020,
        ),
        (
            "国家税务总局云溪市税务局2021年政府信息公开工作年度报告\n一、总体情况\n",
            "国家税务总局云溪市税务局",
            2021,
        ),
        # the year after the title
        ("云溪区人民政府信息公开工作年度报告\n(2019年度)\n" + PREAMBLE, "云溪区人民政府", 2019),
        # Chinese-numeral years
        ("二〇一九年云溪县人民政府信息公开工作年度报告\n" + PREAMBLE, "云溪县人民政府", 2019),
        ("云溪县统计局二○二一年度政府信息公开工作年度报告\n", "云溪县统计局", 2021),
        # an infographic's words before the name
        ("一图读懂云溪市生态环境局2022年政府信息公开工作年度报告\n", "云溪市生态环境局", 2022),
        ("一图解读云溪市生态环境局2022年政府信息公开工作年度报告\n", "云溪市生态环境局", 2022),
        ("图解云溪县人民政府2021年政府信息公开工作年度报告\n", "云溪县人民政府", 2021),
        ("云溪市图书馆2022年政府信息公开工作年度报告\n", "云溪市图书馆", 2022),
        # 的 before 年度报告
        ("云溪市财政局关于2020年度政府信息公开工作的年度报告\n", "云溪市财政局", 2020),
        ("云溪市财政局2020年度政府信息公开工作的年度报告\n", "云溪市财政局", 2020),
    ],
)
def test_title_line(text: str, agency: str, year: int) -> None:
    m = meta(text)
    assert (m.agency, m.year) == (agency, year)
    assert m.title is not None and m.title.endswith("报告")
    assert "identity.year_missing" not in codes(m)
    assert "identity.agency_missing" not in codes(m)


def test_title_field() -> None:
    m = meta("  云溪区人民政府\n  2023 年政府信息公开工作年度报告\n" + PREAMBLE)
    assert m.title == "云溪区人民政府2023年政府信息公开工作年度报告"
    assert meta(PREAMBLE + "2015年,我局认真贯彻《条例》。").title is None


def test_traditional_input_is_read_after_normalization() -> None:
    text = (
        "雲溪市人力資源和社會保障局2016年政府信息公開工作年度報(bào)告\n"
        "本報告所列數據的統計期限自2016年1月1日起至2016年12月31日止。\n一、概述\n"
    )
    m = meta(text)
    assert m.agency == "云溪市人力资源和社会保障局"
    assert m.year == 2016
    assert m.period == Period(date(2016, 1, 1), date(2016, 12, 31))


def test_html_page_is_read_as_its_text() -> None:
    page = (
        "<html><head><meta name='PubDate' content='2020-01-20'></head><body>"
        "<p><span>云溪市</span><span>交通运输局</span><span>2019年政府信息公开工作年度报告</span></p>"
        "<p>本报告统计期限自<b>2019年1月1日</b>至2019年12月31日。</p><p>一、总体情况</p>"
        "</body></html>"
    )
    m = meta(page)
    assert (m.agency, m.year) == ("云溪市交通运输局", 2019)
    assert m.period == Period(date(2019, 1, 1), date(2019, 12, 31))
    assert m.title == "云溪市交通运输局2019年政府信息公开工作年度报告"


def test_full_width_punctuation() -> None:
    m = meta(
        "根据《条例》，现发布云溪市民政局２０１７年政府信息公开工作年度报告。统计期限：自2017年1月1日至2017年12月31日。"
    )
    assert (m.agency, m.year) == ("云溪市民政局", 2017)
    assert m.period is not None and m.period.end == date(2017, 12, 31)


# --------------------------------------------------------------------------------------
# agency from the preamble, a signature, the body, the contact line


def test_compiled_by_office_names_its_government() -> None:
    m = meta(
        "本报告由云溪市人民政府办公室根据《条例》要求编制。报告中所列数据统计期限自2022年1月1日至2022年12月31日止。"
    )
    assert m.agency == "云溪市人民政府"
    assert m.year == 2022


def test_compiled_by_disclosure_office_names_the_region() -> None:
    m = meta(
        "本报告由青禾市人民政府信息公开工作领导小组办公室根据《条例》要求,汇总各部门情况编制而成。"
    )
    assert m.agency == "青禾市"


def test_city_wide_report_named_by_its_regulations() -> None:
    text = (
        "一、概述\n2014年度报告根据《中华人民共和国政府信息公开条例》和《\n青禾市政府信息公开规定》的要求,"
        "由市政府办公厅综合各区(县)人民政府和市政府各委、办、局的年度报告编制而成。"
    )
    assert meta(text).agency == "青禾市"
    # without the regulations the text does not say which city
    assert meta(text.replace("青禾市政府信息公开规定", "有关规定")).agency is None


def test_signature_block_before_the_body() -> None:
    m = meta(
        "\n云溪市人民政府\n2015年3月\n本年度报告是根据《条例》要求编写而成。统计期限自2014年1月1日起至2014年12月31日止。"
    )
    assert m.agency == "云溪市人民政府"
    assert m.year == 2014  # 2015年3月 is when it was signed


def test_signature_at_the_end_of_a_letter() -> None:
    text = (
        "省政府办公厅: 现将我区2016年政府信息公开工作要点落实情况函告如下: … "
        "云溪新区管委会办公室 2016年12月10日"
    )
    m = meta(text)
    assert m.agency == "云溪新区管委会办公室"
    assert m.year == 2016


def test_subject_of_the_overview() -> None:
    m = meta(
        "根据《条例》规定,编制本报告。\n一、总体情况\n(一)主动公开\n"
        "2019 年,云溪市人社局通过多种渠道主动公开信息120条。"
    )
    assert m.agency == "云溪市人社局"


def test_subject_of_the_preamble_without_place_name() -> None:
    m = meta(
        "《条例》颁布施行以来,市劳动保障局按照市政府统一部署,扎实推进政府信息公开工作。现将2008年工作情况报告如下:\n一、建立机构\n"
    )
    assert m.agency == "市劳动保障局"
    assert m.year == 2008


def test_clipped_name_without_place_is_only_an_alias() -> None:
    m = meta(
        "根据有关要求,现将我厅2014年政府信息公开工作情况报告如下:\n一、重点工作\n2014年,省人社厅通过网站、报纸等渠道公开信息。"
    )
    assert m.agency is None
    assert m.agency_alias == "省人社厅"
    assert m.year == 2014


def test_self_reference_only_gives_no_agency() -> None:
    text = (
        "一、概述\n我局政府信息公开工作在市政府领导下推进。按照《云溪市劳动和社会保障局信息公开指南》,"
        "我局及时公开信息。本报告可在我局门户网站“云溪人力资源和社会保障局网站”下载。"
    )
    m = meta(text)
    assert m.agency is None  # names in 《》 and “” are documents and websites
    assert m.agency_alias == "我局"


def test_alias_is_another_name_the_report_gives_itself() -> None:
    m = meta(
        "云溪区地方税务局2013年信息公开年度报告\n根据《条例》,特向社会公布2013年度云溪县地税局"
        "信息公开年度报告。\n一、概述\n我局推进公开。"
    )
    assert (m.agency, m.agency_alias) == ("云溪区地方税务局", "云溪县地税局")


def test_clipped_name_in_the_body_is_the_alias_when_no_name_is_given() -> None:
    m = meta("一、概述\n2013年,我局依托市政府网站和市人社局门户网站公开信息。")
    assert (m.agency, m.agency_alias) == (None, "市人社局")


def test_a_government_without_name_is_not_an_agency() -> None:
    m = meta("一、政府信息公开总体工作情况\n(一)组织机构建设情况。市政府进一步理顺了管理体制。")
    assert m.agency is None


def test_contact_line() -> None:
    m = meta(
        "本报告电子版可在门户网站下载。如对本报告有疑问,请与云溪市司法局办公室联系(地址:云溪大道1号)。\n一、概述\n"
    )
    assert m.agency == "云溪市司法局"


@pytest.mark.parametrize(
    ("office", "agency"),
    [
        ("青禾街道办事处", "青禾街道办事处"),  # a street's own name, no place before it
        ("青禾乡人民政府党政办", "青禾乡人民政府"),  # the town's office answers for it
        ("青禾乡党政办", "青禾乡"),
        ("青禾街道办事处办公室", "青禾街道办事处"),
        ("云溪市人民政府办公室", "云溪市人民政府"),
        ("某某学院党政办公室", None),  # an office of no government body
        ("政务公开办公室", None),
    ],
)
def test_contact_line_names_a_town_or_its_office(office: str, agency: str | None) -> None:
    text = f"本报告电子版可在门户网站下载。如对本报告有疑问,请与{office}联系(地址:青禾路1号)。"
    text += "\n一、概述\n"
    assert meta(text).agency == agency


def test_the_count_sentence_names_the_unit() -> None:
    text = (
        "根据有关要求,我局对2017年度政府信息公开工作情况报告如下:\n一、工作情况\n二、主动公开\n"
        "截止2017年12月31号为止,云溪开发区门户网站区劳动监察局共上传政务信息40篇。"
    )
    m = meta(text)
    assert m.agency == "区劳动监察局"
    assert m.notes  # said where the name came from


def test_ministry_in_the_body_is_not_the_agency() -> None:
    text = "一、概述\n人力资源社会保障部通过网站发布通知。\n2016年,我局共主动公开信息30条。"
    assert meta(text).agency is None


# --------------------------------------------------------------------------------------
# year


def test_publication_date_is_not_the_year() -> None:
    text = (
        "云溪县人力资源和社会保障局2015年政府信息公开工作年度报告\n发布日期: 2016- 03- 05 09: 20\n"
        "时间:2016-03-05 00:00 大 中 小\n"
        + PREAMBLE
        + "2015年,我局…\n云溪县人力资源和社会保障局\n2016年3月1日"
    )
    assert meta(text).year == 2015


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "时间:2016-03-05\n根据《条例》,现将我局2015年度政府信息公开工作情况报告如下:\n一、概述\n",
            2015,
        ),
        ("一、总体情况\n2025年,我厅坚持以人民为中心,推进政务公开。", 2025),
        (
            "一、概述\n(一)基本情况。2017年以来,我局高度重视信息公开工作。\n2017年共主动公开信息12条。",
            2017,
        ),
        ("二、主动公开\n全年共公开信息10条。\n2018年共受理申请3件。", 2018),
        # a report that names its year once, in the prose
        ("一、概述\n我局认真落实公开规定,全面、及时地将2009年劳动保障法规向社会公开。", 2009),
    ],
)
def test_year_from_the_text(text: str, year: int) -> None:
    assert meta(text).year == year


def test_inferred_year_is_noted() -> None:
    m = meta("一、概述\n我局认真落实公开规定,全面、及时地将2009年劳动保障法规向社会公开。")
    assert m.year == 2009 and m.notes


@pytest.mark.parametrize(
    "text",
    [
        "一、概述\n我局对2003年以来的政府信息进行了梳理,及时公开信息17条。",
        "发布时间:2016-03-05 10:00\n一、政府信息公开工作情况\n市档案馆全年共接收公开信息件160份。",
        "一、概述\n我局在《关于2014年政府信息公开工作的通知》要求下,按照2015年的安排和2016年的计划推进信息公开。",
    ],
)
def test_year_missing(text: str) -> None:
    m = meta(text)
    assert m.year is None
    problem = next(p for p in m.problems if p.code == "identity.year_missing")
    assert problem.severity is Severity.WARNING
    assert "年度" in problem.message


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        # only a self-reference: 我局 is no name a reader can file the report under
        ("2019年政府信息公开工作年度报告\n" + PREAMBLE + "2019年,我局共主动公开信息12条。", "我局"),
        # a clipped name with its level and no place
        ("一、概述\n2014年,省人社厅全年主动公开政府信息350条。", "省人社厅"),
        # nothing at all
        ("一、概述\n2015年,全年主动公开政府信息25条,未收到政府信息公开申请。", None),
    ],
)
def test_agency_missing(text: str, alias: str | None) -> None:
    m = meta(text)
    assert m.agency is None and m.year is not None
    problem = next(p for p in m.problems if p.code == "identity.agency_missing")
    assert problem.severity is Severity.WARNING
    assert "机关" in problem.message
    if alias is None:
        assert "“" not in problem.message
    else:
        assert f"“{alias}”" in problem.message


def test_agency_missing_needs_a_report() -> None:
    # text that does not look like a report says nothing of an agency
    assert "identity.agency_missing" not in codes(meta("2019年,天气很好,雨水12天。"))
    # a named agency: no problem, whatever else is missing
    m = meta("云溪县统计局政府信息公开工作年度报告\n" + PREAMBLE + "全年公开信息12条。")
    assert m.agency == "云溪县统计局" and "identity.agency_missing" not in codes(m)


def test_no_problem_for_text_that_is_not_a_report() -> None:
    assert meta("今天天气很好。").problems == ()
    assert meta("").problems == ()


# --------------------------------------------------------------------------------------
# period


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "本报告所列数据的统计期限自2014年1月1日起,至2014年12月31日止。",
            date(2014, 1, 1),
            date(2014, 12, 31),
        ),
        ("报告数据统计期限为2019年1月1日至2019年12月31日。", date(2019, 1, 1), date(2019, 12, 31)),
        # end year omitted
        (
            "本年度报告中所列数据的统计期限自2012年1月1日起至12月31日止。",
            date(2012, 1, 1),
            date(2012, 12, 31),
        ),
        (
            "本年度报告中所列数据的统计期限从2012年1月1日到12月31日止。",
            date(2012, 1, 1),
            date(2012, 12, 31),
        ),
        # pdftotext spacing and a line break
        (
            "报告中所列数据统计期限自 2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止。",
            date(2023, 1, 1),
            date(2023, 12, 31),
        ),
        # an end that is not 31 December is recorded as printed
        (
            "本报告中所列数据的统计期限自2018年1月1日起至2018年12月29日止。",
            date(2018, 1, 1),
            date(2018, 12, 29),
        ),
        # numeric dates
        ("本报告所列数据统计期限为2019.1.1—2019.12.31。", date(2019, 1, 1), date(2019, 12, 31)),
        ("统计时限:2020/01/01至2020/12/31。", date(2020, 1, 1), date(2020, 12, 31)),
        ("数据统计期限:2021-01-01至2021-12-31。", date(2021, 1, 1), date(2021, 12, 31)),
        (
            "所列数据统计时限为二〇一九年一月一日至二〇一九年十二月三十一日。",
            date(2019, 1, 1),
            date(2019, 12, 31),
        ),
    ],
)
def test_period(sentence: str, start: date, end: date) -> None:
    m = meta(sentence + "\n一、概述\n")
    assert m.period == Period(start, end)
    assert m.year == start.year
    assert "identity.period_mismatch" not in codes(m)


def test_period_without_year_takes_the_title_year() -> None:
    m = meta(
        "云溪市财政局2020年政府信息公开工作年度报告\n本报告中所列数据统计期限为1月1日至12月31日。"
    )
    assert m.period == Period(date(2020, 1, 1), date(2020, 12, 31))


def test_period_without_any_year_is_not_invented() -> None:
    m = meta("本报告中所列数据统计期限为1月1日至12月31日。\n一、概述\n")
    assert m.period is None


@pytest.mark.parametrize(
    "text",
    [
        # a range that is not the period
        "一、概述\n2019年1月1日至2019年6月30日,我局开展了专项行动。",
        "本报告统计期限自2019年2月30日至2019年12月31日。",  # no such day
        "本报告统计期限自2019年12月31日至2019年1月1日。",  # backwards
    ],
)
def test_no_period(text: str) -> None:
    assert meta(text).period is None


def test_period_mismatch() -> None:
    text = (
        "云溪市商务局2020年政府信息公开工作年度报告\n"
        "本报告所列数据统计期限自2019年1月1日至2019年12月31日。"
    )
    m = meta(text)
    assert m.year == 2020
    assert m.period == Period(date(2019, 1, 1), date(2019, 12, 31))
    problem = next(p for p in m.problems if p.code == "identity.period_mismatch")
    assert problem.severity is Severity.WARNING
    assert "2019年1月1日" in problem.message and "2020" in problem.message
    assert problem.expected == 2020


# --------------------------------------------------------------------------------------
# template

STANDARD_BODY = (
    "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
    "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n"
)


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("云溪市2021年政府信息公开工作年度报告\n" + STANDARD_BODY, Template.STANDARD_2021),
        ("云溪市2020年政府信息公开工作年度报告\n" + STANDARD_BODY, Template.STANDARD_2019),
        (
            "云溪市2019年政府信息公开工作年度报告\n"
            + STANDARD_BODY
            + "信息内容 本年制发件数 本年废止件数",
            Template.STANDARD_2021,
        ),
        (
            "云溪市2022年政府信息公开工作年度报告\n"
            + STANDARD_BODY
            + "本年新制作数量 本年新公开数量",
            Template.STANDARD_2019,
        ),
        (
            "云溪市2016年政府信息公开工作年度报告\n一、概述\n二、主动公开政府信息情况\n",
            Template.NARRATIVE,
        ),
        (STANDARD_BODY, None),  # standard headings, no year, no columns
        ("一、概述\n我局推进公开。", None),
    ],
)
def test_template(text: str, template: Template | None) -> None:
    assert meta(text).template == template


def test_template_from_section_titles() -> None:
    sections = tuple(
        Section(level=1, number=n, ordinal=i, title=t)
        for i, (n, t) in enumerate(
            [("一", "总体情况"), ("三", "收到和处理政府信息公开申请情况")], start=1
        )
    )
    assert meta("2019年,我局…", sections).template is Template.STANDARD_2019
    assert meta("2019年,我局…").template is Template.STANDARD_2019  # by year alone, too


def test_other_format_columns_are_noted() -> None:
    text = (
        "云溪市2019年政府信息公开工作年度报告\n"
        + STANDARD_BODY
        + "信息内容 本年制发件数 本年废止件数"
    )
    m = meta(text)
    assert m.template is Template.STANDARD_2021
    assert m.template_note is not None
    assert "2019年度" in m.template_note and "2021" in m.template_note
    # the format that belongs to the year needs no note
    m = meta(text.replace("2019年", "2021年"))
    assert m.template is Template.STANDARD_2021
    assert m.template_note is None
    m = meta("云溪市2022年政府信息公开工作年度报告\n" + STANDARD_BODY + "本年新制作数量")
    assert m.template_note is not None
    assert "2022年度" in m.template_note and "2019" in m.template_note


# --------------------------------------------------------------------------------------
# not a report


LETTER = (
    "关于2016年政府信息公开工作要点落实情况的函\n"
    "省政府办公厅:\n根据《关于做好2016年政府信息公开工作年度报告有关事项的通知》要求,"
    "现将我区2016年政府信息公开工作要点落实情况函告如下:\n"
    "一、工作情况\n(一)深化公开。内容。\n(二)完善机制。内容。\n二、存在问题\n内容。\n"
    "云溪新区管委会办公室\n2016年12月10日"
)


def test_a_letter_is_not_a_report() -> None:
    norm = normalize(LETTER)
    m = read_metadata(norm, read_outline(norm))
    problem = next(p for p in m.problems if p.code == "report.not_a_report")
    assert problem.severity is Severity.WARNING and "函" in problem.message
    assert m.year == 2016  # what it covers is still read


def test_numbered_text_about_something_else_is_not_a_report() -> None:
    text = (
        "关于做好春节期间安全工作的通知\n各区县:\n"
        "一、高度重视\n各单位要提高认识。\n二、加强值班\n严格执行值班制度。"
    )
    norm = normalize(text)
    sections = read_outline(norm)
    assert len(sections) == 2  # the outline is real, the document is no report
    m = read_metadata(norm, sections)
    assert codes(m) == ["report.not_a_report"]


def test_a_report_that_cites_a_letter_is_a_report() -> None:
    text = (
        "云溪市民政局2016年政府信息公开工作年度报告\n根据省政府办公厅《关于报送年度报告的函》,"
        "编制本报告。\n一、概述\n内容。\n二、主动公开情况\n内容。"
    )
    norm = normalize(text)
    m = read_metadata(norm, read_outline(norm))
    assert "report.not_a_report" not in codes(m)
    norm = normalize(
        LETTER.replace(
            "关于2016年政府信息公开工作要点落实情况的函", "云溪新区2016年政府信息公开工作年度报告"
        )
    )
    m = read_metadata(norm, read_outline(norm))
    assert "report.not_a_report" not in codes(m)


# --------------------------------------------------------------------------------------
# never raise, linear time


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            "年月日至自起止由局市区县人民政府信息公开工作年度报告2019〇一二三,。\n《》() :"
            "我本统计期限"
        )
    )
    | st.text()
)
def test_never_raises(text: str) -> None:
    m = meta(text)
    assert isinstance(m, Metadata)
    assert m.year is None or 1990 <= m.year <= 2099
    assert m.agency is None or (m.agency and not any(c.isspace() for c in m.agency))
    if m.period is not None:
        assert m.period.start <= m.period.end


@pytest.mark.parametrize(
    "unit",
    [
        "人",
        "2019年",
        "由云溪市",
        "信息公开工作年度报告",
        "统计期限自2019年1月1日起至",
        "\n某市局通过",
        "《",
        "报(bào)",
    ],
)
def test_linear_time_on_a_long_line(unit: str) -> None:
    text = unit * (1_000_000 // len(unit))
    norm = Normalized(source=text, text=text, starts=(0,))  # the reader only reads .text
    t0 = time.perf_counter()
    read_metadata(norm, ())
    assert time.perf_counter() - t0 < 5.0


# --------------------------------------------------------------------------------------
# the real reports (../shared)


def _got(m: Metadata) -> dict[str, object]:
    period = [m.period.start.isoformat(), m.period.end.isoformat()] if m.period else None
    return {"agency": m.agency, "year": m.year, "period": period}


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="../shared is absent")
def test_seeds_identity_exact() -> None:
    for name, src, expected in shared_items():
        if not name.startswith("seed/"):
            continue
        got = _got(meta(src.read_text(encoding="utf-8")))
        for key in ("agency", "year", "period"):
            assert got[key] == expected.get(key), (name, key)


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is absent")
def test_corpus_identity_accuracy() -> None:
    right = {"agency": 0, "year": 0, "period": 0}
    total = dict.fromkeys(right, 0)
    misses = []
    for name, src, expected in shared_items():
        if name.startswith("seed/"):
            continue
        got = _got(meta(src.read_text(encoding="utf-8", errors="replace")))
        for key in right:
            if key in expected:
                total[key] += 1
                if got[key] == expected[key]:
                    right[key] += 1
                else:
                    misses.append((name, key, expected[key], got[key]))
    assert total["year"] >= 50
    assert right["year"] == total["year"], misses
    assert right["agency"] >= 0.95 * total["agency"], misses
    assert right["period"] >= 0.95 * total["period"], misses


def test_windowed_scans_find_the_whole_scans_matches() -> None:
    """The subject and period readers try their patterns only where a match can start;
    they find exactly what the whole-text scans find."""
    import random

    from govinfo_reports import metadata as md

    rnd = random.Random(12)
    pieces = [
        *"2019年 \t\n,。、本局我市人民政府通过按照共积极在以将月日号起至到~-—.－/0123456789",
        *("二〇一九", "2020", "年度", "以来", "某某县人力资源和社会保障局", "12月31日", "1月1日"),
        *("2019.1.1", "—2019.12.31", "2020-01-01", "统计期限", "\n2018年,"),
        *("２０１９", "一九九九", "2019   年", "2019    年", "“", "\r", "\u3000", "二〇二一 年"),
    ]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        # (less a run right after 、, the last of names coordinated: _subject_runs skips it)
        whole = [
            m.group("run")
            for m in md._SUBJECT.finditer(text)
            if m.start() == 0 or text[m.start() - 1] != "、"
        ]
        assert list(md._subject_runs(text)) == whole, text
        body = [
            m.group("run")
            for m in md._SUBJECT_BODY.finditer(text)
            if m.group("yp") is not None or m.start() == 0 or text[m.start() - 1] == "\n"
        ]
        assert list(md._subject_body_runs(text)) == body, text
        spans = [m.span() for m in md._PERIOD.finditer(text)]
        assert [m.span() for m in md._period_matches(text)] == spans, text


def test_anchor_from_its_open_finds_the_anchors_matches() -> None:
    """_ANCHOR_AT_OPEN's matches, two characters earlier, are _ANCHOR's; the segment walk
    back to the last stop character is the regex's."""
    import random

    from govinfo_reports import metadata as md

    rnd = random.Random(7)
    pieces = [
        *("信息", "资讯", "政务", "公开", "工作", "年度", "总结", "情况", "的", "报告", "年报"),
        *"信息资讯政务公开报告年,。《》\n 2019县局",
    ]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        whole = [m.span() for m in md._ANCHOR.finditer(text)]
        assert [(m.start() - 2, m.end()) for m in md._ANCHOR_AT_OPEN.finditer(text)] == whole
        lo, start = sorted((rnd.randint(0, len(text)), rnd.randint(0, len(text))))
        i = start
        while i > lo and text[i - 1] not in md._SEG_STOP:
            i -= 1
        m = md._TO_LAST_SEG_STOP.match(text, lo, start)
        assert (m.end() if m is not None else lo) == i, (text, lo, start)


def test_numeric_period_starts_are_the_separator_scans() -> None:
    """The separators found by str.find are those _NUMERIC_PERIOD_SEP finds, in order."""
    import random

    from govinfo_reports import metadata as md

    rnd = random.Random(3)
    pieces = [*"./-0129中 \n", "19", "20", "2019", "2020.", "2019-1-1", ".2", "2020/12/31"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 24)))
        want = [m.start() - 4 for m in md._NUMERIC_PERIOD_SEP.finditer(text)]
        assert md._numeric_period_starts(text) == want, text
        padded = text + "中" * (len(text) * md._SEP_DENSITY)  # found by str.find
        assert md._numeric_period_starts(padded) == want, text
        # many separators, few 19s and 20s: tried from the centuries
        sparse = "中中中." * 80 + text + "中" * (120 * 4 * md._SEP_DENSITY)
        want = [m.start() - 4 for m in md._NUMERIC_PERIOD_SEP.finditer(sparse)]
        assert md._numeric_period_starts(sparse) == want, text
        # any range of starts: those of the whole text in it
        for whole in (text, padded, sparse):
            every = md._numeric_period_starts(whole)
            lo, hi = sorted((rnd.randint(0, len(whole)), rnd.randint(0, len(whole))))
            got = md._numeric_period_starts(whole, lo, hi)
            assert got == [s for s in every if lo <= s < hi], (whole, lo, hi)


def test_prefiltered_template_and_report_searches() -> None:
    """The template marks and the report test are searched only where one of their words
    stands, and the heading count stops once 4 cannot be reached: the same answers."""
    import random

    from govinfo_reports import metadata as md

    rnd = random.Random(4)
    words = [*md._STANDARD_HEADINGS, "公开", "件数", "数量", "信息", "年度报告", "x", "\n"]
    words += ["国办公开办函〔2021〕", "本年制发件数", "采购总金额", "本年新公开数量", "政务公开"]
    words += ["收到和处理政府信息公开申请", "国办公开办函〔2019〕", "政府信息"]
    for _ in range(3000):
        text = "".join(rnd.choice(words) for _ in range(rnd.randint(0, 6)))
        heads = [rnd.choice(words) for _ in range(rnd.randint(0, 3))]
        titles = " ".join(heads)
        sections = tuple(Section(1, "一", 1, h) for h in heads)
        hay = md._Hay(text, sections)
        assert (hay.text, hay.titles) == (text, titles)
        for pattern, needles in (
            (md._STANDARD_MARK, ("公开申请", "公开办函")),
            (md._MARK_2021, ("公开", "件数")),
            (md._MARK_2019, ("数量", "采购总金额")),
        ):
            plain = any(pattern.search(t) is not None for t in (text, titles))
            assert md._found(pattern, hay, needles) == plain, (text, titles)
        hits = sum(1 for h in md._STANDARD_HEADINGS if h in text or h in titles)
        assert (md._heading_hits(text, md._Hay(text, sections)) >= 4) == (hits >= 4), text
        assert md._looks_like_report(text) == (md._LOOKS_LIKE_REPORT.search(text) is not None)


def test_fast_forms_of_the_heading_self_and_compiled_by_scans() -> None:
    """_HEADING1_HINT finds its hints on the same lines as the plain alternation, _SELF
    and _COMPILED_BY (on re) find what their plain forms (on regex) find."""
    import random
    import re

    import regex

    from govinfo_reports import metadata as md

    hint = re.compile(r"一[ \t]*[、.,]|第一部分")
    self_ = re.compile(
        r"(?:我|(?<![资基成根样文版课书账剧副范蓝标脚读])本)"
        r"(?:局|厅|委|办|区|市|县|省|部|署|院|单位|中心)"
    )
    compiled = regex.compile(md._COMPILED_BY.pattern)
    rnd = random.Random(5)
    pieces = [
        *"一第部分、., \t\n我本局厅委单位中心由根据编制在。",
        *("第一部分", "一、", "一 .", "本单位", "我中心", "由县政府办公室编制", "由本局汇总"),
    ]

    def lines(p: re.Pattern[str], text: str) -> list[int]:
        return sorted({text.count("\n", 0, m.start()) for m in p.finditer(text)})

    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        assert lines(md._HEADING1_HINT, text) == lines(hint, text), text
        assert [m.span() for m in md._SELF.finditer(text)] == [
            m.span() for m in self_.finditer(text)
        ]
        assert [(m.span(), m.group("run")) for m in md._COMPILED_BY.finditer(text)] == [
            (m.span(), m.group("run")) for m in compiled.finditer(text)
        ]


def test_period_candidates_are_the_merged_scans() -> None:
    """_period_candidates gives the merged _PERIOD and numeric matches, in order."""
    import heapq
    import random

    from govinfo_reports import metadata as md

    rnd = random.Random(21)
    pieces = [
        *("2019年1月1日起至2019年12月31日", "2019.1.1—2019.12.31", "2019/01/01至2019/12/31"),
        *("2019-01-01至2019-12-31", "1月1日至12月31日", "2020.", "19", "20", ".", "-", "/"),
        *("统计期限", "。", "\n", "月", "日", "年", "至", " ", "1", "12", "a"),
    ]
    filler = "本机关依法公开政府信息并接受社会监督" * 3  # (few separators: found by str.find)
    for k in range(3000):
        parts = [rnd.choice(pieces) for _ in range(rnd.randint(0, 30))]
        if k % 2:
            parts = [p + filler for p in parts]
        text = "".join(parts)
        want = heapq.merge(
            md._PERIOD.finditer(text), md._PERIOD_NUMERIC.finditer(text), key=lambda m: m.start()
        )
        got = md._period_candidates(text)
        assert [m.span() for m in got] == [m.span() for m in want], text


def test_tidy_title_without_inner_blanks_skips_its_pattern() -> None:
    """A title with no blank run between two characters is what _INNER_SPACE leaves; one
    without _TITLE_LEAD's words or first characters what it leaves."""
    import random

    from govinfo_reports import metadata as md

    rnd = random.Random(22)
    alphabet = [*"报告年度2019 \t\u3000\xa0\x1c\x85\u2028a关于现特向", "现公布", "标题:"]
    alphabet += ["关于印发", "名称", "中文名", "特向社会公布", "向社会公布", "现将", "\n"]
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        lead = md._TITLE_LEAD.sub("", text.strip(), count=1)
        assert md._tidy_title(text) == md._INNER_SPACE.sub("", lead), repr(text)


def test_fold_is_translate() -> None:
    """_fold, its characters found by one scan, is ``translate(_FOLD)`` once each CR LF
    is one line break."""
    import random

    from govinfo_reports import metadata as md

    rnd = random.Random(23)
    alphabet = [*(c for c, _ in md._FOLD_PAIRS), *"abc报告\n ,:", "\r\n"]
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        want = text.replace("\r\n", "\n").translate(md._FOLD)
        assert md._fold(text) == want, repr(text)


def test_chrome_before_on_re_is_the_regex_form() -> None:
    """_CHROME_BEFORE_RE (stdlib re) finds what its regex form with ``\\s`` finds."""
    import random

    import regex

    from govinfo_reports import metadata as md

    chrome_before = regex.compile(md._CHROME_WORDS + r"\s{0,2}[:>]?\s{0,2}$")

    rnd = random.Random(24)
    pieces = ["上一篇", "下一条", "相关阅读", "热点", "附件", ":", ">", " ", "\t", "\n", "\x1c"]
    pieces += ["\u3000", "\x85", "报告", "a", "篇"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        a, b = rnd.randint(0, len(text)), rnd.randint(0, len(text))
        want = chrome_before.search(text, a, b)
        got = md._CHROME_BEFORE_RE.search(text, a, b)
        assert (got and got.span()) == (want and want.span()), (text, a, b)


def test_may_clip_is_the_word_test() -> None:
    """_may_clip answers as the plain word test, with few or many 社 and 保."""
    import random

    from govinfo_reports import metadata as md

    rnd = random.Random(25)
    for _ in range(5000):
        pieces = ["人", "社", "保", "劳", "a", "人社", "人保", "劳保", "社保"]
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        if rnd.random() < 0.2:
            text = "社会保障" * rnd.randint(0, 40) + text
        want = "人社" in text or "人保" in text or "劳保" in text
        assert md._may_clip(text) == want, text


def test_letter_mark_is_the_letter_pattern() -> None:
    """_letter_mark answers as _LETTER's search, with few or many 函."""
    import random

    from govinfo_reports import metadata as md

    rnd = random.Random(26)
    pieces = [
        "函",
        "函告如下",
        "特此函告",
        "特此",
        "告如下",
        "关于",
        "的函",
        "\n",
        " ",
        "。",
        "报告",
    ]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        if rnd.random() < 0.2:
            text = "函" * rnd.randint(30, 40) + text
        want = md._LETTER.search(text) is not None
        assert md._letter_mark(text) == want, text


def test_self_alias_is_the_most_common_selfs_match() -> None:
    """_self_alias is Counter(_SELF's matches).most_common(1)'s word (ties: the first)."""
    import random
    from collections import Counter

    from govinfo_reports import metadata as md

    rnd = random.Random(27)
    pieces = [*"我本局厅委办区市县省部署院单位中心a", "本局", "我区", "本单位", "我中心", "本单"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        if rnd.random() < 0.1:
            text = "本年" * 40 + text
        common = Counter(m.group() for m in md._SELF.finditer(text)).most_common(1)
        assert md._self_alias(text) == (common[0][0] if common else None), text


def test_a_text_that_is_no_report_is_not_missing_an_identity() -> None:
    # report wording, a self-reference, no year: read alone, the identity reader says the
    # agency and year are missing; parse() finds no section, table or statistic and says
    # the text is no report instead
    text = "我局认真贯彻落实《中华人民共和国政府信息公开条例》，进一步加强政府信息公开工作。"
    assert set(codes(meta(text))) == {"identity.agency_missing", "identity.year_missing"}
    assert [p.code for p in gr.parse(text).problems] == ["report.not_a_report"]


@pytest.mark.parametrize(
    "sentence",
    [
        "本报告所列数据，时间为2019年1月1日至12月31日。",
        "所列数据的统计期限，自2019年1月1日起至2019年12月31日止。",
        "数据统计时间为2019年1月1日至2019年12月31日。",
    ],
)
def test_period_cue_in_another_clause(sentence: str) -> None:
    # a cue that names the period (期限, 统计时间) or the report's data (所列) may stand in
    # a clause before the range; a weaker one (统计, 数据) must stand in its own
    m = meta("云溪区财政局2019年政府信息公开工作年度报告\n" + sentence)
    assert m.period == Period(date(2019, 1, 1), date(2019, 12, 31))


def test_a_name_of_another_kind_gives_way_to_the_names_after_it() -> None:
    # a 我局 report: the preamble's subject 青禾市人民政府 is no 局, and the signature at
    # the end names the bureau (the candidates past the first name are read for it)
    m = meta(
        "2019年政府信息公开工作年度报告\n"
        "2019年,青禾市人民政府高度重视政务公开工作,我局认真贯彻落实。\n"
        "一、总体情况\n我局全年主动公开政府信息120条。\n二、其他\n无。\n"
        "云溪区财政局\n2020年3月31日"
    )
    assert (m.agency, m.year) == ("云溪区财政局", 2019)
    assert "identity.agency_missing" not in codes(m)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a notice about the reports: its title line, its addressees, its own numbered points
        (
            "青禾市人民政府办公室关于做好2019年政府信息公开工作年度报告的通知\n"
            "各区县人民政府，市政府各部门：\n一、高度重视\n内容。\n二、按时报送\n请按时报送。",
            True,
        ),
        # a notice that publishes the report, printed after it under the report's own title
        (
            "青禾市人民政府办公室关于印发《青禾市2019年政府信息公开工作年度报告》的通知\n"
            "各区县人民政府:\n现将报告印发给你们。\n青禾市2019年政府信息公开工作年度报告\n"
            "一、总体情况\n2019年全市主动公开政府信息1200条。",
            False,
        ),
        # a report whose preamble cites the notice it answers
        (
            "云溪区财政局2019年政府信息公开工作年度报告\n根据青禾市人民政府办公室关于做好"
            "2019年政府信息公开工作年度报告的通知要求，现将情况报告如下：\n一、总体情况\n内容。",
            False,
        ),
    ],
)
def test_a_notice_about_the_reports_is_not_a_report(text: str, flagged: bool) -> None:
    codes = [p.code for p in gr.parse(text).problems]
    assert ("report.not_a_report" in codes) is flagged


@pytest.mark.parametrize(
    ("title", "agency"),
    [
        ("云溪区 财政局 2019年政府信息公开工作年度报告", "云溪区财政局"),
        ("云 溪 区 财 政 局2019年政府信息公开工作年度报告", "云溪区财政局"),
        # a site name apart before a whole name stays out of it
        ("云溪区人民政府门户网站 云溪区财政局2019年政府信息公开工作年度报告", "云溪区财政局"),
        # pieces that make no name give none
        ("门户网站 财政局2019年政府信息公开工作年度报告", None),
    ],
)
def test_a_letter_spaced_name_before_the_year(title: str, agency: str | None) -> None:
    assert gr.parse(title + "\n一、总体情况\n内容。").agency == agency


def test_a_list_items_mark_is_no_part_of_the_title() -> None:
    m = meta("- 主题分类\n- 2012年政府信息公开年度报告\n一、主动公开情况\n全年主动公开信息20条。")
    assert m.title == "2012年政府信息公开年度报告"
    assert m.year == 2012


_BODY_2022 = "一、总体情况\n2022年，青川市水利局主动公开政府信息120条。\n"


@pytest.mark.parametrize(
    ("page", "agency", "year"),
    [
        # a list of other reports' titles above the report's own (the page audit's R4:
        # 松岭县财政局 2021 and the report's 120条 dropped, silently)
        (
            "·松岭县财政局2021年政府信息公开工作年度报告  2022-01-20\n"
            "·青川市水利局2021年政府信息公开工作年度报告  2022-01-25\n\n"
            "青川市水利局2022年政府信息公开工作年度报告\n" + _BODY_2022,
            "青川市水利局",
            2022,
        ),
        # 相关链接 right above the title, its first item after the chrome word (the
        # metamorphic audit's R2: the year of a link)
        (
            "相关链接：\n青川市水利局2020年政府信息公开工作年度报告\n"
            "青川市水利局2021年政府信息公开工作年度报告\n"
            "青川市水利局2022年政府信息公开工作年度报告\n" + _BODY_2022,
            "青川市水利局",
            2022,
        ),
        # the list after the body, with no title of the report's own (R1: 某区 2023)
        (
            _BODY_2022.replace("青川市水利局", "我局")
            + "相关链接：\n某区2021年政府信息公开工作年度报告\n"
            + "某区2020年政府信息公开工作年度报告\n",
            None,
            2022,
        ),
        # a list of links, then chrome, then the title
        (
            "松岭县财政局2021年政府信息公开工作年度报告\n松岭县财政局2020年政府信息公开工作年度报告\n"
            "发布日期：2023-01-20\n青川市水利局2022年政府信息公开工作年度报告\n" + _BODY_2022,
            "青川市水利局",
            2022,
        ),
        # a list before a body with no title of its own: its last link is no title (the
        # metamorphic audit: the year became a link's in 4 narrative reports)
        (
            "相关链接：\n某区2021年政府信息公开工作年度报告\n某区2020年政府信息公开工作年度报告\n"
            "某区2021年政府信息公开工作年度报告\n" + _BODY_2022.replace("青川市水利局", "我局"),
            None,
            2022,
        ),
        # a link after 下一篇 with its date first
        (
            "青川市水利局2022年政府信息公开工作年度报告\n"
            + _BODY_2022
            + "下一篇：[2018-02-26] 松岭县财政局2017年政府信息公开工作年度报告\n",
            "青川市水利局",
            2022,
        ),
    ],
)
def test_a_list_of_other_reports_names_neither_agency_nor_year(
    page: str, agency: str | None, year: int
) -> None:
    """Two or more title lines in a row that name different reports are a list of links:
    the report's title is the list's last only when the body follows it."""
    report = gr.parse(page)
    assert (report.agency, report.year) == (agency, year)
    figure = report.figure("proactive_disclosures")
    assert figure is not None and figure.value == 120


def test_a_title_printed_twice_is_no_list() -> None:
    page = "青川市水利局2022年政府信息公开工作年度报告\n" * 2 + _BODY_2022
    assert (gr.parse(page).agency, gr.parse(page).year) == ("青川市水利局", 2022)


def test_a_letter_followed_by_links_stays_a_letter() -> None:
    """A 函 that cites the report, then a list of links: still no report (R3: the links
    made it one, of a link's year)."""
    letter = (
        "某区管委会办公室关于报送2014年政府信息公开工作年度报告的函\n省政府办公厅：\n"
        "现将我区2014年政府信息公开工作情况函告如下：\n一、主动公开情况\n全年主动公开政府信息77条。\n"
        "相关链接：\n某区2013年政府信息公开工作年度报告\n某区2012年政府信息公开工作年度报告\n"
    )
    report = gr.parse(letter)
    assert "report.not_a_report" in [p.code for p in report.problems]
    assert report.year == 2014


def _t3_2019(received: int) -> str:
    """Table 三 in the 2019 columns, ``received`` applications all granted."""
    row = f" | {received} | 0 | 0 | 0 | 0 | 0 | {received}"
    return (
        "三、收到和处理政府信息公开申请情况\n"
        " | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计\n"
        f"一、本年新收政府信息公开申请数量{row}\n"
        "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n"
        f"三、本年度办理结果 | （一）予以公开{row}\n（七）总计{row}\n"
    )


def _t3_2021(received: int) -> str:
    return _t3_2019(received).replace(
        "（七）总计", "（六）其他处理 | 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n（七）总计"
    )


@pytest.mark.parametrize(
    "annex_title",
    [
        "附件：城关街道办事处2022年政府信息公开工作年度报告",  # a sub-unit's, annexed
        "青川市水利局2023年政府信息公开工作年度报告",  # the next year's, pasted after
    ],
)
def test_another_report_after_the_body_is_not_read_into_this_one(annex_title: str) -> None:
    """The tables and figures after another report's title line are that report's (the
    page audit's F1/F2: an annex's 2021-format table 三 replaced the body's 2019 one, and
    the report's table 四 was read from the annex, with no problem)."""
    text = (
        "青川市水利局2022年政府信息公开工作年度报告\n一、总体情况\n本局主动公开政府信息120条。\n"
        + _t3_2019(5)
        + annex_title
        + "\n一、总体情况\n本街道主动公开政府信息30条。\n"
        + _t3_2021(9)
    )
    report = gr.parse(text)
    assert (report.agency, report.year) == ("青川市水利局", 2022)
    assert report.applications is not None
    assert report.applications.new_received.total == 5
    assert report.figure("proactive_disclosures").value == 120
    problem = next(p for p in report.problems if p.code == "report.another_report")
    assert report.source[slice(*problem.span)] == annex_title


def test_a_page_header_repeating_the_title_is_no_other_report() -> None:
    """A PDF's page header repeats the report's own title: the same body and year."""
    title = "青川市水利局2022年政府信息公开工作年度报告"
    text = (
        f"{title}\n一、总体情况\n本局主动公开政府信息120条。\n{title}\n"
        "二、主动公开政府信息情况\n" + _t3_2019(5)
    )
    report = gr.parse(text)
    assert "report.another_report" not in [p.code for p in report.problems]
    assert report.applications is not None and report.applications.new_received.total == 5


@pytest.mark.parametrize(
    "line",
    [
        "青川市政府办公室2023年政府信息公开工作年度报告",  # its own name, shorter
        "附件：青川市政府办公室2023年政府信息公开工作年度报告",
        "对照青川市政府办公室2022年政府信息公开工作年度报告",  # a mention, not a title
        "青川市政府办公室2022年政府信息公开工作年度报告问题整改情况",
        "《青川市政府办公室2022年政府信息公开工作年度报告》",  # a report cited
        "相关链接：\n青川市政府办公室2022年政府信息公开工作年度报告\n"
        "青川市政府办公室2021年政府信息公开工作年度报告",  # links
    ],
)
def test_no_other_report_where_the_line_is_no_other_reports_title(line: str) -> None:
    """The red-team audit's L1/L2: a page header in a short form of the body's name, a
    line that mentions or cites a report, and a list of links cut the tables off."""
    text = (
        "青川市人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n略。\n"
        + line
        + "\n二、主动公开政府信息情况\n"
        + _t3_2019(5)
    )
    report = gr.parse(text)
    assert "report.another_report" not in [p.code for p in report.problems]
    assert report.applications is not None and report.applications.new_received.total == 5


def test_a_link_under_the_title_leaves_the_title() -> None:
    """上一篇: under the report's title is a link of its own (L3: the title was taken for
    the first item of a list with it, and the agency was lost)."""
    text = (
        "青川市交通运输局2023年政府信息公开工作年度报告\n"
        "上一篇：青川市交通运输局2022年政府信息公开工作年度报告\n"
        "一、总体情况\n2023年，本局主动公开政府信息120条。\n"
    )
    report = gr.parse(text)
    assert (report.agency, report.year) == ("青川市交通运输局", 2023)


def test_a_title_printed_in_short_and_full_form_is_no_list() -> None:
    """The report's title printed twice, its body named in a short form and in full: one
    body, no list of other reports (the red-team audit: the agency was lost)."""
    text = (
        "青川市人社局2023年政府信息公开工作年度报告\n"
        "青川市人力资源和社会保障局2023年政府信息公开工作年度报告\n"
        "一、总体情况\n2023年，本局主动公开政府信息120条。\n"
    )
    report = gr.parse(text)
    assert report.agency == "青川市人力资源和社会保障局"  # (the full form)
    assert report.year == 2023


def test_a_page_header_in_the_body_does_not_rename_the_body() -> None:
    """A running head in the body naming the body at greater length is no title of the
    report's own (the second red team's B2: the agency became 临江市人民政府交通运输局)."""
    text = (
        "临江市交通运输局2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息300条。\n"
        "临江市人民政府交通运输局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n略。\n"
    )
    assert gr.parse(text).agency == "临江市交通运输局"
