"""Data out: JSON-ready dicts that round-trip, a JSON Schema, flat records and DataFrames.

:func:`to_dict` turns a :class:`~govinfo_reports.Report` into plain ``dict``/``list``/``str``/
``int``/``bool``/``None`` values: dates as ISO strings, enums as their values, ``Decimal`` as
strings, tuples as lists.  :func:`from_dict` rebuilds the same Report, so
``Report.from_dict(r.to_dict()) == r``.  The converter is written over :func:`attrs.fields` and the
model's type annotations, so it needs nothing beyond the core install.

Where a field may hold one of several row classes (the rows of table 二 are
``DocumentsRow2021 | DocumentsRow2019`` …), the dict of the row carries a ``"_type"`` key naming
its class.  Values of fields typed ``object`` (:attr:`Problem.expected`, :attr:`Problem.actual`)
keep their Python type through tagged forms: ``{"$decimal": "1.5"}``, ``{"$tuple": [...]}``,
``{"$date": "2023-01-01"}``, ``{"$enum": "Severity", "value": "error"}`` for an enum of the model.

>>> from govinfo_reports.model import Quantity
>>> to_dict(Quantity(value=Decimal("6.7"), unit="万", text="6.7万", span=(0, 4)))["value"]
'6.7'

:func:`to_records` gives one flat row per report under stable column names
(``t3.granted.natural_person``, ``t4.review.total``, ``t2.regulations.made``,
``fig.applications_received``, ``problems.error``); :func:`to_frame` makes a pandas DataFrame
of them.
"""

from __future__ import annotations

import enum
import functools
import json
import typing
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Any, Union

import attrs

from . import model
from .model import (
    APPLICANT_COLUMNS,
    ActiveDisclosureTable,
    AppealTable,
    ApplicationTable,
    FigureKind,
    Outcomes,
    Report,
    Severity,
)

__all__ = [
    "SCHEMA_ID",
    "from_dict",
    "json_schema",
    "record_columns",
    "structure",
    "to_dict",
    "to_frame",
    "to_records",
    "unstructure",
]

TYPE_KEY = "_type"
SCHEMA_ID = "https://govinfo-reports.invalid/schema/report.json"

_NoneType = type(None)
_MODEL_CLASSES: dict[str, type] = {
    name: obj
    for name, obj in vars(model).items()
    if isinstance(obj, type) and (attrs.has(obj) or issubclass(obj, enum.Enum))
}


def _hints(cls: type) -> dict[str, Any]:
    """The resolved annotations of an attrs class of the model."""
    return _hints_cached(cls)


@functools.cache
def _hints_cached(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def _attrs_options(tp: Any) -> list[type] | None:
    """The attrs classes of a union type (None when ``tp`` is not a union of them)."""
    args = [a for a in typing.get_args(tp) if a is not _NoneType]
    if _is_union(tp) and len(args) > 1 and all(attrs.has(a) for a in args):
        return args
    return None


def _is_union(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    return origin is Union or (
        origin is not None and getattr(origin, "__name__", "") == "UnionType"
    )


# --- to_dict -----------------------------------------------------------------------------


def unstructure(value: Any, tp: Any = object) -> Any:
    """``value`` as JSON-ready data, given its declared type ``tp``.

    >>> unstructure((1, 2), tuple[int, int])
    [1, 2]
    >>> unstructure(Decimal("1.50"))
    {'$decimal': '1.50'}
    """
    if value is None:
        return None
    if tp is object or tp is Any:
        return _unstructure_any(value)
    if attrs.has(type(value)):
        hints = _hints(type(value))
        out: dict[str, Any] = {}
        options = _attrs_options(tp)
        if options is not None:
            out[TYPE_KEY] = type(value).__name__
        for field in attrs.fields(type(value)):
            out[field.name] = unstructure(getattr(value, field.name), hints[field.name])
        return out
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool | int | str | float):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return [unstructure(v, args[0]) for v in value]
        if args and len(args) == len(value):
            return [unstructure(v, a) for v, a in zip(value, args, strict=True)]
        return [unstructure(v) for v in value]
    raise TypeError(f"cannot export a {type(value).__name__}")


def _unstructure_any(value: Any) -> Any:
    """A value of a field typed ``object``: plain JSON where the type survives, tagged else
    (an enum first: the model's are ``str`` enums, which the plain test would let through).

    >>> from govinfo_reports.model import Severity
    >>> _unstructure_any((Severity.ERROR, 1))
    {'$tuple': [{'$enum': 'Severity', 'value': 'error'}, 1]}
    """
    if isinstance(value, enum.Enum):
        return {"$enum": type(value).__name__, "value": value.value}
    if value is None or isinstance(value, bool | int | str | float):
        return value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, tuple):
        return {"$tuple": [_unstructure_any(v) for v in value]}
    if isinstance(value, list):
        return [_unstructure_any(v) for v in value]
    if isinstance(value, dict):
        return {"$dict": [[_unstructure_any(k), _unstructure_any(v)] for k, v in value.items()]}
    if attrs.has(type(value)):
        return {"$attrs": type(value).__name__, "value": unstructure(value)}
    return {"$repr": repr(value)}


