"""The section-heading grammar and section kinds (issue 3).

Fixtures are sentences written for these tests in the official formats, with invented place
names (云溪, 青禾) and numbers; the real reports are read from ../shared only by the last
test, which skips when it is absent.
"""

from __future__ import annotations

import itertools
import random
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_reports as gr
from govinfo_reports.model import Section, SectionKind
from govinfo_reports.normalize import normalize
from govinfo_reports.outline import parse_outline, read_outline, section_kind
from shared_data import SHARED, shared_items


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for top in parse_outline(text) for s in top.walk()]


def titles(text: str) -> list[str]:
    return [t for _, _, t in flat(text)]


# --------------------------------------------------------------------------------------
# markers and levels


@pytest.mark.parametrize(
    ("marker", "level", "number"),
    [
        ("一、", 1, "一"),
        ("一.", 1, "一"),
        ("一．", 1, "一"),
        ("一 、", 1, "一"),
        ("第一部分 ", 1, "一"),
        ("（一）", 2, "一"),
        ("(一)", 2, "一"),
        ("（一)", 2, "一"),
        ("( 一 )", 2, "一"),
        ("1.", 3, "1"),
        ("1、", 3, "1"),
        ("1．", 3, "1"),
        ("１、", 3, "1"),
        ("(1)", 4, "1"),
        ("（1）", 4, "1"),
        ("①", 4, "1"),
    ],
)
def test_marker_styles(marker: str, level: int, number: str) -> None:
    second = {
        "一、": "二、",
        "一.": "二.",
        "一．": "二．",
        "一 、": "二 、",
        "第一部分 ": "第二部分 ",
        "（一）": "（二）",
        "(一)": "(二)",
        "（一)": "（二)",
        "( 一 )": "( 二 )",
        "1.": "2.",
        "1、": "2、",
        "1．": "2．",
        "１、": "２、",
        "(1)": "(2)",
        "（1）": "（2）",
        "①": "②",
    }[marker]
    text = f"{marker}组织领导情况\n我局成立领导小组。\n{second}制度建设情况\n我局制定办法。\n"
    got = flat(text)
    assert [g[0] for g in got] == [level, level]
    assert got[0][1] == number
    assert [g[2] for g in got] == ["组织领导情况", "制度建设情况"]


def test_comma_marker_counts_only_at_a_line_start() -> None:
    text = "一,概述\n我局推进公开。\n二,主动公开情况\n全年公开信息12条。"
    assert flat(text) == [(1, "一", "概述"), (1, "二", "主动公开情况")]
    assert flat("全年公开信息12条,一,二,三类信息均已公开。") == []


def test_blank_after_a_numeral_marks_a_heading_only_at_a_line_start() -> None:
    """一 总体情况: PDF text and plain-text copies write a blank for 、."""
    text = (
        "一 总体情况\n我局推进公开。\n（一）主动公开\n全年公开信息12条。\n"
        "二　收到和处理政府信息公开申请情况\n收到申请3件。\n三  存在的主要问题及改进情况\n无。"
    )
    assert flat(text) == [
        (1, "一", "总体情况"),
        (2, "一", "主动公开"),
        (1, "二", "收到和处理政府信息公开申请情况"),
        (1, "三", "存在的主要问题及改进情况"),
    ]
    # inside a line, 一 and a blank are a numeral in prose, not a marker
    assert flat("全年开展培训 一 次。另有二 项制度。") == []
    # a numeral then a digit or a Latin letter is no heading
    assert flat("一 2022年\n二 ABC") == []


def test_nesting_follows_the_document() -> None:
    text = (
        "云溪市民政局2016年政府信息公开工作年度报告\n"
        "一、概述\n我局推进公开。\n"
        "(一)加强组织领导\n成立领导小组。\n"
        "1.明确分工\n专人负责。\n"
        "2.健全制度\n制定办法。\n"
        "(二)完善公开平台\n改版网站。\n"
        "二、主动公开政府信息情况\n全年公开信息120条。\n"
    )
    secs = parse_outline(text)
    assert [(s.level, s.title) for s in secs] == [(1, "概述"), (1, "主动公开政府信息情况")]
    first = secs[0]
    assert [(c.level, c.title) for c in first.children] == [
        (2, "加强组织领导"),
        (2, "完善公开平台"),
    ]
    assert [(c.level, c.number, c.title) for c in first.children[0].children] == [
        (3, "1", "明确分工"),
        (3, "2", "健全制度"),
    ]
    assert first.children[0].children[1].body == "制定办法。"


def test_arabic_straight_under_level_one_is_a_child_with_level_three() -> None:
    text = (
        "一、主要做法\n1、完善机制\n成立小组。\n2、规范流程\n制定办法。\n二、存在的问题\n人员不足。"
    )
    secs = parse_outline(text)
    assert [s.title for s in secs] == ["主要做法", "存在的问题"]
    assert [(c.level, c.title) for c in secs[0].children] == [(3, "完善机制"), (3, "规范流程")]


def test_a_style_first_seen_below_another_keeps_that_nesting() -> None:
    # 1. first appears under (一), so later 1. sequences nest under (…) too
    text = (
        "一、概述\n(一)组织领导\n1.成立小组\n内容。\n2.明确分工\n内容。\n"
        "(二)制度建设\n1.制定办法\n内容。\n2.建立台账\n内容。\n二、主动公开情况\n内容。"
    )
    secs = parse_outline(text)
    assert len(secs) == 2
    kids = secs[0].children
    assert [k.title for k in kids] == ["组织领导", "制度建设"]
    assert [g.title for g in kids[1].children] == ["制定办法", "建立台账"]


def test_a_sub_level_restarts_under_each_parent() -> None:
    text = (
        "一、主动公开情况\n(一)公开内容\n内容。\n(二)公开形式\n内容。\n"
        "二、存在的问题及改进措施\n(一)存在的问题\n内容。\n(二)改进措施\n内容。"
    )
    assert flat(text) == [
        (1, "一", "主动公开情况"),
        (2, "一", "公开内容"),
        (2, "二", "公开形式"),
        (1, "二", "存在的问题及改进措施"),
        (2, "一", "存在的问题"),
        (2, "二", "改进措施"),
    ]


