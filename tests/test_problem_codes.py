"""Every Problem code the parser gives is documented on docs/problems.md, and only those.

The codes are collected from the source with :mod:`ast`, not by parsing reports: a code that
only a rare text reaches is still found.  A Problem is built three ways in ``src``:

- ``Problem(code="table4.unreadable", severity=Severity.WARNING, ...)`` (or positionally);
- a module helper that builds one from a code it is given (``_warn("table2.ambiguous_row",
  ...)`` in ``_table_two.py``/``_table_three.py``, ``_missing("table3", ...)`` in
  ``tables.py``, which gives ``f"{code}.not_found"``);
- a helper without arguments (``_t4_limit()`` in ``_recover.py``), a plain Problem call.

Any other form (a code from a variable, a computed string) is reported as unresolved, so
that a new way of building Problems cannot hide a code from this test: teach the collector
the new form.  The codes of the validation rules (``validate.py``, ``_rules.py``) are
documented on docs/rules.md and are not collected here; docstring examples are strings,
not calls, and are not collected either.

Besides the codes themselves, the test checks that the page names the module(s) each code
comes from, that the codes the page calls ``error`` are exactly those the source gives that
severity, and that every code-shaped string of a parser stage the source holds elsewhere
(``UNDECIDED`` in ``metadata.py``, ``_UNTIDY`` in ``_recover.py``, the CLI's
``file.unreadable``) names a code that is still given (or a rule's code).

Tried: deleting a row of the page, adding ``Problem(code="x.y", ...)`` to a module, renaming
a code passed to ``_warn`` or left in ``_UNTIDY``, and taking a code from a variable each
make a test here fail.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from govinfo_reports._rules import RULES_BY_CODE

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "govinfo_reports"
DOC = ROOT / "docs" / "problems.md"

#: the validation rules: their codes are on docs/rules.md (generated from _rules.py)
RULE_MODULES = frozenset({"validate.py", "_rules.py"})
CODE_SHAPE = re.compile(r"^[a-z0-9]+\.[a-z0-9_]+$")


@dataclass
class Emitted:
    """What the source says of one code: the modules that give it, with which severities."""

    modules: set[str] = field(default_factory=set)
    severities: set[str] = field(default_factory=set)


@dataclass
class Helper:
    """A function that returns a Problem built from one of its parameters."""

    param: str
    index: int
    make: Callable[[str], str]
    severity: str


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(SRC.glob("*.py")):
        if path.name not in RULE_MODULES:
            yield path.name, ast.parse(path.read_text("utf-8"), filename=str(path))


def _is_problem_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name | ast.Attribute)
        and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr) == "Problem"
    )


def _arg(call: ast.Call, name: str, index: int) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    if index < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args[:index]):
        return call.args[index]
    return None


def _severity(call: ast.Call) -> str | None:
    node = _arg(call, "severity", 1)
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "Severity"
    ):
        return node.attr.lower()
    return None


def _strings(node: ast.expr | None, consts: dict[str, str]) -> list[str] | None:
    """The string(s) an expression is: a constant, a module constant, either branch of an
    ``a if c else b``; None when it is anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Name) and node.id in consts:
        return [consts[node.id]]
    if isinstance(node, ast.IfExp):
        a, b = _strings(node.body, consts), _strings(node.orelse, consts)
        return None if a is None or b is None else a + b
    return None


def _template(node: ast.expr, params: list[str]) -> tuple[str, Callable[[str], str]] | None:
    """A code made from one parameter: the parameter itself, or an f-string of it and
    constant text (``f"{code}.not_found"``)."""
    if isinstance(node, ast.Name) and node.id in params:
        return node.id, lambda s: s
    if isinstance(node, ast.JoinedStr):
        names = [
            v.value.id
            for v in node.values
            if isinstance(v, ast.FormattedValue) and isinstance(v.value, ast.Name)
        ]
        ok = all(
            isinstance(v, ast.Constant)
            or (
                isinstance(v, ast.FormattedValue)
                and isinstance(v.value, ast.Name)
                and v.conversion == -1
                and v.format_spec is None
            )
            for v in node.values
        )
        if ok and len(names) == 1 and names[0] in params:
            parts = [v.value if isinstance(v, ast.Constant) else None for v in node.values]
            return names[0], lambda s: "".join(s if p is None else str(p) for p in parts)
    return None


def _docstring_nodes(tree: ast.Module) -> set[int]:
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                out.add(id(body[0].value))
    return out


@dataclass
class Collected:
    codes: dict[str, Emitted]
    unresolved: list[str]
    mentioned: dict[str, set[str]]  # code-shaped strings outside the Problem calls


