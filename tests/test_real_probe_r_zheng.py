"""Cases found by running the library on report pages of 2015-2018 (the 政务公开 era
before the 2019 tables) it had never seen (probe of stop 18, r-zheng): each test is a
constructed fixture with its own wording and numbers, of a value a page was read wrong (or
a false alarm), and a near case that must still read."""

from __future__ import annotations

import govinfo_reports as gr


def _figures(text: str) -> dict[str, list[int | None]]:
    """Each kind's values, in the order the figures are given."""
    figures = gr.parse(text).figures
    kinds = dict.fromkeys(f.kind.value for f in figures)
    return {k: [f.quantity.value for f in figures if f.kind.value == k] for k in kinds}


def _codes(text: str) -> list[str]:
    return [p.code for p in gr.parse(text).validate()]


# --- the 2014 form's row 通过不同渠道和方式公开政府信息 ------------------------------------

_TOWN_2016 = (
    "某某镇2016年政府信息公开工作年度报告\n"
    "本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n"
    "一、概述\n2016年,我镇认真做好政府信息公开工作。\n"
    "二、主动公开政府信息情况\n"
)


def test_count_over_different_channels_is_no_disclosure_count() -> None:
    # the row of the 国办发〔2014〕32号 form adds up what each channel carried (one item
    # on three channels is three): not the number of items disclosed
    text = _TOWN_2016 + "2016年我镇主动公开信息64条。通过不同渠道和方式公开政府信息271条。\n"
    assert _figures(text).get("proactive_disclosures") == [64]


def test_count_over_different_channels_alone_is_no_disclosure_count() -> None:
    text = _TOWN_2016 + "全年通过不同渠道和方式公开政府信息271条。\n"
    assert "proactive_disclosures" not in _figures(text)


def test_count_after_other_words_of_different_channels_still_reads() -> None:
    # near case: 不同方式和渠道 in a clause of the sentence that names no channel sum
    text = _TOWN_2016 + "我镇通过不同方式和渠道,积极推进政务公开,全年主动公开政府信息271条。\n"
    assert _figures(text).get("proactive_disclosures") == [271]


def test_weak_disclosure_count_through_the_website_still_reads() -> None:
    # near case: one place named, no other channel counted beside it
    text = _TOWN_2016 + "全年通过镇政府网站公开政府信息271条。\n"
    assert _figures(text).get("proactive_disclosures") == [271]


# --- a 其中 list that goes on in the next sentence (此外, …) ------------------------------

_BUREAU_2017 = (
    "某某市林业局2017年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "(一)主动公开政府信息的数量。2017年,我局通过网站、微信公众号、公示栏等,"
    "共主动公开政府信息870条。其中,在局网站公开各类信息400条,在局公示栏公开信息20条。"
)


def _breakdowns_of(text: str, total: int) -> list[list[int]]:
    return [
        [p.quantity.value for p in b.parts]
        for b in gr.parse(text).breakdowns
        if b.total.value == total
    ]


def test_list_going_on_after_besides_adds_up_with_no_problem() -> None:
    # the parts after 其中 end with the sentence; the next one, opened by 此外, counts the
    # last channel: 400 + 20 + 450 = 870, the text does not contradict itself
    text = _BUREAU_2017 + "此外,通过局官方微信公众号、官方微博公开信息450条。\n"
    assert "prose.breakdown" not in _codes(text)
    assert _breakdowns_of(text, 870) == [[400, 20, 450]]
    assert _figures(text).get("proactive_disclosures") == [870]


def test_besides_sentence_that_does_not_complete_the_list_is_no_part() -> None:
    # near case: 400 + 20 + 300 is not 870: the 此外 count is not taken into the list,
    # and the list that does not add up is still reported
    text = _BUREAU_2017 + "此外,通过局官方微信公众号、官方微博公开信息300条。\n"
    assert "prose.breakdown" in _codes(text)
    assert _breakdowns_of(text, 870) == [[400, 20]]


# --- a 2015-2018 report whose contents list names the later standard headings -------------

_TOWNSHIP_2017_INTRO = (
    "某某乡2017年政府信息公开工作年度报告\n"
    "根据《中华人民共和国政府信息公开条例》的规定,特向社会公开某某乡2017年政府信息公开"
    "年度报告。本报告由概述,主动公开政府信息情况,依申请公开政府信息情况,政府信息公开收费"
    "情况,因政府信息公开申请行政复议、提起行政诉讼情况,工作中存在的主要问题及改进情况,"
    "其他需要报告的事项等七个部分组成。\n"
    "一、概述\n2017年,我乡认真做好政府信息公开工作。\n"
    "二、主动公开政府信息情况\n2017年我乡主动公开政府信息45条。\n"
)