def test_section_fields() -> None:
    text = "前言。\n一、概述\n我局推进公开。\n二、主动公开政府信息情况\n全年公开信息120条。"
    secs = parse_outline(text)
    s = secs[1]
    assert (s.level, s.number, s.ordinal, s.title) == (1, "二", 2, "主动公开政府信息情况")
    assert s.body == "全年公开信息120条。"
    assert text[s.span[0] : s.span[1]].startswith("二、主动公开")
    assert s.span[1] == len(text)
    assert secs[0].span[1] == s.span[0]
    assert s.kind is SectionKind.PROACTIVE_DISCLOSURE


def test_ordinals_past_ten() -> None:
    parts = [f"{n}、第{n}项工作情况\n内容。\n" for n in "一二三四五六七八九十"]
    parts.append("十一、其他需要报告的事项\n无。\n")
    got = flat("".join(parts))
    assert [g[1] for g in got][-2:] == ["十", "十一"]
    assert got[-1][2] == "其他需要报告的事项"


# --------------------------------------------------------------------------------------
# titles: own line, run-in, glued


def test_run_in_heading() -> None:
    text = (
        "二、主动公开政府信息情况\n"
        "(一)门户网站。进一步完善网站栏目,全年发布信息300条。\n"
        "(二)新闻宣传:召开新闻发布会5次。\n"
    )
    secs = parse_outline(text)[0].children
    assert [s.title for s in secs] == ["门户网站", "新闻宣传"]
    assert secs[0].run_in and secs[0].body.startswith("进一步完善网站栏目")
    assert secs[1].body == "召开新闻发布会5次。"


def test_title_on_its_own_line_is_not_run_in() -> None:
    secs = parse_outline("一、概述\n我局推进公开。\n二、主动公开情况\n内容。")
    assert [s.run_in for s in secs] == [False, False]


def test_glued_title_ends_at_the_standard_title() -> None:
    text = "一、总体情况2021年,我区推进政务公开。二、主动公开政府信息情况全年公开信息30条。"
    assert titles(text) == ["总体情况", "主动公开政府信息情况"]


def test_sentence_on_its_line_has_its_title_before_the_gap() -> None:
    text = "一、主动公开情况\n1、公开渠道 我局通过网站公开。\n2、公开内容 包括规范性文件。\n"
    secs = parse_outline(text)[0].children
    assert [s.title for s in secs] == ["公开渠道", "公开内容"]
    assert secs[0].body == "我局通过网站公开。"


def test_short_heading_that_starts_a_row_label_is_a_heading() -> None:
    # 网站 is the start of the legacy row 网站公开, but a heading of its own
    text = "一、主动公开情况\n(1)网站。全年发布信息。\n(2)报纸。刊登公告。\n二、其他\n无。"
    assert flat(text) == [
        (1, "一", "主动公开情况"),
        (4, "1", "网站"),
        (4, "2", "报纸"),
        (1, "二", "其他"),
    ]
    assert parse_outline(text)[1].kind is SectionKind.OTHER_MATTERS


def test_glued_parts_of_the_2021_overview() -> None:
    text = (
        "一、总体情况 2023年,我区推进公开。(一)主动公开方面全区共主动公开信息1356条。"
        "(二)依申请公开方面持续强化服务理念。(三)政府信息管理方面进一步规范发布流程。"
        "(四)平台建设方面一是优化网站。二是开通新媒体。(五)监督保障方面开展月通报。"
        "二、主动公开政府信息情况"
    )
    assert titles(text) == [
        "总体情况",
        "主动公开方面",
        "依申请公开方面",
        "政府信息管理方面",
        "平台建设方面",
        "监督保障方面",
        "主动公开政府信息情况",
    ]


def test_glued_problems_and_statistics_table_titles() -> None:
    text = (
        "一、概述内容。二、主要问题和改进措施(一)存在问题虽然我区取得了成效,但还存在以下问题:"
        "一是人员不足;二是宣传不够。(二)改进措施一是加强培训。二是加强宣传。"
        "三、云溪区政府信息公开情况统计表 指标名称计量单位2015年度历年累计"
    )
    assert titles(text)[1:] == [
        "主要问题和改进措施",
        "存在问题",
        "改进措施",
        "云溪区政府信息公开情况统计表",
    ]


def test_first_point_ends_a_glued_title() -> None:
    text = "一、主要做法\n(一)网站建设一是开展网站提升项目。二是优化搜索。\n(二)制度建设。内容。"
    secs = parse_outline(text)[0].children
    assert [s.title for s in secs] == ["网站建设", "制度建设"]
    assert secs[0].points == ("开展网站提升项目", "优化搜索")


def test_title_keeps_inner_punctuation_and_drops_the_final_one() -> None:
    text = "一、健全机制,建立平台,夯实工作基础\n内容。\n二、主动公开情况:\n内容。"
    assert titles(text) == ["健全机制,建立平台,夯实工作基础", "主动公开情况"]


def test_pinyin_readings_are_not_part_of_a_title() -> None:
    text = "一、概(gài)述\n内容。\n二、依申(shēn)请(qǐng)公开情况\n内容。"
    assert titles(text) == ["概述", "依申请公开情况"]


def test_traditional_titles_are_simplified() -> None:
    text = "一、概述\n內容。\n二、依申請公開情況\n內容。\n三、存在問題及改進措施\n內容。"
    secs = parse_outline(text)
    assert [s.title for s in secs] == ["概述", "依申请公开情况", "存在问题及改进措施"]
    assert [s.kind for s in secs] == [
        SectionKind.OVERVIEW,
        SectionKind.APPLICATIONS,
        SectionKind.PROBLEMS_AND_IMPROVEMENTS,
    ]


# --------------------------------------------------------------------------------------
# points (一是…二是…)


def test_points_are_not_sections() -> None:
    text = (
        "一、主动公开情况\n"
        "(一)完善制度。一是健全发布机制,明确责任;二是规范审查程序。三是强化监督考核。\n"
        "(二)加强宣传。召开发布会。\n"
    )
    secs = parse_outline(text)[0].children
    assert [s.title for s in secs] == ["完善制度", "加强宣传"]
    assert secs[0].points == ("健全发布机制,明确责任", "规范审查程序", "强化监督考核")
    assert secs[1].points == ()


