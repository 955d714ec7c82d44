"""Real pages of southern provinces (广东, 广西, 福建, 海南, 云南, 贵州, 湖南, 江西) read by
hand: the wrong values and false alarms found there, on fixtures written for these tests
(invented places 云溪/青禾, invented numbers) in the forms of those pages, each beside a
near case that must still read."""

from __future__ import annotations

import pytest

import govinfo_reports as gr


def _body(year: int, we: str) -> str:
    return (
        f"\n一、总体情况\n{year}年，{we}认真贯彻落实《条例》，全面推进政府信息公开工作。\n"
        "（一）主动公开\n全年主动公开政府信息215条。\n"
    )


_RULES = "根据《中华人民共和国政府信息公开条例》有关规定，"

# (the text's opening, its year, how it calls itself, the agency and title to read; None
# for no title)
IDENTITY = [
    # 由某某管理委员会(以下简称某管委会)编制: the bracketed short name between the name and
    # 编制 hid the compiler, and identity.agency_missing said the text named no body
    (
        "本报告根据《条例》要求，由云溪高新技术产业开发区管理委员会（以下简称高新区管委会）"
        "编制。本报告所列数据的统计期限自2022年1月1日至2022年12月31日。",
        2022,
        "我委",
        "云溪高新技术产业开发区管理委员会",
        None,
    ),
    (  # near case: no note
        "本报告根据《条例》要求，由云溪高新技术产业开发区管理委员会编制。"
        "本报告所列数据的统计期限自2022年1月1日至2022年12月31日。",
        2022,
        "我委",
        "云溪高新技术产业开发区管理委员会",
        None,
    ),
    # …编制本报告现向社会公开某乡2019年…年度报告: the lead 现向社会公开 was read into the
    # run before the year, so the township's name was lost
    (
        _RULES + "青禾乡在认真总结的基础上编制本报告现向社会公开青禾乡2019年政府信息公开"
        "工作年度报告。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。",
        2019,
        "我乡",
        "青禾乡",
        None,
    ),
    (  # near case: the lead 现公布 (read before)
        _RULES + "现公布青禾乡2019年政府信息公开工作年度报告。"
        "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。",
        2019,
        "我乡",
        "青禾乡",
        "青禾乡2019年政府信息公开工作年度报告",
    ),
    # 我乡人民政府…特向社会公开2012年度…年度报告: the lead 特向社会公开 was kept in the title
    (
        "我乡人民政府根据《条例》规定，特向社会公开2012年度政府信息公开年度报告。"
        "本报告统计期限为2012年1月1日至2012年12月31日。",
        2012,
        "我乡",
        None,
        "2012年度政府信息公开年度报告",
    ),
    (  # the same lead, bare, before the body's name (the name was lost too)
        _RULES + "向社会公开云溪县2012年度政府信息公开年度报告。",
        2012,
        "我县",
        "云溪县",
        "云溪县2012年度政府信息公开年度报告",
    ),
]
_IDS = ["short-name-note", "no-note", "xiang-shehui-gongkai", "xian-gongbu", "te-xiang", "xiang"]


@pytest.mark.parametrize(("opening", "year", "we", "agency", "title"), IDENTITY, ids=_IDS)
def test_identity_of_leads_and_compilers(
    opening: str, year: int, we: str, agency: str | None, title: str | None
) -> None:
    r = gr.parse(opening + _body(year, we))
    assert (r.agency, r.year, r.title) == (agency, year, title)
    codes = {p.code for p in r.problems}
    assert "report.not_a_report" not in codes
    assert ("identity.agency_missing" in codes) == (agency is None)


def test_a_note_that_is_no_short_name_still_stops_the_compiler() -> None:
    # 由某局(附表)编制: a bracket that gives no short name is not skipped over
    text = (
        "本报告由云溪县统计局（含附表）编制。本报告统计期限为2021年1月1日至2021年12月31日。"
        + _body(2021, "我局")
    )
    r = gr.parse(text)
    assert r.agency is None


def test_a_report_named_in_a_list_after_the_lead_is_no_title() -> None:
    # near case of the leads: 向社会公开…信息及2019年度…报告 names another report, not the
    # text's own title, and its year is not the report's
    text = (
        _RULES + "编制本报告。本报告统计期限为2020年1月1日至2020年12月31日。\n一、总体情况\n"
        "2020年，云溪县统计局认真贯彻落实《条例》，年内向社会公开财政预决算信息及2019年度"
        "信息公开工作报告。\n"
    )
    r = gr.parse(text)
    assert (r.agency, r.year, r.title) == ("云溪县统计局", 2020, None)


