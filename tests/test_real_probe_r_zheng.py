"""Cases found by running the library on report pages of 2015-2018 (the 政务公开 era
before the 2019 tables) it had never seen (probe of stop 18, r-zheng): each test is a
constructed fixture with its own wording and numbers, of a value a page was read wrong (or
a false alarm), and a near case that must still read."""

from __future__ import annotations

import govinfo_reports as gr


def _figures(text: str) -> dict[str, list[int | None]]:
    out: dict[str, list[int | None]] = {}
    for f in gr.parse(text).figures:
        out.setdefault(f.kind.value, []).append(f.quantity.value)
    return out


def _codes(text: str) -> list[str]:
    return [p.code for p in gr.parse(text).validate()]


# --- the 2014 form's row 通过不同渠道和方式公开政府信息 ------------------------------------

_TOWN_2016 = (
    "某某镇2016年政府信息公开工作年度报告\n"
    "本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n"
    "一、概述\n2016年,我镇认真做好政府信息公开工作。\n"
    "二、主动公开政府信息情况\n"
)


def test_count_over_different_channels_is_no_disclosure_count() -> None:
    # the row of the 国办发〔2014〕32号 form adds up what each channel carried (one item
    # on three channels is three): not the number of items disclosed
    text = _TOWN_2016 + "2016年我镇主动公开信息64条。通过不同渠道和方式公开政府信息271条。\n"
    assert _figures(text).get("proactive_disclosures") == [64]


def test_count_over_different_channels_alone_is_no_disclosure_count() -> None:
    text = _TOWN_2016 + "全年通过不同渠道和方式公开政府信息271条。\n"
    assert "proactive_disclosures" not in _figures(text)


def test_weak_disclosure_count_through_the_website_still_reads() -> None:
    # near case: one place named, no other channel counted beside it
    text = _TOWN_2016 + "全年通过镇政府网站公开政府信息271条。\n"
    assert _figures(text).get("proactive_disclosures") == [271]


# --- a 其中 list that goes on in the next sentence (此外, …) ------------------------------

_BUREAU_2017 = (
    "某某市林业局2017年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "(一)主动公开政府信息的数量。2017年,我局通过网站、微信公众号、公示栏等,"
    "共主动公开政府信息870条。其中,在局网站公开各类信息400条,在局公示栏公开信息20条。"
)


def _breakdowns_of(text: str, total: int) -> list[list[int]]:
    return [
        [p.quantity.value for p in b.parts]
        for b in gr.parse(text).breakdowns
        if b.total.value == total
    ]


def test_list_going_on_after_besides_adds_up_with_no_problem() -> None:
    # the parts after 其中 end with the sentence; the next one, opened by 此外, counts the
    # last channel: 400 + 20 + 450 = 870, the text does not contradict itself
    text = _BUREAU_2017 + "此外,通过局官方微信公众号、官方微博公开信息450条。\n"
    assert "prose.breakdown" not in _codes(text)
    assert _breakdowns_of(text, 870) == [[400, 20, 450]]
    assert _figures(text).get("proactive_disclosures") == [870]


def test_besides_sentence_that_does_not_complete_the_list_is_no_part() -> None:
    # near case: 400 + 20 + 300 is not 870: the 此外 count is not taken into the list,
    # and the list that does not add up is still reported
    text = _BUREAU_2017 + "此外,通过局官方微信公众号、官方微博公开信息300条。\n"
    assert "prose.breakdown" in _codes(text)
    assert _breakdowns_of(text, 870) == [[400, 20]]
