"""Change and comparison sentences (同比, 较上年, 增加/减少 N件, 与去年持平) and counts that
mix the units 次 and 人次, read by hand on real 2012-2025 pages: a change or the year
before's count must never be read as the year's figure, and the parts of a count of
consultations given partly in 人次 (visits) and partly in 次 (calls) are its parts, not
more counts of consultations.

Fixtures are this file's own (numbers made up, after r-east's head of 云溪区青禾街道), in
the official form; each fix has a near case that must keep its reading.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.model import FigureKind
from test_real_probe_r_east import _HEAD, _parts  # (a 2020 report's head; one breakdown)

K = FigureKind


def _values(text: str, kind: FigureKind) -> list[int | float]:
    return [f.quantity.value for f in gr.parse(text).figures if f.kind is kind]


# --- 次 and 人次 in one list of consultations --------------------------------------------

_MIXED = (
    _HEAD + "全年共接待群众咨询约820次，其中便民服务大厅接待310人次，咨询电话接听460次，"
    "当面咨询接待50次。\n"
)


def test_parts_in_visits_and_calls_are_parts_of_the_consultations() -> None:
    # 咨询820次，其中大厅接待310人次，电话460次，当面50次: the visits (人次) and the calls
    # (次) divide the one count; the calls were read as two more counts of consultations
    assert _values(_MIXED, K.CONSULTATIONS) == [820]
    assert _parts(_MIXED) == [
        ("便民服务大厅接待", 310),
        ("咨询电话接听", 460),
        ("当面咨询接待", 50),
    ]


def test_a_count_of_visits_after_a_complete_list_is_no_part() -> None:
    # near case: the calls add up to the whole; the trainees (人次) after the clause comma
    # count something else and stay out of the list
    text = (
        _HEAD + "全年共接待群众咨询740次，其中电话咨询520次，现场咨询220次，"
        "参加政务公开培训130人次。\n"
    )
    assert _values(text, K.CONSULTATIONS) == [740]
    assert _parts(text) == [("电话咨询", 520), ("现场咨询", 220)]


def test_calls_beside_visits_with_no_list_still_read() -> None:
    # near case: no 其中 and no sum: the calls are the count of consultations, the visits
    # to the hall are not consultations
    text = _HEAD + "全年共接待群众来访270人次，接听咨询电话430次。\n"
    assert _values(text, K.CONSULTATIONS) == [430]


def test_a_total_after_visits_and_calls_makes_them_its_parts() -> None:
    # 现场咨询46人次，电话咨询31次，网上答复咨询9人次，共计86人次: the channels, in both
    # units, add up to the total after them; the first channel (46) was read as the year's
    # consultations, and the total was missed when its unit differed from the last part's
    text = _HEAD + "全年接待现场咨询46人次，接听咨询电话31次，网上答复咨询9人次，共计86人次。\n"
    assert _values(text, K.CONSULTATIONS) == [86]
    text = _HEAD + "全年现场咨询46人次，电话咨询31次，合计77人次。\n"
    assert _values(text, K.CONSULTATIONS) == [77]


def test_channels_with_a_total_of_something_else_still_read() -> None:
    # near case: 合计 after other words (培训人员合计) is no total of the consultations
    text = _HEAD + "全年现场咨询46人次，电话咨询31次，培训人员合计77人次。\n"
    assert _values(text, K.CONSULTATIONS) == [46, 31]


# --- a part's count of the year before, inside a list ------------------------------------


def test_a_parts_count_of_the_year_before_is_no_part() -> None:
    # 其中政策文件380条，上年为310条，政策解读95条: the 310 is what the first part counted a
    # year before, not a third part of this year's total
    text = (
        _HEAD + "全年主动公开政府信息2140条，其中政策文件380条，上年为310条，政策解读95条，"
        "2019年为88条。\n"
    )
    assert _parts(text) == [("政策文件", 380), ("政策解读", 95)]
    assert _values(text, K.PROACTIVE_DISCLOSURES) == [2140]


def test_a_part_of_the_year_before_by_its_kind_still_reads() -> None:
    # near case: 上年结转 names the applications carried over, a part of those handled;
    # and a part labelled with the report's own year is the year's part
    text = _HEAD + "全年共处理政府信息公开申请26件，其中上年结转4件，2020年新收22件。\n"
    assert _parts(text) == [("上年结转", 4), ("2020年新收", 22)]


def test_a_list_of_a_total_by_year_keeps_its_earlier_years() -> None:
    # near case: a total over two years divided by year (累计…，其中本年…条，上年…条):
    # the earlier year is a part, not a comparison with the part before it
    text = _HEAD + "近两年共受理政府信息公开申请63件，其中今年27件，去年36件。\n"
    assert _parts(text) == [("今年", 27), ("去年", 36)]


# --- 在主动公开的信息中: a sentence that opens with the parts of the total before it -------


def test_the_parts_of_all_disclosures_in_the_next_sentence_make_it_the_total() -> None:
    # 主动公开政府信息共412条。在主动公开的信息中，通过网站公开230条…；报刊70条…；其他112条
    # …: the next sentence divides the 412 by channel, and a subsection then gives the
    # website's 230 with its own list that adds up; the 412, not the website's count, is
    # the year's figure (the 230's sum made it rank first)
    text = (
        _HEAD + "\n我街道2020年主动公开政府信息共412条。在主动公开的信息中，通过区政府网站公开"
        "信息230条，占总体比例的56%；通过新闻报刊公开信息70条，占总体比例的17%；通过其他"
        "方式公开信息112条，占总体比例的27%。\n（一）区政府网站街道主页。设工作动态、通知"
        "公告等栏目，2020年共主动公开政府信息230条，其中工作动态类信息50条，通知公告类信息"
        "120条，其他信息60条。\n"
    )
    assert _values(text, K.PROACTIVE_DISCLOSURES)[0] == 412
    assert [(b.total.value, len(b.parts)) for b in gr.parse(text).breakdowns] == [
        (412, 3),
        (230, 3),
    ]


def test_a_list_of_the_disclosed_that_does_not_add_up_is_no_list_of_the_total() -> None:
    # near case: 制作信息40条，其中主动公开32条，依申请公开8条。在公开信息中，A 6条，B 14
    # 条，C 9条: the list divides some of the disclosed, not the 40 before it; with no sum
    # the text does not say whose list it is: no breakdown, no false alarm
    text = (
        _HEAD + "\n2020年我街道共制作信息40条，其中主动公开信息32条，依申请公开信息8条。"
        "在公开信息中，规划计划类信息6条，占比18.75%；行政许可类信息14条，占比43.75%；"
        "其他信息9条，占比28.1%。\n"
    )
    report = gr.parse(text)
    assert [(b.total.value, len(b.parts)) for b in report.breakdowns] == [(40, 2)]
    assert "prose.breakdown" not in [p.code for p in report.validate()]


def test_a_bracketed_list_of_a_part_keeps_its_parts_past_a_semicolon() -> None:
    # (shape of r-early/036, after the sentence opening above) …业务动态类信息58条，占97%，
    # （其中批复文件40条，占67%；业务信息13条，…）: the part's own list runs to its closing
    # bracket, not to the first ；, which ends an unbracketed list of a part
    text = (
        _HEAD + "\n我街道2020年共主动公开政府信息60条。\n在主动公开的信息中，机构职能类信息2条，"
        "占3%；规划计划类信息0条，占0%；业务动态类信息58条，占97%，（其中批复文件40条，"
        "占67%；业务信息13条，占22%，工作总结5条，占8%）。\n"
    )
    breakdowns = gr.parse(text).breakdowns
    assert [(b.total.value, [p.quantity.value for p in b.parts]) for b in breakdowns] == [
        (60, [2, 0, 58]),
        (58, [40, 13, 5]),
    ]


# --- 主动公开街道信息: the reporting body's own information is the whole ------------------


def test_the_bodys_own_information_is_the_years_disclosures() -> None:
    # 本街道…主动公开街道信息318条。此外，还通过…微信公众号，发布信息645条: the street
    # office's own information is all it disclosed; the count was missed, and the WeChat
    # account's count was read as the year's disclosures
    text = (
        _HEAD + "\n（一）主动公开\n2020年，本街道在区政府网站上主动公开街道信息318条。"
        "此外，还通过青禾发布微信公众号，发布信息645条。\n"
    )
    assert _values(text, K.PROACTIVE_DISCLOSURES)[0] == 318


def test_the_information_of_sub_units_is_still_no_whole() -> None:
    # near case: 各街道信息 names the street offices under a district, a topic (a part)
    text = _HEAD + "\n（一）主动公开\n2020年，全区主动公开各街道信息318条。\n"
    assert _values(text, K.PROACTIVE_DISCLOSURES) == []


# --- 上年/去年 as a clause's subject beside the report's own year ---------------------------


# (the sentence, the kind, the values it must give, in order)
YEAR_BEFORE_CASES = [
    # 上年收到申请3件，本年收到5件: the sentence names the report's year (本年, 全年) for the
    # other count, so 上年 is the year before, not (as a writer of the next year may say)
    # the report's year; its count was read first
    ("上年收到政府信息公开申请4件，本年收到政府信息公开申请9件。", K.APPLICATIONS_RECEIVED, [9]),
    ("全年未收到政府信息公开申请，而上年共收到政府信息公开申请4件。", K.APPLICATIONS_RECEIVED, [0]),
    # a count in a bracketed note of the year before (本年度未发生行政复议（上年1件）): the
    # 1 was read as the year's reviews
    ("本年度未发生行政复议（上年2件）。", K.ADMINISTRATIVE_REVIEWS, []),
    ("全年共收到政府信息公开申请31件（上年为47件）。", K.APPLICATIONS_RECEIVED, [31]),
    # near case: a note of the carried-over ones is still read as such
    ("全年共受理政府信息公开申请31件（含上年结转2件）。", K.APPLICATIONS_CARRIED_OVER, [2]),
    # near cases (documented: 去年/上年 as subject = the report's year): alone, or beside
    # 今年 (which a report written in the next year may use for that next year)
    ("去年我街道共受理政府信息公开申请6件，全部按时答复。", K.APPLICATIONS_RECEIVED, [6]),
    (
        "去年共主动公开政府信息310条，今年共主动公开政府信息85条。",
        K.PROACTIVE_DISCLOSURES,
        [310, 85],
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "values"), YEAR_BEFORE_CASES)
def test_the_year_before_is_the_reports_unless_the_sentence_names_it(
    sentence: str, kind: FigureKind, values: list[int]
) -> None:
    assert _values(_HEAD + sentence + "\n", kind) == values