def test_points_need_a_run_from_one() -> None:
    secs = parse_outline("一、概述\n统一是关键,二是另一个意思。\n二、其他事项\n无。")
    assert secs[0].points == ()


# --------------------------------------------------------------------------------------
# no false headings

TABLE_2019_ROWS = (
    "三、收到和处理政府信息公开申请情况\n"
    "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 3\n"
    "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0\n"
    "三、本年度办理结果 |\n"
    "（一）予以公开 | 2 | 0 | 0 | 0 | 0 | 2\n"
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 0 | 0 | 0 | 0 | 0 | 0\n"
    "（三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0\n"
    "2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0\n"
    "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0\n"
    "四、政府信息公开行政复议、行政诉讼情况\n"
    "无。\n"
)


def test_table_rows_are_not_headings() -> None:
    text = "一、总体情况\n我局推进公开。\n二、主动公开政府信息情况\n内容。\n" + TABLE_2019_ROWS
    got = titles(text)
    assert got == [
        "总体情况",
        "主动公开政府信息情况",
        "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议、行政诉讼情况",
    ]


@pytest.mark.parametrize(
    "row",
    ["1.属于国家秘密", "（一）予以公开", "一、本年新收政府信息公开申请数量", "（七）总计"],
)
def test_a_table_row_label_on_its_own_line_is_no_heading(row: str) -> None:
    text = f"一、概述\n内容。\n{row}\n二、主动公开情况\n内容。"
    assert row.split("、")[-1].split(")")[-1].split("）")[-1].split(".")[-1] not in titles(text)


def test_legacy_statistics_table_glued_into_one_line() -> None:
    # a pre-2019 统计表 scraped with every cell glued to its neighbour
    text = (
        "五、存在的主要问题和改进措施下一步继续推进。六、政府信息公开情况统计表指标名称计量单位"
        "2016年度历年累计主动公开文件数条31210037其中:1、政府网站公开数条3121003"
        "2、政府公报公开数条00受理申请总数条00其中:1、当面申请数条002、网上申请数条00"
    )
    assert titles(
        "一、概述\n内容。\n二、主动公开情况\n内容。\n三、依申请公开情况\n无。\n"
        "四、复议诉讼情况\n无。\n" + text
    )[-2:] == [
        "存在的主要问题和改进措施",
        "政府信息公开情况统计表",
    ]


def test_parts_after_among_are_not_headings() -> None:
    text = (
        "一、主动公开情况\n全年公开信息30条。其中:\n1.网站发布20条\n2.报纸刊登10条\n二、其他\n无。"
    )
    assert titles(text) == ["主动公开情况", "其他"]


def test_one_cell_per_line_table_is_not_headings() -> None:
    cells = "\n".join(
        [
            "（一）予以公开",
            "5",
            "0",
            "0",
            "0",
            "0",
            "5",
            "（二）部分公开",
            "1",
            "0",
            "0",
            "0",
            "0",
            "1",
        ]
    )
    text = (
        "一、概述\n内容。\n二、收到和处理政府信息公开申请情况\n"
        + cells
        + "\n三、其他需要报告的事项\n无。"
    )
    assert titles(text) == ["概述", "收到和处理政府信息公开申请情况", "其他需要报告的事项"]


@pytest.mark.parametrize(
    "sentence",
    [
        "统计期限自2019年1月1日起至2019年12月31日止。",
        "办结率为99.5%,平均用时3.2天。",
        "公开内容包括:1.机构职能,2.政策文件,3.人事信息等。",
        "主要做法有(1)网站公开;(2)公告栏公开;(3)新闻发布会。",
        "依据《条例》第十三条第(一)项、第(二)项规定公开。",
        "全年共受理申请3件,其中:一、二季度各1件。",
    ],
)
def test_sentences_give_no_headings(sentence: str) -> None:
    text = "一、概述\n" + sentence + "\n二、主动公开情况\n内容。"
    assert titles(text) == ["概述", "主动公开情况"]


def test_items_of_a_list_one_a_line_are_not_headings() -> None:
    text = (
        "第四条 政府信息公开工作机构的具体职责是:\n"
        "(一)具体承办本行政机关的政府信息公开事宜;\n"
        "(二)维护和更新本行政机关公开的政府信息;\n"
        "(三)对拟公开的政府信息进行保密审查;\n"
        "(四)本行政机关规定的其他职责。\n"
    )
    assert parse_outline(text) == ()
    r = gr.parse(text)
    assert r.sections == () and "report.not_a_report" in [p.code for p in r.problems]


def test_the_report_title_is_not_a_heading() -> None:
    text = (
        "云溪县人民政府2018年政府信息公开工作年度报告\n"
        "本报告由云溪县人民政府办公室编制。\n一、概述\n内容。\n二、主动公开情况\n内容。"
    )
    assert titles(text) == ["概述", "主动公开情况"]


def test_a_backward_jump_is_not_a_heading() -> None:
    text = (
        "一、概述\n内容。\n二、主动公开情况\n市政府转发的通知全文如下:\n"
        "一、总体要求\n做好公开工作。\n二、工作任务\n推进公开。\n"
        "三、依申请公开情况\n全年受理申请5件。"
    )
    assert titles(text) == ["概述", "主动公开情况", "依申请公开情况"]


def test_one_missing_number_is_recovered() -> None:
    text = (
        "一、概述\n内容。\n二、主动公开情况\n内容。\n四、复议、诉讼情况\n无。\n"
        "五、存在的主要问题及改进情况\n内容。"
    )
    got = flat(text)
    assert [g[1] for g in got] == ["一", "二", "四", "五"]


def test_a_lone_far_jump_is_not_trusted() -> None:
    text = "一、概述\n内容。\n二、主动公开情况\n内容。\n七、某项内容\n内容。"
    assert [g[1] for g in flat(text)] == ["一", "二"]


