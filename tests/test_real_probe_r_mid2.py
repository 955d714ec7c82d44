"""Wrong values found by reading real 2011-2014 county and department reports of central
and northeastern provinces by hand.

The fixtures are written for these tests (invented places 青禾县/云溪乡, invented numbers):
each paraphrases the form of a real page, not its words.  Each case has a near case that
must still read.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_HEAD = "青禾县2013年度政府信息公开年度报告由县政府办公室编制。 "
_LINE_HEAD = "云溪乡2013年政府信息公开工作年度报告\n"
_LINE_TAIL = "\n三、依申请公开情况\n全年未收到申请。"

# (the text, which top-level section, the title it must have)
CASES = [
    # a page that lost its line breaks: the letter-spaced 概 述 runs into its body, and the
    # blank after 述 ends the title (the title was read up to the year: 概 述 为切实做好)
    (
        _HEAD + "一、概 述 为切实做好2008年施行的《条例》的贯彻工作,县政府成立了信息公开工作"
        "领导小组。 二、主动公开政府信息情况 2013年,全县主动公开政府信息1520条。",
        0,
        "概 述",
    ),
    # near case: every letter of the title is spaced; the year still ends it
    (
        _HEAD + "一、总 体 情 况 2013年,县政府认真贯彻《条例》,成立了信息公开工作领导小组。 "
        "二、主动公开政府信息情况 2013年,全县主动公开政府信息1520条。",
        0,
        "总 体 情 况",
    ),
    # near case: a title glued to its body by a blank is still cut at the blank
    (
        _LINE_HEAD + "一、概述 我乡认真贯彻《条例》,健全了工作机制。\n"
        "二、主动公开政府信息情况\n2012年,我乡主动公开政府信息86条。",
        0,
        "概述",
    ),
    # a heading and its first sentence on one line, parted by a blank before the year: the
    # title was read as the whole sentence (概述 2013年，我乡…)
    (
        _LINE_HEAD + "一、概述 2013年，我乡认真贯彻《条例》。\n"
        "二、主 动 公 开 情 况 2013年，全乡主动公开政府信息86条。" + _LINE_TAIL,
        0,
        "概述",
    ),
    (
        _LINE_HEAD + "一、概述\n2013年，我乡认真贯彻《条例》。\n"
        "二、主 动 公 开 情 况 2013年，全乡主动公开政府信息86条。" + _LINE_TAIL,
        1,
        "主 动 公 开 情 况",
    ),
    # near case: the blank after 二、 is no gap between a title and its body
    (
        _LINE_HEAD + "一、概述\n2013年，我乡认真贯彻《条例》。\n"
        "二、 2013年主动公开政府信息情况\n全乡主动公开政府信息86条。",
        1,
        "2013年主动公开政府信息情况",
    ),
]


@pytest.mark.parametrize(("text", "index", "title"), CASES)
def test_heading_title(text: str, index: int, title: str) -> None:
    titles = [s.title for s in gr.parse(text).outline()]
    assert titles[index] == title


_CONSULT_HEAD = (
    "青禾县民政局2012年政府信息公开工作年度报告\n一、概述\n2012年，我局认真贯彻《条例》。\n"
    "四、政府信息公开咨询处理情况\n"
)

# (the text of the section, the consultations figures it must give, in order)
CONSULTATION_CASES = [
    # the counts by channel before a total with no key word of its own were each read as
    # the consultations, and the first channel's (52) was the report's figure; the total was
    # not read
    ("全年接受现场咨询46人次，电话咨询25人次，网上咨询9人次，合计80人次。", [80]),
    ("全年接受现场咨询46人次，网上咨询9人次，共计55人次。", [55]),
    # near cases: the total before its parts; the counts by channel with no total (each is
    # its channel's, as before); a total of consultations and complaints is no one's
    ("全年接受咨询80人次，其中现场咨询46人次，电话咨询25人次，网上咨询9人次。", [80]),
    ("全年接受现场咨询46人次，网上咨询9人次。", [46, 9]),
    ("全年接待咨询46人次，受理投诉5人次，合计51人次。", [46]),
]


@pytest.mark.parametrize(("section", "values"), CONSULTATION_CASES)
def test_consultations_by_channel_before_their_total(section: str, values: list[int]) -> None:
    report = gr.parse(_CONSULT_HEAD + section)
    got = [f.quantity.value for f in report.figures if f.kind is gr.FigureKind.CONSULTATIONS]
    assert got == values


@pytest.mark.parametrize(
    ("outcomes", "withheld", "granted"),
    [
        # 不同意公开 (the old form's word for a refusal) was read as 同意公开: a second count
        # of the applications granted
        ("其中同意公开9件，同意部分公开3件，不同意公开2件", [2], [9]),
        # near case: 不予公开 beside 同意公开
        ("其中同意公开9件，不予公开2件", [2], [9]),
    ],
)
def test_refused_applications_of_the_old_form(
    outcomes: str, withheld: list[int], granted: list[int]
) -> None:
    report = gr.parse(
        "青禾县人民政府2013年政府信息公开工作年度报告\n一、概述\n2013年，我县认真贯彻《条例》。\n"
        f"三、依申请公开政府信息情况\n全年受理申请14件，已全部答复，{outcomes}。"
    )

    def values(kind: gr.FigureKind) -> list[object]:
        return [f.quantity.value for f in report.figures if f.kind is kind]

    assert values(gr.FigureKind.APPLICATIONS_WITHHELD) == withheld
    assert values(gr.FigureKind.APPLICATIONS_GRANTED) == granted