def to_dict(report: Report) -> dict[str, Any]:
    """A JSON-ready nested dict of ``report`` (ISO dates, enum values, Decimals as strings).

    >>> import govinfo_reports as gr
    >>> d = gr.parse("2023年政府信息公开工作年度报告").to_dict()
    >>> d["source"], type(d["sections"]), d["template"] in {t.value for t in gr.Template}
    ('2023年政府信息公开工作年度报告', <class 'list'>, True)
    >>> import json; _ = json.dumps(d)
    """
    out: dict[str, Any] = unstructure(report, Report)
    return out


# --- from_dict ---------------------------------------------------------------------------


def structure(data: Any, tp: Any) -> Any:
    """Rebuild a value of type ``tp`` from :func:`unstructure` output.

    >>> structure([3, 4], tuple[int, int])
    (3, 4)
    >>> structure("2.5", model.Number)
    Decimal('2.5')
    """
    if tp is object or tp is Any:
        return _structure_any(data)
    if _is_union(tp):
        args = [a for a in typing.get_args(tp) if a is not _NoneType]
        if data is None:
            if len(args) < len(typing.get_args(tp)):
                return None
            raise ValueError(f"None where a {tp} is required")
        options = _attrs_options(tp)
        if options is not None:
            name = data.get(TYPE_KEY) if isinstance(data, dict) else None
            for cls in options:
                if cls.__name__ == name:
                    return structure(data, cls)
            raise ValueError(f"{TYPE_KEY}={name!r} is not one of {[c.__name__ for c in options]}")
        if len(args) == 1:
            return structure(data, args[0])
        if set(args) == {int, Decimal}:
            return Decimal(data) if isinstance(data, str) else _int(data)
        raise TypeError(f"cannot rebuild a {tp}")
    if data is None:
        raise ValueError(f"None where a {getattr(tp, '__name__', tp)} is required")
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(data, dict):
            raise TypeError(f"{tp.__name__} needs a dict, not {type(data).__name__}")
        hints = _hints(tp)
        kwargs = {
            f.name: structure(data[f.name], hints[f.name])
            for f in attrs.fields(tp)
            if f.name in data
        }
        return tp(**kwargs)
    if typing.get_origin(tp) is tuple:
        items = typing.get_args(tp)
        if len(items) == 2 and items[1] is Ellipsis:
            return tuple(structure(v, items[0]) for v in data)
        if len(items) != len(data):
            raise ValueError(f"{tp} needs {len(items)} items, not {len(data)}")
        return tuple(structure(v, a) for v, a in zip(data, items, strict=True))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(data)
    if tp is date:
        return date.fromisoformat(data)
    if tp is Decimal:
        return Decimal(data)
    if tp is bool:
        if not isinstance(data, bool):
            raise TypeError(f"a bool, not {data!r}")
        return data
    if tp is int:
        return _int(data)
    if tp is str:
        if not isinstance(data, str):
            raise TypeError(f"a str, not {data!r}")
        return data
    raise TypeError(f"cannot rebuild a {tp}")


def _int(data: Any) -> int:
    if isinstance(data, bool) or not isinstance(data, int):
        raise TypeError(f"an int, not {data!r}")
    return data


def _structure_any(data: Any) -> Any:
    if isinstance(data, list):
        return [_structure_any(v) for v in data]
    if not isinstance(data, dict):
        return data
    if "$decimal" in data:
        return Decimal(data["$decimal"])
    if "$tuple" in data:
        return tuple(_structure_any(v) for v in data["$tuple"])
    if "$date" in data:
        return date.fromisoformat(data["$date"])
    if "$enum" in data:
        cls = _MODEL_CLASSES.get(data["$enum"])
        if cls is None or not issubclass(cls, enum.Enum):
            return data["value"]
        return cls(data["value"])
    if "$dict" in data:
        return {_structure_any(k): _structure_any(v) for k, v in data["$dict"]}
    if "$attrs" in data:
        cls = _MODEL_CLASSES.get(data["$attrs"])
        return structure(data["value"], cls) if cls is not None else data["value"]
    if "$repr" in data:
        return data["$repr"]
    return data


