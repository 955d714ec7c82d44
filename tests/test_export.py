"""Data out (issue 9): to_dict/from_dict round trip, the JSON Schema, flat records, DataFrames.

Fixtures are invented reports written in the official formats; the real reports in ../shared
are read only by the tests marked so, which skip when it is absent.
"""

from __future__ import annotations

import json
import pickle
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govinfo_reports as gr
from govinfo_reports import export
from govinfo_reports.model import (
    CountsRow2019,
    DecisionsRow2021,
    DocumentsRow2019,
    DocumentsRow2021,
    FeesRow2019,
    FeesRow2021,
    ProcurementRow2019,
)
from shared_data import SHARED

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "2023-example-transport-bureau.txt"

TABLE_2021 = """\
云溪县交通局2021年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
规章 | 1 | 0 | 4
行政规范性文件 | 3 | 1 | 20
第二十条第（八）项
信息内容 | 本年收费金额（单位：万元）
行政事业性收费 | 12.75
四、政府信息公开行政复议、行政诉讼情况
行政复议 | | | | | 行政诉讼
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉
| | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 \
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0
"""


def roundtrip(report: gr.Report) -> gr.Report:
    """to_dict → JSON text → from_dict, as a file on disk would do it."""
    return gr.Report.from_dict(json.loads(json.dumps(report.to_dict(), ensure_ascii=False)))


# --- to_dict -------------------------------------------------------------------------------


def test_to_dict_is_plain_json_with_iso_dates_enum_values_and_decimal_strings() -> None:
    r = gr.Report(
        source="x",
        period=gr.Period(date(2023, 1, 1), date(2023, 12, 31)),
        template=gr.Template.STANDARD_2021,
        active_disclosure=gr.ActiveDisclosureTable(fees=FeesRow2021(Decimal("23.50"))),
        figures=(
            gr.Figure(
                gr.FigureKind.FEES_COLLECTED,
                gr.Quantity(value=Decimal("6.7"), unit="元", text="6.7元", span=(3, 7)),
            ),
        ),
    )
    d = r.to_dict()
    assert d["period"] == {"start": "2023-01-01", "end": "2023-12-31"}
    assert d["template"] == "standard_2021"
    assert d["active_disclosure"]["fees"] == {"_type": "FeesRow2021", "amount_wan_yuan": "23.50"}
    assert d["figures"][0]["kind"] == "fees_collected"
    assert d["figures"][0]["quantity"]["value"] == "6.7"
    assert d["figures"][0]["quantity"]["span"] == [3, 7]
    json.dumps(d)  # nothing but JSON types
    assert roundtrip(r) == r


def test_union_rows_of_table_two_keep_their_class() -> None:
    t = gr.ActiveDisclosureTable(
        regulations=DocumentsRow2019(made=1, published=1, total_published=5),
        normative_documents=DocumentsRow2021(made=1, repealed=0, in_force=5),
        licensing=CountsRow2019(previous_items=3, change=-1, decisions=9),
        penalties=DecisionsRow2021(decisions=4),
        fees=FeesRow2019(previous_items=2, change=0),
        procurement=ProcurementRow2019(items=2, amount=Decimal("10.5")),
    )
    back = roundtrip(gr.Report(source="", active_disclosure=t))
    assert back.active_disclosure == t
    assert type(back.active_disclosure.regulations) is DocumentsRow2019
    assert type(back.active_disclosure.normative_documents) is DocumentsRow2021


def test_problem_expected_and_actual_keep_their_python_type() -> None:
    values = (Decimal("235000.0"), 3, "文字", (1, Decimal("2")), None, [1, 2], True, 1.5)
    for value in (*values, gr.Severity.ERROR, (gr.Template.STANDARD_2021, 1)):
        p = gr.Problem("x.y", gr.Severity.WARNING, "m", expected=value, actual=value)
        back = roundtrip(gr.Report(source="", problems=(p,))).problems[0]
        assert back == p
        assert type(back.expected) is type(value)
    # an enum is tagged, as docs/schema.md says (a str enum is no plain str)
    p = gr.Problem("x.y", gr.Severity.WARNING, "m", expected=gr.Severity.ERROR)
    d = gr.Report(source="", problems=(p,)).to_dict()
    assert d["problems"][0]["expected"] == {"$enum": "Severity", "value": "error"}


