"""Cases found by running the library on real pages that look like a disclosure annual
report but are none (plans, guides, evaluations, speeches to a congress, meeting news)
and on reports of unusual shapes (probe of stop 17): each test is a constructed fixture
with its own wording and numbers, and a near case with a real report's wording that must
stay a report."""

from __future__ import annotations

import pytest

import govinfo_reports as gr


def _codes(text: str) -> list[str]:
    return [p.code for p in gr.parse(text).problems]


def _figures(text: str) -> dict[str, list[int | None]]:
    out: dict[str, list[int | None]] = {}
    for f in gr.parse(text).figures:
        out.setdefault(f.kind.value, []).append(f.quantity.value)
    return out


# --- a title line of another kind of document -----------------------------------------

_BODY = (
    "一、深化重点领域信息公开\n"
    "(一)做好财政信息公开。按要求公开预决算信息,主动公开政府信息。\n"
    "(二)做好依申请公开。规范办理政府信息公开申请。\n"
)

# (one title a line)
_OTHER_KINDS = """
青禾市2023年政务公开工作要点
青禾县全面推进基层政务公开标准化规范化工作实施方案
青禾区政府信息公开指南
2019年政府信息公开第三方评估报告
青禾市人民政府2022年度法治政府建设年度报告
青禾县2021年法治政府建设情况的报告
2020年青禾市国民经济和社会发展统计公报
青禾市财政局2022年部门决算
青禾县人民医院2023年度单位决算
青禾县水利局2021年度部门决算公开说明
青禾农村商业银行2022年社会责任报告
2023年青禾市政府工作报告
青禾镇2021年政务公开工作总结
2021年政务公开工作总结汇编(12篇)
政府信息公开申请表
青禾乡人民政府信息公开工作年度报告制度
""".strip().splitlines()


@pytest.mark.parametrize("title", _OTHER_KINDS)
def test_a_title_naming_another_kind_of_document_is_no_report(title: str) -> None:
    codes = _codes(f"{title}\n{_BODY}")
    assert "report.not_a_report" in codes
    assert "identity.agency_missing" not in codes


_REPORT_TITLES = """
青禾市2023年政府信息公开工作年度报告
青禾市2023年政务公开工作年度报告
青禾县政府信息公开工作年度报告(2022年度)
青禾市人民政府办公室2021年政府信息公开年报
""".strip().splitlines()


@pytest.mark.parametrize("title", _REPORT_TITLES)
def test_a_report_citing_a_plan_or_a_guide_stays_a_report(title: str) -> None:
    # (a report names the year's 工作要点, its 指南 and its 法治政府建设 work in its text)
    text = (
        f"{title}\n"
        "根据《2023年政务公开工作要点》和本机关政府信息公开指南,编制本报告。\n"
        "一、总体情况\n(一)主动公开。全年主动公开政府信息120条,法治政府建设年度报告按时公开。\n"
        "二、主动公开政府信息情况\n"
    )
    codes = _codes(text)
    assert "report.not_a_report" not in codes
    assert _figures(text)["proactive_disclosures"] == [120]


