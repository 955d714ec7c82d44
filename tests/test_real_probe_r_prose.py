"""Probe r-prose (stop 20, round 3): prose beside the standard tables, checked against them.

Fixtures are constructed sentences in the wording of real reports (no page text)."""

from __future__ import annotations

import pytest

import govinfo_reports as gr
import surface_forms as sf
from govinfo_reports.model import FigureKind as K

T4_TITLE = sf._T4_TITLE


def _with_tables(sentence: str) -> gr.Report:
    """The 2021 example tables (lawsuits: 2 direct + 2 after review) with ``sentence``
    before table 四."""
    text = sf.FORMS["pipe"](sf.example("2021"), sf.Style())
    text = text.replace(T4_TITLE + "\n", f"{T4_TITLE}\n{sentence}\n", 1)
    return gr.parse("云溪县人民政府2021年政府信息公开工作年度报告\n" + text)


def _prose_lawsuits(r: gr.Report) -> list[object]:
    return [
        f.quantity.value
        for f in r.figures
        if f.kind is K.ADMINISTRATIVE_LAWSUITS and not f.from_table
    ]


def test_direct_lawsuits_are_no_count_of_all_lawsuits() -> None:
    """被直接提起行政诉讼2件 counts the lawsuits without a review before only (表四's
    未经复议直接起诉), not all lawsuits: no lawsuits figure, and no false
    prose.administrative_lawsuits against the sum of both groups (4)."""
    r = _with_tables("本年度被直接提起行政诉讼2件，经复议后起诉2件。")
    assert _prose_lawsuits(r) == []
    assert [p.code for p in r.validate() if p.code.startswith("prose.")] == []
    assert r.figure(K.ADMINISTRATIVE_LAWSUITS).value == 4  # the table's figure wins


def test_all_lawsuits_still_read_and_checked() -> None:
    """The near cases: a count of all lawsuits is read; one that differs from the table
    still fires."""
    assert _prose_lawsuits(_with_tables("本年度被提起行政诉讼4件。")) == [4]
    r = _with_tables("本年度发生行政复议6件，行政诉讼3件。")
    assert _prose_lawsuits(r) == [3]
    assert [p.code for p in r.validate() if p.code.startswith("prose.")] == [
        "prose.administrative_lawsuits"
    ]


def _before_table_3(sentence: str) -> gr.Report:
    """The 2021 example tables (new 130, carried over 199) with ``sentence`` before
    table 三."""
    text = sf.FORMS["pipe"](sf.example("2021"), sf.Style())
    text = text.replace(sf._T3_TITLE + "\n", f"{sf._T3_TITLE}\n{sentence}\n", 1)
    return gr.parse("云溪县人民政府2021年政府信息公开工作年度报告\n" + text)


def _prose(r: gr.Report, kind: K) -> list[object]:
    return [f.quantity.value for f in r.figures if f.kind is kind and not f.from_table]


def test_new_and_carried_over_together_are_no_carried_over_count() -> None:
    """新收及上年结转申请329件 counts the year's new ones and the carried-over ones
    together: no carried-over figure of 329 (and no false prose.applications_carried_over
    against the table's 199)."""
    for sentence in ("本年度共新收及上年结转申请329件。", "本年新收和上年结转的申请共计329件。"):
        r = _before_table_3(sentence)
        assert _prose(r, K.APPLICATIONS_CARRIED_OVER) == []
        assert [p.code for p in r.validate() if p.code.startswith("prose.")] == []
        assert r.figure(K.APPLICATIONS_CARRIED_OVER).value == 199  # the table's


def test_carried_over_count_beside_new_still_read() -> None:
    """The near cases: a carried-over count of its own is read, and one that differs
    from the table still fires."""
    assert _prose(
        _before_table_3("本年新收申请130件，上年结转199件。"), K.APPLICATIONS_CARRIED_OVER
    ) == [199]
    r = _before_table_3("本年新收申请130件，上年结转19件。")
    assert _prose(r, K.APPLICATIONS_CARRIED_OVER) == [19]
    assert [p.code for p in r.validate() if p.code.startswith("prose.")] == [
        "prose.applications_carried_over"
    ]


def test_appeals_sentence_under_table_3_heading_keeps_the_prose() -> None:
    """本年度被申请行政复议2件 under the heading of table 三 is a sentence, not the
    行政复议 of table 四's header: it ended table 三's candidate at the heading, the table
    was found at its header row only, and table 二's span ran over the heading and the
    prose, so every count of the paragraph went unread (no prose check at all)."""
    r = _before_table_3("本年度收到申请150件，上年结转20件。被申请行政复议2件，被提起行政诉讼1件。")
    assert _prose(r, K.APPLICATIONS_RECEIVED) == [150]
    assert _prose(r, K.ADMINISTRATIVE_REVIEWS) == [2]
    assert sorted(p.code for p in r.validate() if p.code.startswith("prose.")) == [
        "prose.administrative_lawsuits",
        "prose.administrative_reviews",
        "prose.applications_carried_over",
        "prose.applications_received",
    ]
    assert r.figure(K.ADMINISTRATIVE_REVIEWS).value == 6  # the table's figure wins


def test_sentence_without_appeals_under_table_3_heading_still_read() -> None:
    """The near case: the same paragraph without the appeals was already read."""
    r = _before_table_3("本年度收到申请150件，上年结转20件。")
    assert _prose(r, K.APPLICATIONS_RECEIVED) == [150]


def test_corrected_reviews_are_no_count_of_all_reviews() -> None:
    """行政复议纠错1件 counts the reviews whose outcome corrected the agency (表四's
    结果纠正), not all reviews: no reviews figure, no false prose.administrative_reviews
    against table 四's total."""
    r = _with_tables("本年度行政复议纠错1件，行政诉讼败诉0件。")
    assert [f for f in r.figures if f.kind is K.ADMINISTRATIVE_REVIEWS and not f.from_table] == []
    assert [p.code for p in r.validate() if p.code.startswith("prose.")] == []


def test_all_reviews_still_read_beside_corrected_ones() -> None:
    """The near case: the count of all reviews before the corrected ones is read."""
    r = _with_tables("本年度被申请行政复议6件，被纠错1件。")
    got = [f.quantity.value for f in r.figures if f.kind is K.ADMINISTRATIVE_REVIEWS]
    assert 6 in got and 1 not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "本年度行政复议被改变1件。",
        "本年度行政复议决定变更1件。",
        "本年度行政复议责令履行1件。",
        "本年度行政复议不予受理1件。",
        "本年度行政诉讼一审判决2件。",
    ],
)
def test_an_appeal_outcome_is_no_count_of_all_appeals(sentence: str) -> None:
    """An outcome of reviews or lawsuits (被改变, 变更, 责令履行, 不予受理, 判决) counts some
    cases, not all: no appeal figure, no false prose check against table 四."""
    r = _with_tables(sentence)
    kinds = (K.ADMINISTRATIVE_REVIEWS, K.ADMINISTRATIVE_LAWSUITS)
    assert [f for f in r.figures if f.kind in kinds and not f.from_table] == []
    assert [p.code for p in r.validate() if p.code.startswith("prose.")] == []
