"""Cases found by running the library on report pages of vertical and special bodies
(公安, 税务, 海关, 气象, 邮政, 烟草, 消防, 监狱, 开发区/高新区 管委会) and of bodies that
report under other rules (高等学校 under 高等学校信息公开办法, 供电/供水 enterprises) it had
never seen (probe of stop 18): each test is a constructed fixture, with its own wording and
numbers, of a value a page was read wrong (or a false alarm), and a near case that must
still read."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

# --- a school year's report has no one calendar year ----------------------------------------

_SCHOOL_BODY = (
    "一、概述\n本学年,学校坚持以公开为常态、不公开为例外,持续推进信息公开工作。\n"
    "(一)健全工作机制\n2015年,学校制定了信息公开实施细则,明确了责任部门。\n"
    "二、主动公开情况\n学校信息公开网发布信息212条。\n"
)


@pytest.mark.parametrize(
    "head",
    [
        # the title names the school year
        "某某理工学院2023-2024学年信息公开年度报告\n按照《高等学校信息公开办法》要求编制本报告。",
        # the title on two lines, 学年度
        "某某师范学院\n2022—2023学年度信息公开工作报告\n根据《高等学校信息公开办法》编制。",
        # the preamble gives the report the school year (no title line)
        "根据教育部有关要求,某某学院根据各单位2022-2023学年信息公开情况完成此年度报告。",
        # no 学年: a span of two years and a 统计期限 from September to August
        "现将我校2022—2023年度信息公开工作报告如下,本报告所列数据的统计期限自2022年9月1日起,"
        "至2023年8月31日止。",
        # only the 统计期限 (and the ministry's notice naming the later year)
        "根据《教育部办公厅关于做好2024年高校信息公开年度报告工作的通知》要求编制本报告。"
        "本报告所列数据的统计期限为2023年9月1日至2024年8月31日。",
    ],
)
def test_a_school_years_report_gives_no_year(head: str) -> None:
    # read before: the span's first year, the year of the notice cited or of the first
    # paragraph (2015年,学校制定…) with only identity.period_mismatch, or none at all
    text = head + "\n" + _SCHOOL_BODY
    report = gr.parse(text)
    assert report.year is None
    codes = [p.code for p in gr.validate(report)]
    assert "identity.year_span" in codes
    assert "identity.year_missing" not in codes
    assert "identity.period_mismatch" not in codes


def test_a_school_years_period_is_kept() -> None:
    text = (
        "某某学院2023-2024学年信息公开年度报告\n"
        "本报告所列数据的统计期限自2023年9月1日起至2024年8月31日止。\n" + _SCHOOL_BODY
    )
    report = gr.parse(text)
    assert report.period is not None
    assert (str(report.period.start), str(report.period.end)) == ("2023-09-01", "2024-08-31")
    span = next(p for p in report.problems if p.code == "identity.year_span")
    assert span.actual == (2023, 2024)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # near case: a school year named in a document the report cites
        (
            "某某区教育局2020年政府信息公开工作年度报告\n"
            "一、总体情况\n全年印发《某某区2019-2020学年校历》等文件,主动公开政府信息88条。\n",
            2020,
        ),
        # near case: a school year in the prose, not given to the report
        (
            "某某县教育局2021年政府信息公开工作年度报告\n"
            "2021-2022学年共资助学生300人次。\n一、总体情况\n全年主动公开政府信息46条。\n",
            2021,
        ),
        # near case: a 统计期限 over two whole years is a slip, the title's year stands
        (
            "某某市统计局2020年政府信息公开工作年度报告\n"
            "本报告所列数据统计期限自2020年1月1日起至2021年12月31日止。\n"
            "一、总体情况\n全年主动公开政府信息40条。\n",
            2020,
        ),
    ],
)
def test_a_report_of_one_year_keeps_it(text: str, year: int) -> None:
    report = gr.parse(text)
    assert report.year == year
    assert all(p.code != "identity.year_span" for p in report.problems)