def test_from_dict_rejects_a_wrong_type_tag() -> None:
    d = gr.Report(
        source="", active_disclosure=gr.ActiveDisclosureTable(licensing=DecisionsRow2021(1))
    ).to_dict()
    d["active_disclosure"]["licensing"]["_type"] = "NoSuchRow"
    with pytest.raises(ValueError, match="NoSuchRow"):
        gr.Report.from_dict(d)


def test_parsed_report_round_trips_and_pickles() -> None:
    r = gr.parse(TABLE_2021)
    assert r.active_disclosure is not None and r.appeals is not None
    assert roundtrip(r) == r
    assert pickle.loads(pickle.dumps(r)) == r


def test_bundled_example_round_trips() -> None:
    r = gr.read(EXAMPLE)
    assert r.applications is not None
    assert roundtrip(r) == r


# --- hypothesis-built reports --------------------------------------------------------------

counts = st.one_of(st.none(), st.integers(0, 10**7))
numbers = st.one_of(
    st.integers(-(10**9), 10**9),
    st.decimals(
        allow_nan=False, allow_infinity=False, places=2, min_value=-(10**6), max_value=10**6
    ),
)
spans = st.tuples(st.integers(0, 10**5), st.integers(0, 10**5))
texts = st.text(max_size=20)
quantities = st.builds(
    gr.Quantity,
    value=numbers,
    unit=st.one_of(st.none(), st.sampled_from(["件", "条", "元", "%"])),
    qualifier=st.sampled_from(gr.Qualifier),
    text=texts,
    span=spans,
    high=st.one_of(st.none(), numbers),
    stated=st.booleans(),
)
applicant_rows = st.one_of(st.none(), st.builds(gr.ApplicantCounts, *[counts] * 7))
applications = st.builds(
    gr.ApplicationTable,
    new_received=applicant_rows,
    granted=applicant_rows,
    withheld=st.builds(gr.Withheld, state_secret=applicant_rows),
    other_handling=st.builds(gr.OtherHandling, other=applicant_rows),
    total=applicant_rows,
    template=st.one_of(st.none(), st.sampled_from(gr.Template)),
    span=st.one_of(st.none(), spans),
    recovery=st.one_of(
        st.none(),
        st.builds(gr.Recovery, st.tuples(texts), st.tuples(texts), st.booleans()),
    ),
)
outcomes = st.one_of(st.none(), st.builds(gr.Outcomes, *[counts] * 5))
appeals = st.builds(gr.AppealTable, outcomes, outcomes, outcomes, st.one_of(st.none(), spans))
doc_rows = st.one_of(
    st.none(),
    st.builds(DocumentsRow2021, counts, counts, counts),
    st.builds(DocumentsRow2019, counts, counts, counts),
)
active = st.builds(
    gr.ActiveDisclosureTable,
    regulations=doc_rows,
    normative_documents=doc_rows,
    licensing=st.one_of(st.none(), st.builds(DecisionsRow2021, counts)),
    fees=st.one_of(
        st.none(),
        st.builds(FeesRow2021, st.one_of(st.none(), numbers)),
        st.builds(FeesRow2019, counts, counts),
    ),
    procurement=st.one_of(st.none(), st.builds(ProcurementRow2019, counts, numbers)),
)
sections = st.recursive(
    st.builds(
        gr.Section,
        level=st.integers(1, 4),
        number=texts,
        ordinal=st.integers(0, 50),
        title=texts,
        body=texts,
        span=spans,
        kind=st.sampled_from(gr.SectionKind),
        points=st.lists(texts, max_size=2).map(tuple),
    ),
    lambda kids: st.builds(
        gr.Section,
        level=st.integers(1, 4),
        number=texts,
        ordinal=st.integers(0, 50),
        title=texts,
        children=st.lists(kids, max_size=3).map(tuple),
    ),
    max_leaves=6,
)
anything = st.one_of(st.none(), st.integers(), texts, numbers, st.tuples(st.integers(), numbers))
problems = st.builds(
    gr.Problem,
    code=texts,
    severity=st.sampled_from(gr.Severity),
    message=texts,
    expected=anything,
    actual=anything,
    span=st.one_of(st.none(), spans),
    cells=st.lists(texts, max_size=3).map(tuple),
    hint=st.one_of(st.none(), texts),
)
reports = st.builds(
    gr.Report,
    source=st.text(max_size=50),
    text=st.text(max_size=50),
    script=st.sampled_from(gr.Script),
    agency=st.one_of(st.none(), texts),
    year=st.one_of(st.none(), st.integers(1990, 2100)),
    period=st.one_of(st.none(), st.builds(gr.Period, st.dates(), st.dates())),
    template=st.sampled_from(gr.Template),
    sections=st.lists(sections, max_size=3).map(tuple),
    active_disclosure=st.one_of(st.none(), active),
    applications=st.one_of(st.none(), applications),
    appeals=st.one_of(st.none(), appeals),
    figures=st.lists(
        st.builds(gr.Figure, st.sampled_from(gr.FigureKind), quantities), max_size=3
    ).map(tuple),
    breakdowns=st.lists(
        st.builds(
            gr.Breakdown,
            quantities,
            st.lists(st.builds(gr.BreakdownPart, texts, quantities), max_size=2).map(tuple),
            st.one_of(st.none(), st.sampled_from(gr.FigureKind)),
        ),
        max_size=2,
    ).map(tuple),
    problems=st.lists(problems, max_size=3).map(tuple),
    notes=st.lists(texts, max_size=2).map(tuple),
    origin=st.one_of(st.none(), texts),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports)