#: reports of unusual shapes whose lines name a plan, a budget, a summary or an assembly
_STAYS_A_REPORT = {
    # (the title only on the chrome; a plan in a link line with a colon)
    "chrome": "相关文章: 青禾市2023年政务公开工作要点\n"
    "根据《中华人民共和国政府信息公开条例》,现公布我局2022年政府信息公开工作年度报告。\n"
    "一、总体情况\n(一)主动公开。全年主动公开政府信息36条。\n",
    # (no title line; numbered headings that end with 决算 or 工作要点)
    "headings": "一、总体情况\n(一)财政预决算\n全年主动公开政府信息64条。\n"
    "(二)落实政务公开工作要点\n2.部门决算\n二、主动公开政府信息情况\n",
    # (工作总结 inside a sentence, not a title line of its own)
    "summary": "青禾县交通运输局2020年政府信息公开工作年度报告\n"
    "现将本局2020年政府信息公开工作总结如下:\n一、总体情况\n全年主动公开政府信息45条。\n",
    # (各位委员 inside a sentence)
    "assembly": "青禾市司法局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n本年度召开会议听取各位委员意见。全年主动公开政府信息52条。\n",
    # (a wiki page under a news-like headline holding the report's own numbered text)
    "wiki": "青禾省交通运输厅发布2012年政府信息公开工作年度报告\n"
    "一、概述\n2012年,本厅主动公开政府信息1450条。\n二、主动公开政府信息情况\n",
    # (an infographic version of a report)
    "infographic": "图解:青禾市2022年政府信息公开工作年度报告\n"
    "一、总体情况\n全年主动公开政府信息1260条。\n二、主动公开政府信息情况\n",
    # (the rules for reports named inside a sentence)
    "rules": "青禾乡2009年政府信息公开工作年度报告\n"
    "一、概述\n健全政府信息公开工作年度报告制度,全年主动公开政府信息80条。\n",
    # (the report's own title first, a link to its reading after it)
    "link": "青禾市2022年政府信息公开工作年度报告\n"
    "相关解读 《青禾市2022年政府信息公开工作年度报告》解读\n"
    "一、总体情况\n全年主动公开政府信息1260条。\n",
}


@pytest.mark.parametrize("case", sorted(_STAYS_A_REPORT))
def test_a_report_of_an_unusual_shape_stays_a_report(case: str) -> None:
    text = _STAYS_A_REPORT[case]
    assert "report.not_a_report" not in _codes(text)
    assert "proactive_disclosures" in _figures(text)


# --- a report to a people's congress -----------------------------------------------------


def test_a_report_to_a_congress_standing_committee_is_no_report() -> None:
    text = (
        "青禾市中级人民法院\n主任、副主任、秘书长、各位委员:\n"
        "现将全市法院行政审判工作情况报告如下:\n"
        "一、基本情况\n两年来共受理一审行政诉讼案件1320件,涉及政府信息公开等新类型案件。\n"
    )
    assert "report.not_a_report" in _codes(text)


# --- N个…领域 counts fields, not cases -------------------------------------------------------


def test_a_count_of_fields_is_no_lawsuit_count() -> None:
    text = "一、总体情况\n2021年,行政诉讼案件已涉及30多个行政管理领域。\n"
    assert "administrative_lawsuits" not in _figures(text)


def test_a_count_of_lawsuits_in_a_field_still_reads() -> None:
    text = "一、总体情况\n2021年,本机关被提起政府信息公开行政诉讼2个,均为征收领域的案件。\n"
    assert _figures(text).get("administrative_lawsuits") == [2]


# --- a meeting's news names no body ----------------------------------------------------------


def test_a_meeting_news_sentence_names_no_body() -> None:
    text = (
        "青禾县召开2023年度政府信息公开工作年报编制部署会\n"
        "会上针对政府信息公开年报总体情况、主动公开政府信息情况的撰写要求做了指导。\n"
    )
    r = gr.parse(text)
    assert r.agency is None
    assert r.title is None or "会上" not in r.title


# --- a preamble's compiling verb is no part of the title -----------------------------------

_PREAMBLES = """
根据规定要求,由青山镇人民政府编制的2018年度政府信息公开年度报告。
根据条例要求,青山镇政府编制2020年政府信息公开年度报告。
根据条例要求,青山镇人民政府特此编制2024年度政府信息公开工作年度报告。
""".strip().splitlines()


@pytest.mark.parametrize("preamble", _PREAMBLES)
def test_a_compiling_verb_is_no_part_of_the_title(preamble: str) -> None:
    r = gr.parse(f"{preamble}\n一、总体情况\n全年主动公开政府信息21条。\n")
    assert r.title is not None
    assert "编制" not in r.title
    assert r.title.startswith("青山镇")


def test_a_body_named_for_compiling_keeps_its_name_in_the_title() -> None:
    text = "青禾县机构编制委员会办公室2020年政府信息公开工作年度报告\n一、总体情况\n"
    assert gr.parse(text).title == "青禾县机构编制委员会办公室2020年政府信息公开工作年度报告"


