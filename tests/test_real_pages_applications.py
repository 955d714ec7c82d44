"""Cases found by running the library on report pages (2010-2024) it had never seen, read
deep into their sections on applications and appeals (probe of stop 17): each test
is a constructed fixture in the official format, with its own wording and numbers, of a
value a page was read wrong (or a false alarm), and a near case that must still read."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_BODY = "一、总体情况\n(一)依申请公开\n本年度共收到政府信息公开申请4件,均已按时答复。\n"


# --- a breadcrumb naming only the kind of body (街道办事处) ------------------------------------


@pytest.mark.parametrize(
    ("head", "agency"),
    [
        # the page's trail names the column 街道办事处…年度报告: a kind of body, no name
        (
            "首页 > 政务公开 > 年报 > 2020 > 街道办事处政府信息公开工作年度报告\n"
            "2020年青禾路街道政府信息公开工作年度报告\n",
            "青禾路街道",
        ),
        # the same with 镇人民政府 as the column
        (
            "首页 > 政务公开 > 年报 > 2020 > 镇人民政府政府信息公开工作年度报告\n"
            "2020年白石镇政府信息公开工作年度报告\n",
            "白石镇",
        ),
        # near case: a breadcrumb that names the body with its place still names it
        (
            "首页 > 政务公开 > 年报 > 青禾路街道办事处政府信息公开工作年度报告\n"
            "2020年政府信息公开工作年度报告\n",
            "青禾路街道办事处",
        ),
    ],
)
def test_a_kind_of_body_without_its_place_is_no_name(head: str, agency: str) -> None:
    assert gr.parse(head + _BODY).agency == agency


# --- a statement of zero about another matter, then a line opening the applications -------


@pytest.mark.xfail(
    strict=True,
    reason="the statement of zero 无提案 runs on over the line break into 申请公开情况。 (a "
    "break is read as a PDF's wrap), and reads 0 applications received before the 3 "
    "the next sentence gives; a wrap ending in a heading-like …情况。 cannot be told "
    "from a new paragraph without risking the zeros of wrapped appeal statements",
)
def test_a_statement_of_zero_does_not_run_into_the_next_paragraph() -> None:
    text = (
        "某某县农业农村局2021年政府信息公开工作年度报告\n一、总体情况\n"
        "提案建议办理公开情况。2021年无提案\n"
        "申请公开情况。2021年我局收到申请公开3件。\n"
    )
    received = [
        f.quantity.value for f in gr.parse(text).figures if f.kind.value == "applications_received"
    ]
    assert received == [3]


# --- a count carried over in a clause about appeals ------------------------------------------

_APPS = (
    "某某市民政局2016年政府信息公开工作年度报告\n一、概述\n本局认真做好公开工作。\n"
    "二、主动公开政府信息情况\n2016年主动公开政府信息120条。\n三、依申请公开情况\n"
)
_APPEALS = _APPS + "共受理政府信息公开申请18件。\n四、行政复议和行政诉讼情况\n"


@pytest.mark.parametrize(
    ("prose", "carried_over"),
    [
        # the reviews carried over: no figure of the applications
        ("全年发生政府信息公开行政复议案件2件(上年结转1件),行政诉讼案件0件。", []),
        ("行政诉讼案件3件,其中上年结转1件。", []),
        # near case: applications carried over, in their own clause, still read
        ("行政复议案件2件,上年结转申请1件。", [1]),
    ],
)
def test_a_count_carried_over_in_a_clause_of_appeals_is_no_application(
    prose: str, carried_over: list[int]
) -> None:
    r = gr.parse(_APPEALS + prose + "\n")
    got = [f.quantity.value for f in r.figures if f.kind.value == "applications_carried_over"]
    assert got == carried_over


@pytest.mark.parametrize(
    "prose",
    [
        "全年共受理政府信息公开申请18件(含上年结转2件)。",
        "全年共受理政府信息公开申请18件,其中上年结转2件。",
    ],
)
def test_applications_carried_over_as_a_part_still_read(prose: str) -> None:
    r = gr.parse(_APPS + prose + "\n")
    got = [f.quantity.value for f in r.figures if f.kind.value == "applications_carried_over"]
    assert got == [2]


# --- 其中 lists that name only some replies by their time, or run on over a semicolon -------


@pytest.mark.parametrize(
    ("text", "alarm"),
    [
        # some replies by their time (当场答复, 延期答复): the others came in the usual time
        (_APPS + "收到申请24件,答复24件,答复率100%,其中当场答复3件,延期答复1件。", False),
        (_APPS + "共受理申请24件,其中当场答复3件,延期答复1件。", False),
        # 本机关不掌握 (无法提供 of the 2019 form) is an outcome, as 信息不存在 is
        (_APPS + "共办理申请30件,其中告知已主动公开7件,告知本机关不掌握相关信息4件。", False),
        # the outcomes of all the applications handled (42 new and 3 carried over)
        (
            _APPS + "共收到申请42件,上年结转3件,已全部办结,其中予以公开30件,不予公开10件,"
            "无法提供5件。",
            False,
        ),
        # near case: the list after a clause of its own still divides a count received
        (_APPS + "共受理申请20件,均已办结,其中网上申请12件,当面申请5件。", True),
        # near case: channels that fall short of their total still contradict it
        (_APPS + "共受理申请24件,其中网上申请10件,当面申请3件。", True),
        # near case: replies by time that add up to more than their total still do
        (_APPS + "收到申请24件,答复24件,其中当场答复20件,延期答复6件。", True),
        # the lawsuits after the semicolon are no part of the reviews
        (_APPEALS + "行政复议案件5件,其中维持1件;行政诉讼案件3件。", False),
        # near case: outcomes of the reviews below their total (撤销 is an outcome)
        (_APPEALS + "行政复议案件5件,其中维持1件,撤销3件;行政诉讼案件2件。", False),
        # near case: outcomes of the reviews that add up to more than them still contradict
        (_APPEALS + "行政复议案件5件,其中维持4件,撤销3件;行政诉讼案件2件。", True),
    ],
)
def test_a_list_naming_only_some_parts_is_no_contradiction(text: str, alarm: bool) -> None:
    codes = [p.code for p in gr.parse(text + "\n").validate()]
    assert ("prose.breakdown" in codes) is alarm


def test_the_information_the_body_does_not_hold_is_an_outcome() -> None:
    r = gr.parse(_APPS + "共办理申请30件,其中告知已主动公开7件,告知本机关不掌握相关信息4件。\n")
    got = [f.quantity.value for f in r.figures if f.kind.value == "applications_not_held"]
    assert got == [4]


def test_counts_of_appeals_side_by_side_are_no_breakdown() -> None:
    # 行政复议0件，行政诉讼0件，申诉0件: the zeros add up, but the lawsuits and complaints are
    # no parts of the reviews
    r = gr.parse(_APPEALS + "本年度行政复议0件,行政诉讼0件,申诉0件。\n")
    assert [b.total.text for b in r.breakdowns] == []
    # near cases: outcomes side by side after a count completed, and the completed and
    # carried forward after a count received, still add up to it
    for prose, parts in (
        ("办结申请6件,同意公开2件,部分公开1件,不予公开3件。", [2, 1, 3]),
        ("本年度共收到申请40件,依法办结38件,2件结转下年度继续办理。", [38, 2]),
    ):
        r = gr.parse(_APPS + prose + "\n")
        assert [[p.quantity.value for p in b.parts] for b in r.breakdowns] == [parts]


@pytest.mark.parametrize(
    ("prose", "alarm"),
    [
        # the coordinated count is split right after it: each kind's own count is given
        ("涉及政府信息公开的行政复议和行政诉讼案件共4件,其中行政复议3件,行政诉讼1件。", False),
        # near case: no split given
        ("涉及政府信息公开的行政复议和行政诉讼案件共4件。", True),
        # near case: a 其中 naming only one of them does not split it
        ("涉及政府信息公开的行政复议和行政诉讼案件共4件,其中已审结3件。", True),
    ],
)
def test_a_coordinated_appeal_count_split_right_after_it(prose: str, alarm: bool) -> None:
    codes = [p.code for p in gr.parse(_APPEALS + prose + "\n").problems]
    assert ("figures.coordinated" in codes) is alarm
