"""Wrong values found by reading real 2011-2014 county and department reports of central
and northeastern provinces by hand.

The fixtures are written for these tests (invented places 青禾县/云溪乡, invented numbers):
each paraphrases the form of a real page, not its words.  Each case has a near case that
must still read.
"""

from __future__ import annotations

import govinfo_reports as gr


def _titles(text: str) -> list[str]:
    return [s.title for s in gr.parse(text).outline()]


def test_letter_spaced_title_run_into_its_body() -> None:
    # a page that lost its line breaks: the letter-spaced 概 述 runs into its body, and the
    # blank after 述 ends the title (the title was read up to the year: 概 述 为切实做好)
    text = (
        "青禾县2013年度政府信息公开年度报告由县政府办公室编制。 一、概 述 为切实做好"
        "2008年施行的《条例》的贯彻工作,县政府成立了信息公开工作领导小组。 "
        "二、主动公开政府信息情况 2013年,全县主动公开政府信息1520条。"
    )
    assert _titles(text)[0] == "概 述"


def test_letter_spaced_title_before_a_year_still_reads_whole() -> None:
    # near case: every letter of the title is spaced; the year still ends it
    text = (
        "青禾县2013年度政府信息公开年度报告由县政府办公室编制。 一、总 体 情 况 2013年,县政府"
        "认真贯彻《条例》,成立了信息公开工作领导小组。 二、主动公开政府信息情况 2013年,"
        "全县主动公开政府信息1520条。"
    )
    assert _titles(text)[0].replace(" ", "") == "总体情况"


def test_title_glued_by_a_blank_still_cut_at_the_blank() -> None:
    text = (
        "云溪乡2012年政府信息公开工作年度报告\n一、概述 我乡认真贯彻《条例》,健全了工作机制。\n"
        "二、主动公开政府信息情况\n2012年,我乡主动公开政府信息86条。"
    )
    assert _titles(text)[0] == "概述"