def test_a_table_of_contents_line_is_skipped() -> None:
    text = (
        "全文包括:一、概述,二、主动公开情况,三、依申请公开情况,四、存在的问题。\n"
        "一、概述\n内容。\n二、主动公开情况\n内容。\n三、依申请公开情况\n内容。\n四、存在的问题\n内容。"
    )
    assert titles(text) == ["概述", "主动公开情况", "依申请公开情况", "存在的问题"]


def test_contents_one_heading_a_line_then_the_report() -> None:
    text = (
        "目录\n一、总体情况……1\n二、主动公开政府信息情况……2\n三、收到和处理政府信息公开申请情况……3\n\n"
        "一、总体情况\n我局推进公开。\n二、主动公开政府信息情况\n见下表。\n"
        "三、收到和处理政府信息公开申请情况\n见下表。"
    )
    secs = parse_outline(text)
    assert [s.title for s in secs] == [
        "总体情况",
        "主动公开政府信息情况",
        "收到和处理政府信息公开申请情况",
    ]
    assert secs[0].body == "我局推进公开。"


def test_headings_without_bodies_are_still_headings() -> None:
    text = "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n见下表。"
    assert len(parse_outline(text)) == 3


def test_marker_alone_on_its_line() -> None:
    text = "一、\n总体情况\n我局推进公开。\n二、\n\n主动公开政府信息情况\n见下表。"
    secs = parse_outline(text)
    assert [(s.title, s.body) for s in secs] == [
        ("总体情况", "我局推进公开。"),
        ("主动公开政府信息情况", "见下表。"),
    ]


# --------------------------------------------------------------------------------------
# kinds


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("概述", SectionKind.OVERVIEW),
        ("总体情况", SectionKind.OVERVIEW),
        ("基本情况", SectionKind.OVERVIEW),
        ("政府信息公开工作基本情况", SectionKind.OVERVIEW),
        ("主动公开政府信息情况", SectionKind.PROACTIVE_DISCLOSURE),
        ("政府信息主动公开情况", SectionKind.PROACTIVE_DISCLOSURE),
        ("依申请公开政府信息情况", SectionKind.APPLICATIONS),
        ("收到和处理政府信息公开申请情况", SectionKind.APPLICATIONS),
        ("政府信息公开申请的受理情况", SectionKind.APPLICATIONS),
        ("政府信息公开的收费及减免情况", SectionKind.FEES),
        ("政府信息公开事务支出情况", SectionKind.FEES),
        ("因政府信息公开申请行政复议、提起行政诉讼的情况", SectionKind.REVIEWS_AND_LAWSUITS),
        ("复议、诉讼和申诉情况", SectionKind.REVIEWS_AND_LAWSUITS),
        ("政府信息公开咨询处理情况", SectionKind.CONSULTATIONS),
        ("存在的主要问题及改进情况", SectionKind.PROBLEMS_AND_IMPROVEMENTS),
        ("下一步工作计划", SectionKind.PROBLEMS_AND_IMPROVEMENTS),
        ("其他需要报告的事项", SectionKind.OTHER_MATTERS),
        ("不予公开政府信息的情况", SectionKind.APPLICATIONS),
        ("今后工作思路", SectionKind.PROBLEMS_AND_IMPROVEMENTS),
        ("门户网站", SectionKind.UNKNOWN),
        ("网站信访问题受理回复情况", SectionKind.UNKNOWN),
        ("问题与建议", SectionKind.PROBLEMS_AND_IMPROVEMENTS),
        ("改进措施", SectionKind.PROBLEMS_AND_IMPROVEMENTS),
        ("今后改进工作的打算", SectionKind.PROBLEMS_AND_IMPROVEMENTS),
        ("改进工作的措施", SectionKind.PROBLEMS_AND_IMPROVEMENTS),
        ("改进", SectionKind.PROBLEMS_AND_IMPROVEMENTS),
        ("工作人员及信息公开事务支出情况", SectionKind.FEES),
        ("依申请公开、不予公开及咨询政府信息情况", SectionKind.APPLICATIONS),
        # the same words in a heading of work done
        ("不断改进工作机制", SectionKind.UNKNOWN),
        ("做好财政预决算支出信息公开", SectionKind.UNKNOWN),
        ("推进价格和收费信息公开", SectionKind.UNKNOWN),
        ("明确不予公开范围", SectionKind.UNKNOWN),
        ("存在问题", SectionKind.PROBLEMS_AND_IMPROVEMENTS),
        # traditional titles of every era
        ("依申請公開政府信息情況", SectionKind.APPLICATIONS),
        ("政府信息公開的收費及減免情況", SectionKind.FEES),
        ("存在的主要問題及改進措施", SectionKind.PROBLEMS_AND_IMPROVEMENTS),
        ("因政府信息公開申請提起行政複議、行政訴訟的情況", SectionKind.REVIEWS_AND_LAWSUITS),
        ("政府信息公開諮詢情況", SectionKind.CONSULTATIONS),
        ("概況", SectionKind.OVERVIEW),
    ],
)
def test_section_kind(title: str, kind: SectionKind) -> None:
    assert section_kind(title) is kind


def test_kind_of_a_section_in_an_outline() -> None:
    secs = parse_outline("一、概述\n内容。\n二、其他需要报告的事项\n无。")
    assert [s.kind for s in secs] == [SectionKind.OVERVIEW, SectionKind.OTHER_MATTERS]


# --------------------------------------------------------------------------------------
# HTML pages


def test_html_page() -> None:
    page = (
        "<html><head><title>云溪市2019年政府信息公开工作年度报告</title>"
        "<script>var a = '一、不是标题';</script></head><body>"
        '<p class="x"><span>一、</span><span>总体情况</span></p>'
        "<p>2019年,我市推进公开。</p>"
        "<p>（一）<b>主动公开</b>。全年公开信息&nbsp;120条。</p>"
        "<p>二、主动公开政府信息情况</p>"
        "<table><tr><td>信息内容</td><td>本年制发件数</td></tr>"
        "<tr><td>规章</td><td>3</td></tr></table>"
        "</body></html>"
    )
    secs = parse_outline(page)
    assert [(s.level, s.title) for top in secs for s in top.walk()] == [
        (1, "总体情况"),
        (2, "主动公开"),
        (1, "主动公开政府信息情况"),
    ]
    # spans point into the page itself
    first = secs[0]
    assert page[first.span[0] : first.span[0] + 2] == "一、"
    child = first.children[0]
    assert page[child.span[0] : child.span[0] + 3] == "（一）"
    assert "120条" in child.body