# --- news about a report, a reading of one ---------------------------------------------------

_NEWS = (
    "青禾省发布2019年政府信息公开工作年度报告\n2020-03-27 来源: 青禾日报\n"
    "26日,青禾省人民政府向社会发布2019年政府信息公开工作年度报告。报告显示,"
    "全省全年主动公开政府信息310.2万条,收到政府信息公开申请4210件。\n"
)


def test_news_about_a_report_is_no_report() -> None:
    assert "report.not_a_report" in _codes(_NEWS)


def test_news_headlined_with_the_verb_after_the_report_is_no_report() -> None:
    """…政府信息公开年报出炉 去年主动公开…: the verb of publishing after 年报 (was: a report of
    青禾市 for 2018, no Problem; blind identity audit)."""
    news = (
        "青禾市政府信息公开年报出炉 去年主动公开信息2万余条\n本报讯 近日，青禾市人民政府发布"
        "《青禾市2018年政府信息公开工作年度报告》。报告显示，2018年全市主动公开政府信息10344条。\n"
    )
    assert "report.not_a_report" in _codes(news)


def test_a_reading_of_a_report_is_no_report() -> None:
    text = (
        "文字解读:青禾市东城街道办事处2021年政府信息公开工作年度报告\n"
        "一、编制背景\n根据条例要求编写本报告。\n二、主要内容\n报告共分为六部分。\n"
    )
    assert "report.not_a_report" in _codes(text)


# --- a page or column gathering reports names no report --------------------------------------


def test_a_column_gathering_reports_is_no_title() -> None:
    text = (
        "每年3月31日前,各级行政机关应公布本机关年度报告。\n"
        "2019年政府信息公开工作年度报告展示平台 来源:青禾政府网\n"
        "今年集中展示62家单位的年报。\n"
    )
    assert gr.parse(text).title is None


def test_a_report_title_before_its_contents_line_stays_the_title() -> None:
    text = "青禾市2022年政府信息公开工作年度报告\n目录\n一、总体情况\n全年主动公开政府信息90条。\n"
    assert gr.parse(text).title == "青禾市2022年政府信息公开工作年度报告"


# --- a title naming the body wins over the chrome's bare title ------------------------------


def test_the_title_naming_the_body_wins_over_the_chromes_bare_title() -> None:
    text = (
        "首页 > 乡镇信息公开 > 年度报告\n2021年政府信息公开工作年度报告\n访问量:\n"
        "青禾乡人民政府\n2021年政府信息公开工作年度报告\n一、概述\n全年主动公开政府信息40条。\n"
    )
    assert gr.parse(text).title == "青禾乡人民政府2021年政府信息公开工作年度报告"


def test_a_bare_title_stays_when_only_an_older_report_names_the_body() -> None:
    text = (
        "2022年政府信息公开工作年度报告\n"
        "本机关在《青禾县水利局2021年政府信息公开工作年度报告》基础上改进工作。\n"
        "一、总体情况\n全年主动公开政府信息40条。\n"
    )
    assert gr.parse(text).title == "2022年政府信息公开工作年度报告"


# --- the text of another law (政府資訊公開法) ----------------------------------------------

_OTHER_LAW = (
    "資訊公開專區\n"
    "政府資訊公開法\n"
    "依本法規定,下列政府資訊除限制公開者外,應主動公開:\n"
    "一、法規命令及自治法規。\n"
    "二、機關之組織、職掌、地址及電話。\n"
    "三、預算及決算書。\n"
    "四、書面之採購契約。\n"
)


def test_the_text_of_another_disclosure_law_is_no_report() -> None:
    # a law's articles in numbered items: no body's report of a year (it used to give
    # identity.agency_missing and identity.year_missing, as if a report missed them)
    assert _codes(_OTHER_LAW) == ["report.not_a_report"]