def test_report_of_2017_listing_the_old_parts_is_narrative() -> None:
    # the 2008 format's parts (主动公开政府信息情况, 行政复议, 存在的主要问题及改进情况,
    # 其他需要报告的事项) are four of the 2019 format's headings: no sign of that format
    report = gr.parse(_TOWNSHIP_2017_INTRO)
    assert report.template is gr.Template.NARRATIVE
    assert "identity.template" not in _codes(_TOWNSHIP_2017_INTRO)


def test_report_of_2018_with_the_standard_headings_and_columns_is_standard() -> None:
    # near case: with the 2019 tables' columns beside the headings, the format is the
    # standard one whatever year is read (validation then warns of the conflict)
    text = (
        "某某乡2018年政府信息公开工作年度报告\n一、总体情况\n2018年,我乡推进公开。\n"
        "二、主动公开政府信息情况\n信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n"
        "三、政府信息公开行政复议、行政诉讼情况\n"
        "四、存在的主要问题及改进情况\n五、其他需要报告的事项\n"
    )
    assert gr.parse(text).template is gr.Template.STANDARD_2019


# --- a preamble that writes the report: 编写X县2017年度… --------------------------------

_WRITTEN = (
    "根据《中华人民共和国政府信息公开条例》和市政府办公室的通知要求,编写青禾县2017年度"
    "政府信息公开工作年度报告。本报告中所列数据的统计时限自2017年1月1日起至2017年12月31日止。\n"
    "一、概述\n2017年,我县认真做好政府信息公开工作。\n"
)


def test_verb_of_writing_before_the_name_is_no_part_of_it() -> None:
    report = gr.parse(_WRITTEN)
    assert report.agency == "青禾县"
    assert report.title == "青禾县2017年度政府信息公开工作年度报告"


def test_name_that_holds_the_word_of_compiling_keeps_it() -> None:
    # near case: a body whose name holds 编制 (机构编制委员会办公室) keeps its name
    text = _WRITTEN.replace("编写青禾县", "青禾县机构编制委员会办公室")
    assert gr.parse(text).agency == "青禾县机构编制委员会办公室"


# --- 收到申请公开政府信息数N条: applications, not disclosures ----------------------------

_TOWN_2018 = (
    "某某镇2018年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n2018年,通过区政府网站主动公开政府信息45条。\n"
    "二、依申请公开政府信息和不予公开政府信息情况\n"
)


def test_applications_to_disclose_counted_in_tiao_are_applications() -> None:
    text = _TOWN_2018 + "(一)申请情况:2018年度收到申请公开政府信息数3条。\n"
    figures = _figures(text)
    assert figures.get("proactive_disclosures") == [45]
    assert figures.get("applications_received") == [3]


def test_applications_to_disclose_with_a_plain_lead_still_read() -> None:
    # near case: the wording without 数 was read already
    text = _TOWN_2018 + "(一)申请情况:2018年度收到申请公开政府信息3件。\n"
    figures = _figures(text)
    assert figures.get("proactive_disclosures") == [45]
    assert figures.get("applications_received") == [3]


def test_counts_listed_under_the_channel_row_are_no_disclosure_counts() -> None:
    # the form's row as a lead-in, then each channel's count: parts of a channel sum
    text = _TOWN_2016 + (
        "在主动公开信息工作中,通过不同渠道和方式公开政府信息情况:政府网站公开信息820条,"
        "微博微信公开信息310条,新闻发布会公开信息6条,新闻媒体公开信息9条,政府公报公开信息0条。\n"
    )
    assert "proactive_disclosures" not in _figures(text)


def test_disclosure_count_before_the_channel_row_still_reads() -> None:
    # near case: the count of the sentence before the row is the disclosures
    text = _TOWN_2016 + (
        "2016年我镇主动公开政府信息830条。通过不同渠道和方式公开政府信息情况:政府网站公开"
        "信息820条,微博微信公开信息310条,新闻发布会公开信息6条。\n"
    )
    assert _figures(text).get("proactive_disclosures") == [830]


# --- 未产生与诉讼(行政复议、行政申诉)有关的费用: a cost, no count of appeals -----------------

_POLICE_2016 = (
    "某某县公安局2016年政府信息公开工作年度报告\n"
    "一、总体情况\n2016年度,我局主动公开各类信息215条。"
    "办公所需费用全部在财政拨付的行政办公经费中列支。"
)


def test_cost_of_appeals_with_a_bracketed_note_is_no_appeal_count() -> None:
    text = _POLICE_2016 + "未产生与诉讼(行政复议、行政申诉)有关的费用支出。\n"
    figures = _figures(text)
    assert "administrative_reviews" not in figures
    assert "administrative_lawsuits" not in figures
    assert "complaints" not in figures
    assert "fees_collected" not in figures  # (a cost of the agency, not a fee collected)