def test_html_menus_and_link_lists_are_not_headings() -> None:
    page = (
        "<html><body><nav><ul><li><a href='/'>1.首页</a></li><li><a href='/n'>2.新闻中心</a>"
        "</li></ul></nav><ol><li><a href='a.htm'>1. 市长主持召开常务会议</a></li>"
        "<li><a href='b.htm'>2. 全市安全生产工作会议召开</a></li></ol>"
        "<p><a name='_Toc1'>一、总体情况</a></p><p>我局推进公开。</p>"
        "<p>二、主动公开政府信息情况</p><p>见下表。</p>"
        "<footer><p>1.版权所有</p><p>2.联系我们</p></footer></body></html>"
    )
    assert titles(page) == ["总体情况", "主动公开政府信息情况"]


# --------------------------------------------------------------------------------------
# not a report, hostile input


@pytest.mark.parametrize(
    "text",
    [
        "",
        "今天天气很好,我们去公园散步。明天可能下雨,记得带伞。",
        "会议指出,一要提高认识,二要加强领导,三要狠抓落实。",
        "第一,要学习;第二,要实践。1.5倍的增长。2019年1月1日。",
        "<html><body><div>首页</div><div>联系我们</div><p>版权所有 2024</p></body></html>",
        "1. Install the package\n2. Run the tests\n3. Read the docs",
        "一\n二\n三\n(一)\n(二)\n1.\n2.\n",
        "一、\n二、\n三、\n",
    ],
)
def test_no_sections_in_ordinary_text(text: str) -> None:
    assert parse_outline(text) == ()


def test_parse_of_unrelated_text_says_not_a_report() -> None:
    r = gr.parse("今天天气很好,我们去公园散步。明天可能下雨,记得带伞。")
    assert r.sections == ()
    assert "report.not_a_report" in [p.code for p in r.problems]


def test_random_junk_gives_no_sections() -> None:
    rng = random.Random(3)
    alphabet = (
        "的一是了不在有人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过"
        "公开信息情况申请政府报告概述主动依复议诉讼收费问题改进其他事项全年共受理条件"
        "、。,;:()（）\n 0123456789二三四五六七八九十"
    )
    for _ in range(20):
        text = "".join(rng.choice(alphabet) for _ in range(3000))
        # junk may contain a heading by chance, but never a long confirmed outline
        assert len([s for top in parse_outline(text) for s in top.walk()]) <= 3


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            "一二三四五六七八九十、.()（）1234567890①②第部分\n 。:;,|\t<p>概述情况"
        )
    )
)
def test_never_raises_and_spans_lie_inside(text: str) -> None:
    secs = parse_outline(text)
    for top in secs:
        for s in top.walk():
            assert 0 <= s.span[0] <= s.span[1] <= len(text)
            assert s.level in (1, 2, 3, 4)
            assert s.ordinal >= 1


@pytest.mark.parametrize(
    "unit",
    ["一、", "(一)", "1.", "①", "一是", "一、概述\n", "<p>", "|1|", "<a ", "</", "&", "<p a"],
)
def test_linear_time_on_hostile_input(unit: str) -> None:
    # the HTML units follow a few block tags, so that the page is read as HTML
    text = "<p>一</p><div>二</div><td>三</td>" + unit * (100_000 // len(unit))
    t0 = time.perf_counter()
    parse_outline(text)
    assert time.perf_counter() - t0 < 10.0


def test_many_short_runs_of_headings_read_in_linear_time() -> None:
    # every run 一、二、三、 one a line looks like a table of contents
    def text(n: int) -> str:
        return "".join(f"一、甲{k}\n二、乙{k}\n三、丙{k}\n" for k in range(n))

    t0 = time.perf_counter()
    parse_outline(text(2000))
    small = time.perf_counter() - t0
    t0 = time.perf_counter()
    parse_outline(text(8000))
    large = time.perf_counter() - t0
    assert large < 10.0 and large < 12 * small + 0.5


def test_non_str_input() -> None:
    assert parse_outline(None) == ()  # type: ignore[arg-type]


def test_read_outline_on_normalized_text() -> None:
    secs = read_outline(normalize("一、概述\n内容。\n二、主动公开情况\n内容。"))
    assert all(isinstance(s, Section) for s in secs) and len(secs) == 2


# --------------------------------------------------------------------------------------
# the real reports (../shared)


#: expected titles that differ from OpenCC t2s (which the normalizer must use): 計畫 → 计划
_T2S_PHRASES = {"计画": "计划"}


def _want(expected: dict[str, Any]) -> list[tuple[int, str, str]]:
    out = []
    for level, number, title in expected["headings"]:
        for a, b in _T2S_PHRASES.items():
            title = title.replace(a, b)
        out.append((level, number, title))
    return out


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="../shared is absent")
def test_shared_headings() -> None:
    seeds_wrong = []
    corpus_right = corpus_total = 0
    misses = []
    for name, src, expected in shared_items():
        if "headings" not in expected:
            continue
        got = flat(src.read_text(encoding="utf-8", errors="replace"))
        ok = got == _want(expected)
        if name.startswith("seed/"):
            if not ok:
                seeds_wrong.append(name)
        else:
            corpus_total += 1
            corpus_right += ok
            if not ok:
                misses.append(name)
        for key in ("table_row_labels_not_headings", "unnumbered_headings"):
            for label in expected.get(key, ()):
                label = label if isinstance(label, str) else label[-1]
                assert label not in [t for _, _, t in got], (name, key, label)
    assert not seeds_wrong
    assert corpus_total >= 50
    assert corpus_right >= 0.95 * corpus_total, misses


