"""Narrative reports (2008-2018) read by hand for fees, appeals and the outcomes of
applications: a count whose noun follows it (2件行政复议、1件行政诉讼; 其中9件同意公开、
3件部分公开) was read with the noun of the count before it as its own lead.

Fixtures are this file's own (places 云溪/青禾 and numbers made up), in the official
form; each fix has a near case that must keep its reading.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_HEAD = (
    "云溪县人民政府2014年政府信息公开工作年度报告\n"
    "本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n"
)


def _figures(text: str) -> list[tuple[str, int | float]]:
    return [(f.kind.value, f.quantity.value) for f in gr.parse(text).figures]


@pytest.mark.parametrize(
    ("body", "wrong", "right"),
    [
        # 4件行政复议、2件行政诉讼: 行政复议 is the noun of 4件; the 2 counts lawsuits
        (
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n全年共有4件行政复议、2件行政诉讼。",
            ("administrative_reviews", 2),
            ("administrative_reviews", 4),
        ),
        # 2件行政复议和3件行政诉讼: the same with 和 between the two
        (
            "五、行政复议和行政诉讼情况\n全年发生2件行政复议和3件行政诉讼。",
            ("administrative_reviews", 3),
            ("administrative_reviews", 2),
        ),
        # 其中9件同意公开、3件部分公开: 3 counts the partly granted, not the granted
        (
            "三、依申请公开政府信息情况\n2014年共收到政府信息公开申请12件，"
            "其中9件同意公开、3件部分公开。",
            ("applications_granted", 3),
            ("applications_received", 12),
        ),
    ],
)
def test_a_count_before_its_noun_is_not_read_with_the_noun_before_it(
    body: str, wrong: tuple[str, int], right: tuple[str, int]
) -> None:
    got = _figures(_HEAD + body + "\n")
    assert wrong not in got
    assert right in got


def test_counts_after_their_nouns_still_read() -> None:
    # near case: the usual order (noun, then number) keeps every reading
    text = (
        _HEAD + "三、依申请公开政府信息情况\n2014年共收到政府信息公开申请12件，"
        "其中同意公开9件、部分公开3件。\n五、行政复议和行政诉讼情况\n"
        "全年发生行政复议4件、行政诉讼2件。\n"
    )
    got = _figures(text)
    for pair in (
        ("applications_received", 12),
        ("applications_granted", 9),
        ("applications_partially_granted", 3),
        ("administrative_reviews", 4),
        ("administrative_lawsuits", 2),
    ):
        assert pair in got


def test_a_label_after_wei_still_reads() -> None:
    # near case: 4件为网上申请、1件为信函申请 (the existing rule for a label after 为)
    text = (
        _HEAD + "三、依申请公开政府信息情况\n2014年共收到政府信息公开申请5件，"
        "其中网上申请4件、信函申请1件。\n"
    )
    got = _figures(text)
    assert ("applications_online", 4) in got
    assert ("applications_by_letter", 1) in got


_SOURCES = (
    "根据《中华人民共和国政府信息公开条例》规定，结合2014年青禾县各乡镇人民政府及县政府"
    "各工作部门的政府信息公开工作年度报告编成本报告。\n一、概述\n2014年，我县稳步推进"
    "政府信息公开工作。\n"
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # …结合2014年青禾县各乡镇…的政府信息公开工作年度报告编成本报告: the sentence names
        # the reports this one is compiled from; none is this report's title
        (_SOURCES, None),
        # near case: a title line before such a sentence keeps its title
        (
            "青禾县2014年政府信息公开工作年度报告\n" + _SOURCES,
            "青禾县2014年政府信息公开工作年度报告",
        ),
    ],
)
def test_the_sources_a_report_is_compiled_from_are_not_its_title(
    text: str, title: str | None
) -> None:
    report = gr.parse(text)
    assert (report.title, report.year) == (title, 2014)


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        ("本年度共收取费用3笔，金额为26元。", 26),
        ("本机关依申请公开政府信息共收费2笔，合计86.5元。", 86.5),
        ("本年度收取费用1次，计5元。", 5),
    ],
)
def test_an_amount_after_a_count_of_fees_collected_is_the_fees(
    body: str, amount: int | float
) -> None:
    # 收取费用3笔，金额为26元: the amount of the fees the clause before counts
    text = _HEAD + "四、政府信息公开的收费及减免情况\n" + body + "\n"
    assert ("fees_collected", amount) in _figures(text)


def test_an_amount_after_a_count_of_waivers_is_no_fee() -> None:
    # near case: 减免收费2笔，金额40元 is waived, not collected
    text = _HEAD + "四、政府信息公开的收费及减免情况\n本年度减免收费2笔，金额40元。\n"
    assert all(kind != "fees_collected" or v == 0 for kind, v in _figures(text))


def test_a_websites_count_whose_parts_add_up_does_not_come_before_the_whole() -> None:
    # 全年主动公开政府信息1530条。…二是通过青禾信息网主动公开信息1480条，其中…: the
    # website's count is borne out by its parts, but it is one place's count; the whole
    # before it comes first
    text = (
        _HEAD + "二、主动公开政府信息情况\n全年主动公开政府信息1530条。一是印发政府公报4期。"
        "二是通过青禾信息网向社会主动公开信息1480条，其中政务动态900条，通知公告580条。"
        "三是通过政务微博公开政务信息30条。四是通过政务微信公开政府信息16条。\n"
    )
    assert gr.parse(text).figures[0].quantity.value == 1530


def test_a_count_without_a_place_whose_parts_add_up_still_comes_first() -> None:
    # near case (the rule this narrows): a website's count before the disclosures whose
    # parts add up; the disclosures come first
    text = (
        _HEAD + "二、主动公开政府信息情况\n本年度，县门户网站主动公开信息7200条，网站访问量9万次。"
        "主动公开政府信息64条。其中，规划信息4条；财政信息30条；人事信息30条。\n"
    )
    assert gr.parse(text).figures[0].quantity.value == 64


@pytest.mark.parametrize(
    "body",
    [
        "2014年共收到政府信息公开申请12件，当场答复4件。",
        "2014年共收到政府信息公开申请12件，已全部办结。其中，当场答复4件，按期答复8件。",
    ],
)
def test_the_replies_made_on_the_spot_are_not_the_completed(body: str) -> None:
    # 当场答复4件: the share answered on the spot, a part of the replies, as 延期答复 is
    text = _HEAD + "三、依申请公开政府信息情况\n" + body + "\n"
    assert ("applications_completed", 4) not in _figures(text)


def test_a_rate_is_not_the_fees_collected() -> None:
    # a rate per period of use, in another currency, or per pages counted: a price, not
    # the fees collected
    rates = (
        "阅览或复制政府资讯，每二小时收取费用新台币二十元；不足二小时，以二小时计算。",
        "依申请提供政府信息的，每三页收取复印费1元。",
    )
    section = "四、政府信息公开的收费及减免情况\n"
    got = [_figures(_HEAD + section + rate + "\n") for rate in rates]
    assert [[k for k, _ in figs if k == "fees_collected"] for figs in got] == [[], []]


def test_the_fees_of_the_year_still_read_beside_a_rate() -> None:
    # near case: the year's fees after the rule's rate
    text = (
        _HEAD + "四、政府信息公开的收费及减免情况\n按照每页0.2元的标准，2014年共收取复印费12元。\n"
    )
    assert ("fees_collected", 12) in _figures(text)


def test_the_year_before_after_a_label_is_the_year_before() -> None:
    # 收费情况：上年收取费用30元，本年收取费用10元: after the label, 上年 opens the clause
    # and 本年 names the report's year in the next one; the 30 is the year before's
    section = "四、政府信息公开的收费及减免情况\n"
    labelled = _figures(_HEAD + section + "收费情况：上年收取费用30元，本年收取费用10元。\n")
    assert ("fees_collected", 30) not in labelled
    assert ("fees_collected", 10) in labelled
    # near case: a label with the report's own count after it still reads
    plain = _figures(_HEAD + section + "收费情况：本年收取费用10元。\n")
    assert ("fees_collected", 10) in plain
