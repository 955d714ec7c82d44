"""Wrong values and false alarms found by reading real reports of western, northern and
border regions and autonomous areas (自治区, 自治州, 自治县, 盟, 旗, 苏木, 兵团) by hand.

The fixtures are written for these tests (invented places 云溪/青禾, invented numbers):
each paraphrases the form of a real page, not its words.  Each case has a near case that
must still read.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_BODY = (
    "\n一、总体情况\n{y}年，{we}认真贯彻落实《条例》，全面推进政府信息公开工作。\n"
    "（一）主动公开\n全年主动公开政府信息320条。\n"
)
_RULES = "根据《中华人民共和国政府信息公开条例》有关规定要求，"

# (the text's opening, its year, how it calls itself, the agency and title to read)
IDENTITY = [
    # 现就某县人民政府2020年度…情况报告如下: the lead 现就 was read into the name and the
    # title, and the title then said the text was another kind of document
    (
        _RULES + "现就云溪县人民政府2020年度政府信息公开情况报告如下：",
        2020,
        "我县",
        "云溪县人民政府",
        "云溪县人民政府2020年度政府信息公开情况报告",
    ),
    (
        _RULES + "现将云溪县人民政府2020年度政府信息公开情况报告如下：",
        2020,
        "我县",
        "云溪县人民政府",
        "云溪县人民政府2020年度政府信息公开情况报告",
    ),
    # 现发布《某市民族事务委员会（宗教事务局）2024年…》: the title was cut to its year and
    # the body's name was lost
    (
        _RULES + "现发布《青禾市民族事务委员会（宗教事务局）2024年政府信息公开工作年度报告》，"
        "本报告统计数据从2024年1月1日至12月31日。",
        2024,
        "我委",
        "青禾市民族事务委员会",
        "青禾市民族事务委员会(宗教事务局)2024年政府信息公开工作年度报告",
    ),
    (
        _RULES + "现发布《青禾市民族事务委员会2024年政府信息公开工作年度报告》。",
        2024,
        "我委",
        "青禾市民族事务委员会",
        "青禾市民族事务委员会2024年政府信息公开工作年度报告",
    ),
    # 某区（某新区）政府2020年…: the title was read as 政府2020年… with no body (the name
    # reader reads 经开区政府 as 经开区, so that name keeps its note but not 政府)
    (
        "高新区（云溪新区）政府2020年信息公开工作年度报告",
        2020,
        "我区",
        "高新区(云溪新区)政府",
        "高新区(云溪新区)政府2020年信息公开工作年度报告",
    ),
    (
        "经开区（云溪新区）政府2020年信息公开工作年度报告",
        2020,
        "我区",
        "经开区(云溪新区)",
        "经开区(云溪新区)政府2020年信息公开工作年度报告",
    ),
    (
        "云溪海关（本级机关）2020年政府信息公开工作年度报告",
        2020,
        "我关",
        "云溪海关",
        "云溪海关(本级机关)2020年政府信息公开工作年度报告",
    ),
]


_IDS = ["xianjiu", "xianjiang", "quoted-note", "quoted", "note-zhengfu", "note-name", "note"]


@pytest.mark.parametrize(("opening", "year", "we", "agency", "title"), IDENTITY, ids=_IDS)
def test_identity_of_titles_and_leads(
    opening: str, year: int, we: str, agency: str, title: str
) -> None:
    r = gr.parse(opening + _BODY.format(y=year, we=we))
    assert (r.agency, r.year, r.title) == (agency, year, title)
    codes = {p.code for p in r.problems}
    assert not codes & {"report.not_a_report", "identity.agency_missing"}


def test_a_note_that_follows_no_name_gives_no_name() -> None:
    # the words before the bracket are no name: no name is made up around 政府
    text = "按期发布（已审核）政府2020年信息公开工作年度报告" + _BODY.format(y=2020, we="我区")
    assert gr.parse(text).agency is None