def test_a_report_worded_with_zixun_that_cites_the_regulations_stays_a_report() -> None:
    # near case: a report reposted in Taiwan wording (資訊 for 信息) cites the 條例
    text = (
        "雲溪縣交通運輸局2013年政府資訊公開工作年度報告\n"
        "本報告根據《中華人民共和國政府資訊公開條例》編制,不同於政府資訊公開法。\n"
        "一、主動公開政府資訊情況\n全年主動公開政府資訊86條。\n"
        "二、依申請公開政府資訊情況\n全年受理申請4件。\n"
    )
    assert "report.not_a_report" not in _codes(text)
    assert _figures(text)["proactive_disclosures"] == [86]


# --- rules for the annual report (…年度报告制度), as articles -----------------------------

_RULES = (
    "第一条 为规范本县各单位政府信息公开工作年度报告的编制,制定本制度。\n"
    "第二条 本制度所称政府信息公开工作年度报告,是指各单位每年向社会公布的报告。\n"
    "第三条 年度报告应当包括下列内容:\n"
    "(一)主动公开政府信息的情况;\n(二)依申请公开政府信息的情况;\n"
    "第四条 本制度自印发之日起施行。\n"
)


def test_an_article_number_is_no_part_of_a_bodys_name() -> None:
    # 第二条本制度所称政府… was read as the name of a body
    assert gr.parse(_RULES).agency is None


def test_a_rules_title_line_with_a_file_extension_names_rules() -> None:
    # the title line of a shared file keeps its extension (…年度报告制度.docx); the
    # articles run together on one line
    text = "县政府信息公开年度报告制度.docx\n" + _RULES.replace("\n第", "第")
    report = gr.parse(text)
    assert "report.not_a_report" in [p.code for p in report.problems]
    assert report.agency is None


def test_a_report_title_line_with_a_file_extension_stays_a_report() -> None:
    # near case: a report's own file name is its title
    title = "云溪县交通运输局2019年政府信息公开工作年度报告.docx"
    report = gr.parse(title + "\n一、总体情况\n2019年,我局主动公开政府信息86条。\n")
    assert (report.agency, _codes(title + "\n一、总体情况\n")) == ("云溪县交通运输局", [])


# --- a journal article about annual reports (probe of stop 20) ------------------------

_ARTICLE = (
    "李青禾\n"
    "[摘要] 本文分析了条例施行以来各地政府信息公开工作年度报告的编制情况。"
    "今后政府信息公开工作年度报告应进一步回归制度本意,发挥监督功能。\n"
    "[关键词] 政府信息公开;年度报告;知情权\n"
    "[中图分类号] D630 [文献标识码] A [文章编号] 1000-0000(2021)02-0010-09\n"
    "一、问题的提出\n"
    "2004年的地方立法率先规定了年度报告制度。2008年起,年度报告在全国范围内编制和公开。\n"
)


def test_a_journal_article_about_reports_is_no_report() -> None:
    # read before: agency 今后政府 (government in general, read as a body's name from a
    # sentence) with no problem at all
    report = gr.parse(_ARTICLE)
    assert report.agency is None
    assert "report.not_a_report" in [p.code for p in report.problems]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # near case: a township's government is a government
        (
            "青禾镇人民政府2021年政府信息公开工作年度报告\n关键词:依申请公开\n"
            "一、总体情况\n全年主动公开政府信息52条。\n",
            "青禾镇人民政府",
        ),
        # near case: a report whose preamble speaks of governments in general
        (
            "云溪县人民政府2020年政府信息公开工作年度报告\n"
            "基层政府信息公开工作年度报告编制工作进一步规范。\n"
            "一、总体情况\n全年主动公开政府信息88条。\n",
            "云溪县人民政府",
        ),
    ],
)
def test_a_report_naming_governments_in_general_stays_a_report(text: str, agency: str) -> None:
    report = gr.parse(text)
    assert report.agency == agency
    assert "report.not_a_report" not in [p.code for p in report.problems]


@pytest.mark.parametrize("name", ["今后政府", "地方政府", "基层政府"])
def test_government_in_general_is_no_bodys_name(name: str) -> None:
    # read before: the words as the body's name (今后政府 from 今后政府信息公开…)
    text = f"本文认为,{name}信息公开工作年度报告仍应改进。\n一、总体情况\n全年主动公开信息40条。\n"
    assert gr.parse(text).agency is None
