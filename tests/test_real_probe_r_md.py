"""Tables 二, 三 and 四 in text forms as converters print them (probe r-md).

Fixtures are built with :mod:`surface_forms` from our own numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal

import attrs
import pytest

import govinfo_reports as gr
import surface_forms as sf
from test_tables import _with_blanks, assert_same


def _example_2019_with_decreases() -> sf.Tables:
    values = sf.example("2019")
    t2 = dict(values.table2)
    t2["licensing.change"] = -6
    t2["fees.change"] = -3
    return attrs.evolve(values, table2=t2)


def test_markdown_escaped_minus_reads_the_signed_change() -> None:
    # an html-to-markdown converter escapes a cell's leading '-': '\-6'
    values = _example_2019_with_decreases()
    text = sf.render_markdown(values).replace("| -", "| \\-")
    assert "\\-6" in text
    tables = assert_same(values, text)
    assert not [p for p in tables.problems if p.code.endswith("cell_unreadable")]


def test_markdown_escaped_decimal_point_reads_the_amount() -> None:
    values = sf.example("2021")
    t2 = dict(values.table2)
    t2["fees.amount_wan_yuan"] = Decimal("7.45")
    values = attrs.evolve(values, table2=t2)
    text = sf.render_markdown(values).replace("| 7.45 |", "| 7\\.45 |")
    assert "7\\.45" in text
    assert_same(values, text)


@pytest.mark.parametrize("template", ["2021", "2019"])
def test_markdown_escaped_dash_is_a_blank_cell(template: str) -> None:
    values = _with_blanks(sf.example(template), 3)
    tables = assert_same(values, sf.render_markdown(values, sf.Style(blank="\\-")))
    assert not [p for p in tables.problems if p.code.endswith("cell_unreadable")]


def test_backslash_before_a_letter_is_no_escape() -> None:
    # near case: only an ASCII punctuation mark is escaped; '\7' stays unreadable text
    values = _example_2019_with_decreases()
    text = sf.render_markdown(values).replace("| -6 |", "| \\7 |")
    tables = gr.parse_tables(text)
    ad = tables.active_disclosure
    assert ad is not None and ad.licensing is not None
    assert ad.licensing.change is None
    assert any(p.code == "table2.cell_unreadable" for p in tables.problems)


def test_markdown_escaped_numeral_in_a_row_label() -> None:
    values = sf.example("2021")
    text = re.sub(r"\| (\d)\.", r"| \1\\.", sf.render_markdown(values))
    assert "| 3\\.其他" in text
    assert_same(values, text)


def test_escaped_pipe_inside_a_cell_stays_no_separator() -> None:
    # near case: '\|' is a pipe inside a cell: the row keeps its seven cells
    values = sf.example("2021")
    text = sf.render_markdown(values).replace("三安全一稳定", "三安全\\|一稳定")
    assert "\\|一稳定" in text
    assert_same(values, text)


_NOTE = "注：本表统计时间截至12月31日。\n"


@pytest.mark.parametrize("template", ["2021", "2019"])
def test_note_sentence_after_table3_is_no_cell_of_its_last_row(template: str) -> None:
    # one cell per line, table 四 follows a note with no heading: the note's 12 and 31
    # were read as cells of 四、结转下年度继续办理
    values = sf.example(template)
    text = sf.render_lines(values).replace(sf._T4_TITLE + "\n", _NOTE)
    assert_same(values, text)


@pytest.mark.parametrize("template", ["2021", "2019"])
def test_note_sentence_after_table3_with_blank_cells_never_reads_its_numbers(
    template: str,
) -> None:
    values = _with_blanks(sf.example(template), 3)
    text = sf.render_lines(values).replace(sf._T4_TITLE + "\n", _NOTE)
    tables = gr.parse_tables(text)
    assert tables.applications is not None
    row = tables.applications.carried_forward
    got = (
        () if row is None else (*(getattr(row, c) for c in ("natural_person", "other")), row.total)
    )
    assert 12 not in got and 31 not in got
    assert_same(attrs.evolve(values, table3={}), text)  # table 四 still reads


@pytest.mark.parametrize("template", ["2021", "2019"])
def test_last_row_cells_after_its_label_line_still_read(template: str) -> None:
    # near case: with the heading kept (no sentence), the last row reads as before
    values = sf.example(template)
    assert_same(values, sf.render_lines(values))


@pytest.mark.parametrize("template", ["2021", "2019"])
def test_note_sentence_after_table2_is_no_cell_of_its_last_row(template: str) -> None:
    # table 二's last row (收费 / 政府集中采购) was left None (table2.ambiguous_row): the
    # note's 12 and 31 were taken as more cells of the row
    values = sf.example(template)
    text = sf.render_lines(values).replace(sf._T3_TITLE + "\n", _NOTE)
    tables = assert_same(values, text)
    assert not [p for p in tables.problems if p.code == "table2.ambiguous_row"]