def test_han_class_is_regex_han() -> None:
    """The spelt-out Han class the title searches use with stdlib re is ``\\p{Han}``."""
    import re

    import regex

    from govinfo_reports._outline_grammar import HAN_CLASS

    spelt = re.compile(f"[{HAN_CLASS}]")
    text = "".join(map(chr, range(0x2E00, 0x33480)))  # every block the class touches
    han = regex.compile(r"\p{Han}")
    ours = {m.start() for m in spelt.finditer(text)}
    theirs = {m.start() for m in han.finditer(text)}
    if han.match("\U00033479"):  # regex knows Unicode 17 (CJK extension J), as the class
        assert ours == theirs
    else:  # an older regex (pyproject allows 2023.10.3): its Han is inside the class
        assert theirs < ours


def _marker_items(text: str) -> list[tuple[int, int, str, Any, str]]:
    """The matches of MARKER_NOT_AR and AR_MARK (as _scan reads them) in order: (start,
    end, alternative, match, and for ``ar`` its digits), to compare with MARKER's."""
    from govinfo_reports import outline as o

    not_ar, marks = o._marker_patterns(text)
    items: list[tuple[int, int, str, Any, str]] = [
        (m.start(), m.end(), m.lastgroup or "", m, "") for m in not_ar.finditer(text)
    ]
    for m in itertools.chain.from_iterable(p.finditer(text) for p in marks):
        k = m.start()
        while text[k - 1] in " \t":  # (a digit comes first: the look-behind saw it)
            k -= 1
        d = k - 1
        if d > 0 and text[d - 1] in o._DIGITS:
            d -= 1
        if d > 0 and text[d - 1] in o._DIGITS_AND_POINTS:
            continue  # three digits, or after a point: a number, not a marker
        items.append((d, m.end(), "ar", m, text[d:k]))
    items.sort(key=lambda item: item[0])
    return items


def _markers(text: str) -> list[tuple[int, int, int, str, int, bool]]:
    """MARKER's matches with a valid number, read by marker_parts: (start, end, style,
    number, ordinal, whether its mark is a comma or blanks: 一, and 一 are headings only at
    a line start)."""
    from govinfo_reports._outline_grammar import MARKER, marker_parts

    found = []
    for m in MARKER.finditer(text):
        parts = marker_parts(m)
        if parts is not None:
            sep = m.group("s1") if m.lastgroup == "cn" else ""
            comma = sep is None or sep in {",", "，"}
            found.append((m.start(), m.end(), *parts, comma))
    return found


def test_marker_scan_in_two_parts_finds_markers_matches() -> None:
    """_scan's two scans (MARKER_NOT_AR and AR_MARK) find exactly MARKER's matches."""
    from govinfo_reports._outline_grammar import MARKER

    rnd = random.Random(10)
    alphabet = list("一二三四五六七八九十百第部分(（)）①⑳、.．,，0123456789０９ \t\n|年")
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(3000)]
    texts += ["1.2.3、 12 .(1)(一)一、二,十一、第三部分①", "123. 1.5 0.5 (12)3、 4 、 56 ."]
    for text in texts:
        expected = [(m.start(), m.end(), m.lastgroup) for m in MARKER.finditer(text)]
        assert [item[:3] for item in _marker_items(text)] == expected, text


def test_marker_scan_of_a_latin1_text_finds_markers_matches() -> None:
    """A text of Latin-1 characters only is scanned by the literal-led patterns: the same
    matches and groups as MARKER."""
    from govinfo_reports._outline_grammar import MARKER

    rnd = random.Random(11)
    alphabet = list("().,0123456789 \t\n|aé×\xa0")
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(3000)]
    texts += ["1.2. 12 .(1)( 2 )(3)4(5 )", "123. 1.5 0.5 (12)3. 4 . 56 .é"]
    for text in texts:
        expected = [(m.start(), m.end(), m.lastgroup, m.groupdict()) for m in MARKER.finditer(text)]
        got = [(s, e, kind, m.groupdict()) for s, e, kind, m, _ in _marker_items(text)]
        assert [g[:3] for g in got] == [x[:3] for x in expected], text
        for (_, _, kind, groups), (_, _, _, want) in zip(got, expected, strict=True):
            if kind == "par":
                assert groups["n4"] == want["n4"], text


def test_ordinal_table_is_cn_ordinal() -> None:
    """The numeral table the marker scan looks numbers up in reads as cn_ordinal does."""

    from govinfo_reports._outline_grammar import CN_ORDINALS, cn_ordinal

    for size in (1, 2, 3):
        for chars in itertools.product("一二三四五六七八九十", repeat=size):
            numeral = "".join(chars)
            assert CN_ORDINALS.get(numeral) == cn_ordinal(numeral), numeral


def test_remembered_title_readings_equal_fresh_ones() -> None:
    """A title read once and reused for the same text after a marker (a report merged
    from copies) is what reading it again gives."""
    from govinfo_reports import outline as o

    one = (
        "一、总体情况\n今年我局公开信息。\n二、主动公开政府信息情况\n1、公开内容 全年公开120条。\n"
        "(一)依申请公开;\n三、收到和处理政府信息公开申请情况\n| 项目 | 1 | 2 |\n四、其他\n"
        "五、\n存在的主要问题\n"
    )
    text = one * (o._READ_CACHE_MIN // len(one) + 2)  # long enough to remember titles
    lines = o._Lines(text)
    marks = o._scan(text, lines)
    kept = o._plausible_heads(text, marks, lines)
    assert len(kept) >= 15
    starts = [m[0] for m in marks]
    index = {start: k for k, start in enumerate(starts)}
    for c in kept:
        fresh = o._Cand(c.start, c.end, c.style, c.number, c.ordinal, c.ctx, c.line)
        fresh.tpos = c.tpos
        k = index[c.start]
        bound = starts[k + 1] if k + 1 < len(starts) else len(text)
        assert o._read_title(text, fresh, bound, lines)
        got = (c.title, c.title_end, c.body_start, c.run_in, c.read_as)
        assert got == (fresh.title, fresh.title_end, fresh.body_start, fresh.run_in, fresh.read_as)


def test_hinted_searches_equal_the_plain_ones() -> None:
    """glued_cut's word searches tried only where their first word stands find what the
    plain searches find; the blank test before _BLANK_RUN misses none of its matches."""
    from govinfo_reports import _outline_grammar as g

    rnd = random.Random(11)
    pieces = [
        *"情况统计表概述数量类别形式方面事项及和与的、今年目前截至本局我们一是为进但是",
        *("情况统计表", "情况,", "”", "》", ")", "2019", " ", "\u3000", "\t", "\xa0", "a", "一"),
        *("充分利用", "充分发挥", "为进一步", "本年度", "本机关", "指定", "积极"),
    ]
    for _ in range(5000):
        raw = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        for pattern, hint in (
            (g._TITLE_END_WORD, g._TITLE_END_HINT),
            (g._BODY_START_WORD, g._BODY_START_HINT),
        ):
            want = pattern.search(raw, 2)
            got = g._search_hinted(pattern, hint, raw, 2)
            assert (got and got.span()) == (want and want.span()), raw
        if g._BLANK_RUN.search(raw, 1) is not None:
            assert g._has_blank(raw)


def test_point_spans_are_the_point_patterns_matches() -> None:
    """The points found from 是 and 第 are _POINT's matches."""
    from govinfo_reports._outline_grammar import _POINT, _point_spans

    rnd = random.Random(12)
    alphabet = list("一二三四五六七八九十是第、.．,，:：。;!？… \t\n\u3000\u2005\xa0统关键甲")
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(5000)]
    texts += [
        "一是甲,十二是乙;统一是丙 第三、丁 次第一、",
        "十一是二十是三十二是一是第十一、第一二三是",
    ]
    for text in texts:
        assert _point_spans(text) == [m.span() for m in _POINT.finditer(text)], text


