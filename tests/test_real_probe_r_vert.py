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
        # near case: a title that names one year keeps it over a school year's 统计期限
        (
            "某某学院2023年度信息公开工作年度报告\n"
            "本报告所列数据的统计期限为2022年9月1日至2023年8月31日。\n" + _SCHOOL_BODY,
            2023,
        ),
        # near case: a year counted from 21 December is the later year's
        (
            "某某市统计局2022年政府信息公开工作年度报告\n"
            "本报告所列数据统计期限自2021年12月21日起至2022年12月20日止。\n"
            "一、总体情况\n全年主动公开政府信息40条。\n",
            2022,
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


def _values(text: str, kind: str) -> list[int | None]:
    return [f.quantity.value for f in gr.parse(text).figures if f.kind.value == kind]


_POST_HEAD = (
    "某某市邮政管理局2016年政府信息公开年度报告\n一、主动公开情况\n全年主动发布政府信息240条。\n"
)


@pytest.mark.parametrize(
    ("body", "kind", "values"),
    [
        # 没有因依申请…收取费用 is about fees: read before as applications_received 0 beside
        # the 4 received (silent)
        (
            "二、依申请公开情况\n2016年,我局收到政府信息公开申请4件,均已按期答复。\n"
            "三、收费及减免情况\n2016年,我局没有因依申请公开信息收取或减免费用情况。\n",
            "applications_received",
            [4],
        ),
        (
            "三、收费及减免情况\n2016年,我局没有因依申请公开信息收取或减免费用情况。\n",
            "fees_collected",
            [0],
        ),
        # near case: no 因 between the negation and 申请
        (
            "二、依申请公开情况\n2016年,我局没有收到政府信息公开申请。\n",
            "applications_received",
            [0],
        ),
        # letters of consultations and complaints together: read before as complaints 25
        (
            "二、依申请公开情况\n全年共收到各类咨询、申诉等来信25件,均及时回复。收到公开申请3件。\n",
            "complaints",
            [],
        ),
        # near case: a count of complaints alone
        (
            "二、申诉情况\n全年共收到有关政府信息公开的申诉2件,均已办结。\n",
            "complaints",
            [2],
        ),
        # the rules and the normative documents counted together: read before as
        # normative_documents 6 (国资委 2022: 规章规范性文件5件)
        ("全年公开本年制定的规章和规范性文件6件。\n", "normative_documents", []),
        ("全年公开本年制定的规章规范性文件6件。\n", "normative_documents", []),
        # near case: each counted on its own
        ("全年制定规章0件、制发规范性文件4件。\n", "normative_documents", [4]),
    ],
)
def test_what_a_statement_counts(body: str, kind: str, values: list[int]) -> None:
    assert _values(_POST_HEAD + body, kind) == values


# --- the number of a report's parts after 项 ----------------------------------------------


def test_the_items_a_report_is_made_of_are_no_appeals() -> None:
    # read before: figures.coordinated for “复议、行政诉讼” sharing “6项” (a false alarm)
    text = (
        "某某市气象局2023年度政府信息公开工作年度报告\n本年报由总体情况、主动公开政府信息情况、"
        "收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及"
        "改进情况、其他需要报告的事项等6项内容组成。\n一、总体情况\n全年主动公开信息31条。\n"
    )
    report = gr.parse(text)
    assert all(p.code != "figures.coordinated" for p in report.problems)
    assert [(f.kind.value, f.quantity.value) for f in report.figures] == [
        ("proactive_disclosures", 31)
    ]


def test_a_coordinated_appeal_count_still_warns() -> None:
    # near case: 行政复议、行政诉讼 sharing a count of cases
    text = (
        "某某市气象局2023年度政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息31条。\n"
        "二、复议诉讼情况\n全年发生行政复议、行政诉讼案件3件。\n"
    )
    assert any(p.code == "figures.coordinated" for p in gr.parse(text).problems)


# --- the year's share of a cumulative part in a 其中 list -----------------------------------

_POWER_HEAD = (
    "某某供电局2012年信息公开工作年度报告\n一、概述\n我局持续完善信息公开工作。\n"
    "二、主动公开信息的情况\n2012年我局在门户网站主动公开各类信息共150条,其中:\n"
)


def test_the_years_share_of_a_cumulative_part_is_no_part() -> None:
    # read before: prose.breakdown 12 + 3 + 90 + 48 = 153 against 150 (a false alarm)
    text = _POWER_HEAD + (
        "1. 累计公开规章制度类信息12条,2012年新增3条;\n2. 供电服务类信息90条;\n3. 停电公告48条。\n"
    )
    report = gr.parse(text)
    assert [[p.quantity.value for p in b.parts] for b in report.breakdowns] == [[12, 90, 48]]
    assert all(p.code != "prose.breakdown" for p in gr.validate(report))


def test_a_new_part_without_a_cumulative_one_is_still_a_part() -> None:
    # near case: 新增 after a part that is not cumulative is a part of its own
    text = _POWER_HEAD + (
        "1. 规章制度类信息12条,新增信息3条;\n2. 供电服务类信息87条;\n3. 停电公告48条。\n"
    )
    report = gr.parse(text)
    assert [[p.quantity.value for p in b.parts] for b in report.breakdowns] == [[12, 3, 87, 48]]


# --- the names of zones, offices and the words before them ---------------------------------

_ZONE_BODY = (
    "一、概述\n本年度信息公开工作有序开展。\n二、主动公开政府信息情况\n全年主动公开信息90条。\n"
)


@pytest.mark.parametrize(
    ("head", "agency"),
    [
        # 本年度 before the subject: read before as 度保税区
        (
            "本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
            "一、概述\n本年度青禾港保税区认真贯彻落实条例,不断提升政务公开工作水平。\n",
            "青禾港保税区",
        ),
        # a zone's kind alone says no zone: read before as 保税区
        (
            "现结合工作实际,将保税区2019年度政府信息公开年度报告如下:\n" + _ZONE_BODY,
            None,
        ),
        # a district's committee office without the district's name: read before as such
        (
            "报告数据统计期限为2019年1月1日至2019年12月31日。\n一、总体情况\n"
            "2019年,区管委会办公室坚持以公开为常态,持续推动政府信息公开工作。\n",
            None,
        ),
        # a verb before 编制 and the name: read before as 梳理编制青禾海关
        (
            "根据有关规定,梳理编制青禾海关2019年政府信息公开工作年度报告。\n" + _ZONE_BODY,
            "青禾海关",
        ),
        # the office that compiles a 局's report: read before as 青禾省地震局办公室
        (
            "本报告由青禾省地震局办公室编制并依法公开,所列数据的统计时间为2019年1月1日至"
            "2019年12月31日。\n" + _ZONE_BODY,
            "青禾省地震局",
        ),
        # near cases: a zone named, a 机构编制委员会办公室, a government's office by title
        ("青禾港保税区2019年度政府信息公开工作年度报告\n" + _ZONE_BODY, "青禾港保税区"),
        (
            "青禾县机构编制委员会办公室2019年政府信息公开工作年度报告\n" + _ZONE_BODY,
            "青禾县机构编制委员会办公室",
        ),
        ("将乐县2019年政府信息公开工作年度报告\n" + _ZONE_BODY, "将乐县"),
    ],
)
def test_the_agency_of_a_zone_or_an_office(head: str, agency: str | None) -> None:
    assert gr.parse(head).agency == agency


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "现结合工作实际,将保税区2019年度政府信息公开年度报告如下:\n" + _ZONE_BODY,
            "保税区2019年度政府信息公开年度报告",
        ),
        (
            "根据有关规定,梳理编制青禾海关2019年政府信息公开工作年度报告。\n" + _ZONE_BODY,
            "青禾海关2019年政府信息公开工作年度报告",
        ),
    ],
)
def test_a_title_without_the_words_before_it(head: str, title: str) -> None:
    assert gr.parse(head).title == title