def collect() -> Collected:
    codes: dict[str, Emitted] = {}
    unresolved: list[str] = []
    mentioned: dict[str, set[str]] = {}

    def emit(code: str, module: str, severity: str | None, where: str) -> None:
        if severity is None:
            unresolved.append(f"{where}: severity is not a Severity member")
        got = codes.setdefault(code, Emitted())
        got.modules.add(module)
        got.severities.add(severity or "?")

    for module, tree in _modules():
        consts = {
            t.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for t in node.targets
            if isinstance(t, ast.Name)
        }
        # the module's helpers: functions that build a Problem from a parameter
        helpers: dict[str, Helper] = {}
        in_helper: set[int] = set()
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            params = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args)]
            for call in ast.walk(fn):
                if not _is_problem_call(call):
                    continue
                assert isinstance(call, ast.Call)
                code = _arg(call, "code", 0)
                made = _template(code, params) if code is not None else None
                if made is not None:
                    name, make = made
                    helpers[fn.name] = Helper(
                        name, params.index(name), make, _severity(call) or "?"
                    )
                    in_helper.add(id(call))
        used: set[int] = set()  # the string constants that are codes (not "mentioned")
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{module}:{node.lineno}"
            if _is_problem_call(node):
                if id(node) in in_helper:
                    continue
                code = _arg(node, "code", 0)
                found = _strings(code, consts)
                if found is None:
                    unresolved.append(f"{where}: Problem code is not a string constant")
                    continue
                for c in found:
                    emit(c, module, _severity(node), where)
                if code is not None:
                    used.update(id(n) for n in ast.walk(code))
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else None
            helper = helpers.get(name or "")
            if helper is None:
                continue
            arg = _arg(node, helper.param, helper.index)
            found = _strings(arg, consts)
            if found is None:
                unresolved.append(f"{where}: {name}() is not given a string constant")
                continue
            for c in found:
                emit(helper.make(c), module, helper.severity, where)
            if arg is not None:
                used.update(id(n) for n in ast.walk(arg))
        docstrings = _docstring_nodes(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and CODE_SHAPE.match(node.value)
                and id(node) not in used
                and id(node) not in docstrings
            ):
                mentioned.setdefault(node.value, set()).add(f"{module}:{node.lineno}")
    return Collected(codes, unresolved, mentioned)


def documented() -> dict[str, str]:
    """The codes of the page's tables, each with its "stage" cell."""
    rows: dict[str, str] = {}
    dups: list[str] = []
    for line in DOC.read_text("utf-8").splitlines():
        m = re.match(r"^\|\s*`([^`]+)`\s*\|([^|]*)\|", line)
        if m is None:
            continue
        if m.group(1) in rows:
            dups.append(m.group(1))
        rows[m.group(1)] = m.group(2)
    assert not dups, f"codes listed twice on {DOC.name}: {dups}"
    return rows


def documented_errors() -> set[str]:
    text = DOC.read_text("utf-8")
    m = re.search(r"which are `error`:(.*?)\.\s*$", text, re.MULTILINE | re.DOTALL)
    assert m is not None, f"{DOC.name} must say which codes are `error`"
    return set(re.findall(r"`([^`]+)`", m.group(1).split("\n\n")[0]))


COLLECTED = collect()


def test_every_problem_is_built_from_a_code_the_collector_reads() -> None:
    assert not COLLECTED.unresolved, "\n".join(COLLECTED.unresolved)
    assert len(COLLECTED.codes) > 20  # the collector does find the codes


def test_every_code_given_is_documented_and_every_documented_code_is_given() -> None:
    given, doc = set(COLLECTED.codes), set(documented())
    assert not given - doc, f"codes given in src but not on docs/problems.md: {given - doc}"
    assert not doc - given, f"codes on docs/problems.md but no longer given: {doc - given}"


def test_the_page_names_the_modules_that_give_each_code() -> None:
    wrong = {}
    for code, stage in documented().items():
        emitted = COLLECTED.codes.get(code)
        if emitted is None:
            continue  # (the test above)
        named = set(re.findall(r"[A-Za-z_0-9]+\.py", stage))
        if named != emitted.modules:
            wrong[code] = (sorted(named), sorted(emitted.modules))
    assert not wrong, f"stage column (page, source): {wrong}"


def test_the_page_names_the_error_codes() -> None:
    errors = {c for c, e in COLLECTED.codes.items() if "error" in e.severities}
    others = {s for e in COLLECTED.codes.values() for s in e.severities} - {"error", "warning"}
    assert not others, f"severities the page does not describe: {others}"
    assert documented_errors() == errors


def test_code_shaped_strings_elsewhere_name_codes_still_given() -> None:
    stale = {
        code: sorted(where)
        for code, where in COLLECTED.mentioned.items()
        if code not in COLLECTED.codes
        and code not in RULES_BY_CODE
        and code.split(".")[0] in _stages()
    }
    assert not stale, f"strings naming a code that no Problem is given with: {stale}"


def _stages() -> set[str]:
    return {c.split(".")[0] for c in COLLECTED.codes}