def test_table_test_in_place_equals_the_one_on_a_copy() -> None:
    """is_table_span on a line of a text reads as is_table_line on the line's copy."""
    from govinfo_reports._outline_grammar import is_table_line, is_table_span

    rnd = random.Random(14)
    alphabet = [*"0123456789,.%-+| \t\u3000\xa0a年件", "\n", "\n", "12", " 3 ", "\x1c"]
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            assert is_table_span(text, start, end) == is_table_line(line), (text, line)
            start = end + 1


def test_table_test_reads_as_its_numbers_alone() -> None:
    """is_table_line's field count (str.split before the numbers' pattern) changes no
    answer: the reference counts _NUMERIC_TOKEN's matches only (blanks of every kind,
    str.split's \\x1c-\\x1f among them, which are no blanks to the pattern)."""
    from govinfo_reports._outline_grammar import _NUMERIC_TOKEN, TABLE_LINE_MAX, is_table_line

    def reference(line: str) -> bool:
        if len(line) > TABLE_LINE_MAX:
            return False
        if "|" in line or "\t" in line:
            return True
        return sum(1 for _ in _NUMERIC_TOKEN.finditer(line)) >= 3

    rnd = random.Random(18)
    blanks = [" ", "\u3000", "\xa0", "\x1c", "\x1f", "\x85", "\u2028", "\u200a", "\r", "\x0b"]
    alphabet = [*"0123456789+-,.%a年件", *blanks, " 3 ", "12", "|"]
    for _ in range(20000):
        line = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert is_table_line(line) == reference(line), line


def _reference_scan(text: str) -> list[Any]:
    """_scan as it reads MARKER's matches in order (the reference for the fused scan)."""
    from govinfo_reports import outline as o

    found: list[Any] = []
    add = found.append
    comma_led: dict[int, int] = {}
    others: dict[int, int] = {}
    # (line, style, ordinal) -> start of a marker after a comma: the next item of a list
    listed: dict[tuple[int, int, int], int] = {}
    n = len(text)
    blanks = o._BLANKS
    line_breaks = o._LINE_BREAKS
    commas = o._COMMAS
    strong = o._STRONG_BEFORE
    line_start, punct, space, glued = o.Ctx.LINE_START, o.Ctx.PUNCT, o.Ctx.SPACE, o.Ctx.GLUED
    for start, end, style, num, ordinal, comma_sep in _markers(text):
        # the context (marker_context)
        i = start - 1
        c = text[i] if i >= 0 else "\n"
        if c in blanks:
            steps = 0
            while i >= 0 and text[i] in blanks and steps < o._MAX_BLANKS_BACK:
                i -= 1
                steps += 1
            c = text[i] if i >= 0 else "\n"
            blank = True
        else:
            blank = False
        if c in line_breaks:
            ctx = line_start
        elif c in commas:
            line = _line_end(text, start)
            comma_led[line] = comma_led.get(line, 0) + 1
            listed.setdefault((line, style, ordinal), start)
            continue
        elif c == "第":
            continue
        elif c in strong:
            ctx = punct
        elif c == "|":
            ctx = line_start  # a markdown/pipe cell start; the table test decides
        elif blank:
            ctx = space
        else:
            ctx = glued  # after a word, or glued to a table's digits
        line = _line_end(text, start)
        others[line] = others.get(line, 0) + 1
        if comma_sep and ctx is not line_start:
            continue
        if end < n and text[end] in o._AFTER_REF and style in o._PAREN_STYLES:
            continue  # 第二十条第（一）项, (一)款
        add((start, end, style, num, ordinal, ctx, line))
    if comma_led:
        toc = {k for k, c in comma_led.items() if c >= o._TOC_MIN and c >= others.get(k, 0) - 1}
        if toc:
            found = [c for c in found if c[6] not in toc]
    if listed:
        found = [c for c in found if not o._listed_on(text, c, listed)]
    return found


