"""Cases found by running the library on report pages of northern and north-eastern
provinces it had never seen (probe of stop 20, r-north): each test is a constructed
fixture with its own wording and numbers, of a value a page was read wrong (or a false
alarm), and a near case that must still read."""

from __future__ import annotations

import govinfo_reports as gr


def _figures(text: str) -> dict[str, list[int | None]]:
    """Each kind's values, in the order the figures are given."""
    figures = gr.parse(text).figures
    kinds = dict.fromkeys(f.kind.value for f in figures)
    return {k: [f.quantity.value for f in figures if f.kind.value == k] for k in kinds}


# --- a preamble's verb before the report's name: 发布某街道…报告, 形成…报告 -----------------


def test_bare_publishing_verb_before_a_named_report_is_no_part_of_its_title() -> None:
    text = (
        "根据《中华人民共和国政府信息公开条例》要求,发布青禾市丰田区南湖街道2021年政府信息"
        "公开工作年度报告。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n"
        "一、总体情况\n"
    )
    report = gr.parse(text)
    assert report.title == "青禾市丰田区南湖街道2021年政府信息公开工作年度报告"
    assert report.agency == "青禾市丰田区南湖街道"


def test_forming_verb_before_a_report_is_no_part_of_its_title() -> None:
    text = (
        "根据省政府办公厅通知要求,形成2015年度政府信息公开工作年度报告。本报告由主动公开"
        "政府信息情况等六个部分组成。\n一、主动公开政府信息情况\n"
    )
    report = gr.parse(text)
    assert report.title == "2015年度政府信息公开工作年度报告"
    assert report.year == 2015


def test_announcing_verb_before_a_named_report_still_reads() -> None:
    # near case: the announcing 现发布 was already no part of the title
    text = "根据有关要求,现发布青禾市丰田区南湖街道2021年政府信息公开工作年度报告。\n一、总体情况\n"
    assert gr.parse(text).title == "青禾市丰田区南湖街道2021年政府信息公开工作年度报告"


def test_report_a_sentence_names_after_publishing_is_still_no_title() -> None:
    # near case: a verb of publishing right before the year names another report
    text = "一、总体情况\n年内,规范发布2021年度政务公开工作年度报告,按时完成各项任务。\n"
    assert gr.parse(text).title is None


# --- one part after 其中: a part all the same -------------------------------------------

_CITY_2019 = (
    "青禾市2019年度政府信息公开工作报告\n"
    "本报告所列数据自2019年1月1日起至2019年12月31日止。\n"
    "一、总体情况\n（一）深化主动公开内容。"
)


def test_lone_part_after_qizhong_is_no_disclosure_count() -> None:
    # the one channel counted after 其中, worded 公开政府信息, outranked the whole worded
    # 公开信息 (read only as the section's count)
    text = (
        _CITY_2019 + "青禾市2019年通过政府网站、信息查阅场所等公开信息24680条。其中,通过青禾市"
        "人民政府门户网站公开政府信息3175条。\n（二）依法办理申请。\n"
    )
    assert _figures(text).get("proactive_disclosures") == [24680]


def test_lone_part_in_the_sentence_is_no_disclosure_count() -> None:
    text = _CITY_2019 + "全年共公开信息1460条,其中通过门户网站公开政府信息1290条。\n"
    assert _figures(text).get("proactive_disclosures") == [1460]


def test_lone_part_saying_proactive_of_all_disclosures_still_reads_first() -> None:
    # near case: the whole holds what was disclosed on application too; the part says 主动
    text = _CITY_2019 + "全年共公开政府信息1460条,其中主动公开政府信息1390条。\n"
    assert _figures(text).get("proactive_disclosures", [])[:1] == [1390]


def test_lone_part_naming_government_information_of_all_items_still_reads_first() -> None:
    # near case: the whole counts all items through every channel; the part, naming no
    # channel, says which of them are government information
    text = _CITY_2019 + "全年通过各渠道发布信息2680条,其中公开政府信息915条。\n"
    assert _figures(text).get("proactive_disclosures", [])[:1] == [915]


def test_lone_part_of_consultations_is_no_figure() -> None:
    text = (
        _CITY_2019 + "全年共接受群众咨询3120人次。其中,电话咨询3120人次。\n（二）依申请公开情况。\n"
    )
    assert _figures(text).get("consultations") == [3120]


def test_year_part_of_a_total_to_date_still_reads() -> None:
    # near case: the total to date is no figure of the year, so its part stays one
    text = (
        "青禾县2009年政府信息公开工作年度报告\n一、主动公开政府信息情况\n"
        "截至2009年底,共主动公开政府信息3200条,其中2009年主动公开政府信息1800条。\n"
    )
    assert _figures(text).get("proactive_disclosures") == [1800]


# --- the body named before 依据/根据 in the preamble ---------------------------------------