def test_appeals_stated_none_beside_the_cost_still_read() -> None:
    # near case: the appeals' own statement of zero, then the cost
    text = _POLICE_2016 + (
        "未发生有关政府信息公开事务的行政复议、行政诉讼案件,"
        "未产生与诉讼(行政复议、行政申诉)有关的费用支出。\n"
    )
    figures = _figures(text)
    assert figures.get("administrative_reviews") == [0]
    assert figures.get("administrative_lawsuits") == [0]
    assert "fees_collected" not in figures


# --- 属于已主动公开范围 beside 同意公开: the granted count is the 同意公开 one ----------------

_BUREAU_2017_APPS = (
    "某某市住房和城乡建设局2017年政府信息公开工作年度报告\n"
    "三、依申请公开情况\n全年共接收政府信息公开申请27件。\n"
)


def _granted(text: str) -> int | None:
    q = gr.parse(text).figure(gr.FigureKind.APPLICATIONS_GRANTED)
    return None if q is None else int(q.value)


def test_granted_figure_is_the_agreed_count_not_the_already_public_one() -> None:
    # the 2014 form keeps 属于已主动公开范围数 and 同意公开答复数 apart: the report's
    # granted figure is the one worded 同意公开, whichever comes first
    text = _BUREAU_2017_APPS + (
        "在已答复的27件中,属于已主动公开范围的5件,同意公开的12件,同意部分公开的4件,"
        "不予公开的2件,非本机关政府信息的3件,信息不存在的1件。\n"
    )
    assert _granted(text) == 12


def test_already_public_answers_alone_still_read_as_granted() -> None:
    # near case: with no 同意公开 count, the answers that point to what is public are read
    text = _BUREAU_2017_APPS + "其中告知已主动公开的5件,不予公开的2件。\n"
    assert _granted(text) == 5


# --- a bracketed note inside the name before the year: 区委（区政府）办公室2017年… ------------


def test_title_runs_back_over_a_note_inside_the_name() -> None:
    text = (
        "根据《中华人民共和国政府信息公开条例》的规定,现公布青禾区委(区政府)办公室2017年政府"
        "信息公开年度报告。报告中所列数据的统计起止时间为2017年1月1日至2017年12月31日。\n"
        "一、概述\n我办高度重视信息公开工作。\n"
    )
    report = gr.parse(text)
    assert report.title == "青禾区委(区政府)办公室2017年政府信息公开年度报告"


def test_note_after_a_whole_name_before_the_year_still_leaves_the_name() -> None:
    # near case: the note between a whole name and the year (r-mid's fix) is unchanged
    text = "云溪海关(本级机关)2020年政府信息公开工作年度报告\n一、总体情况\n"
    assert gr.parse(text).agency == "云溪海关"


def test_compiling_joined_to_another_verb_is_not_cut_in_half() -> None:
    # near case: 编制和公开了… is a sentence about a report: its verb is not taken off
    # alone (a title 和公开了2016年度… would read worse than the sentence)
    text = "一、概述\n1.我局根据要求,编制和公开了2016年度信息公开年度报告,共发布信息12条。\n"
    title = gr.parse(text).title
    assert title is None or not title.startswith("和")


# --- a name before the words that announce the report: X管委会特向社会公布2016年度… -----------


def test_name_before_an_announcing_verb_is_the_agency() -> None:
    text = (
        "依照《中华人民共和国政府信息公开条例》,青禾沿海工业城管委会特向社会公布2016年度本级"
        "政府信息公开年度报告。全文包括概述、主动公开政府信息情况等,具体情况如下:\n"
        "一、概述\n2016年,我委认真贯彻落实《条例》。\n"
    )
    report = gr.parse(text)
    assert report.agency == "青禾沿海工业城管委会"
    assert report.title is None or "公布" not in report.title


def test_self_reference_before_an_announcing_verb_names_no_agency() -> None:
    # near case: 我委 before the verb is no name
    text = (
        "根据《中华人民共和国政府信息公开条例》,我委特向社会公布2016年度本级政府信息公开"
        "年度报告。\n一、概述\n2016年,我委认真贯彻落实《条例》。\n"
    )
    assert gr.parse(text).agency is None


# --- 结转至2018年: carried forward into the year after the report's, named by number --------


def test_carried_into_the_next_year_by_number_is_carried_forward() -> None:
    text = _BUREAU_2017_APPS + "办理完毕25件,2件结转至2018年继续办理。\n"
    assert _figures(text).get("applications_carried_forward") == [2]


def test_carried_into_another_year_by_number_is_not_carried_forward() -> None:
    # near case: a year that is not the next one says nothing of this report's carry-forward
    text = _BUREAU_2017_APPS + "办理完毕25件,2件结转至2019年继续办理。\n"
    assert "applications_carried_forward" not in _figures(text)
