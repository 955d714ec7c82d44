"""Consistency checks: the arithmetic auditors do by hand, as values.

The rules are data (:data:`govinfo_reports._rules.RULES`); this module runs them on the
typed model only (never on text).  :func:`checks` lists every check with its outcome
(passed, failed, not assessable), :func:`validate` returns the parser's own problems plus
every failure, filtered by severity and code when asked.

>>> import govinfo_reports as gr
>>> t = gr.AppealTable.of([1, 0, 0, 0, 1] + [0, 0, 0, 0, 0] + [0, 0, 0, 0, 2])
>>> [p.code for p in gr.validate(gr.Report(source="", year=2021, appeals=t), codes="table4")]
['table4.total']
>>> [c.outcome.value for c in gr.checks(gr.Report(source="", appeals=t))
...  if c.code == "table4.total"]
['passed', 'passed', 'failed']
"""

from __future__ import annotations

import enum
import fnmatch
import functools
import itertools
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any, Union

import attrs

from ._figure_patterns import APPEAL_KINDS, APPEAL_PART, OUTCOME_ANY, REPLY_TIMING
from ._rules import (
    OPTIONAL_ROWS,
    PLACEHOLDER_LABELS,
    PLACEHOLDERS,
    RULES,
    RULES_BY_CODE,
    TABLE2_COLUMN_LABELS,
    TABLE2_ROW_LABELS,
    TABLE3_ROW_LABELS,
    TABLE3_ROW_WORDING,
    TABLE3_ROWS,
    TABLE4_FIELD_LABELS,
    TABLE4_GROUP_LABELS,
    Comparison,
    Equation,
    Rule,
)
from .model import (
    APPLICANT_COLUMN_LABELS,
    APPLICANT_COLUMNS,
    ActiveDisclosureTable,
    AppealTable,
    ApplicantCounts,
    ApplicationTable,
    Breakdown,
    BreakdownPart,
    CountsRow2019,
    DecisionsRow2021,
    DocumentsRow2019,
    DocumentsRow2021,
    FeesRow2019,
    FeesRow2021,
    Figure,
    FigureKind,
    NotProcessed,
    Number,
    OtherHandling,
    Outcomes,
    Period,
    Problem,
    ProcurementRow2019,
    Qualifier,
    Quantity,
    Report,
    Severity,
    Span,
    Template,
    UnableToProvide,
    Withheld,
)

__all__ = [
    "Check",
    "Outcome",
    "ValidationError",
    "assert_valid",
    "checks",
    "filter_problems",
    "rules_markdown",
    "validate",
    "validate_rollup",
    "validate_series",
]


class Outcome(str, enum.Enum):
    """The outcome of one check.  NOT_ASSESSABLE: a needed cell, row or figure is blank or
    absent, so the rule could be neither confirmed nor refuted."""

    PASSED = "passed"
    FAILED = "failed"
    NOT_ASSESSABLE = "not_assessable"


@attrs.frozen(slots=True)
class Check:
    """One check run on one report: its rule code, what it checked, and the outcome.

    ``subject`` says which part was checked (``表三“自然人”列``), ``problems`` holds the
    failures (empty unless FAILED, or a ``validate.internal_error`` when the check itself
    broke), ``note`` says why a check was not assessable.
    """

    code: str
    subject: str
    outcome: Outcome
    problems: tuple[Problem, ...] = ()
    cells: tuple[str, ...] = ()
    note: str | None = None


# --- cells ---------------------------------------------------------------------------


class _Absent(enum.Enum):
    ABSENT = "absent"


_ABSENT = _Absent.ABSENT
_CellValue = Union[Number, None, _Absent]  # noqa: UP007 (a runtime alias on 3.10)


@functools.lru_cache(maxsize=4096)
def _split_path(path: str) -> tuple[str, str, str]:
    """(table, row path, column) of a cell path (a handful of paths, split once each)."""
    table, _, rest = path.partition(".")
    row_path, _, column = rest.rpartition(".")
    return table, row_path, column


def _cell(report: Report, path: str) -> _CellValue:
    """The value at a cell path; None for a blank cell, ABSENT for a table or row not read."""
    table, row_path, column = _split_path(path)
    row: object
    if table == "table3":
        if report.applications is None:
            return _ABSENT
        row = report.applications.row(row_path)
    elif table == "table4":
        if report.appeals is None:
            return _ABSENT
        row = getattr(report.appeals, row_path)
    elif table == "table2":
        if report.active_disclosure is None:
            return _ABSENT
        row = getattr(report.active_disclosure, row_path, None)
    else:
        raise ValueError(f"unknown table in cell path {path!r}")
    if row is None:
        return _ABSENT
    value: _CellValue = getattr(row, column, _ABSENT)
    return value


@functools.lru_cache(maxsize=4096)
def _optional(path: str) -> bool:
    parts = path.split(".")
    return parts[0] == "table3" and ".".join(parts[1:-1]) in OPTIONAL_ROWS


def _expand(pattern: str, fixed: dict[str, str]) -> list[str]:
    for key, value in fixed.items():
        pattern = pattern.replace("{" + key + "}", value)
    for key, values in PLACEHOLDERS.items():
        token = "{" + key + "}"
        if token in pattern:
            return [p for v in values for p in _expand(pattern.replace(token, v), {})]
    return [pattern]


@functools.lru_cache(maxsize=4096)
def _expanded(pattern: str, over: str, key: str) -> tuple[str, ...]:
    """``_expand(pattern, {over: key})``, worked out once per rule and key."""
    return tuple(_expand(pattern, {over: key}))


def _cell_label(path: str) -> str:
    """A readable Chinese label of a cell path.

    >>> _cell_label("table3.withheld.state_secret.natural_person")
    '表三“（三）不予公开·1.属于国家秘密”行“自然人”列'
    >>> _cell_label("table4.review.total")
    '表四“行政复议”总计'
    """
    table, _, rest = path.partition(".")
    row, _, column = rest.rpartition(".")
    if table == "table3":
        return f"表三“{TABLE3_ROW_LABELS[row]}”行“{APPLICANT_COLUMN_LABELS[column]}”列"
    if table == "table4":
        return f"表四“{TABLE4_GROUP_LABELS[row]}”{TABLE4_FIELD_LABELS[column]}"
    return f"表二“{TABLE2_ROW_LABELS.get(row, row)}”{TABLE2_COLUMN_LABELS.get(column, column)}"


def _term_label(path: str, over: str) -> str:
    table, _, rest = path.partition(".")
    row, _, column = rest.rpartition(".")
    if table == "table3":
        return APPLICANT_COLUMN_LABELS[column] if over == "row" else TABLE3_ROW_LABELS[row]
    if table == "table4":
        return TABLE4_FIELD_LABELS[column]
    return path


