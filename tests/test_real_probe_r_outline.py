"""Section kinds read by hand on real report pages (2008-2018 narrative reports): a
heading about the costs of disclosure named with 费用 (政府信息公开相关费用情况,
收取依申请公开费用情况) was read as an applications section or as no kind, so the fee
count under it stood in the wrong section.

Fixtures are this file's own (place 青禾 and numbers made up), in the official form; each
fix has a near case that must keep its reading.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.outline import section_kind

_HEAD = (
    "青禾县文化局2012年政府信息公开工作年度报告\n"
    "本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。\n"
)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("政府信息公开相关费用情况", "fees"),
        ("依申请公开政府信息收取费用情况", "fees"),
        ("按照规定标准收取依申请公开费用的情况", "fees"),
        # near cases: the kinds they had keep
        ("依申请公开政府信息情况", "applications"),
        ("与行政诉讼有关的费用支出", "fees"),
        ("政府信息公开机构人员及经费情况", "unknown"),
        # a section of the next year's plans is one of improvements (下一步 already was)
        ("下步打算", "problems_and_improvements"),
        ("2013年工作展望", "problems_and_improvements"),
        ("下一步工作计划", "problems_and_improvements"),
        # a title with a count is a sentence of the body: its words name no kind
        ("全年在门户网站主动公开信息45条,未收到公开申请,未发生行政复议和行政诉讼", "unknown"),
        ("本年度新增主动公开政府信息86条", "unknown"),
        # near cases: a year is no count
        ("2012年依申请公开政府信息情况", "applications"),
        ("因政府信息公开申请行政复议、提起行政诉讼情况", "reviews_and_lawsuits"),
    ],
)
def test_heading_kind(title: str, kind: str) -> None:
    assert section_kind(title).value == kind


def test_fee_count_under_cost_heading_stands_in_fees() -> None:
    text = _HEAD + (
        "一、主动公开政府信息情况\n2012年,我局共主动公开政府信息310条。\n"
        "二、依申请公开政府信息情况\n2012年,我局共收到政府信息公开申请4件。\n"
        "三、政府信息公开相关费用情况\n2012年,我局未收取任何费用。\n"
        "四、申请行政复议、提起行政诉讼情况\n2012年,我局未发生行政复议和行政诉讼。\n"
    )
    report = gr.parse(text)
    sections = {f.kind.value: f.section.value for f in report.figures}
    assert sections.get("proactive_disclosures") == "proactive_disclosure"
    assert sections.get("applications_received") == "applications"
    assert sections.get("fees_collected") == "fees"


def _improvements(plan: str) -> list[tuple[str, int]]:
    text = _HEAD + (
        "一、概述\n2012年,我局认真贯彻落实《条例》。\n"
        "二、主动公开政府信息情况\n2012年,我局在门户网站更新了政务动态。\n"
        "三、存在的主要问题\n公开内容不够丰富。\n四、下步打算\n" + plan + "\n"
    )
    return [(f.kind.value, f.quantity.value) for f in gr.parse(text).figures]


@pytest.mark.parametrize(
    "plan",
    [
        # what the agency will do is a plan, not a count of the year
        "下一步,我局将在门户网站主动公开政府信息260条以上。",
        "2013年,我局将进一步加大力度,全年主动公开政府信息260条。",
        "今后,我局计划每年主动公开政府信息260条。",
    ],
)
def test_plan_in_improvements_is_no_figure(plan: str) -> None:
    assert _improvements(plan) == []


def test_count_stated_in_improvements_still_read() -> None:
    # near case: a count of the year (no plan word) keeps its reading, the heading aside
    assert _improvements("全年仅主动公开政府信息26条,数量偏少。") == [("proactive_disclosures", 26)]


@pytest.mark.parametrize(
    ("line", "title", "kind"),
    [
        # a standard title glued to the one sentence of its line
        ("一、总体情况2012年,我局主动公开政府信息310条。", "总体情况", "overview"),
        ("一、总体情况2012年,我局主动公开政府信息310条", "总体情况", "overview"),
        # near cases: a heading alone keeps its whole title
        ("一、主动公开政府信息情况", "主动公开政府信息情况", "proactive_disclosure"),
        ("一、总体情况及主要做法", "总体情况及主要做法", "overview"),
    ],
)
def test_standard_title_glued_to_its_line(line: str, title: str, kind: str) -> None:
    text = _HEAD + line + "\n二、依申请公开政府信息情况\n2012年,我局未收到申请。\n"
    first = next(iter(gr.parse(text).outline()))
    assert (first.title, first.kind.value) == (title, kind)


def test_figure_under_glued_overview_stands_in_overview() -> None:
    text = _HEAD + (
        "一、总体情况2012年,我局主动公开政府信息310条。\n"
        "二、依申请公开政府信息情况\n2012年,我局共收到申请4件。\n"
    )
    sections = {f.kind.value: f.section.value for f in gr.parse(text).figures}
    assert sections == {
        "proactive_disclosures": "overview",
        "applications_received": "applications",
    }


def test_figures_under_sentence_title_stand_in_parent_section() -> None:
    text = _HEAD + (
        "一、概述\n2012年,我局认真贯彻落实《条例》。\n"
        "(一)建立机制,明确职责。成立了领导小组。\n"
        "(二)全年在门户网站主动公开信息45条,未收到公开申请,未发生行政复议和行政诉讼\n"
        "二、主动公开政府信息情况\n详见上文。\n"
    )
    sections = {f.section.value for f in gr.parse(text).figures}
    assert sections == {"overview"}
