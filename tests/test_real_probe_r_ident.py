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


_CHANNELS = (
    "青禾县人民政府2019年政府信息公开工作年度报告\n一、总体情况\n"
    "（一）主动公开政府信息情况。2019年，全县主动公开政府信息6420条。其中，通过市政府网站"
    "公开信息1500条，通过县政府门户网站发布政府信息4120条，通过新闻媒体公开信息800条。"
)


def _lists(text: str) -> list[tuple[int | float, list[int | float]]]:
    return [(b.total.value, [p.quantity.value for p in b.parts]) for b in gr.parse(text).breakdowns]


def test_a_second_list_led_by_its_own_sum_divides_that_count() -> None:
    # 其中通过县政府门户网站发布政府信息4120条，A 2000条，B 1500条，C 620条: the first
    # count is the sum of the others (a channel's count and its topics), not a sibling
    # of them in a list of the 6420 (which made a false prose.breakdown of 8240 ≠ 6420)
    text = (
        _CHANNELS + "其中通过县政府门户网站发布政府信息4120条，政策解读信息2000条，"
        "政务动态信息1500条，其他信息620条。\n"
    )
    assert _lists(text) == [(6420, [1500, 4120, 800]), (4120, [2000, 1500, 620])]
    assert "prose.breakdown" not in [p.code for p in gr.parse(text).validate()]


def test_a_second_list_that_does_not_add_up_still_divides_the_total() -> None:
    # near case: the first count is not the others' sum, so the list stays the 6420's
    # and its mismatch is still reported
    text = (
        _CHANNELS + "其中通过县政府门户网站发布政府信息4120条，政策解读信息2000条，"
        "政务动态信息1500条，其他信息600条。\n"
    )
    assert (6420, [4120, 2000, 1500, 600]) in _lists(text)
    assert "prose.breakdown" in [p.code for p in gr.parse(text).validate()]


def _publisher(text: str) -> tuple[str | None, set[str]]:
    """The agency read, and which of the identity problems on publishers are raised."""
    r = gr.parse(text)
    watched = {"identity.other_publisher", "identity.agency_missing"}
    return r.agency, {p.code for p in r.validate()} & watched


def test_a_party_school_is_named_as_a_publisher_that_is_no_body() -> None:
    # 常德市委党校…校务信息公开工作年度报告: the title names the school (agency None and
    # “只以本单位称呼” before); a party school is no administrative body, as a school is not
    school = "青禾市委党校"
    lines = (
        f"2016年度{school}校务信息公开工作年度报告",
        f"本年度报告由{school}编制。",
        "一、概述",
        "2016年，本单位主动公开校务信息42条。",
    )
    assert _publisher("\n".join(lines)) == (school, {"identity.other_publisher"})


def test_a_body_that_names_a_party_school_in_a_sentence_keeps_its_own_name() -> None:
    # near case: a 组织部's report that mentions the 党校 it trains at stays its own,
    # with no other_publisher warning
    assert _publisher(
        "中共青禾县委组织部2019年政府信息公开工作年度报告\n一、总体情况\n"
        "2019年，我部依托县委党校举办培训2期，主动公开政府信息35条。\n"
    ) == ("中共青禾县委组织部", set())


def _opening(sentence: str) -> tuple[str | None, set[str]]:
    """The agency of an untitled report whose first paragraph is ``sentence``."""
    return _publisher(
        "一、总体情况\n" + sentence + "\n二、主动公开政府信息情况\n全年公开信息12条。\n"
    )


def test_the_subject_after_a_years_circumstance_names_the_body() -> None:
    # 2019年,在市政府办公室政务公开办公室的精心指导下,市扶贫办认真贯彻落实…: the subject
    # after 在…下 is the report's body, as it is right after the year
    assert _opening(
        "2020年，在区委、区政府的正确领导下，青禾区财政局认真贯彻落实《条例》，扎实推进公开工作。"
    ) == ("青禾区财政局", set())


def test_no_body_is_read_after_a_circumstance_without_a_name() -> None:
    # near cases: 全局上下 names no body; a name a hijacked page filled with a gambling
    # ad is no name (某某博彩官网区人民政府…)
    assert _opening(
        "2020年，在局党组的正确领导下，全局上下认真贯彻落实《条例》，扎实推进公开工作。"
    ) == (None, {"identity.agency_missing"})
    assert _opening(
        "2020年，在区委的正确领导下，青禾博彩官网区人民政府东街街道办事处认真贯彻落实《条例》。"
    ) == (None, {"identity.agency_missing"})


def _title_identity(title: str) -> tuple[str | None, int | None, str | None]:
    """(agency, year, title) of a report under ``title`` with a one-line body."""
    r = gr.parse(title + "\n一、总体情况\n全年公开政府信息52条。\n")
    return r.agency, r.year, r.title


def test_a_title_whose_nian_du_lost_its_nian_is_still_the_title() -> None:
    # 国家文物局2022年政府信息公开工作度报告: a slip in the title's 年度; the title (and the
    # body it names, a national body no sentence may name) was not read
    title = "青禾省文物局2022年政府信息公开工作度报告"
    assert _title_identity(title) == ("青禾省文物局", 2022, title)


def test_a_title_with_its_nian_du_and_a_year_inside_still_reads() -> None:
    # near cases: the anchor's other forms keep their reading (…工作年度报告, and the
    # early form with the year inside it, …政府信息公开2009年度报告)
    for title, year in (
        ("青禾省文物局2022年政府信息公开工作年度报告", 2022),
        ("青禾省文物局政府信息公开2009年度报告", 2009),
    ):
        assert _title_identity(title) == ("青禾省文物局", year, title)