def _num(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


# --- equations -----------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Side:
    terms: tuple[tuple[str, Number], ...]
    blanks: tuple[str, ...]
    absent: tuple[str, ...]

    @property
    def known(self) -> Number:
        total: Number = 0
        for _, value in self.terms:
            total = total + value
        return total


def _side(paths: Sequence[str], get: Callable[[str], object]) -> _Side:
    """One side of an equation, ``get`` giving the value of a cell path as :func:`_cell`
    does; a cell of an absent optional row is no gap."""
    terms: list[tuple[str, Number]] = []
    blanks: list[str] = []
    absent: list[str] = []
    for path in paths:
        value = get(path)
        if value is _ABSENT:
            if not _optional(path):
                absent.append(path)
        elif value is None:
            blanks.append(path)
        else:
            terms.append((path, value))  # type: ignore[arg-type]
    return _Side(tuple(terms), tuple(blanks), tuple(absent))


def _describe(side: _Side, text: str, over: str, *, single: bool) -> str:
    if single or not 1 < len(side.terms) <= 4 or side.blanks:
        return f"{text}为{_num(side.known)}"
    shown = " + ".join(f"{_term_label(p, over)}（{_num(v)}）" for p, v in side.terms)
    return f"{shown} = {_num(side.known)}"


@functools.lru_cache(maxsize=1024)
def _absent_note(absent: tuple[str, ...]) -> str:
    """The note of a check with cells in absent rows (each row named once)."""
    rows = sorted({_cell_label(p).split("”", 2)[0] + "”" for p in absent})
    return f"缺少{'、'.join(rows)}的数据"


def _spec_check(spec: _Spec, get: Callable[[str], object], span: Span | None) -> Check | None:
    """The check of one spec, ``get`` giving the value of a cell path as :func:`_cell`
    does; None for a 2021-only row of a 2019 table (nothing to check).  Every check of
    :func:`_equation_checks` that does not simply pass is built here.

    The check leaves out the cells of absent optional rows.  A needed cell in an absent
    row makes it not assessable, and so do blank cells, unless no numbers in their place
    could make the equation hold: then it fails, and the message names them.
    """
    rule = spec.rule
    code, subject = rule.code, spec.subject
    stated = _side(spec.stated, get)
    parts = _side(spec.parts, get)
    cells = spec.passed.cells
    if spec.optional:
        gone = {p for p in spec.optional if get(p) is _ABSENT}
        if gone:
            cells = tuple(p for p in cells if p not in gone)
            if spec.skippable and not cells:
                return None
    absent = (*stated.absent, *parts.absent)
    if absent:
        return Check(code, subject, Outcome.NOT_ASSESSABLE, (), cells, _absent_note(absent))
    if not (stated.terms or parts.terms):
        return Check(code, subject, Outcome.NOT_ASSESSABLE, (), cells, "涉及的单元格全部空白")
    blanks = (*stated.blanks, *parts.blanks)
    a, e = stated.known, parts.known
    if (
        (stated.blanks and not parts.blanks and a > e)
        or (parts.blanks and not stated.blanks and e > a)
        or (not blanks and a != e)
    ):
        eq = rule.equation
        assert eq is not None
        said = _describe(stated, eq.stated_text, eq.over, single=spec.single)
        added = _describe(parts, eq.parts_text, eq.over, single=False)
        message = f"{subject}：{said}，而{added}"
        if blanks:
            message += (
                f"（另有{len(blanks)}个空白或未能读出的单元格，按任何非负数计都不能平衡："
                + "、".join(_cell_label(p) for p in blanks[:3])
                + ("等" if len(blanks) > 3 else "")
                + "）"
            )
        problem = _problem(rule, message, expected=e, actual=a, span=span, cells=cells)
        return Check(code, subject, Outcome.FAILED, (problem,), cells)
    if blanks:
        balanced = "空白按0计则平衡" if a == e else "空白按0计则不平衡"
        note = f"{len(blanks)}个单元格空白（{balanced}）"
        return Check(code, subject, Outcome.NOT_ASSESSABLE, (), cells, note)
    return Check(code, subject, Outcome.PASSED, (), cells)


@functools.cache
def _unchecked(code: str, table_absent: bool) -> Check:
    """The one check of an equation rule none of whose specs was checked."""
    eq = RULES_BY_CODE[code].equation
    assert eq is not None
    note = f"报告没有{eq.subject}" if table_absent else "没有可检查的行"
    return Check(code, eq.subject, Outcome.NOT_ASSESSABLE, note=note)


class _Instance:
    """One checked spec for the repair hints: its cells on each side (without those of
    absent optional rows) and the stated − parts difference.  ``values`` holds the
    numbers of its cells that are not blank (and other cells': the instances of a table
    share one dict).

    A plain class with slots (made dozens of times per failing table, never compared)."""

    __slots__ = ("check", "key", "parts", "rule", "stated", "table", "values")

    def __init__(self, spec: _Spec, values: dict[str, Number], check: Check) -> None:
        self.rule = spec.rule
        self.key = spec.key
        self.table = spec.table
        self.stated: tuple[str, ...] = spec.stated
        self.parts: tuple[str, ...] = spec.parts
        if check.cells is not spec.passed.cells:
            kept = set(check.cells)
            self.stated = tuple(p for p in spec.stated if p in kept)
            self.parts = tuple(p for p in spec.parts if p in kept)
        self.values = values
        self.check = check

    @property
    def known(self) -> bool:
        has = self.values.__contains__
        return all(map(has, self.stated)) and all(map(has, self.parts))

    def diff(self, values: dict[str, Number]) -> Number:
        total: Number = 0
        for p in self.stated:
            total = total + values[p]
        for p in self.parts:
            total = total - values[p]
        return total


def _table_of(eq: Equation) -> str:
    return eq.stated[0].split(".", 1)[0]


# --- the table arithmetic, precomputed ----------------------------------------------


class _Sums:
    """What the sum check of :func:`_equation_checks` reads: the getters of the stated and
    the parts cells in a table's list of values (``one``: the stated cell's place when it
    is one cell), and the check when their sums agree."""

    __slots__ = ("get_parts", "get_stated", "one", "passed")

    def __init__(self, stated_at: tuple[int, ...], parts_at: tuple[int, ...], passed: Check):
        self.one: int | None = stated_at[0] if len(stated_at) == 1 else None
        self.get_stated = _getter(stated_at)
        self.get_parts = _getter(parts_at)
        self.passed = passed


class _Spec(_Sums):
    """One check of an equation rule (one ``over`` value), worked out once per rule: the
    subject, the stated and parts cell paths (and their places in the table's list of
    values, :func:`_table_ints`), and those in optional rows; its sums over every cell."""

    __slots__ = (
        "key",
        "optional",
        "optional_at",
        "parts",
        "parts_at",
        "reduced",
        "rule",
        "single",
        "skippable",
        "stated",
        "stated_at",
        "table",
    )

    def __init__(self, rule: Rule, key: str) -> None:
        eq = rule.equation
        assert eq is not None
        self.rule = rule
        self.key = key
        self.stated: tuple[str, ...] = tuple(
            p for pat in eq.stated for p in _expanded(pat, eq.over, key)
        )
        self.parts: tuple[str, ...] = tuple(
            p for pat in eq.parts for p in _expanded(pat, eq.over, key)
        )
        self.table = _table_of(eq)
        self.stated_at = tuple(_PLACE[p] for p in self.stated)
        self.parts_at = tuple(_PLACE[p] for p in self.parts)
        self.optional: frozenset[str] = frozenset(
            p for p in (*self.stated, *self.parts) if _optional(p)
        )
        self.optional_at = tuple(_PLACE[p] for p in sorted(self.optional))
        self.single = len(self.stated) == 1
        self.skippable = eq.over == "row" and key in OPTIONAL_ROWS
        subject = f"{eq.subject}{PLACEHOLDER_LABELS[eq.over][key]}"
        # the check when every cell is present and it balances (the common case)
        passed = Check(rule.code, subject, Outcome.PASSED, (), (*self.stated, *self.parts))
        super().__init__(self.stated_at, self.parts_at, passed)
        #: The sums when every optional cell is absent (a 2019 table); None when no
        #: stated or no parts cell is left.
        self.reduced: _Sums | None = None
        if self.optional:
            stated = [p for p in self.stated if p not in self.optional]
            parts = [p for p in self.parts if p not in self.optional]
            if stated and parts:
                self.reduced = _Sums(
                    tuple(_PLACE[p] for p in stated),
                    tuple(_PLACE[p] for p in parts),
                    attrs.evolve(passed, cells=(*stated, *parts)),
                )

    @property
    def subject(self) -> str:
        return self.passed.subject


def _getter(places: tuple[int, ...]) -> Callable[[list[object]], tuple[object, ...]]:
    """A getter of the values at ``places`` (always a tuple)."""
    if len(places) == 1:
        place = places[0]
        return lambda values: (values[place],)
    return operator.itemgetter(*places)


#: Cell paths of table 三 (row by row, in template order) and of table 四, in the order of
#: the lists of values :func:`_table_ints` gives.
_T3_PATHS: tuple[str, ...] = tuple(
    f"table3.{row}.{col}" for row in TABLE3_ROWS for col in APPLICANT_COLUMNS
)
_T4_PATHS: tuple[str, ...] = tuple(
    f"table4.{group}.{field}" for group in TABLE4_GROUP_LABELS for field in TABLE4_FIELD_LABELS
)
_PATHS = {"table3": _T3_PATHS, "table4": _T4_PATHS}
_PLACE: dict[str, int] = {
    **{p: i for i, p in enumerate(_T3_PATHS)},
    **{p: i for i, p in enumerate(_T4_PATHS)},
}
_T3_GROUP_KINDS: tuple[tuple[str, type], ...] = (
    ("withheld", Withheld),
    ("unable_to_provide", UnableToProvide),
    ("not_processed", NotProcessed),
    ("other_handling", OtherHandling),
)
_T3_ROWS_OF = operator.attrgetter(*TABLE3_ROWS)
_T4_GROUPS_OF = operator.attrgetter(*TABLE4_GROUP_LABELS)
_COUNTS_OF = operator.attrgetter(*APPLICANT_COLUMNS)
_OUTCOMES_OF = operator.attrgetter(*TABLE4_FIELD_LABELS)


@functools.cache
def _equation_rules() -> tuple[tuple[Rule, str, tuple[_Spec, ...]], ...]:
    """The report-scope equation rules with their specs, worked out on first use (keeps
    the import light)."""
    out: list[tuple[Rule, str, tuple[_Spec, ...]]] = []
    for rule in RULES:
        if rule.scope != "report" or rule.equation is None:
            continue
        eq = rule.equation
        specs = tuple(_Spec(rule, key) for key in PLACEHOLDERS[eq.over])
        out.append((rule, _table_of(eq), specs))
    return tuple(out)


@functools.cache
def _passed_found(code: str) -> tuple[tuple[_Spec, Check], ...]:
    """What the spec loop of :func:`_equation_checks` finds for the rule ``code``
    when each of its specs passes with every cell present."""
    return tuple(
        (spec, spec.passed)
        for rule, _, specs in _equation_rules()
        if rule.code == code
        for spec in specs
    )


@functools.cache
def _balance_checker(table: str) -> Callable[[list[object]], bool]:
    """A function of a table's values (:func:`_table_ints`, all of them ints) telling
    whether every equation of its rules holds, each as the spec loop of
    :func:`_equation_checks` weighs it with every cell present (the stated cell,
    or the sum of the stated cells, equals the sum of the parts): the specs' places are
    turned into getters once, not looked up per spec and per report."""
    pairs: list[tuple[Callable[[list[object]], object], Callable[[list[object]], object]]] = []
    for _, name, specs in _equation_rules():
        if name != table:
            continue
        for spec in specs:
            pairs.append((_summer(spec.stated_at), _summer(spec.parts_at)))

    def check(values: list[object]) -> bool:
        return all(stated(values) == parts(values) for stated, parts in pairs)

    return check


def _summer(places: tuple[int, ...]) -> Callable[[list[object]], object]:
    """The sum of the values at ``places`` (ints; 0 for no place)."""
    if not places:
        return lambda values: 0
    if len(places) == 1:
        return operator.itemgetter(places[0])
    get = operator.itemgetter(*places)
    return lambda values: sum(get(values))


def _table_ints(table: object) -> tuple[list[object] | None, bool]:
    """The cells of table 三 or 四 as one list (in the order of ``_T3_PATHS`` or
    ``_T4_PATHS``; an absent row gives ``_ABSENT``), None when the table is not built of
    the model's own classes; and :func:`_no_blank` of them."""
    values = _read_values(table)
    return values, _no_blank(values)


def _read_values(table: object) -> list[object] | None:
    if type(table) is ApplicationTable:
        for name, kind in _T3_GROUP_KINDS:
            if type(getattr(table, name)) is not kind:
                return None
        return _row_values(_T3_ROWS_OF(table), ApplicantCounts, _COUNTS_OF, _ABSENT_ROW3)
    if type(table) is AppealTable:
        return _row_values(_T4_GROUPS_OF(table), Outcomes, _OUTCOMES_OF, _ABSENT_ROW4)
    return None


def _row_values(
    rows: tuple[object, ...],
    kind: type,
    cells_of: Callable[[object], tuple[object, ...]],
    absent_row: tuple[object, ...],
) -> list[object] | None:
    """The cells of ``rows`` (each of class ``kind`` or None) as one list."""
    out: list[object] = []
    for row in rows:
        if row is None:
            out += absent_row
        elif type(row) is kind:
            out += cells_of(row)
        else:
            return None
    return out


_ABSENT_ROW3 = (_ABSENT,) * len(APPLICANT_COLUMNS)
_ABSENT_ROW4 = (_ABSENT,) * len(TABLE4_FIELD_LABELS)
_INT_TYPES = frozenset({int, _Absent})


def _value_at(values: list[object], path: str) -> object:
    """The value of a cell path in its table's list of values (:func:`_table_ints`)."""
    return values[_PLACE[path]]


#: A table for the arithmetic: its list of values (None when its cells are read one by
#: one), a reader of a cell path's value, its span, and whether every equation holds
#: (known only from the list).
_Table = tuple[Union[list[object], None], Callable[[str], object], Union[Span, None], bool]  # noqa: UP007


def _fast_arithmetic_checks(report: Report) -> list[Check] | None:
    """The table arithmetic with each table's cells read once into a list and checked by
    :func:`_equation_checks`; None when a table is of another type than the model's own."""
    tables: dict[str, _Table] = {}
    for table, t in (("table3", report.applications), ("table4", report.appeals)):
        if t is not None:
            values, ints = _table_ints(t)
            if values is None:
                return None
            # a table of numbers only (no blank cell, no absent row) where every equation
            # holds: one call of its compiled checker
            balanced = ints and _ABSENT not in values and _balance_checker(table)(values)
            tables[table] = (values, functools.partial(_value_at, values), t.span, balanced)
    return _equation_checks(tables)


def _general_arithmetic_checks(report: Report) -> list[Check]:
    """The table arithmetic with every cell read through :func:`_cell` (for tables of
    other types than the model's own), checked by :func:`_equation_checks`."""
    get = functools.partial(_cell, report)
    tables: dict[str, _Table] = {
        table: (None, get, t.span, False)
        for table, t in (("table3", report.applications), ("table4", report.appeals))
        if t is not None
    }
    return _equation_checks(tables)


def _equation_checks(tables: dict[str, _Table]) -> list[Check]:
    """The checks of the equation rules over ``tables`` (see ``_Table``).  With a table's
    list of values, a balanced table gives each spec's passed check as it is, and a spec
    whose cells are all present (or whose optional ones are all absent) passes when its
    sums agree; every other check is built by :func:`_spec_check`."""
    absent_marker = _ABSENT
    out: list[Check] = []
    found: list[tuple[_Spec, Check]] = []
    failed = False
    for rule, table, specs in _equation_rules():
        entry = tables.get(table)
        if entry is None:
            out.append(_unchecked(rule.code, True))
            continue
        values, get, span, balanced = entry
        if balanced and specs:
            found.extend(_passed_found(rule.code))
            continue
        n_found = len(found)
        for spec in specs:
            if values is not None:
                # the sums (a blank or absent cell gives a TypeError or a mismatch)
                way: _Sums | None = spec
                for at in spec.optional_at:
                    if values[at] is not absent_marker:
                        break
                else:
                    if spec.optional_at:
                        way = spec.reduced
                        if way is None and spec.skippable:
                            continue  # a 2021-only row in a 2019 table: nothing to check
                if way is not None:
                    try:
                        one = way.one
                        a = values[one] if one is not None else sum(way.get_stated(values))  # type: ignore[arg-type]
                        same = a == sum(way.get_parts(values))  # type: ignore[arg-type]
                    except TypeError:
                        same = False
                    if same:
                        found.append((spec, way.passed))
                        continue
            check = _spec_check(spec, get, span)
            if check is not None:
                failed = failed or check.outcome is Outcome.FAILED
                found.append((spec, check))
        if len(found) == n_found:
            out.append(_unchecked(rule.code, False))
    if not failed:
        out.extend([check for _, check in found])
        return out
    # the numbers of each table in one dict that its instances share (an instance reads
    # only its own cells in it): not a dict per instance
    numbers: dict[str, dict[str, Number]] = {}
    for table, (values, get, _, _) in tables.items():
        if values is not None:
            pairs: Iterable[tuple[str, object]] = zip(_PATHS[table], values, strict=True)
        else:  # the cells of the checks, read again
            pairs = ((p, get(p)) for spec, c in found if spec.table == table for p in c.cells)
        numbers[table] = {p: v for p, v in pairs if v is not None and v is not absent_marker}  # type: ignore[misc]
    out.extend(_with_hints([_Instance(spec, numbers[spec.table], c) for spec, c in found]))
    return out


# --- repair hints --------------------------------------------------------------------


def _digits_note(old: Number, new: Number) -> str:
    a, b = _num(old).lstrip("-"), _num(new).lstrip("-")
    if len(a) != len(b) and abs(len(a) - len(b)) == 1:
        short, long = sorted((a, b), key=len)
        if any(long[:i] + long[i + 1 :] == short for i in range(len(long))):
            return "，疑为多读或漏读了一位数字"
    if len(a) == len(b) > 1 and sorted(a) == sorted(b):
        return "，疑为数字顺序颠倒"
    return ""


#: Cell path of a table 三 applicant column → the cells of the columns left and right of it
#: in the same row (among the six applicant columns).
_NEIGHBOURS: dict[str, tuple[str, ...]] = {
    f"table3.{row}.{col}": tuple(
        f"table3.{row}.{APPLICANT_COLUMNS[j]}" for j in (index - 1, index + 1) if 0 <= j < 6
    )
    for row in TABLE3_ROWS
    for index, col in enumerate(APPLICANT_COLUMNS[:6])
}


def _hints(instances: list[_Instance]) -> dict[tuple[str, str], str]:
    """Repair hints for failing equations of one table, keyed by (code, key).

    A hint is given when exactly one single-cell change, or one move of a value to the
    adjacent column of the same row, makes every fully known equation hold; or, for a row
    total, when two adjacent cells read as one number (``1 2`` → 12) make the row add up.
    """
    known = [i for i in instances if i.known]
    values: dict[str, Number] = {}
    for inst in known:
        # its own cells, in order (its dict may be its table's, shared with the others)
        own = inst.values
        for p in (*inst.stated, *inst.parts):
            values[p] = own[p]
    failing = [i for i in known if i.diff(values) != 0]
    if not failing:
        return {}
    hints: dict[tuple[str, str], str] = {}
    # the equations each cell is in: a change leaves the others as they are, so every
    # equation holds after it when each failing one has a changed cell and the equations
    # with a changed cell hold
    fail_cells = [{*f.stated, *f.parts} for f in failing]
    users: dict[str, list[_Instance]] = {}  # the equations of each cell asked about

    def all_hold(changes: dict[str, Number]) -> bool:
        """Whether every equation holds with ``changes`` made to ``values`` (read over
        them: no copy of ``values`` per candidate)."""
        if not all(any(c in cells for c in changes) for cells in fail_cells):
            return False
        for c in changes:
            found = users.get(c)
            if found is None:
                found = users[c] = [i for i in known if c in i.stated or c in i.parts]
            for inst in found:
                if _diff_with(inst, values, changes) != 0:
                    return False
        return True

    # one cell explains every failure
    fixes: list[tuple[str, Number]] = []
    first = failing[0]
    for path in (*first.stated, *first.parts):
        if not all(path in cells for cells in fail_cells):
            continue
        d = first.diff(values)
        new = values[path] - d if path in first.stated else values[path] + d
        if new < 0:
            continue
        if all_hold({path: new}):
            fixes.append((path, new))
    # a value shifted one column within its row (table 三)
    moves: list[tuple[str, str, Number]] = []
    first_cells = fail_cells[0]
    for path, value in values.items():
        targets = _NEIGHBOURS.get(path)  # only table 三's applicant columns have some
        if targets is None or value == 0:
            continue
        for target in targets:
            if target not in values:
                continue
            if path not in first_cells and target not in first_cells:
                continue  # the first failure would still fail
            if not all(path in cells or target in cells for cells in fail_cells):
                continue
            if all_hold({path: 0, target: values[target] + value}):
                moves.append((path, target, value))
    text: str | None = None
    if len(fixes) == 1 and not moves:
        path, new = fixes[0]
        text = (
            f"若{_cell_label(path)}（{path}）为{_num(new)}而不是{_num(values[path])}，"
            f"所有勾稽关系均成立{_digits_note(values[path], new)}；请核对该单元格"
        )
    elif len(moves) == 1 and not fixes:
        src, dst, value = moves[0]
        text = (
            f"{_cell_label(src)}的{_num(value)}疑为错位一列，"
            f"若移到{_cell_label(dst).split('行', 1)[1]}（{dst}），所有勾稽关系均成立"
        )
    if text is not None:  # one explanation of every failure
        for f in failing:
            hints[(f.rule.code, f.key)] = text
    # a number split over two cells, for the row totals
    for f in failing:
        if f.rule.code != "table3.row_total" or (f.rule.code, f.key) in hints:
            continue
        cells = [values[p] for p in f.parts]
        total = values[f.stated[0]]
        found: list[int] = []
        for i in range(len(cells) - 1):
            a, b = cells[i], cells[i + 1]
            if not (isinstance(a, int) and isinstance(b, int)) or a < 0 or b < 0:
                continue
            merged = int(f"{a}{b}")
            if sum(cells) - a - b + merged == total:
                found.append(i)
        if len(found) == 1:
            i = found[0]
            a, b = cells[i], cells[i + 1]
            hints[(f.rule.code, f.key)] = (
                f"“{APPLICANT_COLUMN_LABELS[APPLICANT_COLUMNS[i]]}”"
                f"“{APPLICANT_COLUMN_LABELS[APPLICANT_COLUMNS[i + 1]]}”两格的“{a} {b}”"
                f"疑为一个数{a}{b}被拆成两格（{f.parts[i]}、{f.parts[i + 1]}）："
                f"按{a}{b}计本行总计{_num(total)}相符"
            )
    return hints


def _diff_with(inst: _Instance, values: dict[str, Number], changes: dict[str, Number]) -> Number:
    """``inst.diff({**values, **changes})`` without the merged dict."""
    total: Number = 0
    for p in inst.stated:
        total = total + (changes[p] if p in changes else values[p])
    for p in inst.parts:
        total = total - (changes[p] if p in changes else values[p])
    return total


def _with_hints(instances: list[_Instance]) -> list[Check]:
    """The instances' checks, a failure given its hint (from its table's instances)."""
    by_table: dict[str, list[_Instance]] = defaultdict(list)
    for inst in instances:
        by_table[inst.table].append(inst)
    hints: dict[tuple[str, str], str] = {}
    for group in by_table.values():
        hints.update(_hints(group))
    out: list[Check] = []
    for inst in instances:
        check = inst.check
        hint = hints.get((inst.rule.code, inst.key))
        if hint is not None and check.problems:
            check = attrs.evolve(
                check, problems=tuple(attrs.evolve(p, hint=hint) for p in check.problems)
            )
        out.append(check)
    return out


# --- blank cells ---------------------------------------------------------------------


#: A table's rows for the blank-cell checks and the roll-ups: (label, path prefix, cells).
_Rows = list[tuple[str, str, list[tuple[str, Number | None]]]]


def _problem(rule: Rule, message: str, **kw: object) -> Problem:
    return Problem(code=rule.code, severity=rule.severity, message=message, **kw)  # type: ignore[arg-type]


def _blank_checks(
    rule_blank: Rule,
    rule_empty: Rule,
    table_label: str,
    rows: _Rows,
    span: Span | None,
    explained: frozenset[str] = frozenset(),
) -> list[Check]:
    """One check per table: one WARNING per row with blank cells, or one for a blank table.

    ``rows``: (row label, row path prefix, [(column label, value)]).  Cells (or rows) in
    ``explained`` were left blank by the reader, which already said why: not repeated.
    """
    all_cells = [v for _, _, cells in rows for _, v in cells]
    if all_cells and all(v is None for v in all_cells):
        problem = _problem(
            rule_empty,
            f"{table_label}的单元格全部空白，缺少数据（不作为不平衡处理）",
            span=span,
            actual=len(all_cells),
        )
        return [
            Check(rule_blank.code, table_label, Outcome.NOT_ASSESSABLE, note="整表空白"),
            Check(rule_empty.code, table_label, Outcome.FAILED, (problem,)),
        ]
    problems: list[Problem] = []
    for label, prefix, cells in rows:
        blank = [
            name
            for name, v in cells
            if v is None and f"{prefix}.{name}" not in explained and prefix not in explained
        ]
        if not blank:
            continue
        paths = tuple(f"{prefix}.{name}" for name in blank)
        names = "、".join(_column_name(prefix, name) for name in blank)
        whole = "整行空白" if len(blank) == len(cells) else f"{len(blank)}个单元格空白：{names}"
        problems.append(
            _problem(
                rule_blank,
                f"{table_label}“{label}”{whole}；涉及这些单元格的勾稽关系无法检查",
                span=span,
                cells=paths,
                actual=len(blank),
            )
        )
    outcome = Outcome.FAILED if problems else Outcome.PASSED
    return [
        Check(rule_blank.code, table_label, outcome, tuple(problems)),
        Check(rule_empty.code, table_label, Outcome.PASSED),
    ]


def _column_name(prefix: str, name: str) -> str:
    if prefix.startswith("table3."):
        return APPLICANT_COLUMN_LABELS[name]
    if prefix.startswith("table4."):
        return TABLE4_FIELD_LABELS[name]
    return TABLE2_COLUMN_LABELS.get(name, name)


def _table3_rows(t: ApplicationTable) -> _Rows:
    return _count_rows("table3", t.rows(), TABLE3_ROW_LABELS, APPLICANT_COLUMNS)


def _table4_rows(t: AppealTable) -> _Rows:
    groups = [(group, getattr(t, group)) for group in TABLE4_GROUP_LABELS]
    return _count_rows("table4", groups, TABLE4_GROUP_LABELS, TABLE4_FIELD_LABELS)


def _count_rows(
    table: str,
    rows: Iterable[tuple[str, ApplicantCounts | Outcomes | None]],
    labels: dict[str, str],
    columns: Iterable[str],
) -> _Rows:
    """The rows of table 三 or 四 that were read: (label, path prefix, cells)."""
    return [
        (labels[path], f"{table}.{path}", list(zip(columns, counts.cells(), strict=True)))
        for path, counts in rows
        if counts is not None
    ]


def _table2_rows(t: ActiveDisclosureTable) -> _Rows:
    out: _Rows = []
    for name, label in TABLE2_ROW_LABELS.items():
        row = getattr(t, name)
        if row is None:
            continue
        columns = _T2_COLUMNS.get(type(row))
        if columns is None:
            columns = tuple(f.name for f in attrs.fields(type(row)))
        cells = [(column, getattr(row, column)) for column in columns]
        out.append((label, _T2_PREFIX[name], cells))
    return out


# --- table 二 ------------------------------------------------------------------------


def _table2_checks(report: Report) -> list[Check]:
    t = report.active_disclosure
    neg, pub, items = (
        RULES_BY_CODE["table2.negative"],
        RULES_BY_CODE["table2.total_published"],
        RULES_BY_CODE["table2.items_change"],
    )
    if t is None:
        return [
            Check(r.code, "表二", Outcome.NOT_ASSESSABLE, note="报告没有表二")
            for r in (neg, pub, items)
        ]
    negatives: list[Problem] = []
    published: list[Problem] = []
    changes: list[Problem] = []
    seen_pub = seen_items = False
    for label, prefix, cells in _table2_rows(t):
        row = getattr(t, prefix.split(".")[1])
        for name, value in cells:
            if name != "change" and value is not None and value < 0:
                path = f"{prefix}.{name}"
                negatives.append(
                    _problem(
                        neg,
                        f"表二“{label}”{TABLE2_COLUMN_LABELS[name]}为{_num(value)}，不能为负数",
                        span=t.span,
                        cells=(path,),
                        actual=value,
                        expected=">= 0",
                    )
                )
        if isinstance(row, DocumentsRow2019):
            seen_pub = True
            if (
                row.published is not None
                and row.total_published is not None
                and row.total_published < row.published
            ):
                published.append(
                    _problem(
                        pub,
                        f"表二“{label}”对外公开总数量为{row.total_published}，"
                        f"少于本年新公开数量{row.published}",
                        span=t.span,
                        cells=(f"{prefix}.published", f"{prefix}.total_published"),
                        expected=f">= {row.published}",
                        actual=row.total_published,
                    )
                )
        if isinstance(row, (CountsRow2019, FeesRow2019)):
            seen_items = True
            if row.previous_items is not None and row.change is not None:
                now = row.previous_items + row.change
                if now < 0:
                    changes.append(
                        _problem(
                            items,
                            f"表二“{label}”上一年项目数量{row.previous_items}加本年增/减"
                            f"{row.change}为{now}，项目数量不能为负数",
                            span=t.span,
                            cells=(f"{prefix}.previous_items", f"{prefix}.change"),
                            expected=">= 0",
                            actual=now,
                        )
                    )

    def check(rule: Rule, problems: list[Problem], seen: bool = True) -> Check:
        if not seen:
            return _T2_NOT_SEEN[rule.code]
        if not problems:
            return _T2_PASSED[rule.code]
        return Check(rule.code, "表二", Outcome.FAILED, tuple(problems))

    return [
        check(neg, negatives),
        check(pub, published, seen_pub),
        check(items, changes, seen_items),
    ]


_T2_CODES = ("table2.negative", "table2.total_published", "table2.items_change")
_T2_PASSED = {code: Check(code, "表二", Outcome.PASSED, ()) for code in _T2_CODES}
_T2_NOT_SEEN = {
    code: Check(code, "表二", Outcome.NOT_ASSESSABLE, note="表二没有这一栏目（格式不同）")
    for code in _T2_CODES
}


# --- prose ---------------------------------------------------------------------------


def _agrees(q: Quantity, table: Number, tolerance: float) -> bool | None:
    """Whether a prose quantity agrees with a table value; None when it cannot say.

    >>> _agrees(Quantity(value=200, qualifier=Qualifier.OVER), 230, 0.0)
    True
    >>> below = Quantity(value=50, qualifier=Qualifier.BELOW)  # (不足50件)
    >>> _agrees(below, 50, 0.0), _agrees(below, 49, 0.0)
    (False, True)
    >>> _agrees(Quantity(value=50, qualifier=Qualifier.OVER), 50, 0.0)  # (50余件)
    False
    >>> _agrees(Quantity(value=65), 15, 0.0) is False
    True
    """
    # (whole numbers compare as their Decimals do, without making them)
    whole = type(q.value) is int and type(table) is int
    low: Number = q.value if whole else Decimal(str(q.value))
    t: Number = table if whole else Decimal(str(table))
    if q.high is not None:
        return low <= t <= Decimal(str(q.high))
    if q.qualifier is Qualifier.ABOUT:
        return None
    compare = _QUALIFIED.get(q.qualifier)
    if compare is not None:
        return compare(t, low)
    if tolerance:
        dt, dl = Decimal(str(t)), Decimal(str(low))
        return abs(dt - dl) <= Decimal(str(tolerance)) * max(abs(dt), abs(dl))
    return t == low


#: how a qualified prose count bounds the table's (余, 多, 超过: more than; 以上: at least;
#: 不足: fewer than; 以下: at most)
_QUALIFIED: dict[Qualifier, Callable[[Number, Number], bool]] = {
    Qualifier.OVER: operator.gt,
    Qualifier.AT_LEAST: operator.ge,
    Qualifier.BELOW: operator.lt,
    Qualifier.AT_MOST: operator.le,
}


#: The prose comparisons: rule, comparison, subject, figure kind, and the check when the
#: prose does not state the figure.
_PROSE_RULES: tuple[tuple[Rule, Comparison, str, FigureKind, Check], ...] = tuple(
    (
        rule,
        rule.comparison,
        f"正文与{rule.comparison.table_text}",
        FigureKind(rule.comparison.figure),
        Check(
            rule.code,
            f"正文与{rule.comparison.table_text}",
            Outcome.NOT_ASSESSABLE,
            note="正文没有写明这一数字",
        ),
    )
    for rule in RULES
    if rule.comparison is not None
)


def _prose_checks(report: Report) -> list[Check]:
    out: list[Check] = []
    # the first prose figure of each kind, keyed by the kind's id
    first: dict[int, Figure] = {}
    for figure in report.figures:
        if not figure.from_table and id(figure.kind) not in first:
            first[id(figure.kind)] = figure
    get = functools.partial(_cell, report)
    for rule, comp, subject, kind, unstated in _PROSE_RULES:
        fig = first.get(id(kind))
        if fig is None:
            out.append(unstated)
            continue
        q = fig.quantity
        if comp.scale != 1 and q.unit not in (None, "元"):
            out.append(
                Check(rule.code, subject, Outcome.NOT_ASSESSABLE, note=f"单位“{q.unit}”无法换算")
            )
            continue
        options: list[tuple[tuple[str, ...], Number]] = []
        note: str | None = None
        for paths in (comp.cells, *comp.alternatives):
            side = _side(paths, get)
            if side.absent or side.blanks:
                note = "表格中没有对应的数字" if side.absent else "表格中对应的单元格空白"
                continue
            options.append((paths, side.known * comp.scale))
        if not options:
            out.append(
                Check(rule.code, subject, Outcome.NOT_ASSESSABLE, cells=comp.cells, note=note)
            )
            continue
        verdicts = [_agrees(q, value, comp.tolerance) for _, value in options]
        if any(v is True for v in verdicts):
            out.append(Check(rule.code, subject, Outcome.PASSED, cells=comp.cells))
            continue
        if all(v is None for v in verdicts):
            out.append(
                Check(
                    rule.code,
                    subject,
                    Outcome.NOT_ASSESSABLE,
                    cells=comp.cells,
                    note="正文数字为约数",
                )
            )
            continue
        paths, value = options[0]
        shown = _num(Decimal(str(value)) / comp.scale) if comp.scale != 1 else _num(value)
        unit = "万元" if comp.scale == 10000 else ""
        problem = _problem(
            rule,
            f"正文写“{q.text or _num(q.value)}”（{_num(q.value)}{q.unit or ''}），"
            f"而{comp.table_text}为{shown}{unit}",
            span=q.span if q.span != (0, 0) else None,
            cells=paths,
            expected=value,
            actual=q.value,
        )
        out.append(Check(rule.code, subject, Outcome.FAILED, (problem,), paths))
    return out


def _breakdown_checks(report: Report) -> list[Check]:
    rule = RULES_BY_CODE["prose.breakdown"]
    if not report.breakdowns:
        return [Check(rule.code, "正文分项", Outcome.NOT_ASSESSABLE, note="正文没有“其中”分项")]
    out: list[Check] = []
    for b in report.breakdowns:
        total = b.total
        subject = f"正文“{total.text or _num(total.value)}”的分项"
        exact = [total]
        units: set[str] = set()
        approximate = False
        for part in b.parts:
            exact.append(part.quantity)
        for q in exact:
            if q.unit is not None:
                units.add(q.unit)
        for q in exact:
            if q.qualifier is not Qualifier.EXACT or q.is_range:
                approximate = True
                break
        if not b.parts:
            out.append(Check(rule.code, subject, Outcome.NOT_ASSESSABLE, note="没有分项"))
        elif approximate:
            out.append(Check(rule.code, subject, Outcome.NOT_ASSESSABLE, note="总数或分项为约数"))
        elif len(units) > 1 or "%" in units:
            out.append(Check(rule.code, subject, Outcome.NOT_ASSESSABLE, note="单位不同"))
        elif b.parts_sum < total.value and _outcomes_only(b):
            note = "“其中”只列出部分办理结果（分项之和小于总数）"
            out.append(Check(rule.code, subject, Outcome.NOT_ASSESSABLE, note=note))
        elif b.parts_sum == total.value:
            out.append(Check(rule.code, subject, Outcome.PASSED))
        elif (more := _outcomes_of_more(report, b)) is not None:
            # (新收3件。办理结果方面，予以公开4件: the answers include last year's)
            other = "上年结转" if b.kind is FigureKind.APPLICATIONS_RECEIVED else "本年新收"
            note = (
                f"办理结果包括{other}的申请，其数未知"
                if more < 0
                else f"办理结果包括{other}的{_num(more)}件"
            )
            out.append(Check(rule.code, subject, Outcome.NOT_ASSESSABLE, note=note))
        else:
            parts = " + ".join(_part_text(p) for p in b.parts)
            problem = _problem(
                rule,
                f"正文“{total.text or _num(total.value)}”与其后“其中”各项之和不符："
                f"{parts} = {_num(b.parts_sum)}，而总数为{_num(total.value)}",
                span=b.span if b.span != (0, 0) else total.span,
                expected=b.parts_sum,
                actual=total.value,
            )
            out.append(Check(rule.code, subject, Outcome.FAILED, (problem,)))
    return out


def _outcomes_of_more(report: Report, b: Breakdown) -> int | None:
    """When ``b`` lists outcomes (:func:`_outcomes_only`) that add up to more than its
    total, the applications received (or those carried over from the year before), and
    the ones carried over (or the ones received) may make up the rest: the outcomes are
    of every application handled.  Their number (-1: not stated); else None (the
    outcomes exceed what was handled, or the total is of something else)."""
    received = FigureKind.APPLICATIONS_RECEIVED
    carried_over = FigureKind.APPLICATIONS_CARRIED_OVER
    if b.kind not in (received, carried_over) or b.parts_sum <= b.total.value:
        return None
    if not _outcomes_only(b):
        return None
    other = carried_over if b.kind is received else received
    value: int | Decimal | None = None
    table = report.applications
    row = None
    if table is not None:
        row = table.carried_over if other is carried_over else table.new_received
    if row is not None and row.total is not None:
        value = row.total
    else:
        q = report.figure(other)
        if q is not None and q.qualifier is Qualifier.EXACT and not q.is_range:
            value = q.value
    if value is None:
        return -1
    return int(value) if b.parts_sum <= b.total.value + value else None


def _outcomes_only(b: Breakdown) -> bool:
    """Whether every part of a breakdown names an outcome of applications (予以公开, 部分公开,
    不予公开…) or the time of a reply (当场答复, 延期答复), or of appeals in a breakdown of
    appeals (撤回, 驳回, 维持, 不予立案…): such a 其中 list often names only some outcomes
    (办结21件，其中予以公开10件，部分公开2件; 答复21件，其中延期答复2件; 行政诉讼4件，其中1件
    已撤回), so parts that add up to less than the total are no contradiction.

    >>> def part(label):
    ...     return BreakdownPart(label, Quantity(value=1, unit="件"))
    >>> total = Quantity(value=21, unit="件")
    >>> _outcomes_only(Breakdown(total, (part("予以公开"), part("部分公开"))))
    True
    >>> _outcomes_only(Breakdown(total, (part("予以公开"), part("其他处理"))))
    False
    >>> _outcomes_only(Breakdown(total, (part("部分公开"), part("无法提供"))))
    True
    >>> _outcomes_only(Breakdown(total, (part("当场答复"), part("延期答复"))))
    True
    >>> suits = FigureKind.ADMINISTRATIVE_LAWSUITS
    >>> _outcomes_only(Breakdown(total, (part("已撤回"), part("不予立案")), kind=suits))
    True
    """
    if b.kind in APPEAL_KINDS:
        return all(part.label and APPEAL_PART.search(part.label) for part in b.parts)
    return all(
        part.label
        and (
            OUTCOME_ANY.search(part.label)
            or REPLY_TIMING.search(part.label)
            or "无法提供" in part.label  # (the 2019 format's group of outcomes)
        )
        for part in b.parts
    )


def _part_text(part: BreakdownPart) -> str:
    q = part.quantity
    return f"{part.label}{q.text or _num(q.value)}" if part.label else q.text or _num(q.value)


# --- identity ------------------------------------------------------------------------


#: the problems of a text whose identity is not checked, and the note that says why: a
#: text that is no report, or a file that could not be read
_UNCHECKED = {"report.not_a_report": "文本不像年度报告", "file.unreadable": "文件未能读取"}


def _identity_checks(report: Report) -> list[Check]:
    year_rule = RULES_BY_CODE["identity.year_missing"]
    period_rule = RULES_BY_CODE["identity.period_mismatch"]
    template_rule = RULES_BY_CODE["identity.template"]
    note = next((_UNCHECKED[p.code] for p in report.problems if p.code in _UNCHECKED), None)
    if note is not None:
        return [
            Check(r.code, "报告", Outcome.NOT_ASSESSABLE, note=note)
            for r in (year_rule, period_rule, template_rule)
        ]
    out: list[Check] = []
    year = report.year
    if year is None and any(p.code == "identity.year_span" for p in report.problems):
        # (a school year's report: the parser's problem says why no year is given)
        out.append(Check(year_rule.code, "报告年度", Outcome.NOT_ASSESSABLE, note="报告时段跨两年"))
    elif year is None:
        problem = _problem(year_rule, "未能确定报告年度")
        out.append(Check(year_rule.code, "报告年度", Outcome.FAILED, (problem,)))
    else:
        out.append(Check(year_rule.code, "报告年度", Outcome.PASSED))
    period = report.period
    if period is None or year is None:
        out.append(
            Check(period_rule.code, "统计期限", Outcome.NOT_ASSESSABLE, note="没有统计期限或年度")
        )
    elif period.start.year != year or period.end.year != year:
        problem = _problem(
            period_rule,
            f"统计期限{_date(period, 'start')}至{_date(period, 'end')}与报告年度{year}年不一致",
            expected=year,
            actual=(period.start.year, period.end.year),
        )
        out.append(Check(period_rule.code, "统计期限", Outcome.FAILED, (problem,)))
    else:
        out.append(Check(period_rule.code, "统计期限", Outcome.PASSED))
    if year is None:
        out.append(Check(template_rule.code, "报告格式", Outcome.NOT_ASSESSABLE, note="没有年度"))
    elif year >= 2019 and report.template is Template.NARRATIVE:
        problem = _problem(
            template_rule,
            f"{year}年度报告应采用国办公开办函〔2019〕60号或〔2021〕30号格式，但未识别出标准统计表",
            expected="standard",
            actual=report.template.value,
        )
        out.append(Check(template_rule.code, "报告格式", Outcome.FAILED, (problem,)))
    elif year <= 2018 and report.template is not Template.NARRATIVE:
        problem = _problem(
            template_rule,
            f"{year}年度报告早于标准格式，却被识别为{_template_name(report.template)}",
            expected=Template.NARRATIVE.value,
            actual=report.template.value,
        )
        out.append(Check(template_rule.code, "报告格式", Outcome.FAILED, (problem,)))
    else:
        out.append(Check(template_rule.code, "报告格式", Outcome.PASSED))
    return out


def _date(period: Period, end: str) -> str:
    d = getattr(period, end)
    return f"{d.year}年{d.month}月{d.day}日"


def _template_name(template: Template) -> str:
    return {
        Template.STANDARD_2019: "国办公开办函〔2019〕60号格式",
        Template.STANDARD_2021: "国办公开办函〔2021〕30号格式",
        Template.NARRATIVE: "自由叙述格式",
    }[template]


# --- the report checks ---------------------------------------------------------------


def _arithmetic_checks(report: Report) -> list[Check]:
    """The table arithmetic: the precomputed path (:func:`_fast_arithmetic_checks`) when
    the tables are of the model's own types, else (or when that path fails) the general one."""
    try:
        fast = _fast_arithmetic_checks(report)
    except Exception:  # the general path gives the same checks or raises the same error
        fast = None
    return fast if fast is not None else _general_arithmetic_checks(report)


def _all_blank_checks(report: Report) -> list[Check]:
    """The blank-cell checks of each table, those of the tables the report lacks last."""
    out: list[Check] = []
    missing: list[Check] = []
    explained: frozenset[str] | None = None
    for table, attr, name, rows, complete in _CELL_TABLES:
        t = getattr(report, attr)
        if t is None:
            missing += _NO_TABLE[table]
        elif complete(t):
            out += _NO_BLANK[table]
        else:
            if explained is None:
                explained = frozenset(c for p in report.problems for c in p.cells)
            blank, empty = RULES_BY_CODE[f"{table}.blank_cells"], RULES_BY_CODE[f"{table}.empty"]
            checks = _blank_checks(blank, empty, name, rows(t), t.span, explained)
            if _unread(report, table, rows(t)):
                checks = [
                    Check(code, name, Outcome.NOT_ASSESSABLE, note=_UNREAD_NOTE)
                    for code in (blank.code, empty.code)
                ]
            out += checks
    return out + missing


#: the reader's codes that leave cells None because their numbers are printed but cannot
#: be cut, placed or read (not because they are blank), naming each such cell: a table all of
#: whose cells they name is no empty table (a code naming a whole row does not count: a
#: row of more '|' cells than columns may hold words, not numbers)
_UNREAD_CODES = frozenset(
    {
        "table4.unreadable",
        "table4.ambiguous_order",
        "table4.ambiguous_cells",
        "table3.unreadable_row",
        "table3.ambiguous_cells",
        "table3.ambiguous_order",
        "table3.row_cut",
        "table2.ambiguous_row",
        "table2.cell_unreadable",
        "table3.cell_unreadable",
        "table4.cell_unreadable",
    }
)
_UNREAD_NOTE = "单元格有数字但未能读出（读取时已说明），不是空白"


def _unread(report: Report, table: str, rows: _Rows) -> bool:
    """True when the reader's problems of ``_UNREAD_CODES`` name every cell of ``table``."""
    named = {c for p in report.problems if p.code in _UNREAD_CODES for c in p.cells}
    if not any(c.startswith(table) for c in named):
        return False
    return all(f"{prefix}.{col}" in named for _, prefix, cells in rows for col, _ in cells)


_TABLE_NAMES = {"table3": "表三", "table4": "表四", "table2": "表二"}
#: The blank-cell checks of a table without a blank cell: what :func:`_blank_checks` gives.
_NO_BLANK: dict[str, tuple[Check, ...]] = {
    table: (
        Check(f"{table}.blank_cells", name, Outcome.PASSED, ()),
        Check(f"{table}.empty", name, Outcome.PASSED),
    )
    for table, name in _TABLE_NAMES.items()
}
_NO_TABLE: dict[str, tuple[Check, ...]] = {
    table: tuple(
        Check(code, name, Outcome.NOT_ASSESSABLE, note=f"报告没有{name}")
        for code in (f"{table}.blank_cells", f"{table}.empty")
    )
    for table, name in _TABLE_NAMES.items()
}


def _no_blank(values: list[object] | None) -> bool:
    """Whether a table's values (:func:`_table_ints`) are all numbers or absent rows."""
    return values is not None and set(map(type, values)) <= _INT_TYPES


#: The columns of each row class of table 二.
_T2_COLUMNS: dict[type, tuple[str, ...]] = {
    kind: tuple(f.name for f in attrs.fields(kind))
    for kind in (
        DocumentsRow2021,
        DocumentsRow2019,
        DecisionsRow2021,
        CountsRow2019,
        FeesRow2021,
        FeesRow2019,
        ProcurementRow2019,
    )
}


_T2_PREFIX: dict[str, str] = {name: f"table2.{name}" for name in TABLE2_ROW_LABELS}


def _table2_complete(t: ActiveDisclosureTable) -> bool:
    """Whether table 二 (of the model's own classes) has no blank cell."""
    if type(t) is not ActiveDisclosureTable:
        return False
    for name in TABLE2_ROW_LABELS:
        row = getattr(t, name)
        if row is None:
            continue
        columns = _T2_COLUMNS.get(type(row))
        if columns is None:
            return False
        for column in columns:
            if getattr(row, column) is None:
                return False
    return True


#: The tables checked cell by cell (blank cells, roll-ups): the table, the report's
#: attribute, the table's name, its rows (label, path prefix, cells) and whether it has
#: no blank cell.
_CELL_TABLES: tuple[tuple[str, str, str, Callable[[Any], _Rows], Callable[[Any], bool]], ...] = (
    ("table3", "applications", "表三", _table3_rows, lambda t: _table_ints(t)[1]),
    ("table4", "appeals", "表四", _table4_rows, lambda t: _table_ints(t)[1]),
    ("table2", "active_disclosure", "表二", _table2_rows, _table2_complete),
)


#: Code of the Problem given when a check itself fails (a bug): not a rule of the report.
INTERNAL_ERROR = "validate.internal_error"


def _internal_error(group: str, exc: Exception) -> Check:
    problem = Problem(
        code=INTERNAL_ERROR,
        severity=Severity.ERROR,
        message=f"内部错误，部分检查未能完成（{group}）: {type(exc).__name__}: {exc}",
    )
    return Check(INTERNAL_ERROR, group, Outcome.NOT_ASSESSABLE, (problem,), note="检查出错")


def checks(report: Report) -> tuple[Check, ...]:
    """Every check with its outcome: passed, failed, or not assessable.

    Every report-scope rule of :data:`~govinfo_reports._rules.RULES` gives at least one
    check (one per column, row or group for the table arithmetic).

    >>> from govinfo_reports import Report, AppealTable
    >>> cs = checks(Report(source="", year=2021, appeals=AppealTable.of([0] * 15)))
    >>> sorted({c.outcome.value for c in cs if c.code == "table4.total"})
    ['passed']
    >>> [c.note for c in cs if c.code == "table3.balance"]
    ['报告没有表三']
    """
    return _in_rule_order(_unordered_checks(report))


def _unordered_checks(report: Report) -> list[Check]:
    """Every check, group by group (:func:`checks` gives them in the rules' order)."""
    out: list[Check] = []
    for group in (
        _arithmetic_checks,
        _all_blank_checks,
        _table2_checks,
        _prose_checks,
        _breakdown_checks,
        _identity_checks,
    ):
        try:
            out.extend(group(report))
        except Exception as exc:  # a bug in one group must not hide the others' results
            out.append(_internal_error(group.__name__, exc))
    return out


def _in_rule_order(out: list[Check]) -> tuple[Check, ...]:
    # a stable sort by rule: keeps the column / row order within a rule
    keys = list(map(_RULE_ORDER.get, map(_CODE_OF, out), itertools.repeat(len(_RULE_ORDER))))
    return tuple(map(out.__getitem__, sorted(range(len(out)), key=keys.__getitem__)))


_RULE_ORDER: dict[str, int] = {rule.code: i for i, rule in enumerate(RULES)}
_CODE_OF = operator.attrgetter("code")


# --- filtering and the public entry points -------------------------------------------

SeverityFilter = Union[Severity, str, Iterable[Union[Severity, str]], None]  # noqa: UP007
CodeFilter = Union[str, Iterable[str], None]  # noqa: UP007


def filter_problems(
    problems: Iterable[Problem], *, severity: SeverityFilter = None, codes: CodeFilter = None
) -> tuple[Problem, ...]:
    """Keep the problems of the given severities whose code matches one of ``codes``.

    ``severity``: a :class:`Severity` (or its value ``"error"``/``"warning"``) or several.
    ``codes``: code patterns; a pattern matches its exact code, a family prefix
    (``"table3"`` matches ``table3.balance``), or a shell-style wildcard (``"*.blank_cells"``).
    None keeps everything.

    >>> ps = [Problem("table3.total", Severity.ERROR, "a"),
    ...       Problem("prose.breakdown", Severity.WARNING, "b")]
    >>> [p.code for p in filter_problems(ps, severity="error")]
    ['table3.total']
    >>> [p.code for p in filter_problems(ps, codes=["prose"])]
    ['prose.breakdown']
    >>> [p.code for p in filter_problems(ps, codes="*.total")]
    ['table3.total']
    """
    if severity is None and codes is None:
        return tuple(problems)
    severities: set[Severity] | None = None
    if severity is not None:
        items = [severity] if isinstance(severity, (Severity, str)) else list(severity)
        severities = {Severity(s) for s in items}
    patterns: list[str] | None = None
    if codes is not None:
        patterns = [codes] if isinstance(codes, str) else list(codes)

    def code_matches(code: str) -> bool:
        assert patterns is not None
        for pattern in patterns:
            if (
                code == pattern
                or code.startswith(pattern + ".")
                or fnmatch.fnmatchcase(code, pattern)
            ):
                return True
        return False

    return tuple(
        p
        for p in problems
        if (severities is None or p.severity in severities)
        and (patterns is None or code_matches(p.code))
    )


def validate(
    report: Report, *, severity: SeverityFilter = None, codes: CodeFilter = None
) -> tuple[Problem, ...]:
    """The parser's own problems, then every failed check's problems.

    A check failure that repeats a parser problem (same code and cells, e.g.
    ``identity.year_missing``) is given once.  ``severity`` and ``codes`` filter the result
    as :func:`filter_problems` does.

    >>> import govinfo_reports as gr
    >>> row = gr.ApplicantCounts.of([1, 0, 0, 0, 0, 0, 1])
    >>> zero = gr.ApplicantCounts.of([0] * 7)
    >>> t = gr.ApplicationTable(new_received=row, carried_over=zero, total=zero,
    ...                         carried_forward=zero)
    >>> [(p.code, p.expected, p.actual) for p in validate(gr.Report(source="", year=2021,
    ...     applications=t), severity="error")]
    [('table3.balance', 1, 0), ('table3.balance', 1, 0)]
    """
    out = _unordered_checks(report)
    # (the rules' order is that of the problems: the checks of a report that fails none
    # are not sorted)
    failed = any(check.problems for check in out)
    found = [p for check in _in_rule_order(out) for p in check.problems] if failed else []
    if report.problems and found:
        seen = {(p.code, p.cells) for p in report.problems}
        found = [p for p in found if (p.code, p.cells) not in seen]
    return filter_problems((*report.problems, *found), severity=severity, codes=codes)


class ValidationError(AssertionError):
    """Raised by :func:`assert_valid`; ``problems`` holds every Problem found."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        lines = [f"{len(problems)} problem(s):"]
        lines += [f"  [{p.severity.value}] {p.code}: {p.message}" for p in problems]
        lines += [f"    hint: {p.hint}" for p in problems if p.hint]
        super().__init__("\n".join(lines))


def assert_valid(
    report: Report, *, severity: SeverityFilter = None, codes: CodeFilter = None
) -> None:
    """Raise :class:`ValidationError` listing every Problem (after filtering), if there is any.

    >>> import govinfo_reports as gr
    >>> assert_valid(gr.Report(source="", year=2021, appeals=gr.AppealTable.of([0] * 15)),
    ...              codes="table4")
    >>> try:
    ...     assert_valid(gr.Report(source="", appeals=gr.AppealTable.of([1] + [0] * 14)),
    ...                  severity="error")
    ... except ValidationError as exc:
    ...     print(len(exc.problems), exc.problems[0].code)
    1 table4.total
    """
    problems = validate(report, severity=severity, codes=codes)
    if problems:
        raise ValidationError(problems)


# --- across reports ------------------------------------------------------------------


def _name(report: Report) -> str:
    who = report.agency or report.origin or "报告"
    return f"{who}{report.year}年度" if report.year is not None else who


def _series_problem(code: str, message: str, **kw: object) -> Problem:
    return _problem(RULES_BY_CODE[code], message, **kw)


#: The table 二 stocks carried from one year into the next, by row class: the rule, this
#: year's cell and its words, and the terms that give it (a sign, their words, whether
#: last year's, the cell).
_CARRIED: tuple[
    tuple[type | tuple[type, ...], str, str, str, tuple[tuple[str, str, bool, str], ...]], ...
] = (
    (
        DocumentsRow2021,
        "series.table2_in_force",
        "in_force",
        "现行有效件数",
        (
            ("+", "现行有效", True, "in_force"),
            ("+", "本年制发", False, "made"),
            ("−", "本年废止", False, "repealed"),
        ),
    ),
    (
        DocumentsRow2019,
        "series.table2_total_published",
        "total_published",
        "对外公开总数量",
        (("+", "对外公开总数量", True, "total_published"), ("+", "本年新公开", False, "published")),
    ),
    (
        (CountsRow2019, FeesRow2019),
        "series.table2_items",
        "previous_items",
        "上一年项目数量",
        (("+", "上一年项目数量", True, "previous_items"), ("+", "本年增/减", True, "change")),
    ),
)


def _series_pair(prev: Report, cur: Report) -> list[Problem]:
    problems: list[Problem] = []
    n = cur.year
    p_app, c_app = prev.applications, cur.applications
    if p_app is not None and c_app is not None and p_app.carried_forward and c_app.carried_over:
        for col, a, b in zip(
            APPLICANT_COLUMNS,
            c_app.carried_over.cells(),
            p_app.carried_forward.cells(),
            strict=True,
        ):
            if a is not None and b is not None and a != b:
                problems.append(
                    _series_problem(
                        "series.carried_over",
                        f"{n}年度表三“二、上年结转”“{APPLICANT_COLUMN_LABELS[col]}”列为{a}，"
                        f"而{prev.year}年度“四、结转下年度继续办理”为{b}",
                        expected=b,
                        actual=a,
                        cells=(f"table3.carried_over.{col}", f"table3.carried_forward.{col}"),
                    )
                )
    p2, c2 = prev.active_disclosure, cur.active_disclosure
    if p2 is None or c2 is None:
        return problems
    for name, label in TABLE2_ROW_LABELS.items():
        a_row, b_row = getattr(p2, name), getattr(c2, name)
        if a_row is None or b_row is None or type(a_row) is not type(b_row):
            continue
        for kinds, code, stated, words, terms in _CARRIED:
            if not isinstance(b_row, kinds):
                continue
            actual = getattr(b_row, stated)
            values = [getattr(a_row if last else b_row, cell) for _, _, last, cell in terms]
            if actual is None or any(v is None for v in values):
                break
            want = values[0]
            for (sign, _, _, _), value in zip(terms[1:], values[1:], strict=True):
                want = want - value if sign == "−" else want + value
            if want != actual:
                said = "".join(
                    f"{f' {sign} ' if i else ''}{term}{value}"
                    for i, ((sign, term, _, _), value) in enumerate(zip(terms, values, strict=True))
                )
                problems.append(
                    _series_problem(
                        code,
                        f"表二“{label}”：{n}年度{words}为{actual}，"
                        f"而{prev.year}年度{said} = {want}",
                        expected=want,
                        actual=actual,
                        cells=tuple(
                            f"table2.{name}.{cell}"
                            for cell in dict.fromkeys((stated, *(t[3] for t in terms)))
                        ),
                    )
                )
            break
    return problems


def _carries(report: Report, row: str) -> bool:
    """Whether ``report`` has a cell of table 三's ``row`` (carried_over / carried_forward)."""
    counts = getattr(report.applications, row, None)
    return counts is not None and any(v is not None for v in counts.cells())


def _series_reports(prev: list[Report], cur: list[Report]) -> tuple[Report, Report]:
    """The reports of years N−1 and N to compare, when a year has several.

    The first pair of the same body (an agency None matches any name) that has table 三's
    carried rows, then table 二; a pair of different bodies only when no other is given.
    """

    def rank(pair: tuple[Report, Report]) -> tuple[bool, bool, bool]:
        p, c = pair
        other_body = p.agency is not None and c.agency is not None and p.agency != c.agency
        no_table3 = not (_carries(p, "carried_forward") and _carries(c, "carried_over"))
        no_table2 = p.active_disclosure is None or c.active_disclosure is None
        return other_body, no_table3, no_table2

    return min(itertools.product(prev, cur), key=rank)


def validate_series(
    reports: Iterable[Report], *, severity: SeverityFilter = None, codes: CodeFilter = None
) -> tuple[Problem, ...]:
    """Checks across the years of one agency's reports.

    Duplicated years, gaps between the first and last year, reports without a year,
    differing agency names; and for each pair of consecutive years N−1, N:
    上年结转 (N) = 结转下年度继续办理 (N−1) per column of table 三, and the table 二 stocks
    (2021: 现行有效件数; 2019: 对外公开总数量, 上一年项目数量) carried from N−1 to N.
    A duplicated year is compared through its first report of the same body that has the
    tables (:func:`_series_reports`).

    >>> import govinfo_reports as gr
    >>> def r(year, co, cf):
    ...     t = gr.ApplicationTable(carried_over=gr.ApplicantCounts.of([co] + [0] * 5 + [co]),
    ...                             carried_forward=gr.ApplicantCounts.of([cf] + [0] * 5 + [cf]))
    ...     return gr.Report(source="", agency="某局", year=year, applications=t)
    >>> [p.code for p in validate_series([r(2021, 0, 2), r(2022, 3, 0), r(2024, 0, 0)])]
    ['series.gap', 'series.carried_over', 'series.carried_over']
    """
    items = list(reports)
    problems: list[Problem] = []
    for k, report in enumerate(items, 1):
        if report.year is None:
            problems.append(
                _series_problem(
                    "series.year_missing", f"{_name(report)}（第{k}份）没有年度，无法排入序列"
                )
            )
    agencies = sorted({r.agency for r in items if r.agency})
    if len(agencies) > 1:
        problems.append(
            _series_problem(
                "series.agency",
                "序列中的机关名称不一致：" + "、".join(agencies),
                actual=tuple(agencies),
            )
        )
    by_year: dict[int, list[Report]] = defaultdict(list)
    places: dict[int, list[int]] = defaultdict(list)  # (where each year's reports stand)
    for k, report in enumerate(items, 1):
        if report.year is not None:
            by_year[report.year].append(report)
            places[report.year].append(k)
    for year in sorted(by_year):
        if len(by_year[year]) > 1:
            where = "、".join(str(k) for k in places[year])
            problems.append(
                _series_problem(
                    "series.duplicate_year",
                    f"序列中有{len(by_year[year])}份{year}年度报告（第{where}份）",
                    actual=len(by_year[year]),
                    expected=1,
                )
            )
    if by_year:
        first, last = min(by_year), max(by_year)
        gaps = [y for y in range(first, last + 1) if y not in by_year]
        if gaps:
            problems.append(
                _series_problem(
                    "series.gap",
                    f"{first}年至{last}年的序列缺少" + "、".join(f"{y}年" for y in gaps) + "的报告",
                    actual=tuple(gaps),
                )
            )
    for year in sorted(by_year):
        if year - 1 in by_year:
            problems.extend(_series_pair(*_series_reports(by_year[year - 1], by_year[year])))
    return filter_problems(problems, severity=severity, codes=codes)


def _sum_cells(values: list[Number | None]) -> Number | None:
    if any(v is None for v in values):
        return None
    total: Number = 0
    for v in values:
        assert v is not None
        total = total + v
    return total


_OTHER_HANDLING = "table3.other_handling."
_PROCUREMENT = "table2.procurement"


def _rollup_rows(
    code: str,
    table_label: str,
    parent_rows: _Rows,
    child_rows: list[dict[str, list[tuple[str, Number | None]]]],
) -> list[Problem]:
    problems: list[Problem] = []
    for label, prefix, cells in parent_rows:
        per_child = [rows.get(prefix) for rows in child_rows]
        if any(c is None for c in per_child):
            continue
        wrong: list[tuple[str, Number, Number]] = []
        for index, (name, value) in enumerate(cells):
            child_values: list[Number | None] = []
            for child in per_child:
                assert child is not None
                child_values.append(child[index][1] if index < len(child) else None)
            total = _sum_cells(child_values)
            if value is None or total is None:
                continue
            if value != total:
                wrong.append((name, value, total))
        if wrong:
            listing = "；".join(
                f"{_column_name(prefix, n)}汇总为{_num(v)}，下属单位合计{_num(t)}"
                for n, v, t in wrong
            )
            problems.append(
                _series_problem(
                    code,
                    f"{table_label}“{label}”与下属单位之和不符：{listing}",
                    expected=tuple(t for _, _, t in wrong),
                    actual=tuple(v for _, v, _ in wrong),
                    cells=tuple(f"{prefix}.{n}" for n, _, _ in wrong),
                )
            )
    return problems


def validate_rollup(
    parent: Report,
    children: Iterable[Report],
    *,
    severity: SeverityFilter = None,
    codes: CodeFilter = None,
) -> tuple[Problem, ...]:
    """A parent (city, county) report's tables against the sum of its departments' tables.

    Compared cell by cell where the parent and every child have the cell; one WARNING per
    row (table 四: per group) listing the columns that differ.  Table 二 rows are compared
    only when every child printed the same columns.

    >>> import govinfo_reports as gr
    >>> def r(*cells):
    ...     t = gr.AppealTable.of(list(cells) + [0] * 10)
    ...     return gr.Report(source="", year=2022, appeals=t)
    >>> [p.message for p in validate_rollup(r(2, 0, 0, 0, 2), [r(1, 0, 0, 0, 1), r(0, 0, 0, 0, 0)])]
    ['表四“行政复议”与下属单位之和不符：结果维持汇总为2，下属单位合计1；总计汇总为2，下属单位合计1']
    """
    kids = list(children)
    problems: list[Problem] = []
    for child in kids:
        if child.year is not None and parent.year is not None and child.year != parent.year:
            problems.append(
                _series_problem(
                    "rollup.year",
                    f"下属单位报告（{_name(child)}）与汇总报告（{_name(parent)}）不属同一年度",
                    expected=parent.year,
                    actual=child.year,
                )
            )
    for table, attr, label, rows_of, _ in _CELL_TABLES:
        code = f"rollup.{table}"
        parent_table = getattr(parent, attr)
        child_tables = [getattr(c, attr) for c in kids]
        if parent_table is None or not kids or any(c is None for c in child_tables):
            continue
        parent_rows = rows_of(parent_table)
        maps = [{prefix: cells for _, prefix, cells in rows_of(c)} for c in child_tables]
        if code == "rollup.table3" and len({t.template for t in (parent_table, *child_tables)}) > 1:
            # (the 2019 format's one （六）其他处理 row is no 2021 3.其他: the rows of （六）
            # are compared through （七）总计 only)
            parent_rows = [r for r in parent_rows if not r[1].startswith(_OTHER_HANDLING)]
        if code == "rollup.table2":
            keep = []
            for row in parent_rows:
                prefix = row[1]
                names = [n for n, _ in row[2]]
                if all(
                    m.get(prefix) is not None and [n for n, _ in m[prefix]] == names for m in maps
                ):
                    if prefix == _PROCUREMENT:  # (its amount is in the unit each prints)
                        row = (
                            row[0],
                            prefix,
                            [(n, None if n == "amount" else v) for n, v in row[2]],
                        )
                    keep.append(row)
            parent_rows = keep
        problems.extend(_rollup_rows(code, label, parent_rows, maps))
    return filter_problems(problems, severity=severity, codes=codes)


# --- the documentation page ----------------------------------------------------------


def _example_table(**rows: ApplicantCounts) -> ApplicationTable:
    """A full, balanced table 三 (5 applications from natural persons, all granted), with
    ``rows`` replaced."""
    zero = ApplicantCounts.of([0] * 7)
    five = ApplicantCounts.of([5, 0, 0, 0, 0, 0, 5])
    table = ApplicationTable(
        new_received=five,
        carried_over=zero,
        granted=five,
        partially_granted=zero,
        withheld=Withheld(*[zero] * 8),
        unable_to_provide=UnableToProvide(*[zero] * 3),
        not_processed=NotProcessed(*[zero] * 5),
        other_handling=OtherHandling(*[zero] * 3),
        total=five,
        carried_forward=zero,
    )
    return attrs.evolve(table, **rows)  # type: ignore[arg-type]


_Example = Union[Report, list[Report], tuple[Report, list[Report]]]  # noqa: UP007


def _run_example(example: _Example) -> tuple[Problem, ...]:
    """Every failure an example gives (all the checks' problems, not the parser's)."""
    if isinstance(example, Report):
        return tuple(p for c in checks(example) for p in c.problems)
    if isinstance(example, list):
        return validate_series(example)
    parent, children = example
    return validate_rollup(parent, children)


def _examples() -> dict[str, Callable[[], _Example]]:
    """For each rule, a small input that breaks it exactly one way (docs page and tests):
    a Report (for :func:`checks`), a list of Reports (:func:`validate_series`) or a
    (parent, children) pair (:func:`validate_rollup`)."""
    zero = ApplicantCounts.of([0] * 7)
    one = ApplicantCounts.of([1, 0, 0, 0, 0, 0, 1])
    base = _example_table()

    def rep(**kw: object) -> Report:
        fields: dict[str, object] = {"source": "", "year": 2021, "template": Template.STANDARD_2021}
        fields.update(kw)
        return Report(**fields)  # type: ignore[arg-type]

    t3 = _example_table

    def doc2021(made: int, repealed: int, in_force: int) -> ActiveDisclosureTable:
        return ActiveDisclosureTable(
            normative_documents=DocumentsRow2021(made=made, repealed=repealed, in_force=in_force)
        )

    def appeals(cells: Sequence[int | None]) -> AppealTable:
        return AppealTable.of(list(cells))

    a4 = [0] * 15
    #: what the prose states for each comparison with a table (a count the table does not give)
    stated = {
        "prose.applications_received": (6, "共收到申请6件"),
        "prose.applications_carried_over": (2, "上年结转2件"),
        "prose.applications_carried_forward": (1, "结转下年度1件"),
        "prose.applications_granted": (4, "予以公开4件"),
        "prose.applications_partially_granted": (1, "部分公开1件"),
        "prose.administrative_reviews": (1, "行政复议1件"),
        "prose.administrative_lawsuits": (2, "行政诉讼2件"),
    }

    def prose(code: str) -> Report:
        comp = RULES_BY_CODE[code].comparison
        assert comp is not None
        value, text = stated[code]
        figure = Figure(FigureKind(comp.figure), Quantity(value=value, unit="件", text=text))
        if comp.cells[0].startswith("table3."):
            return rep(applications=base, figures=(figure,))
        return rep(appeals=appeals(a4), figures=(figure,))

    return {
        "table3.balance": lambda: rep(
            applications=t3(carried_forward=one, total=ApplicantCounts.of([5, 0, 0, 0, 0, 0, 5]))
        ),
        "table3.total": lambda: rep(
            applications=t3(
                granted=ApplicantCounts.of([4, 0, 0, 0, 0, 0, 4]),
                carried_forward=zero,
            )
        ),
        "table3.row_total": lambda: rep(
            applications=t3(
                new_received=ApplicantCounts.of([1, 2, 0, 0, 0, 0, 12]),
                carried_over=zero,
                granted=ApplicantCounts.of([12, 0, 0, 0, 0, 0, 12]),
                total=ApplicantCounts.of([12, 0, 0, 0, 0, 0, 12]),
            )
        ),
        "table4.total": lambda: rep(appeals=appeals([10, 1, 0, 0, 0, *a4[5:]])),
        "table2.negative": lambda: rep(
            active_disclosure=ActiveDisclosureTable(licensing=DecisionsRow2021(decisions=-3))
        ),
        "table2.total_published": lambda: rep(
            template=Template.STANDARD_2019,
            year=2019,
            active_disclosure=ActiveDisclosureTable(
                regulations=DocumentsRow2019(made=3, published=3, total_published=2)
            ),
        ),
        "table2.items_change": lambda: rep(
            template=Template.STANDARD_2019,
            year=2019,
            active_disclosure=ActiveDisclosureTable(fees=FeesRow2019(previous_items=3, change=-5)),
        ),
        "table3.blank_cells": lambda: rep(
            applications=t3(carried_over=ApplicantCounts(0, 0, 0, None, None, 0, 0))
        ),
        "table4.blank_cells": lambda: rep(appeals=appeals([1, 0, None, 0, 1, *a4[5:]])),
        "table2.blank_cells": lambda: rep(active_disclosure=_doc_blank()),
        "table3.empty": lambda: rep(
            applications=ApplicationTable(new_received=ApplicantCounts(), total=ApplicantCounts())
        ),
        "table4.empty": lambda: rep(appeals=appeals([None] * 15)),
        "table2.empty": lambda: rep(active_disclosure=_doc_empty()),
        **{code: functools.partial(prose, code) for code in stated},
        "prose.breakdown": lambda: rep(
            year=2018,
            template=Template.NARRATIVE,
            breakdowns=(
                Breakdown(
                    Quantity(value=65, unit="件", text="65件"),
                    tuple(
                        BreakdownPart(label, Quantity(value=5, unit="件", text="5件"))
                        for label in ("当面申请", "网络申请", "信函申请")
                    ),
                ),
            ),
        ),
        "identity.year_missing": lambda: rep(year=None),
        "identity.period_mismatch": lambda: rep(
            year=2019, template=Template.STANDARD_2019, period=_period(2018)
        ),
        "identity.template": lambda: rep(year=2020, template=Template.NARRATIVE),
        "series.carried_over": lambda: [
            rep(year=2021, applications=t3(carried_forward=one)),
            rep(year=2022, applications=base),
        ],
        "series.table2_in_force": lambda: [
            rep(year=2021, active_disclosure=doc2021(69, 3, 665)),
            rep(year=2022, active_disclosure=doc2021(88, 55, 690)),
        ],
        "series.table2_total_published": lambda: [
            rep(year=2019, active_disclosure=_doc2019(89)),
            rep(year=2020, active_disclosure=_doc2019(160, published=77)),
        ],
        "series.table2_items": lambda: [
            rep(year=2019, active_disclosure=_counts2019(396, 42)),
            rep(year=2020, active_disclosure=_counts2019(430, 0)),
        ],
        "series.duplicate_year": lambda: ([rep(year=2021), rep(year=2021)]),
        "series.gap": lambda: ([rep(year=2019), rep(year=2022)]),
        "series.year_missing": lambda: ([rep(year=None, agency="某区人民政府")]),
        "series.agency": lambda: (
            [rep(agency="某区人民政府"), rep(year=2022, agency="某区财政局")]
        ),
        "rollup.year": lambda: (rep(agency="某市"), [rep(year=2020, agency="某局")]),
        "rollup.table3": lambda: (
            rep(applications=base),
            [rep(applications=t3(new_received=one)), rep(applications=t3(new_received=one))],
        ),
        "rollup.table4": lambda: (
            rep(appeals=appeals([2, 0, 0, 0, 2, *a4[5:]])),
            [rep(appeals=appeals([1, 0, 0, 0, 1, *a4[5:]]))],
        ),
        "rollup.table2": lambda: (
            rep(active_disclosure=doc2021(5, 0, 40)),
            [rep(active_disclosure=doc2021(2, 0, 20)), rep(active_disclosure=doc2021(2, 0, 20))],
        ),
    }


def _period(year: int) -> Period:
    from datetime import date

    return Period(date(year, 1, 1), date(year, 12, 31))


def _doc_blank() -> ActiveDisclosureTable:
    return ActiveDisclosureTable(
        normative_documents=DocumentsRow2021(made=2, repealed=None, in_force=19),
        licensing=DecisionsRow2021(decisions=0),
    )


def _doc_empty() -> ActiveDisclosureTable:
    return ActiveDisclosureTable(
        regulations=DocumentsRow2021(), normative_documents=DocumentsRow2021()
    )


def _doc2019(total: int, published: int = 0) -> ActiveDisclosureTable:
    return ActiveDisclosureTable(
        normative_documents=DocumentsRow2019(
            made=published, published=published, total_published=total
        )
    )


def _counts2019(previous: int, change: int) -> ActiveDisclosureTable:
    return ActiveDisclosureTable(
        licensing=CountsRow2019(previous_items=previous, change=change, decisions=0)
    )


def rules_markdown() -> str:
    """The validation rules page (``docs/rules.md``), generated from the rules table.

    Each rule's example is produced by running the check on a small input that breaks it,
    so the page shows real messages.

    >>> page = rules_markdown()
    >>> page.startswith("# 校验规则")
    True
    >>> "`table3.balance`" in page
    True
    """
    examples = _examples()
    scope_names = {
        "report": "单份报告（`gr.validate(report)`、`gr.checks(report)`）",
        "series": "同一机关的历年报告（`gr.validate_series(reports)`）",
        "rollup": "汇总报告与下属单位（`gr.validate_rollup(parent, children)`）",
    }
    lines = [
        "# 校验规则 (validation rules)",
        "",
        "<!-- Generated by govinfo_reports.validate.rules_markdown() from the rules table in",
        "     src/govinfo_reports/_rules.py; do not edit by hand. Regenerate with:",
        "     python -c 'from govinfo_reports.validate import rules_markdown as m;",
        '                print(m(), end="")\' > docs/rules.md -->',
        "",
        "`gr.validate(report)` returns the parser's own problems plus every failed check below;",
        "`gr.checks(report)` lists every check with its outcome (`passed`, `failed`,",
        "`not_assessable` when a needed cell is blank or a table is absent, unless no",
        "non-negative value in the blank cells could make the sum hold: then it fails). Filter",
        "with",
        '`gr.validate(report, severity="error", codes=["table3", "*.blank_cells"])`;',
        "`gr.assert_valid(report, ...)` raises one `ValidationError` listing every problem.",
        "Checks read only the typed model. A `hint` names the one cell that would explain a",
        "failure (a number split over two cells, a value shifted one column) without changing",
        "any data.",
        "",
        "| code | severity | scope | rule |",
        "| --- | --- | --- | --- |",
    ]
    for rule in RULES:
        lines.append(f"| `{rule.code}` | {rule.severity.value} | {rule.scope} | {rule.title} |")
    current = ""
    for rule in RULES:
        if rule.scope != current:
            current = rule.scope
            lines += ["", f"## {scope_names[current]}"]
        lines += ["", f"### `{rule.code}` {rule.title}", "", rule.description, ""]
        lines.append(f"- severity: `{rule.severity.value}`")
        if rule.cells:
            lines.append("- cells: " + ", ".join(f"`{c}`" for c in rule.cells))
        if rule.equation is not None:
            eq = rule.equation
            lines.append(
                f"- equation: {eq.stated_text} = {eq.parts_text}（每个 `{{{eq.over}}}` 一项检查）"
            )
        example = examples.get(rule.code)
        problems = (
            tuple(p for p in _run_example(example()) if p.code == rule.code)
            if example is not None
            else ()
        )
        for p in problems[:1]:
            lines += ["", "Example:", "", "```text", f"[{p.severity.value}] {p.code}: {p.message}"]
            if p.hint:
                lines.append(f"hint: {p.hint}")
            lines.append("```")
    lines += [
        "",
        "## 表三行名 (table 三 row paths)",
        "",
        "| path | 模板原文 |",
        "| --- | --- |",
    ]
    lines += [f"| `{path}` | {TABLE3_ROW_WORDING[path]} |" for path in TABLE3_ROWS]
    return "\n".join(lines) + "\n"
