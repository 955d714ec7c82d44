"""Reports of publishers that are no administrative body (a university under the
高等学校信息公开办法, a hospital, a utility company): the publisher's name is read from the
title like a body's, and ``identity.other_publisher`` warns that the report follows rules of
its own. Constructed fixtures in the formats such reports use."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_BODY = (
    "一、概述\n本年度,坚持以公开为常态、不公开为例外,持续推进信息公开工作。\n"
    "二、主动公开情况\n全年通过门户网站发布信息186条。\n"
)


def _codes(report: gr.Report) -> list[str]:
    return [p.code for p in report.problems]


@pytest.mark.parametrize(
    ("title", "agency", "year"),
    [
        ("青禾理工大学2023-2024学年信息公开年度报告", "青禾理工大学", None),
        ("云溪师范学院\n2022—2023学年度信息公开工作报告", "云溪师范学院", None),
        ("云溪市第一人民医院2022年信息公开工作年度报告", "云溪市第一人民医院", 2022),
        ("云溪市水务集团有限公司2021年度信息公开工作报告", "云溪市水务集团有限公司", 2021),
    ],
)
def test_a_non_government_publisher_is_read_from_its_title_and_flagged(
    title: str, agency: str, year: int | None
) -> None:
    report = gr.parse(title + "\n" + _BODY)
    assert report.agency == agency
    assert report.year == year
    problem = next(p for p in report.problems if p.code == "identity.other_publisher")
    assert problem.severity is gr.Severity.WARNING
    assert agency in problem.message
    assert ("identity.year_span" in _codes(report)) is (year is None)


def test_rules_cited_at_the_opening_flag_a_report_with_no_name() -> None:
    text = "根据《高等学校信息公开办法》的要求,现将本校本年度信息公开工作情况报告如下。\n" + _BODY
    report = gr.parse(text)
    assert report.agency is None
    assert "identity.other_publisher" in _codes(report)


@pytest.mark.parametrize(
    "text",
    [
        # near case: a government body's report citing the schools' rules
        "云溪市教育局2021年政府信息公开工作年度报告\n"
        "按照《高等学校信息公开办法》《中华人民共和国政府信息公开条例》要求编制本报告。\n" + _BODY,
        # near case: a government report that names a hospital and a company in its prose
        "云溪市卫生健康委员会2020年政府信息公开工作年度报告\n"
        "全年指导云溪市第一人民医院、云溪市水务集团有限公司做好公开工作。\n" + _BODY,
        # near case: a court ends in 院 but not in 学院 or 医院
        "云溪市中级人民法院2020年政务公开工作年度报告\n" + _BODY,
    ],
)
def test_a_government_body_is_not_flagged(text: str) -> None:
    report = gr.parse(text)
    assert report.agency is not None
    assert not report.agency.endswith(("医院", "公司", "大学"))
    assert "identity.other_publisher" not in _codes(report)


def test_a_text_that_is_no_report_gives_no_publisher_warning() -> None:
    text = (
        "青禾理工大学关于做好2023年信息公开年度报告编制工作的通知\n"
        "各学院、各部门:\n现将有关事项通知如下。\n一、报送时间\n请于10月31日前报送。\n"
    )
    codes = _codes(gr.parse(text))
    assert "report.not_a_report" in codes
    assert "identity.other_publisher" not in codes
