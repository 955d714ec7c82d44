"""Wrong values and false alarms found by reading real reports of provincial departments
and commissions (省教育厅, 省财政厅, 省卫健委, 省发改委 …) and ministries' regional bureaus
by hand.

The fixtures are written for these tests (invented places 云溪/青禾, invented numbers):
each paraphrases the form of a real page, not its words.  Each case has a near case that
must still read.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_BODY = (
    "\n一、{y}年主要工作\n{y}年，我厅全面推进政府信息公开工作。全年通过门户网站主动公开"
    "信息820条。\n"
)


# the year between 公开 and 年度报告 (…厅政府信息公开2009年度报告, an early title's form):
# no title was read, and the agency was missing with a false identity.agency_missing
@pytest.mark.parametrize(
    ("title", "year", "agency"),
    [
        ("云溪省财政厅政府信息公开2009年度报告", 2009, "云溪省财政厅"),
        ("云溪省教育厅政府信息公开工作2011年度报告", 2011, "云溪省教育厅"),
        ("云溪省卫生厅政府信息公开2010年报", 2010, "云溪省卫生厅"),
        # near case: the year before the body's name still reads
        ("2009年云溪省财政厅政府信息公开年度报告", 2009, "云溪省财政厅"),
        ("云溪省财政厅2009年政府信息公开工作年度报告", 2009, "云溪省财政厅"),
    ],
)
def test_title_with_year_after_disclosure_words(title: str, year: int, agency: str) -> None:
    r = gr.parse(title + "\n" + _BODY.format(y=year))
    assert r.year == year
    assert r.agency == agency
    assert r.title == title
    assert not [p for p in r.problems if p.code.startswith("identity.")]


def test_notice_naming_a_report_with_its_year_inside_stays_another_document() -> None:
    # near case: a notice cited in 《》 that names 信息公开2015年度报告 is no title
    text = (
        "根据县政府办公室《关于做好政府信息公开2015年度报告公开工作的通知》要求，"
        "现将我局情况报告如下。\n一、概述\n2015年，我局全年主动公开政府信息35条。\n"
    )
    r = gr.parse(text)
    assert r.title is None or "通知" not in r.title
    assert r.year == 2015


# 编制并发布 before the body's name: 并发布 was kept in the title
@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("编制并发布", "云溪市农业农村局政府信息公开工作2022年度报告"),
        ("编制并发布", "云溪市农业农村局2022年政府信息公开工作年度报告"),
        # near cases: one verb, and a name that opens with 发展 keep reading
        ("编制", "云溪市农业农村局2022年政府信息公开工作年度报告"),
        ("特编制并向社会公布", "云溪市发展和改革委员会2022年政府信息公开工作年度报告"),
    ],
)
def test_title_after_compile_and_publish_verbs(lead: str, title: str) -> None:
    text = (
        "根据《中华人民共和国政府信息公开条例》要求，" + lead + title + "。\n"
        "一、总体情况\n2022年，我局全年主动公开政府信息46条。\n"
    )
    r = gr.parse(text)
    assert r.title == title
    assert r.year == 2022