def test_body_named_before_yiju_in_the_preamble_is_the_agency() -> None:
    # read before: agency None, with agency_missing saying only 我委 names the body
    text = (
        "青禾市发展和改革委员会依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。\n"
        "一、总体情况\n2025年,我委严格落实条例要求。\n"
    )
    report = gr.parse(text)
    assert report.agency == "青禾市发展和改革委员会"
    assert "identity.agency_missing" not in [p.code for p in report.validate()]


def test_body_named_before_genju_in_the_preamble_is_the_agency() -> None:
    text = (
        "青禾市人民政府根据全市各县(市、区)政府信息公开工作情况,编制本报告。\n"
        "一、总体情况\n2018年,全市政府信息公开工作稳步推进。\n"
    )
    assert gr.parse(text).agency == "青禾市人民政府"


def test_report_itself_before_yiju_is_no_agency() -> None:
    # near case: 本报告依据… names no body
    text = (
        "本报告依据《中华人民共和国政府信息公开条例》第五十条规定编制。\n"
        "一、总体情况\n2025年,我局严格落实条例要求。\n"
    )
    assert gr.parse(text).agency is None


# --- a subject after 过去一年/一年来, and the full name of a level-only subject -------------


def test_subject_after_the_past_year_opening_a_paragraph_is_the_agency() -> None:
    # read before: agency None, agency_missing saying the text calls the body only 我区
    text = (
        "本年报中所列数据统计期限从2022年1月1日起至2022年12月31日止。\n"
        "一、总体情况\n过去一年,青禾区人民政府坚持以人民为中心,全面深化政务公开。\n"
        "(一)推进主动公开。我区不断加大主动公开力度。\n"
    )
    report = gr.parse(text)
    assert report.agency == "青禾区人民政府"
    assert "identity.agency_missing" not in [p.code for p in report.validate()]


def test_level_only_subject_takes_the_contact_lines_full_name() -> None:
    # near case of the one above: the subject gives the level only (市公安局), the contact
    # line the full name; read 市公安局 with a year before the subject
    text = (
        "本报告依据《中华人民共和国政府信息公开条例》编制。如对本报告有任何疑问,请与青禾市"
        "公安局办公室联系。\n一、总体情况\n一年来,市公安局认真贯彻落实条例。\n"
    )
    assert gr.parse(text).agency == "青禾市公安局"
    assert gr.parse(text.replace("一年来", "2021年")).agency == "青禾市公安局"


def test_past_year_words_inside_a_sentence_give_no_subject() -> None:
    # near case: only a paragraph's opening words are read in the body
    text = "一、总体情况\n我区高度重视政务公开,过去一年,青禾区人民政府坚持以人民为中心。\n"
    assert gr.parse(text).agency is None


# --- a sub-row of table 三 cut by the end of the text -----------------------------------

_TABLE3_HEAD = (
    "青禾县民政局2021年政府信息公开工作年度报告\n"
    "三、收到和处理政府信息公开申请情况\n"
    "申请人情况 | 自然人 | 法人或其他组织 | 总计\n"
    "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他\n"
    "一、本年新收政府信息公开申请数量 | 9 | 2 | 0 | 0 | 0 | 1 | 12\n"
    "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n"
    "三、本年度办理结果 | (一)予以公开 | 5 | 1 | 0 | 0 | 0 | 1 | 7\n"
    "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1 | 0 | 0 | 0 | 0 | 0 | 1\n"
    "(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n"
)


def test_sub_row_cut_by_the_end_of_the_text_reads_no_total() -> None:
    # the page ends after five of the row's seven cells; the label's match stops before
    # its last words (…禁止|公开), so the cut was not seen: the last printed 0 was read as
    # the row's 总计 (its 自然人 is 2), or every cell was called ambiguous
    text = _TABLE3_HEAD + "2.其他法律行政法规禁止公开 | 2 | 0 | 0 | 0 | 0\n"
    report = gr.parse(text)
    assert report.applications is not None
    withheld = report.applications.withheld
    assert withheld is not None
    assert withheld.prohibited_by_law is None or withheld.prohibited_by_law.total is None
    assert withheld.state_secret is not None and withheld.state_secret.total == 0
    codes = {p.code for p in report.validate()}
    assert "table3.row_cut" in codes
    assert "table3.ambiguous_cells" not in codes


def test_whole_sub_row_at_the_end_of_the_text_still_reads() -> None:
    # near case: all seven cells printed
    text = _TABLE3_HEAD + "2.其他法律行政法规禁止公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2\n"
    report = gr.parse(text)
    assert report.applications is not None
    withheld = report.applications.withheld
    assert withheld is not None and withheld.prohibited_by_law is not None
    assert withheld.prohibited_by_law.total == 2
    assert "table3.row_cut" not in {p.code for p in report.validate()}
