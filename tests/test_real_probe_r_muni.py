"""Municipal and district bureaus, offices and sub-district reports (北京, 天津, 上海, 重庆),
read by hand: a count up to a month before December (截至11月30日，…; 1至11月，…) and a
total up to now after the year's own count (…共公开606条，目前总计公开2739条) read as the
year's.  Each fixture is made up here (青禾街道, invented numbers) and each fix has a near
case that keeps its reading.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.model import FigureKind

_TITLE = "云溪区青禾街道办事处2013年度政府信息公开年度报告\n"
_HEAD = _TITLE + "一、概述\n2013年，我街道认真贯彻落实《条例》。\n二、主动公开情况\n"


def _proactive(text: str) -> list[int | float]:
    report = gr.parse(text)
    return [f.quantity.value for f in report.figures if f.kind is FigureKind.PROACTIVE_DISCLOSURES]


@pytest.mark.parametrize(
    "opening",
    [
        "截至11月30日，本街道共",  # (a day of an earlier month)
        "2013年1月至10月，本街道共",  # (a span of months that ends before December)
        "1-10月，本街道共",
        "截至十一月底，本街道共",
        "截至10月31日本街道共",  # (the date in the count's own clause)
        "截至2012年底，本街道共",  # (the end of another year)
        "截至2012年12月31日，本街道共",
    ],
)
def test_a_count_up_to_a_day_before_the_year_end_is_not_the_year(opening: str) -> None:
    text = _HEAD + opening + "主动公开政府信息426条，全文电子化率达100%。\n"
    assert _proactive(text) == []


@pytest.mark.parametrize(
    "opening",
    [
        "截至12月31日，本街道共",  # (the year's end)
        "到12月10日为止，经审核确定的",  # (a day of December: a report drawn up then)
        "截至2013年12月底，本街道共",
        "截至2013年底，本街道共",
        "2013年1月至12月，本街道共",
        "1-12月，本街道共",
        "2013年1月1日至12月31日，本街道共",
        "自5月1日起，本街道共",  # (a start, not an end)
    ],
)
def test_a_count_up_to_the_year_end_still_reads(opening: str) -> None:
    text = _HEAD + opening + "主动公开政府信息426条，全文电子化率达100%。\n"
    assert _proactive(text) == [426]


def test_a_period_that_ends_so_is_the_reports_own() -> None:
    # near case: the report's statistics period itself ends on that day (a report drawn up
    # before the year's end): the count over it is the report's own
    period = "本报告中所列数据的统计期限自2013年1月1日起至2013年11月30日止。\n"
    count = "截至11月30日，本街道共主动公开政府信息426条。\n"
    assert _proactive(_TITLE + period + "一、概述\n" + count) == [426]


def test_a_total_to_now_after_the_years_count_is_not_a_figure() -> None:
    # the year's count, then in the same sentence all the body has disclosed to now
    # (目前…总计): the second is a total to date, no figure of the year
    text = (
        _HEAD + "本街道2013年共主动公开政府信息318条，全文电子化率达100%，"
        "目前本街道总计主动公开政府信息1952条。\n"
    )
    assert _proactive(text) == [318]


@pytest.mark.parametrize(
    "sentence",
    [
        # near case: 目前 before the only count of its kind in the sentence
        "本街道高度重视公开工作，目前共主动公开政府信息318条，全文电子化率达100%。\n",
        # near case: another kind before it (the applications are still read)
        "本街道2013年共主动公开政府信息318条，目前共收到政府信息公开申请4件。\n",
    ],
)
def test_a_count_to_now_alone_in_its_sentence_still_reads(sentence: str) -> None:
    report = gr.parse(_HEAD + sentence)
    assert report.figures[0].quantity.value == 318
    assert len(report.figures) == sentence.count("件") + 1


@pytest.mark.parametrize(
    ("compilers", "agency"),
    [
        # (read before: agency 青禾区政府, the last of the two, as the subject before 共同)
        ("云溪区政府、青禾区政府共同", None),
        ("青禾区政府", "青禾区政府"),  # near case: one body before 编制
    ],
)
def test_a_report_bodies_compile_together_names_no_one_of_them(
    compilers: str, agency: str | None
) -> None:
    preamble = "引言\n本年度报告根据《条例》和《规定》要求，由" + compilers + "编制。"
    rest = "本年度报告中所列数据的统计期限自2015年1月1日起至12月31日止。\n一、概述\n"
    body = "2015年，全面贯彻本市要求。\n二、主动公开情况\n全年主动公开政府信息2350条。\n"
    report = gr.parse(preamble + rest + body)
    assert report.agency == agency
    why = [p.message for p in report.problems if p.code == "identity.agency_missing"]
    if agency is None:
        assert len(why) == 1 and "“云溪区政府、青禾区政府”共同报告" in why[0]
    else:
        assert why == []


def _report_2015(sentence: str) -> gr.Report:
    title = "云溪区青禾街道办事处2015年政府信息公开工作年度报告\n"
    return gr.parse(title + "一、主动公开政府信息情况\n" + sentence + "\n")


#: a 2015 report: (the sentence, the proactive counts read, whether 本年度 is undecided)
_YEAR_PARTS = [
    # 青禾街道2014年底累计…，其中本年度新增…: 本年度 may be 2014 (the year of the total's
    # sentence) or 2015 (the report's): no figure, a problem says why
    (
        "青禾街道办事处2014年底累计主动公开政府信息512条，全文电子化率达100%，"
        "其中本年度新增的主动公开信息63条。",
        [],
        True,
    ),
    # near cases: the total runs to the end of the report's own year, or from a year
    # before it, or the part names its year
    (
        "青禾街道办事处2015年底累计主动公开政府信息512条，其中本年度新增的主动公开信息63条。",
        [63],
        False,
    ),
    ("青禾街道办事处2014年底累计主动公开政府信息449条，2015年新增主动公开信息63条。", [63], False),
    ("自2008年以来累计主动公开政府信息512条，其中本年度新增主动公开信息63条。", [63], False),
]


@pytest.mark.parametrize(("sentence", "values", "undecided"), _YEAR_PARTS)
def test_the_years_part_of_another_years_total_is_undecided(
    sentence: str, values: list[int], undecided: bool
) -> None:
    report = _report_2015(sentence)
    assert [f.quantity.value for f in report.figures] == values
    unclear = [p.message for p in report.problems if p.code == "figures.year_unclear"]
    assert len(unclear) == undecided and all("2014年还是报告年度2015年" in m for m in unclear)


@pytest.mark.parametrize("office", ["信息公开办公室", "政务公开办公室", "党政办公室"])
def test_a_bodys_disclosure_office_in_the_contact_line_names_the_body(office: str) -> None:
    # (read before, for 信息公开办公室: no agency, identity.agency_missing saying that no
    # name is given, though the contact line gives the street's); the others, near cases
    text = (
        "本报告是根据《条例》要求编制。如对报告有任何疑问，请与云溪区青禾街道办事处"
        + office
        + "联系（地址：云溪区青禾路8号）。\n一、概述\n本街道2009年共主动公开政府信息155条。\n"
    )
    report = gr.parse(text)
    assert report.agency == "云溪区青禾街道办事处"
    assert "identity.agency_missing" not in [p.code for p in report.problems]


@pytest.mark.parametrize(
    ("title", "agency"),
    [
        # (read before: agency 青禾区, title 青禾区2015年…: the last of the two bodies)
        ("云溪区、青禾区2015年政府信息公开工作年度报告", None),
        # near cases: one body; a list's number before the title's name
        ("青禾区2015年政府信息公开工作年度报告", "青禾区"),
        ("1、青禾区2015年政府信息公开工作年度报告", "青禾区"),
    ],
)
def test_a_title_that_names_two_bodies_names_no_agency(title: str, agency: str | None) -> None:
    report = gr.parse(title + "\n一、概述\n全年主动公开政府信息300条。\n")
    assert report.agency == agency
    assert report.title == title.removeprefix("1、")
    missing = [p.message for p in report.problems if p.code == "identity.agency_missing"]
    assert len(missing) == (agency is None)
    assert all("“云溪区、青禾区”共同报告" in m for m in missing)