def from_dict(data: dict[str, Any]) -> Report:
    """Rebuild a Report from :func:`to_dict` output: ``from_dict(to_dict(r)) == r``.

    >>> import govinfo_reports as gr
    >>> r = gr.parse("一、总体情况\\n本机关2023年主动公开信息3439条。")
    >>> gr.Report.from_dict(r.to_dict()) == r
    True
    """
    out: Report = structure(data, Report)
    return out


# --- JSON Schema -------------------------------------------------------------------------


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if tp is object or tp is Any:
        return {"description": "any JSON value; Decimal, tuple, date and enum values tagged"}
    if _is_union(tp):
        raw = typing.get_args(tp)
        args = [a for a in raw if a is not _NoneType]
        nullable = len(args) < len(raw)
        if set(args) == {int, Decimal}:
            alts = [{"type": "integer"}, _schema_of(Decimal, defs)]
        elif _attrs_options(tp) is not None:
            alts = []
            for cls in args:
                _define(cls, defs)
                alts.append(
                    {
                        "allOf": [
                            {"$ref": f"#/$defs/{cls.__name__}"},
                            {"required": [TYPE_KEY]},
                        ]
                    }
                )
            one = {"oneOf": alts}
            return {"anyOf": [one, {"type": "null"}]} if nullable else one
        else:
            alts = [_schema_of(a, defs) for a in args]
        if nullable:
            alts.append({"type": "null"})
        return alts[0] if len(alts) == 1 else {"anyOf": alts}
    if isinstance(tp, type) and attrs.has(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if typing.get_origin(tp) is tuple:
        items = typing.get_args(tp)
        if len(items) == 2 and items[1] is Ellipsis:
            return {"type": "array", "items": _schema_of(items[0], defs)}
        return {
            "type": "array",
            "prefixItems": [_schema_of(a, defs) for a in items],
            "minItems": len(items),
            "maxItems": len(items),
        }
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if tp is date:
        return {"type": "string", "format": "date"}
    if tp is Decimal:
        return {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$"}
    simple = {bool: "boolean", int: "integer", str: "string", float: "number"}
    if tp in simple:
        return {"type": simple[tp]}
    raise TypeError(f"no schema for {tp}")


def _define(cls: type, defs: dict[str, Any]) -> None:
    name = cls.__name__
    if name in defs:
        return
    defs[name] = {}  # reserve first: Section refers to itself
    hints = _hints(cls)
    props: dict[str, Any] = {TYPE_KEY: {"const": name}}
    required = []
    for field in attrs.fields(cls):
        props[field.name] = _schema_of(hints[field.name], defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    defs[name] = {
        "type": "object",
        "description": " ".join(doc.split()),
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :func:`to_dict` output, generated from the model.

    The same schema ships in the package as ``govinfo_reports/schema.json``.

    >>> s = json_schema()
    >>> s["$ref"], sorted(s["$defs"]["Outcomes"]["properties"])[:3]
    ('#/$defs/Report', ['_type', 'corrected', 'other'])
    """
    defs: dict[str, Any] = {}
    _define(Report, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "govinfo_reports Report",
        "description": "Report.to_dict() output of govinfo_reports.",
        "$ref": "#/$defs/Report",
        "$defs": dict(sorted(defs.items())),
    }


def shipped_schema() -> dict[str, Any]:
    """The schema shipped as ``govinfo_reports/schema.json`` (the same as :func:`json_schema`).

    After a change to the model, regenerate it with
    ``python -m govinfo_reports schema > src/govinfo_reports/schema.json``.

    >>> shipped_schema() == json_schema()
    True
    """
    text = resources.files("govinfo_reports").joinpath("schema.json").read_text("utf-8")
    out: dict[str, Any] = json.loads(text)
    return out


# --- flat records --------------------------------------------------------------------------


def _t2_columns() -> list[tuple[str, str]]:
    hints = _hints(ActiveDisclosureTable)
    cols: list[tuple[str, str]] = []
    for field in attrs.fields(ActiveDisclosureTable):
        if field.name in ("template", "span"):
            continue
        seen: list[str] = []
        for cls in typing.get_args(hints[field.name]):
            if cls is _NoneType:
                continue
            for col in attrs.fields(cls):
                if col.name not in seen:
                    seen.append(col.name)
        cols.extend((field.name, c) for c in seen)
    return cols


_IDENTITY = (
    "origin",
    "agency",
    "year",
    "period.start",
    "period.end",
    "template",
    "script",
    "title",
)


@functools.cache
def record_columns() -> tuple[str, ...]:
    """Every column of :func:`to_records`, in order (the same for every report).

    >>> cols = record_columns()
    >>> "t3.granted.natural_person" in cols, "t4.review.total" in cols
    (True, True)
    >>> "t2.regulations.made" in cols, "problems.error" in cols
    (True, True)
    """
    cols = list(_IDENTITY)
    cols += [f"t2.{row}.{col}" for row, col in _t2_columns()]
    cols += [
        f"t3.{path}.{col}" for path, _ in ApplicationTable().rows() for col in APPLICANT_COLUMNS
    ]
    cols += [
        f"t4.{group.name}.{col.name}"
        for group in attrs.fields(AppealTable)
        if group.name not in ("span", "recovery")
        for col in attrs.fields(Outcomes)
    ]
    cols += [f"fig.{kind.value}" for kind in FigureKind]
    cols += ["sections", "problems.error", "problems.warning", "chars"]
    return tuple(cols)


def _record(report: Report) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(record_columns())
    row["origin"] = report.origin
    row["agency"] = report.agency
    row["year"] = report.year
    if report.period is not None:
        row["period.start"] = report.period.start.isoformat()
        row["period.end"] = report.period.end.isoformat()
    row["template"] = report.template.value
    row["script"] = report.script.value
    row["title"] = report.title
    if report.active_disclosure is not None:
        for key, value in report.active_disclosure.cells():
            row[f"t2.{key}"] = value
    if report.applications is not None:
        for path, counts in report.applications.rows():
            if counts is None:
                continue
            for col, value in zip(APPLICANT_COLUMNS, counts.cells(), strict=True):
                row[f"t3.{path}.{col}"] = value
    if report.appeals is not None:
        for name in ("review", "litigation_direct", "litigation_after_review"):
            outcomes = getattr(report.appeals, name)
            if outcomes is None:
                continue
            for field in attrs.fields(Outcomes):
                row[f"t4.{name}.{field.name}"] = getattr(outcomes, field.name)
    for kind in FigureKind:
        q = report.figure(kind)
        row[f"fig.{kind.value}"] = None if q is None else q.value
    problems = report.validate()
    row["sections"] = sum(1 for _ in report.outline())
    row["problems.error"] = sum(p.severity is Severity.ERROR for p in problems)
    row["problems.warning"] = sum(p.severity is Severity.WARNING for p in problems)
    row["chars"] = len(report.source)
    return row


def to_records(reports: Iterable[Report]) -> list[dict[str, Any]]:
    """Flat rows, one per report, every row with the columns of :func:`record_columns`.

    Identity (``origin``, ``agency``, ``year``, ``period.start``, ``template`` …), every cell of
    tables 二/三/四 (``t2.regulations.made``, ``t3.granted.natural_person``,
    ``t4.review.total``; None for a blank cell or a table the report lacks), the value of each
    figure kind (``fig.applications_received``), the number of sections and of problems by
    severity (``problems.error``, ``problems.warning``, from :meth:`Report.validate`).  Values
    stay exact: ``int``, ``Decimal`` for money, ``str``, or None.

    >>> import govinfo_reports as gr
    >>> [row] = gr.to_records([gr.parse("四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1")])
    >>> row["year"], row["t3.granted.natural_person"]
    (None, None)
    """
    return [_record(r) for r in reports]


def to_frame(reports: Iterable[Report]) -> Any:
    """A pandas DataFrame of :func:`to_records` (needs the ``pandas`` extra).

    Integer columns use pandas' nullable ``Int64``; columns holding a ``Decimal`` stay
    ``object`` with the exact values.  Raises ImportError naming the extra when pandas is
    missing.

    >>> import govinfo_reports as gr
    >>> df = gr.to_frame([gr.parse("2023年度政府信息公开工作年度报告")])
    >>> df.shape[0], str(df["t4.review.total"].dtype)
    (1, 'Int64')
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ImportError("to_frame needs pandas: pip install 'govinfo-reports[pandas]'") from exc
    records = to_records(reports)
    columns = list(record_columns())
    frame = pd.DataFrame.from_records(records, columns=columns)
    for col in columns:
        values = [r[col] for r in records if r[col] is not None]
        if all(isinstance(v, int) and not isinstance(v, bool) for v in values) and (
            col.startswith(("t2.", "t3.", "t4.", "fig.", "problems."))
            or col in ("year", "sections", "chars")
        ):
            frame[col] = frame[col].astype("Int64")
    return frame
