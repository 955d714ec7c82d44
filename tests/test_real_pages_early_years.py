"""Cases found by running the library on report pages of the first years (2008-2011) and
on 2012-2018 pages with a legacy 统计表 it had never seen (probe of stop 17): each test is
a constructed fixture in the official format, with its own wording and numbers, of a
value a page was read wrong (or a false alarm), and a near case that must still read."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_HEAD = "青禾县2009年政府信息公开工作年度报告\n一、概述\n"


def _first(text: str, kind: str) -> int | float | None:
    q = gr.parse(text).figure(gr.FigureKind(kind))
    return None if q is None else q.value


# --- a count placed before the word for what it counts ------------------------------------


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # 收到N人次的咨询，其中电话咨询M人次: the whole is N; M is one channel's part
        ("全年共收到2.4万人次的咨询，其中电话咨询量达1.6万人次。", 24000),
        ("全年接待了310人次的政府信息公开咨询。", 310),
        # near cases: the usual order (接受咨询N人次) reads as before; 接待N人次的来访
        # counts visits, not consultations
        ("全年共接受咨询2.4万人次，其中电话咨询1.6万人次。", 24000),
        ("全年接待了310人次的来访群众。", None),
    ],
)
def test_consultations_counted_before_the_word_for_them(clause: str, expected: int | None) -> None:
    assert _first(_HEAD + clause + "\n", "consultations") == expected


# --- two places of publication side by side -------------------------------------------------


def test_counts_of_two_places_of_publication_are_no_proactive_figure() -> None:
    # 在A网站…42条，在B网站…7条: each count is its place's; the whole is not stated
    text = (
        "青禾镇2009年政府信息公开工作年报\n一、政府信息主动公开情况\n"
        "全年我镇在县政府门户网站主动公开信息42条，在镇政务公开栏主动公开信息7条。\n"
    )
    assert _first(text, "proactive_disclosures") is None


def test_a_total_before_the_places_of_publication_still_reads() -> None:
    # near case: the total comes first, the places after it are its parts
    text = (
        "青禾镇2009年政府信息公开工作年报\n一、政府信息主动公开情况\n"
        "全年我镇主动公开政府信息49条，在县政府门户网站公开42条，在镇政务公开栏公开7条。\n"
    )
    assert _first(text, "proactive_disclosures") == 49


def test_one_place_of_publication_alone_still_reads() -> None:
    # near case: one place, no other: its count is the report's own
    text = (
        "青禾镇2009年政府信息公开工作年报\n一、政府信息主动公开情况\n"
        "全年我镇在县政府门户网站主动公开信息42条，内容涵盖政策文件、工作动态等。\n"
    )
    assert _first(text, "proactive_disclosures") == 42


# --- 由…编制的 before a report's name --------------------------------------------------------


def test_compiled_by_phrase_is_no_part_of_the_title() -> None:
    # the page has no title line; its preamble says 由青禾镇编制的2009年…报告
    text = (
        "本年度报告是根据《中华人民共和国政府信息公开条例》要求,"
        "由青禾镇编制的2009年政府信息公开年度报告。\n一、概述\n"
        "2009年度共主动公开政府信息120条。\n"
    )
    r = gr.parse(text)
    assert r.title is not None and not r.title.startswith("由")
    assert r.title.endswith("2009年政府信息公开年度报告")
    assert r.agency == "青禾镇"


def test_title_line_with_its_body_still_reads() -> None:
    # near case: a title line that names its body keeps it
    text = "青禾镇2009年政府信息公开年度报告\n一、概述\n2009年度共主动公开政府信息120条。\n"
    assert gr.parse(text).title == "青禾镇2009年政府信息公开年度报告"


def test_lead_words_before_a_report_name_are_no_part_of_the_title() -> None:
    # 向社会公开… / 认真编制了… in a preamble (no title line)
    for lead in (
        "根据上级要求,向社会公开",
        "青禾镇政府结合实际工作,认真编制了",
        "根据上级部署,现编制",
    ):
        text = lead + "2016年度政府信息公开年度报告。\n一、概述\n全年主动公开政府信息56条。\n"
        title = gr.parse(text).title
        assert title == "2016年度政府信息公开年度报告", (lead, title)


# --- a cost of appeals in a statement of zero ----------------------------------------------

_FEES_HEAD = "青禾镇2016年政府信息公开工作年度报告\n四、政府信息公开的收费及减免情况\n"


def test_no_cost_of_lawsuits_is_no_count_of_lawsuits_nor_of_fees() -> None:
    for clause in ("未产生与政府信息公开行政诉讼相关的费用支出", "未产生诉讼费用"):
        r = gr.parse(_FEES_HEAD + "2016年，" + clause + "。\n")
        assert r.figure(gr.FigureKind.ADMINISTRATIVE_LAWSUITS) is None, clause
        assert r.figure(gr.FigureKind.FEES_COLLECTED) is None, clause


def test_no_appeals_and_no_fees_still_read_as_zero() -> None:
    # near case: three subjects side by side, each stated as none
    r = gr.parse(_FEES_HEAD + "2016年，未发生行政复议、行政诉讼及收费情况。\n")
    for kind in ("ADMINISTRATIVE_REVIEWS", "ADMINISTRATIVE_LAWSUITS", "FEES_COLLECTED"):
        q = r.figure(gr.FigureKind[kind])
        assert q is not None and q.value == 0, kind


# --- statements of zero whose noun is not what they count --------------------------------

_KINDS = ("APPLICATIONS_RECEIVED", "ADMINISTRATIVE_LAWSUITS", "FEES_COLLECTED")


def _zeros(section: str, clause: str) -> dict[str, int | float | None]:
    text = "青禾街道办事处2014年政府信息公开工作年度报告\n" + section + "\n" + clause + "\n"
    r = gr.parse(text)
    out: dict[str, int | float | None] = {}
    for kind in _KINDS:
        q = r.figure(gr.FigureKind[kind])
        out[kind] = None if q is None else q.value
    return out


@pytest.mark.parametrize(
    ("section", "clause", "expected"),
    [
        # the applicants (依申请公开对象) are whom no fee was taken from: nothing is said
        # of how many applications there were
        (
            "四、政府信息公开的收费及减免情况",
            "2014年度,本单位没有向依申请公开对象收取检索、邮寄等任何费用。",
            {"APPLICATIONS_RECEIVED": None, "FEES_COLLECTED": 0},
        ),
        # near case: 没有收到…申请 states no applications
        (
            "三、依申请公开政府信息情况",
            "本单位2014年没有收到政府信息公开申请。",
            {"APPLICATIONS_RECEIVED": 0},
        ),
        # 未收到…提起行政诉讼的申请 is about appeals, not disclosure applications
        (
            "四、申请行政复议和提起行政诉讼情况",
            "2014年度未收到行政复议、提起行政诉讼的申请。",
            {"APPLICATIONS_RECEIVED": None, "ADMINISTRATIVE_LAWSUITS": 0},
        ),
        # near case: 未收到…的申请 of disclosure, with 的 before 申请
        (
            "三、依申请公开政府信息情况",
            "2014年度未收到公民提出的申请。",
            {"APPLICATIONS_RECEIVED": 0},
        ),
    ],
)
def test_statement_of_zero_counts_only_what_it_is_about(
    section: str, clause: str, expected: dict[str, int | None]
) -> None:
    got = _zeros(section, clause)
    assert {k: got[k] for k in expected} == expected


# --- 本部门 is no self-reference by name ----------------------------------------------------


def test_this_department_in_general_is_not_said_to_be_the_bodys_only_name() -> None:
    # 本部门 (形成了本部门的政府信息公开目录, 非本部门掌握) is no 本部: no message that the
    # text calls its body only 本部
    text = (
        "2010年政府信息公开工作年度报告\n一、概述\n"
        "区文委2010年共主动公开政府信息42条,形成了本部门的政府信息公开目录。\n"
    )
    messages = [p.message for p in gr.parse(text).problems]
    assert not any("“本部”" in m for m in messages), messages


def test_a_ministry_calling_itself_this_ministry_is_still_named_so() -> None:
    # near case: 本部 (a ministry's own word) is still the self-reference
    text = "2010年政府信息公开工作年度报告\n一、概述\n本部2010年共主动公开政府信息42条。\n"
    messages = [p.message for p in gr.parse(text).problems]
    assert any("“本部”" in m for m in messages), messages


# --- a span from a month of one year to a month of another ------------------------------------


def _proactive(year: int, clause: str) -> int | float | None:
    text = (
        f"青禾县{year}年政府信息公开工作年度报告\n一、概述\n二、主动公开政府信息情况\n"
        + clause
        + "\n"
    )
    return _first(text, "proactive_disclosures")


def test_months_since_the_regulation_summed_in_a_later_report_are_no_figure() -> None:
    # a 2009 report: 2008年5月至2009年12月 spans two years (the 条例 came in force in
    # May 2008): the count is not the year's
    assert _proactive(2009, "2008年5月至2009年12月，共主动公开政府信息2750条。") is None
    assert _proactive(2009, "自2008年5月1日至2009年12月31日止，共主动公开政府信息2750条。") is None


def test_a_span_of_months_within_the_year_still_reads() -> None:
    # near cases: the months of one year (the 2008 report's own period, or the report's year)
    assert _proactive(2008, "自2008年5月1日至2008年12月31日，共主动公开政府信息960条。") == 960
    assert _proactive(2009, "2009年1月1日至2009年12月31日，共主动公开政府信息1790条。") == 1790
    assert _proactive(2009, "2009年1月至12月，共主动公开政府信息1790条。") == 1790


# --- a total to date before the part of the report's year ----------------------------------

_APPS = (
    "青禾县2009年政府信息公开工作年度报告\n一、概述\n二、主动公开政府信息情况\n"
    "三、依申请公开政府信息情况\n"
)


def test_a_total_to_date_before_the_part_of_the_reports_year_is_no_figure() -> None:
    # 其中2009年… in a 2009 report: the whole before it counts more than the year's
    text = _APPS + "截至2009年12月31日，我县共主动公开政府信息3120条，其中2009年新增1760条。\n"
    assert _first(text, "proactive_disclosures") is None
    text = _APPS + "截至2009年底，共受理政府信息公开申请37件，其中2009年受理14件。\n"
    assert _first(text, "applications_received") is None


def test_a_total_before_a_part_of_another_year_or_kind_still_reads() -> None:
    # near cases: 其中2008年结转 (carried over into the year) and 其中当面申请 are parts of
    # the year's own count
    text = _APPS + "2009年共受理政府信息公开申请37件，其中2008年结转4件。\n"
    assert _first(text, "applications_received") == 37
    text = _APPS + "2009年共受理政府信息公开申请37件，其中当面申请30件。\n"
    assert _first(text, "applications_received") == 37


# --- 《条例》施行以来 in the 2008 report ------------------------------------------------------


def test_since_the_regulation_came_in_force_is_the_2008_reports_own_period() -> None:
    # the 条例 came in force on 2008年5月1日: in the 2008 report, since then is its period
    assert _proactive(2008, "自5月1日《条例》正式实施以来，共主动公开政府信息1130条。") == 1130
    assert _proactive(2008, "《条例》施行以来，我县共主动公开政府信息1130条。") == 1130


def test_since_the_regulation_in_a_later_report_or_since_another_start_is_no_figure() -> None:
    # near cases: a later report's 以来 spans years; a website's start may be before 2008;
    # the 条例 was promulgated (颁布) in 2007
    assert _proactive(2009, "《条例》施行以来，我县共主动公开政府信息3130条。") is None
    assert _proactive(2008, "网站开通以来，共主动公开政府信息5130条。") is None
    assert _proactive(2008, "《条例》颁布以来，共主动公开政府信息1530条。") is None


# --- a total of all disclosures with its proactive part ------------------------------------

_PRO = "青禾县2009年政府信息公开工作年度报告\n一、概述\n二、主动公开政府信息情况\n"


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # 公开政府信息N条 (weak: no 主动) with 其中主动公开政府信息M条: M is the proactive
        # count, N also holds the information disclosed on application
        ("全年共公开政府信息1460条，其中主动公开政府信息1390条，依申请公开政府信息70条。", 1390),
        # near cases: a total that says 主动公开 keeps its value; a weak total with parts of
        # topics stays the total
        ("全年主动公开政府信息1460条，其中主动公开规范性文件60条。", 1460),
        ("全年共公开政府信息1460条，其中工作动态1390条，通知公告70条。", 1460),
    ],
)
def test_a_total_of_all_disclosures_gives_way_to_its_proactive_part(
    clause: str, expected: int
) -> None:
    assert _first(_PRO + clause + "\n", "proactive_disclosures") == expected


# --- the information of earlier years --------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "clause", "expected"),
    [
        # a sentence about the information formed before (or since) an earlier year: its
        # count is of that information, not the year's disclosures
        (2009, "对2008年以前形成的政府信息进行了清理，确定主动公开的政府信息2950条。", None),
        (2009, "同时对2004年以来的文件进行了梳理，主动公开政府信息780条。", None),
        # near cases: the report's own year since when; a practice of earlier years
        (2009, "对2009年以来的文件进行了梳理，主动公开政府信息780条。", 780),
        (2009, "按照2009年以前的做法，全年主动公开政府信息780条。", 780),
    ],
)
def test_counts_of_the_information_of_earlier_years_are_no_figure(
    year: int, clause: str, expected: int | None
) -> None:
    assert _proactive(year, clause) == expected
