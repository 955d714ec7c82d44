"""Checks across years (``gr.validate_series``) on constructed series of one body.

When a year has several reports (the body's own and another body's, or a cut copy
without its tables), the 上年结转 = 结转下年度 comparison must use the report of the
same body that has the table, not merely the first one given.
"""

from __future__ import annotations

import govinfo_reports as gr


def _report(
    year: int | None, over: int | None, forward: int | None, agency: str | None = "青禾县人民政府"
) -> gr.Report:
    def row(n: int | None) -> gr.ApplicantCounts | None:
        return None if n is None else gr.ApplicantCounts.of([n] + [0] * 5 + [n])

    table = gr.ApplicationTable(carried_over=row(over), carried_forward=row(forward))
    return gr.Report(source="", agency=agency, year=year, applications=table)


def _carried(problems: tuple[gr.Problem, ...]) -> list[tuple[object, object]]:
    return [(p.expected, p.actual) for p in problems if p.code == "series.carried_over"]


def test_duplicate_year_of_another_body_first_is_not_compared() -> None:
    # 2022 has the county's report (carries over 4, as 2021 carried forward) and, given
    # first, a bureau's report (carries over 7): comparing the bureau's is a false alarm.
    reports = [
        _report(2021, 0, 4),
        _report(2022, 7, 0, agency="青禾县财政局"),
        _report(2022, 4, 0),
    ]
    problems = gr.validate_series(reports)
    assert _carried(problems) == []
    assert {p.code for p in problems} == {"series.agency", "series.duplicate_year"}


def test_duplicate_year_uses_the_same_bodys_report_for_a_real_mismatch() -> None:
    # The bureau's report happens to match; the county's own does not: a real mismatch.
    reports = [
        _report(2021, 0, 4),
        _report(2022, 4, 0, agency="青禾县财政局"),
        _report(2022, 6, 0),
    ]
    assert _carried(gr.validate_series(reports)) == [(4, 6), (4, 6)]


def test_duplicate_year_whose_first_copy_has_no_tables() -> None:
    # A cut copy of the 2022 report (no table 三) is given before the whole one.
    cut = gr.Report(source="", agency="青禾县人民政府", year=2022)
    reports = [_report(2021, 0, 4), cut, _report(2022, 5, 0)]
    problems = gr.validate_series(reports)
    assert _carried(problems) == [(4, 5), (4, 5)]
    cells = [p.cells for p in problems if p.code == "series.carried_over"]
    assert cells[0] == (
        "table3.carried_over.natural_person",
        "table3.carried_forward.natural_person",
    )


def test_series_near_cases_still_read() -> None:
    # One report a year: compared as before, whatever the order given; agency None
    # (a report that only says 本县) is the same body; a cut row of None cells is skipped.
    assert _carried(gr.validate_series([_report(2022, 3, 0), _report(2021, 0, 2)])) == [
        (2, 3),
        (2, 3),
    ]
    assert _carried(
        gr.validate_series([_report(2021, 0, 2, agency=None), _report(2022, 3, 0)])
    ) == [
        (2, 3),
        (2, 3),
    ]
    cut_row = gr.ApplicationTable(carried_over=gr.ApplicantCounts.of([None] * 7))
    cut = gr.Report(source="", agency="青禾县人民政府", year=2022, applications=cut_row)
    assert _carried(gr.validate_series([_report(2021, 0, 2), cut])) == []
    # Two copies of the same body's year: the first is used, as documented.
    assert _carried(
        gr.validate_series([_report(2021, 0, 2), _report(2022, 3, 0), _report(2022, 2, 0)])
    ) == [(2, 3), (2, 3)]


# A page saved without its line breaks: the whole report is one line, and a number with no
# unit elsewhere on it (the 12345 hotline) made the sentence that names table 三's rows
# read as glued table cells (结转下年度 read with a review count and later numbers).
_ONE_LINE = (
    "青禾县人民政府办公室2024年政府信息公开工作年度报告 一、总体情况 "
    "（一）主动公开。全年办理12345政务服务便民热线诉求3100件，按时办结率99%。 "
    "（二）依申请公开。2024年共受理申请38件，办理上年结转3件。其中予以公开27件，"
    "部分公开5件，本机关不掌握相关政府信息3件，结转下年度办理2件，"
    "因政府信息公开引发行政复议4件。 （三）政府信息管理。2024年制发行政规范性文件8个，"
    "清理失效文件5个，现行有效行政规范性文件21个。"
)


def test_one_line_page_sentence_naming_rows_is_no_table() -> None:
    for text in (_ONE_LINE, _ONE_LINE.replace(" ", "\n")):
        report = gr.parse(text)
        assert report.applications is None
        kinds = {f.kind: f.quantity.value for f in report.figures}
        assert kinds.get(gr.FigureKind.APPLICATIONS_CARRIED_OVER) == 3


def test_one_line_glued_table_rows_still_read() -> None:
    # Near case: a real table glued on one line after a sentence still reads its rows.
    rows = (
        "一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5 "
        "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1 "
        "三、本年度办理结果 （一）予以公开 4 0 0 0 0 0 4 "
        "（七）总计 4 0 0 0 0 0 4 "
        "四、结转下年度继续办理 2 0 0 0 0 0 2"
    )
    text = "青禾县2022年政府信息公开工作年度报告 全年拨打12345热线咨询。 " + rows
    table = gr.parse(text).applications
    assert table is not None and table.carried_forward is not None
    assert table.carried_forward.cells() == (2, 0, 0, 0, 0, 0, 2)
    assert table.carried_over is not None and table.carried_over.total == 1


# A page saved as a JSON string: its line breaks are the two characters \n.  The table
# 四 row's first cell was glued to the header line ("总计\n3") and read one cell late.
_TABLE4_ROWS = (
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议 行政诉讼",
    "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
    "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
    "3 | 2 | 0 | 0 | 5 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |",
)
_TABLE4_PAGE = ("青禾县水利局2021年政府信息公开工作年度报告", "一、总体情况", *_TABLE4_ROWS)


def test_escaped_line_breaks_are_restored() -> None:
    report = gr.parse("\\n".join(_TABLE4_PAGE))
    assert report.appeals is not None
    assert report.appeals.review.upheld == 3 and report.appeals.review.total == 5
    assert not [p.code for p in report.validate() if p.code.startswith("table4.")]


def test_text_with_real_line_breaks_keeps_a_backslash_n() -> None:
    # Near case: real line breaks and one \n written in the text: nothing is changed.
    text = "\n".join(_TABLE4_PAGE) + "\n附件路径 D:\\new\\nian.doc\n"
    assert gr.normalize(text).text.endswith("D:\\new\\nian.doc\n")
    report = gr.parse(text)
    assert report.appeals is not None and report.appeals.review.total == 5