def _line_end(text: str, pos: int) -> int:
    """The end of the line that holds ``pos`` (a marker's line, as _scan keeps it)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def test_scan_reads_as_the_reference() -> None:
    """The fused marker scan finds what reading MARKER's matches in order finds (Chinese and
    Latin-1 texts, which _scan reads with other patterns)."""
    from govinfo_reports import outline as o

    rnd = random.Random(15)
    alphabet = list("一二三四五六七八九十第部分(（)）①、.,，:。0123456789 \t\n|年项款其中")
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80))) for _ in range(3000)]
    latin1 = list("().,0123456789 \t\n|aé×\xa0")
    texts += ["".join(rnd.choice(latin1) for _ in range(rnd.randint(0, 80))) for _ in range(1000)]
    texts += [
        normalize(src.read_text(encoding="utf-8", errors="replace")).text
        for _, src, _ in shared_items()
    ]
    for text in texts:
        lines = o._Lines(text)
        got = o._scan(text, lines)
        want = _reference_scan(text)
        # the same, but for the markers of sub-headings on a table row with no section
        # heading's before them on it
        kept = set(got)
        assert set(want) >= kept, text
        for mark in want:
            if mark not in kept:
                line = mark[6]
                assert mark[2] not in o._TOP_STYLES and lines.is_table(line), text
                assert not any(
                    m[6] == line and m[2] in o._TOP_STYLES and m[0] < mark[0] for m in want
                ), text
        # and they read as the same candidates
        heads = o._plausible_heads(text, got, lines)
        ref = o._plausible_heads(text, want, lines)
        fields = ("start", "title", "title_end", "body_start", "run_in", "ctx", "tpos")
        assert [[getattr(c, f) for f in fields] for c in heads] == [
            [getattr(c, f) for f in fields] for c in ref
        ], text


def test_numbers_follow_is_its_pattern() -> None:
    """numbers_follow, its digit test first, answers as its pattern does (any bounds)."""
    from govinfo_reports._outline_grammar import _NUMBERS_AFTER, numbers_follow

    rnd = random.Random(16)
    alphabet = [*"0123456789,.| \t\u3000\xa0a年\n", "12", " 3"]
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        start, end = rnd.randint(0, len(text) + 2), rnd.randint(0, len(text) + 2)
        want = _NUMBERS_AFTER.match(text, start, end) is not None and end - start <= 400
        assert numbers_follow(text, start, end) == want, (text, start, end)


def test_fast_numeric_token_is_numeric_token() -> None:
    """The class-led form of _NUMERIC_TOKEN finds its matches, within any bounds."""
    from govinfo_reports._outline_grammar import _NUMERIC_TOKEN, _NUMERIC_TOKEN_FAST

    rnd = random.Random(17)
    alphabet = list("0123456789+-,.%| \t\na年\u3000\x1c")
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 25)))
        a, b = rnd.randint(0, len(text)), rnd.randint(0, len(text))
        want = [m.span() for m in _NUMERIC_TOKEN.finditer(text, a, b)]
        assert [m.span() for m in _NUMERIC_TOKEN_FAST.finditer(text, a, b)] == want, (text, a, b)


def test_trim_title_reads_page_numbers_as_its_pattern() -> None:
    """trim_title, which searches for a contents page number only after 1-3 digits led by
    a blank or a leader dot, trims as the search alone does."""
    from govinfo_reports._outline_grammar import _LEAD_TRIM, _LEADER_PAGE, _TRIM, trim_title

    def reference(raw: str) -> str:
        t = raw.strip(_TRIM).lstrip(_LEAD_TRIM).strip(_TRIM)
        if t and t[-1] in "0123456789\n":
            m = _LEADER_PAGE.search(t, max(0, len(t) - 80))
            if m is not None and m.start() >= 2:
                t = t[: m.start()].strip(_TRIM)
        return t

    rnd = random.Random(19)
    alphabet = [*"0123456789 \t\u3000\n.…·．概述a", "12", "..", " 3"]
    for _ in range(20000):
        raw = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        assert trim_title(raw) == reference(raw), repr(raw)


def _tops(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in gr.parse(text).sections]


def test_headings_set_in_markdown_bold() -> None:
    """A converter's Markdown headings (**一、基本情况**): the markers are dropped by
    normalize, so a run-in （一） below does not take the outline's top (was: the two
    （一）（二） items were the top level), nor a bold title with 、 go missing (was: 五
    dropped)."""
    head = "青川市财政局2014年政府信息公开工作年度报告\n"
    runin = (
        "**一、基本情况**\n2014年，我局主动公开信息10条。\n（一）加强组织领导。2014年，"
        "我局扎实推进。\n（二）完善制度建设。2014年，我局扎实推进。\n**二、主动公开情况**\n略。\n"
    )
    assert _tops(head + runin) == [(1, "一", "基本情况"), (1, "二", "主动公开情况")]
    titles = (
        "概述",
        "主动公开政府信息情况",
        "因政府信息公开申请提起行政复议、行政诉讼的情况",
        "其他需要报告的事项",
    )
    bold = "".join(f"**{n}、{t}**\n略。\n" for n, t in zip("一二三四", titles, strict=True))
    assert _tops(head + bold) == [(1, n, t) for n, t in zip("一二三四", titles, strict=True)]
    # the text keeps bold inside a line as it is
    assert "共**3**件" in gr.parse(head + "共**3**件。\n").text


def test_a_statistics_table_row_is_no_heading() -> None:
    """A pre-2019 统计表 appended as '|' rows: a row label with blank marks in its cells
    (三、依申请公开情况 | — | —) is a row, not a third section of the report (was: one)."""
    text = (
        "青川市财政局2015年政府信息公开工作年度报告\n一、概述\n2015年，我局主动公开信息10条。\n"
        "二、存在的问题和改进措施\n略。\n附表\n统计指标 | 单位 | 统计数\n一、主动公开情况 | — | —\n"
        "（一）主动公开政府信息数 | 条 | 10\n三、依申请公开情况 | — | —\n"
    )
    assert _tops(text) == [(1, "一", "概述"), (1, "二", "存在的问题和改进措施")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a standard title wrapped over two lines (a PDF's narrow column)
        (
            "二、收到和处理政府\n信息公开申请情况\n2019年收到申请3件。\n",
            "收到和处理政府信息公开申请情况",
        ),
        ("五、存在的主要问题\n及改进情况\n无。\n", "存在的主要问题及改进情况"),
        # near cases: a whole standard title, and a line below that completes no standard one
        ("一、总体情况\n2019年，我局主动公开信息10条。\n", "总体情况"),
        ("一、加强组织领导\n信息公开申请情况良好。\n", "加强组织领导"),
    ],
)
def test_a_standard_title_wrapped_over_two_lines(text: str, want: str) -> None:
    """A standard section title a PDF wrapped (二、收到和处理政府⏎信息公开申请情况) is read
    whole (was: the title cut at the line break; blind identity audit)."""
    (section,) = gr.parse_outline(text)
    assert section.title == want
