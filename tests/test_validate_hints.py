"""The repair hints with less memory: the same checks as before.

``_hints`` once merged each instance's own dict of numbers and copied the merged dict
for every candidate change; the fast arithmetic gave each instance its own dict.  Now a
table's instances share one dict and candidates are read over the merged numbers.  The
old ``_hints`` is kept here, as it was, and the general arithmetic run with it must give
what the fast arithmetic gives with the new one, on tables with one or two cells
perturbed, moved or split (where hints are given) and on messy tables.
"""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_reports as gr
from govinfo_reports._rules import APPLICANT_COLUMNS, OUTCOME_ROWS
from test_validate import balanced_tables, messy_reports, report, some_cell, table3

vm = sys.modules["govinfo_reports.validate"]
_APPLICANT_COLUMN_LABELS = vm.APPLICANT_COLUMN_LABELS
_NEIGHBOURS = vm._NEIGHBOURS
_cell_label = vm._cell_label
_digits_note = vm._digits_note
_num = vm._num
Number = vm.Number
_Instance = vm._Instance


def old_hints(instances: list[_Instance]) -> dict[tuple[str, str], str]:
    """validate._hints as of b676c1a."""
    APPLICANT_COLUMN_LABELS = _APPLICANT_COLUMN_LABELS
    known = [i for i in instances if i.known]
    values: dict[str, Number] = {}
    for inst in known:
        values.update(inst.values)
    failing = [i for i in known if i.diff(values) != 0]
    if not failing:
        return {}
    hints: dict[tuple[str, str], str] = {}
    fail_cells = [{*f.stated, *f.parts} for f in failing]
    users: dict[str, list[_Instance]] = {}

    def all_hold(candidate: dict[str, Number], changed: tuple[str, ...]) -> bool:
        if not all(any(c in cells for c in changed) for cells in fail_cells):
            return False
        if not users:
            for inst in known:
                for path in {*inst.stated, *inst.parts}:
                    users.setdefault(path, []).append(inst)
        return all(inst.diff(candidate) == 0 for c in changed for inst in users.get(c, ()))

    fixes: list[tuple[str, Number]] = []
    first = failing[0]
    for path in (*first.stated, *first.parts):
        if not all(path in cells for cells in fail_cells):
            continue
        d = first.diff(values)
        new = values[path] - d if path in first.stated else values[path] + d
        if new < 0:
            continue
        if all_hold({**values, path: new}, (path,)):
            fixes.append((path, new))
    moves: list[tuple[str, str, Number]] = []
    first_cells = fail_cells[0]
    for path, value in values.items():
        targets = _NEIGHBOURS.get(path)
        if targets is None or value == 0:
            continue
        for target in targets:
            if target not in values:
                continue
            if path not in first_cells and target not in first_cells:
                continue
            if not all(path in cells or target in cells for cells in fail_cells):
                continue
            candidate = {**values, path: 0, target: values[target] + value}
            if all_hold(candidate, (path, target)):
                moves.append((path, target, value))
    if len(fixes) == 1 and not moves:
        path, new = fixes[0]
        text = (
            f"若{_cell_label(path)}（{path}）为{_num(new)}而不是{_num(values[path])}，"
            f"所有勾稽关系均成立{_digits_note(values[path], new)}；请核对该单元格"
        )
        for f in failing:
            hints[(f.rule.code, f.key)] = text
    elif len(moves) == 1 and not fixes:
        src, dst, value = moves[0]
        text = (
            f"{_cell_label(src)}的{_num(value)}疑为错位一列，"
            f"若移到{_cell_label(dst).split('行', 1)[1]}（{dst}），所有勾稽关系均成立"
        )
        for f in failing:
            hints[(f.rule.code, f.key)] = text
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


def _as_before(r: gr.Report) -> None:
    new = vm._fast_arithmetic_checks(r)
    hints = vm._hints
    try:
        vm._hints = old_hints
        old = vm._general_arithmetic_checks(r)
        old_fast = vm._fast_arithmetic_checks(r)
    finally:
        vm._hints = hints
    assert new == old == old_fast
    assert vm._general_arithmetic_checks(r) == old


_ROWS = [*sorted(OUTCOME_ROWS), "total", "carried_forward", "carried_over", "new_received"]


@given(balanced_tables(), st.data())
@settings(max_examples=150, deadline=None)
def test_hints_as_before_on_perturbed_tables(
    rows: dict[str, list[int | None]], data: st.DataObject
) -> None:
    for _ in range(data.draw(st.integers(1, 2))):
        path, index = some_cell(rows, data)
        how = data.draw(st.sampled_from(["add", "move", "split", "zero"]))
        cells = rows[path]
        if how == "add":
            cells[index] = (cells[index] or 0) + data.draw(st.integers(-3, 9))
        elif how == "move" and index < 5:
            cells[index + 1] = (cells[index + 1] or 0) + (cells[index] or 0)
            cells[index] = 0
        elif how == "split" and index < 5:
            cells[index], cells[index + 1] = 1, 2
        else:
            cells[index] = 0
    _as_before(report(applications=table3(rows)))


@given(messy_reports())
@settings(max_examples=150, deadline=None)
def test_hints_as_before_on_messy_tables(r: gr.Report) -> None:
    _as_before(r)


def test_hints_as_before_on_known_shapes() -> None:
    zero = [0] * 7
    rows = {p: list(zero) for p in _ROWS}
    rows["new_received"] = rows["total"] = [1, 0, 0, 0, 0, 0, 1]
    _as_before(report(applications=table3(rows)))
    rows["granted"] = [1, 0, 0, 0, 0, 0, 1]
    _as_before(report(applications=table3(rows)))
    rows["granted"] = [0, 1, 0, 0, 0, 0, 1]
    _as_before(report(applications=table3(rows)))


# the compiled balance checker of a table of numbers only


def _loop_balances(table: str, values: list[int]) -> bool:
    """Every spec of the table's rules holds, as the spec loop weighs it."""
    return all(
        sum(values[i] for i in spec.stated_at) == sum(values[i] for i in spec.parts_at)
        for _, name, specs in vm._equation_rules()
        if name == table
        for spec in specs
    )


@given(balanced_tables(), st.data())
@settings(max_examples=120, deadline=None)
def test_balanced_tables_pass_as_by_the_spec_loop(
    rows: dict[str, list[int | None]], data: st.DataObject
) -> None:
    if data.draw(st.booleans()):
        path, index = some_cell(rows, data)
        rows[path][index] = data.draw(st.integers(0, 40))
    r = report(applications=table3(rows))
    values, ints = vm._table_ints(r.applications)
    if ints and vm._ABSENT not in values:
        assert vm._balance_checker("table3")(values) is _loop_balances("table3", values)
    assert vm._fast_arithmetic_checks(r) == vm._general_arithmetic_checks(r)


@given(st.lists(st.integers(0, 30), min_size=15, max_size=15), st.booleans())
@settings(max_examples=120, deadline=None)
def test_table4_passes_as_by_the_spec_loop(cells: list[int], balance: bool) -> None:
    if balance:  # each group's total is the sum of its other cells
        for g in range(3):
            cells[g * 5 + 4] = sum(cells[g * 5 : g * 5 + 4])
    r = report(appeals=gr.AppealTable(*(gr.Outcomes(*cells[g * 5 : g * 5 + 5]) for g in range(3))))
    values, ints = vm._table_ints(r.appeals)
    assert ints and vm._ABSENT not in values
    assert vm._balance_checker("table4")(values) is _loop_balances("table4", values)
    assert vm._fast_arithmetic_checks(r) == vm._general_arithmetic_checks(r)