def test_hypothesis_reports_round_trip(report: gr.Report) -> None:
    assert roundtrip(report) == report


# --- JSON Schema ---------------------------------------------------------------------------


def test_shipped_schema_is_the_generated_one() -> None:
    assert export.shipped_schema() == export.json_schema(), (
        "schema.json is stale: python -m govinfo_reports schema > src/govinfo_reports/schema.json"
    )


def _check(schema: dict[str, Any], value: Any, defs: dict[str, Any], where: str) -> None:
    """A small validator for the subset of JSON Schema that json_schema() uses."""
    if "$ref" in schema:
        _check(defs[schema["$ref"].rsplit("/", 1)[1]], value, defs, where)
        return
    if "allOf" in schema:
        for sub in schema["allOf"]:
            _check(sub, value, defs, where)
        return
    for key in ("anyOf", "oneOf"):
        if key in schema:
            passed = 0
            for sub in schema[key]:
                try:
                    _check(sub, value, defs, where)
                    passed += 1
                except AssertionError:
                    pass
            assert passed >= 1 and (key == "anyOf" or passed == 1), f"{where}: {key} {value!r}"
            return
    if "const" in schema:
        assert value == schema["const"], where
    if "enum" in schema:
        assert value in schema["enum"], where
    kinds = {
        "object": dict,
        "array": list,
        "string": str,
        "integer": int,
        "boolean": bool,
        "null": type(None),
    }
    t = schema.get("type")
    if t is not None:
        assert isinstance(value, kinds[t]), f"{where}: {value!r} is not {t}"
        if t == "integer":
            assert not isinstance(value, bool), where
    if t == "object":
        assert all(k in value for k in schema.get("required", ())), f"{where}: required"
        props = schema.get("properties", {})
        for k, v in value.items():
            assert k in props, f"{where}: unexpected {k}"
            _check(props[k], v, defs, f"{where}.{k}")
    if t == "array":
        if "items" in schema:
            for i, v in enumerate(value):
                _check(schema["items"], v, defs, f"{where}[{i}]")
        for i, sub in enumerate(schema.get("prefixItems", ())):
            _check(sub, value[i], defs, f"{where}[{i}]")
        assert len(value) >= schema.get("minItems", 0), where


