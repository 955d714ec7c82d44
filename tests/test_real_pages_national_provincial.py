"""Misreadings found by hand on real pages of the 国务院部门, the provinces and their
departments, the municipalities with their districts and the development zones (2008-2024).

Each fixture below is made up for its test (places 云溪/青禾, numbers invented) in the
form the real page has, without its wording, and comes with a near case that still reads.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.model import FigureKind

K = FigureKind


def _codes(text: str) -> set[str]:
    """The problem codes of the report ``text`` parses to."""
    return {problem.code for problem in gr.parse(text).validate()}


def _table_figures(text: str) -> dict[FigureKind, int | float]:
    return {f.kind: f.quantity.value for f in gr.parse(text).figures if f.from_table}


def _parts(report: gr.Report) -> list[list[tuple[str, int | float]]]:
    return [[(p.label, p.quantity.value) for p in b.parts] for b in report.breakdowns]


# --- table 三 flattened one cell a line, cut after a list number -----------------------


def _cells(*cells: str) -> str:
    return "".join(f"{c} |\n" for c in cells)


FLAT_TABLE3 = (
    "青禾区规划局2021年政府信息公开工作年度报告\n"
    "三、收到和处理政府信息公开申请情况\n"
    + _cells("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况")
    + "||||||||\n"
    + _cells("自然人", "法人或其他组织", "总计")
    + "|||||||\n"
    + _cells("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
    + "|||||\n"
    + _cells("一、本年新收政府信息公开申请数量", "5", "5")
    + "|||||||\n"
    + _cells("二、上年结转政府信息公开申请数量", "0", "0")
    + "|||||||\n"
    + _cells("三、本年度办理结果", "(一)予以公开", "4", "4")
    + "||||||\n"
    + _cells("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "0")
    + "||||||||\n"
    + "(三)不予公开 |\n1.\n"
)


def test_the_number_of_a_cut_label_is_no_cell() -> None:
    # the page ends at "1." of the row 1.属于国家秘密: read before as a total of 1 for
    # 部分公开 (whose one printed number is 0)
    got = _table_figures(FLAT_TABLE3)
    assert got[K.APPLICATIONS_RECEIVED] == 5
    assert got[K.APPLICATIONS_GRANTED] == 4
    assert got.get(K.APPLICATIONS_PARTIALLY_GRANTED) in (None, 0)


def test_a_cell_after_the_label_number_still_reads() -> None:
    text = FLAT_TABLE3.replace(
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形) |\n0 |\n",
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形) |\n1 |\n1 |\n",
    ).replace("(三)不予公开 |\n1.\n", "")
    text = text.replace("|\n4 |\n4 |", "|\n3 |\n3 |")
    assert _table_figures(text)[K.APPLICATIONS_PARTIALLY_GRANTED] == 1


# --- a number in a quoted name is no part ------------------------------------------------

QUOTED_NUMBER = (
    "云溪海关2016年政府信息公开年度报告\n"
    "一、主动公开政府信息的情况\n"
    "2016年，我关主动公开政府信息520条，其中：通过门户网站公开各类信息共340条，"
    "通过“云溪海关12360”政务微博微信发布信息180条，内容包括政策法规、办事指南等。\n"
)


def test_a_number_in_a_quoted_name_is_no_part() -> None:
    # read before as a part 12360 of three, and a false prose.breakdown (12360 + … ≠ 520)
    r = gr.parse(QUOTED_NUMBER)
    assert [v for _, v in _parts(r)[0]] == [340, 180]
    assert "12360" in _parts(r)[0][1][0]
    assert "prose.breakdown" not in _codes(QUOTED_NUMBER)


def test_parts_that_do_not_add_up_beside_a_quoted_name_still_warn() -> None:
    text = QUOTED_NUMBER.replace("180条", "170条")
    assert "prose.breakdown" in _codes(text)


# --- a report a sentence names is no title ------------------------------------------------

NAMED_IN_A_SENTENCE = (
    "一、总体情况\n"
    "2.主动公开情况\n"
    "年内，规范发布2019年度政务公开年度报告，及时更新政府信息公开指南。"
    "全年主动公开政府信息320条。\n"
)


def test_a_report_a_sentence_names_gives_no_title() -> None:
    # read before: title 规范发布2019年度政务公开年度报告, year 2019 from it (as the title's)
    r = gr.parse(NAMED_IN_A_SENTENCE)
    assert r.title is None or "规范发布" not in r.title


def test_a_report_announced_in_a_sentence_is_still_the_title() -> None:
    text = "根据《条例》，现公布2019年度云溪区财政局政府信息公开工作年度报告。\n一、概述\n"
    r = gr.parse(text)
    assert r.year == 2019
    assert r.agency == "云溪区财政局"


# --- the name before 发布 and the year of a news title ------------------------------------


def test_a_name_before_fabu_and_the_year_is_the_agency() -> None:
    # read before: agency None (identity.agency_missing)
    text = "云溪海关发布2013年政府信息公开工作年度报告\n一、主要工作概述\n2013年，本关推进公开。\n"
    r = gr.parse(text)
    assert (r.agency, r.year) == ("云溪海关", 2013)


def test_an_announcing_lead_before_the_year_is_no_agency() -> None:
    text = "根据《条例》，特向社会公布2013年度信息公开年度报告。\n一、概述\n我局推进公开。\n"
    assert gr.parse(text).agency is None


# --- a name with a bracketed note before the year -----------------------------------------


def test_a_name_with_a_bracketed_note_before_the_year_is_the_agency() -> None:
    # read before: agency None, title 2020年政府信息公开工作年度报告
    text = (
        "云溪海关（本级机关）2020年政府信息公开工作年度报告\n"
        "一、总体情况\n2020年，本关主动公开政府信息88条。\n"
    )
    r = gr.parse(text)
    assert (r.agency, r.year) == ("云溪海关", 2020)
    assert r.title == "云溪海关(本级机关)2020年政府信息公开工作年度报告"


def test_a_bracket_of_words_that_are_no_name_gives_no_agency() -> None:
    text = "经研究（本年度）2020年政府信息公开工作年度报告\n一、总体情况\n我局推进公开。\n"
    assert gr.parse(text).agency is None


# --- the information of the key areas is a part of the disclosures ------------------------

KEY_AREAS = (
    "云溪经济开发区管理委员会2016年政府信息公开工作年度报告\n"
    "二、主动公开情况\n"
    "（一）主动公开总体情况\n"
    "2016年，通过政府网站、政务微博等渠道公开政府信息2150条。\n"
    "（二）政务公开要点落实情况\n"
    "2016年，我委重点公开财政预决算、环境保护等信息，全年主动公开重点领域政府信息310条。\n"
)


def _values(text: str, kind: FigureKind = K.PROACTIVE_DISCLOSURES) -> list[int | float]:
    """The values of the figures of ``kind`` read from ``text``."""
    return [f.quantity.value for f in gr.parse(text).figures if f.kind is kind]


_proactive = _values


def test_the_key_areas_information_is_no_proactive_total() -> None:
    # read before: proactive_disclosures 310 (the key areas' share of the 2150)
    assert 310 not in _proactive(KEY_AREAS)


def test_the_information_of_all_areas_is_still_the_proactive_total() -> None:
    text = KEY_AREAS.replace("主动公开重点领域政府信息310条", "主动公开各领域政府信息2150条")
    # (the overview's count over the website and the new media together says the same:
    # 通过政府网站、政务微博等渠道 names all the channels)
    assert set(_proactive(text)) == {2150}


# --- 本年增/减 written with a word: 增15, 减4 ---------------------------------------------

SIGN_WORDS = (
    "2021年度云溪县水利局政府信息公开年度报告\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(一)项 | ||||\n"
    "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | |\n"
    "规章 | 0 | 0 | 0 | |\n"
    "规范性文件 | 1 | 1 | 3 | |\n"
    "第二十条第(五)项 | ||||\n"
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n"
    "行政许可 | 8 | 增12 | 31 | |\n"
    "第二十条第(六)项 | ||||\n"
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n"
    "行政处罚 | 6 | 减2 | 9 | |\n"
)


def test_a_change_written_with_a_word_reads_with_its_sign() -> None:
    # read before: None with table2.cell_unreadable ('增12', '减2')
    cells = dict(gr.parse(SIGN_WORDS).active_disclosure.cells())  # type: ignore[union-attr]
    assert (cells["licensing.change"], cells["penalties.change"]) == (12, -2)
    assert "table2.cell_unreadable" not in _codes(SIGN_WORDS)


def test_a_word_without_a_number_is_still_unreadable() -> None:
    assert "table2.cell_unreadable" in _codes(SIGN_WORDS.replace("增12", "增加"))


# --- a channel's count with its share of the whole is a part ------------------------------

CHANNEL_SHARES = (
    "青禾省2019年政府信息公开工作年度报告\n"
    "二、主动公开政府信息情况\n"
    "2019年，全省累计公开政府信息210.5万条。从公开渠道来看，政府网站公开信息150.2万条，"
    "占比71.35%；政务新媒体公开信息60.3万条，占比28.65%。\n"
)


# --- counts of channels worded without 主动 --------------------------------------------

CHANNELS_WEAK = (
    "云溪州公安局2023年度政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "（一）主动公开\n"
    "2023年，州公安局通过政府网站公开政府信息612条，通过政务新媒体公开政府信息1930条，"
    "通过其他方式公开政府信息41条。\n"
)


_ALL_CHANNELS = "通过政府网站、政务新媒体等渠道公开政府信息2583条"
_EACH_CHANNEL = (
    "通过政府网站公开政府信息612条，通过政务新媒体公开政府信息1930条，通过其他方式公开政府信息41条"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # read before: 1502000 and 603000, each channel's count with its share (the
        # 2019年，全省累计…210.5万条 before them sums the year: the whole, read)
        pytest.param(CHANNEL_SHARES, [2105000], id="channel-with-share"),
        pytest.param(
            CHANNEL_SHARES.replace("。从公开", "。\n全年公开信息3200条。从公开"),
            [2105000, 3200],
            id="no-share-still-reads",
        ),
        pytest.param(
            CHANNEL_SHARES.replace("。从公开", "。\n全年公开信息3200条，占全市的12%。从公开"),
            [2105000, 3200],
            id="share-of-a-larger-whole",
        ),
        # read before: 612, 1930 and 41, each channel's count
        pytest.param(CHANNELS_WEAK, [], id="channels-without-zhudong"),
        pytest.param(
            CHANNELS_WEAK.replace(_EACH_CHANNEL, _ALL_CHANNELS), [2583], id="all-channels"
        ),
    ],
)
def test_a_channel_count_is_no_proactive_total(text: str, expected: list[int]) -> None:
    assert _proactive(text) == expected


# --- published questions and answers are no consultations ------------------------------

QA_ITEMS = (
    "云溪区人民政府办公室2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "（一）主动公开。围绕教育、养老、医疗等问题，集中公开发布高频政策咨询事项问答185条。\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(QA_ITEMS, [], id="questions-and-answers"),  # read before: 185
        pytest.param(
            QA_ITEMS.replace("集中公开发布高频政策咨询事项问答185条", "全年解答政策咨询185次"),
            [185],
            id="consultations-answered",
        ),
    ],
)
def test_published_questions_and_answers_are_no_consultations(
    text: str, expected: list[int]
) -> None:
    assert _values(text, K.CONSULTATIONS) == expected


# --- a ministry's name of three characters -----------------------------------------------


@pytest.mark.parametrize(
    ("before_the_year", "agency"),
    [
        pytest.param("青禾部", "青禾部", id="ministry"),  # read before: None (agency_missing)
        pytest.param("工作组", None, id="no-name"),
    ],
)
def test_a_name_of_three_characters_before_the_year(
    before_the_year: str, agency: str | None
) -> None:
    text = f"{before_the_year}2020年政府信息公开工作年度报告\n一、总体情况\n我部公开信息420条。\n"
    assert gr.parse(text).agency == agency


# --- an office's report: the government of the contact line is not its name --------------

OFFICE = (
    "本报告根据《条例》要求编制。如对本报告有任何疑问，请与青禾市人民政府办公室秘书科联系"
    "（电话：0777-1234567）。\n"
    "一、政府信息公开工作的基本情况\n"
    "我办把政府信息公开工作列入日常工作，落实具体人员负责（其中全职1人，兼职3人）。\n"
)


def test_an_office_is_not_named_by_its_government() -> None:
    # read before: agency 青禾市人民政府 (the contact line, cut at 人民政府), then None with
    # identity.agency_missing; the office the contact line names is the body (我办)
    r = gr.parse(OFFICE)
    assert r.agency == "青禾市人民政府办公室"
    assert "identity.agency_missing" not in _codes(OFFICE)


def test_a_bureau_named_by_the_contact_line_is_still_read() -> None:
    text = OFFICE.replace("青禾市人民政府办公室秘书科", "青禾市财政局办公室").replace(
        "我办", "我局"
    )
    assert gr.parse(text).agency == "青禾市财政局"


# --- the words of the sentence leading to a report's name are no part of the title --------


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # read before: 由青禾新区管委会编制的2017年度政府信息公开年度报告
        pytest.param(
            "本年报是根据《条例》要求，由青禾新区管委会编制的2017年度政府信息公开年度报告。",
            "青禾新区管委会2017年度政府信息公开年度报告",
            id="compiled-by",
        ),
        # read before: 特编制青禾产业园2018年度政府信息公开工作年度报告
        pytest.param(
            "根据有关要求，特编制青禾产业园2018年度政府信息公开工作年度报告，并向社会公布。",
            "青禾产业园2018年度政府信息公开工作年度报告",
            id="te-bianzhi",
        ),
        pytest.param(
            "青禾市委编办2018年度政府信息公开工作年度报告\n",
            "青禾市委编办2018年度政府信息公开工作年度报告",
            id="bian-in-a-name",
        ),
    ],
)
def test_the_lead_of_a_sentence_is_no_part_of_the_title(sentence: str, title: str) -> None:
    assert gr.parse(sentence + "\n一、概述\n我委推进公开。\n").title == title
