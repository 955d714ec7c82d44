"""Identity hard cases read by hand (党委/群团 bodies, split titles, the first year
2008, years in Chinese numerals): a party's or a people's body whose kind holds a word
that no name holds elsewhere (群团工作部, 机关后勤服务中心: 工作, 机关) was refused as a
name, so the agency was None with identity.agency_missing saying the title named none.

Fixtures are this file's own (places 云溪/青禾 and numbers made up), in the official
form; each fix has a near case that must keep its reading.
"""

from __future__ import annotations

import govinfo_reports as gr

_BODY = (
    "根据《中华人民共和国政府信息公开条例》，特向社会公布本报告。本报告中所列数据的统计期限"
    "自2024年1月1日起至2024年12月31日止。\n一、总体情况\n"
    "2024年，我部通过区政府网站主动公开政府信息35条。\n"
)


def _agency(text: str) -> tuple[str | None, bool]:
    """The agency read, and whether identity.agency_missing is raised."""
    r = gr.parse(text)
    return r.agency, any(p.code == "identity.agency_missing" for p in r.validate())


def test_a_party_work_department_is_the_agency() -> None:
    # 群团工作部 / 社会工作部: a department of a district's party committee publishes
    # its own report; 工作 in its kind is no sentence word
    text = "云溪市青禾区群团工作部2024年政府信息公开工作年度报告\n" + _BODY
    assert _agency(text) == ("云溪市青禾区群团工作部", False)
    text = "中共青禾县委社会工作部2024年政府信息公开工作年度报告\n" + _BODY
    assert gr.parse(text).agency == "中共青禾县委社会工作部"


def test_an_offices_service_centre_named_above_its_title_is_the_agency() -> None:
    # the name on a line of its own above 2024年…年度报告, and again in the sentences
    name = "青禾区机关后勤服务中心"
    lines = (
        name,
        "2024年政府信息公开工作年度报告",
        "本报告中所列数据统计期限自2024年1月1日至2024年12月31日。",
        "一、总体情况",
        f"2024年，{name}在区政府网站主动公开政府信息12条。",
    )
    assert _agency("\n".join(lines)) == (name, False)


def test_work_and_offices_in_a_sentence_still_name_no_body() -> None:
    # near case: 工作部署 and 各机关服务中心 are words of sentences, not names; a report
    # that calls itself only 我部 keeps agency None with its problem
    text = (
        "2024年政府信息公开工作年度报告\n"
        + _BODY
        + "我部认真落实上级工作部署，指导各机关服务中心做好公开工作。\n"
    )
    assert _agency(text) == (None, True)