_CONTACT_OPENING = (
    _RULES + "编制本报告。本报告中所列数据的统计期限自2023年1月1日至2023年12月31日。"
    "如对本报告有疑问，请与{office}联系（地址：云溪县府前路8号，电话：0591-2345678）。"
)
# (the contact line's office, how the report calls itself, the agency to read)
CONTACT = [
    # 请与某县人民政府办公室联系 in a report that calls itself 我办: the contact rule cut the
    # office to the government, which is no 办, and identity.agency_missing said the text
    # named no body
    ("云溪县人民政府办公室", "我办", "云溪县人民政府办公室"),
    # near case: the same contact line in a county's report (我县) is the county's
    ("云溪县人民政府办公室", "我县", "云溪县人民政府"),
    # 请与某园区管委会办公室联系 in a report that calls itself 我委: a 管委会 was no 委 for
    # the self-reference check
    ("云溪县高新技术产业园区管委会办公室", "我委", "云溪县高新技术产业园区管委会"),
    # near case: a 委员会 (read before)
    ("云溪县发展和改革委员会办公室", "我委", "云溪县发展和改革委员会"),
]


@pytest.mark.parametrize(("office", "we", "agency"), CONTACT, ids=["ban", "xian", "guanwei", "wei"])
def test_agency_from_the_contact_line(office: str, we: str, agency: str) -> None:
    r = gr.parse(_CONTACT_OPENING.format(office=office) + _body(2023, we))
    assert r.agency == agency
    assert "identity.agency_missing" not in {p.code for p in r.problems}


def test_a_government_is_still_no_bureau() -> None:
    # near case of the self-reference check: a report calling itself 我局 is not the
    # government's office its contact line names
    r = gr.parse(_CONTACT_OPENING.format(office="云溪县人民政府办公室") + _body(2023, "我局"))
    assert r.agency is None
    assert "identity.agency_missing" in {p.code for p in r.problems}


# --- a sentence that opens with 其中 divides the one count of the sentence before ---------

_APPLICATIONS = "青禾省2011年政府信息公开工作年度报告\n二、依申请公开政府信息情况\n{}\n"


def _breakdowns(sentences: str) -> list[tuple[object, list[object]]]:
    r = gr.parse(_APPLICATIONS.format(sentences))
    return [(b.total.value, [p.quantity.value for p in b.parts]) for b in r.breakdowns]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # 收到申请1192件，同比增加338件，增长39.6%。其中，网上申请…: the change in its own
        # clause made the sentence before look like one of several counts: no breakdown
        pytest.param(
            "2011年，全省共收到政府信息公开申请860件，同比增加215件，增长33.3%。其中，"
            "网上申请500件，当面申请260件，信函申请100件。",
            [(860, [500, 260, 100])],
            id="change-clause",
        ),
        pytest.param(  # the change in brackets (r-east 004's form)
            "2011年，全省共收到政府信息公开申请9件（较上年减少2件），均已答复。其中，"
            "予以公开6件、部分公开3件。",
            [(9, [6, 3])],
            id="change-bracket",
        ),
        # near case: 由原来的8个增加到16个。其中，新增…: the 8 is no total of the new ones
        pytest.param(
            "网站栏目由原来的6个增加到现在的12个。其中，新增信息类栏目3个，服务类栏目2个，"
            "互动类栏目1个。",
            [],
            id="same-clause",
        ),
        # near case: two counts, no change: the text does not say which one is divided
        pytest.param(
            "全年共收到申请30件，办结30件。其中，网上申请20件，当面申请10件。",
            [],
            id="two-counts",
        ),
        # near case: one count (read before)
        pytest.param(
            "全年共收到申请30件。其中，网上申请20件，当面申请10件。",
            [(30, [20, 10])],
            id="one-count",
        ),
    ],
)
def test_a_breakdown_opening_its_sentence(
    sentences: str, expected: list[tuple[object, list[object]]]
) -> None:
    assert _breakdowns(sentences) == expected


# --- a letter-spaced heading (一、概 述) is of its kind ------------------------------------


_SPACED = (
    "青禾县2014年度政府信息公开年度报告\n一、{}\n2014年，我县认真贯彻《条例》。\n"
    "二、主动公开政府信息情况\n全年主动公开政府信息120条。\n"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind.value) for s in gr.parse(text).sections]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        # 一、概 述 was a section of unknown kind (安义县 2014, r-south 029)
        ("概　述", "overview"),
        ("依申请公开 情况", "applications"),
        # near case: blanks taken out, the words still name no kind of section
        ("门 户 网 站 建 设", "unknown"),
    ],
)
def test_a_letter_spaced_heading_is_of_its_kind(heading: str, kind: str) -> None:
    kinds = _kinds(_SPACED.format(heading))
    assert kinds == [(heading, kind), ("主动公开政府信息情况", "proactive_disclosure")]


def test_a_letter_spaced_run_in_heading_is_found() -> None:
    # 。 一、概 述 根据…: a run-in heading of unknown kind (on r-zheng 014 it was not taken
    # for a heading at all: a run-in heading of no kind is kept only in some styles)
    text = (
        "青禾街道2010年政府信息公开年度报告 如对本报告有疑问请联系本街道办事处。 一、概 述 "
        "根据条例要求，青禾街道认真开展政府信息公开工作。 二、主动公开情况 全年主动公开"
        "政府信息56条。 三、依申请公开情况 全年未收到政府信息公开申请。"
    )
    kinds = _kinds(text)
    assert ("概 述", "overview") in kinds
    assert kinds[-2:] == [
        ("主动公开情况", "proactive_disclosure"),
        ("依申请公开情况", "applications"),
    ]
