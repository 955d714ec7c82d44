"""Cases found by running the library on report pages of city and county departments,
street offices and towns (2010-2024) it had never seen (probe of stop 17): each test is a
constructed fixture in the official format, with its own wording and numbers, of a value a
page was read wrong (or a false alarm), and a near case that must still read."""

from __future__ import annotations

import pytest

import govinfo_reports as gr


def _codes(text: str) -> list[str]:
    return [p.code for p in gr.parse(text).problems]


_BODY = "一、总体情况\n(一)主动公开\n2021年,全年主动公开政府信息58条。\n"


# --- a contact line with the address in brackets before 联系 --------------------------------


@pytest.mark.parametrize(
    ("contact", "agency"),
    [
        # 请与X(地址…)联系: the brackets stand between the name and 联系
        (
            "请与某某市交通运输局(地址:某某市人民路8号;邮编:100000;电话:010-1234567)联系。",
            "某某市交通运输局",
        ),
        # 请联系X(地址…): the name ends at the bracket
        (
            "请联系某某市东湖区西门街道办事处(办公地址:某某市东湖区北街9号,联系电话:010-7654321)。",
            "某某市东湖区西门街道办事处",
        ),
        # near case: the name right before 联系
        ("请与某某市交通运输局办公室联系(电话:010-1234567)。", "某某市交通运输局"),
    ],
)
def test_the_body_a_contact_line_names_before_its_address(contact: str, agency: str) -> None:
    text = (
        "根据《中华人民共和国政府信息公开条例》要求,特向社会公布2021年政府信息公开工作年度报告。"
        f"本报告所列数据统计期限自2021年1月1日起至12月31日止。如对本报告有任何疑问,{contact}\n"
        + _BODY
    )
    report = gr.parse(text)
    assert report.agency == agency
    assert "identity.agency_missing" not in _codes(text)


def test_a_contact_line_naming_only_an_office_of_ours_gives_no_name() -> None:
    # near case: 我局办公室 is a self-reference, no name, with or without the brackets
    text = (
        "特向社会公布2021年政府信息公开工作年度报告。如对本报告有任何疑问,请与我局办公室"
        "(电话:010-1234567)联系。\n" + _BODY
    )
    assert gr.parse(text).agency is None


# --- 现公开 before the title ----------------------------------------------------------------


def test_xian_gongkai_before_the_title_is_no_part_of_it() -> None:
    text = (
        "根据《中华人民共和国政府信息公开条例》规定,现公开某某区青石街道办事处2022年政府信息"
        "公开工作年度报告。本年度报告中所列数据的统计期限是2022年1月1日至2022年12月31日。\n" + _BODY
    )
    report = gr.parse(text)
    assert report.agency == "某某区青石街道办事处"
    assert report.title == "某某区青石街道办事处2022年政府信息公开工作年度报告"