def test_to_dict_output_satisfies_the_schema() -> None:
    schema = export.json_schema()
    for report in (gr.parse(TABLE_2021), gr.read(EXAMPLE), gr.parse("")):
        _check(schema, report.to_dict(), schema["$defs"], "report")


def test_schema_catches_a_wrong_value() -> None:
    schema = export.json_schema()
    d = gr.parse(TABLE_2021).to_dict()
    d["appeals"]["review"]["total"] = "3"
    with pytest.raises(AssertionError, match="total"):
        _check(schema, d, schema["$defs"], "report")


# --- records and frames --------------------------------------------------------------------


def test_records_have_stable_columns_and_the_cells() -> None:
    rows = gr.to_records([gr.read(EXAMPLE), gr.parse(TABLE_2021), gr.parse("")])
    assert [list(r) for r in rows] == [list(export.record_columns())] * 3
    example, t2021, empty = rows
    r = gr.read(EXAMPLE)
    assert r.applications is not None and r.applications.granted is not None
    assert example["t3.granted.natural_person"] == r.applications.granted.natural_person
    assert example["t3.new_received.total"] == r.applications.new_received.total  # type: ignore[union-attr]
    assert t2021["t2.regulations.made"] == 1 and t2021["t2.normative_documents.in_force"] == 20
    assert t2021["t2.fees.amount_wan_yuan"] == Decimal("12.75")
    assert t2021["t4.review.total"] == 3 and t2021["t4.litigation_direct.upheld"] == 1
    assert t2021["t3.granted.total"] is None
    assert empty["problems.warning"] >= 1  # not a report
    errors = sum(p.severity is gr.Severity.ERROR for p in r.validate())
    assert example["problems.error"] == errors


def test_frame_has_one_row_per_report_and_nullable_ints() -> None:
    pd = pytest.importorskip("pandas")
    df = gr.to_frame([gr.read(EXAMPLE), gr.parse(TABLE_2021)])
    assert isinstance(df, pd.DataFrame)
    assert df.shape == (2, len(export.record_columns()))
    assert str(df["t4.review.total"].dtype) == "Int64"
    assert df["t4.review.total"].tolist()[1] == 3
    assert [str(df[c].dtype) for c in ("sections", "chars")] == ["Int64", "Int64"]


def test_frame_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real = builtins.__import__

    def fake(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("no pandas here")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake)
    with pytest.raises(ImportError, match=r"govinfo-reports\[pandas\]"):
        gr.to_frame([gr.parse("")])


# --- the real reports ----------------------------------------------------------------------


def shared_sources() -> list[Path]:
    if not SHARED.is_dir():
        return []
    found = sorted(SHARED.glob("seeds/*.txt"))
    for name in ("source.txt", "source.html"):
        found += sorted(SHARED.glob(f"corpus/*/*/{name}"))
    return found


def test_every_seed_and_corpus_item_round_trips() -> None:
    sources = shared_sources()
    if not sources:
        pytest.skip("../shared is absent")
    for path in sources:
        r = gr.parse(path.read_text("utf-8"), origin=str(path))
        assert roundtrip(r) == r, path


def test_figure_takes_a_kind_or_its_value() -> None:
    report = gr.read(EXAMPLE)
    kind = gr.FigureKind.APPLICATIONS_RECEIVED
    assert report.figure(kind) is not None
    assert report.figure("applications_received") == report.figure(kind)
    with pytest.raises(ValueError):
        report.figure("no_such_kind")
