"""Property tests (issue 10): whatever the text, parse holds its invariants.

- ``gr.parse`` returns a Report and its safety net (``parse.internal_error``) stays unused;
- parsing the same text twice gives equal Reports (no state kept between calls);
- every span (sections at every level, figures' quantities, breakdowns, tables, problems) lies
  inside ``report.source``;
- ``validate()`` and ``checks()`` never raise and return Problems / Checks;
- ``to_dict()`` never raises, its output goes through ``json.dumps``, and ``from_dict`` gives
  the same Report back.

Three generators: any text (surrogates included), text assembled from the tokens the grammars
react to (heading markers, numerals, units, table separators, row labels), and random edits of
the repository's invented example report.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govinfo_reports as gr
from test_hostile import REPORT, check_report

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

TOKENS = [
    "一、",
    "二、",
    "三、",
    "四、",
    "（一）",
    "（二）",
    "(三)",
    "1.",
    "2、",
    "(1)",
    "①",
    "第一部分",
    "一是",
    "二是",
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "（七）总计",
    "四、结转下年度继续办理",
    "自然人",
    "商业企业",
    "行政复议",
    "结果维持",
    "总计",
    "|",
    " | ",
    "\t",
    "\n",
    " ",
    "\u3000",
    "。",
    "，",
    "：",
    "；",
    "0",
    "7",
    "12",
    "3439",
    "1,234",
    "6.7",
    "９",
    "三千九百五十九",
    "百分之百",
    "九成",
    "万",
    "余",
    "近",
    "约",
    "以上",
    "不足",
    "至",
    "条",
    "件",
    "宗",
    "人次",
    "万元",
    "%",
    "其中",
    "未收到",
    "申请",
    "2019年",
    "2021年",
    "2023年1月1日",
    "至2023年12月31日",
    "示例县人民政府",
    "年度报告",
    "政府信息公开工作年度报告",
    "-",
    "/",
    "无",
    "報(bào)告",
    "<td>",
    "</td>",
    "<tr>",
    "&nbsp;",
    "\x00",
    "\ud800",
]

any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300)
token_text = st.lists(st.sampled_from(TOKENS), max_size=120).map("".join)


@st.composite
def edited_report(draw: st.DrawFn) -> str:
    """The example report with a few slices deleted, duplicated or replaced by tokens."""
    text = REPORT
    for _ in range(draw(st.integers(0, 6))):
        n = len(text)
        i = draw(st.integers(0, n))
        j = draw(st.integers(i, min(n, i + 400)))
        op = draw(st.sampled_from(["delete", "duplicate", "replace", "insert"]))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        else:
            token = draw(token_text)
            text = text[:i] + token + (text[i:] if op == "insert" else text[j:])
    return text


texts = st.one_of(any_text, token_text, edited_report())


def _to_dict_ready() -> bool:
    try:
        gr.parse("").to_dict()
    except NotImplementedError:
        return False
    return True


@SETTINGS
@given(texts)
def test_parse_holds_its_invariants(text: str) -> None:
    report = gr.parse(text)
    check_report(report, text)
    # no state carried from one parse to the next: the same text reads the same
    assert gr.parse(text) == report


@SETTINGS
@given(texts)
def test_validate_never_raises(text: str) -> None:
    report = gr.parse(text)
    problems = report.validate()
    assert all(isinstance(p, gr.Problem) for p in problems)
    # the parser's own problems are part of what validate reports
    assert all(p in problems for p in report.problems)
    for check in report.checks():
        assert isinstance(check, gr.Check)
        assert isinstance(check.outcome, gr.Outcome)


@pytest.mark.skipif(not _to_dict_ready(), reason="to_dict is not written yet (issue of H7)")
@SETTINGS
@given(texts)
def test_to_dict_never_raises_and_round_trips(text: str) -> None:
    report = gr.parse(text)
    data = report.to_dict()
    json.dumps(data, ensure_ascii=False)
    assert gr.Report.from_dict(data) == report
