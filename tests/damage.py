"""Damage that real extraction does to a table, and the check that no damaged cell is
read as a wrong value without a flag.

A :class:`Case` is a seed, a form, a template and an operator.  :func:`build` renders
random consistent tables (tests/surface_forms.py) with one damage applied and says, for
each cell, which values a reader may return without a flag: the undamaged value and, when
the damage leaves a clean number in that cell (``12`` → ``112``, two cells swapped), that
number.  :func:`silent_wrong` parses the text (alone, and inside a small report) and lists
every cell read as another value with neither a Problem naming the cell, its row or its
table, nor a failed sum check of its table.

Operators: cell-level ones change the text printed for one cell (or two neighbours) and
work in every form; line-level ones change the rendered text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from decimal import Decimal

import attrs

import govinfo_reports as gr
import surface_forms as sf

COLS7 = ("natural_person", "commercial", "research", "social_welfare", "legal_services")
COLS7 = (*COLS7, "other", "total")
T4_GROUPS = ("review", "litigation_direct", "litigation_after_review")
T4_FIELDS = ("upheld", "corrected", "other", "pending", "total")
SUM_CODES = {
    "table2": ("table2.negative", "table2.total_published", "table2.items_change"),
    "table3": ("table3.balance", "table3.total", "table3.row_total"),
    "table4": ("table4.total",),
}
CELL_OPS = ("delete", "dup_digit", "stray", "split", "lookalike", "swap", "glue", "dropcell")
LINE_OPS = ("dropline", "dupline", "footer", "truncate")
OPS = CELL_OPS + LINE_OPS
STRAYS = ("a", "X", "中", "-", ".", "*", "①", "注", "、", "%")
FOOTERS = ("- 3 -", "第3页", "第 3 页 共 8 页", "3")
MARK = "\x00"  # a cell removed after rendering, with the separator before it


class Raw(str):
    """A cell's text given as is to the renderer (sf.fmt prints str(value))."""

    def __abs__(self) -> int:
        return 0


@attrs.frozen
class Case:
    seed: int
    form: str
    template: str
    op: str
    table: str = ""  # the damaged table ('table2'/'table3'/'table4'); '' picks one

    def __str__(self) -> str:
        return f"{self.form}-{self.template}-{self.op}-{self.table or 'any'}-{self.seed}"


# --- values ---------------------------------------------------------------------------


def _values(rnd: random.Random, template: str) -> sf.Tables:
    def cell() -> int:
        return 0 if rnd.random() < 0.15 else rnd.randint(1, 60)

    paths = [p for p in sf.t3_paths(template) if p not in ("new_received", "carried_over")]
    paths = [p for p in paths if p not in ("total", "carried_forward")]
    outcomes = {p: tuple(cell() for _ in range(6)) for p in paths}
    received = tuple(rnd.randint(20, 400) for _ in range(6))
    t3 = sf.consistent_table3(template, outcomes, received)
    t4 = sf.consistent_table4([tuple(cell() for _ in range(4)) for _ in range(3)])
    t2: dict[str, sf.Cell] = {}
    for _, cols, rows in sf.t2_layout(template):
        for r in rows:
            for c in cols:
                v: sf.Cell = rnd.randint(0, 3000)
                if c == "change":
                    v = rnd.randint(-50, 50)
                if c in ("amount", "amount_wan_yuan"):
                    v = Decimal(rnd.randint(1, 10**6)) / 100
                t2[f"{r}.{c}"] = v
            if "total_published" in cols:  # the 2019 checks hold: 总数量 ≥ 新公开数量
                pub = t2[f"{r}.published"]
                t2[f"{r}.total_published"] = pub + rnd.randint(0, 3000)  # type: ignore[operator]
    return sf.Tables(template, template, t2, t3, t4)


# cells: (table, key) with key 'row.col' (table2), (path, k) (table3) or k (table4)
CellKey = tuple[str, object]


def cell_name(key: CellKey) -> tuple[str, str]:
    """(cell name, row name) as Problems name them."""
    table, k = key
    if table == "table2":
        row = str(k).split(".")[0]
        return f"table2.{k}", f"table2.{row}"
    if table == "table3":
        path, i = k  # type: ignore[misc]
        return f"table3.{path}.{COLS7[i]}", f"table3.{path}"
    g, f = divmod(int(k), 5)  # type: ignore[call-overload]
    return f"table4.{T4_GROUPS[g]}.{T4_FIELDS[f]}", f"table4.{T4_GROUPS[g]}"


def _cells(v: sf.Tables) -> dict[CellKey, object]:
    out: dict[CellKey, object] = {("table2", k): x for k, x in v.table2.items()}
    for p, row in v.table3.items():
        out.update({("table3", (p, i)): x for i, x in enumerate(row)})
    out.update({("table4", i): x for i, x in enumerate(v.table4)})
    return out


def _neighbour(key: CellKey, cells: dict[CellKey, object]) -> CellKey | None:
    """The next cell of the same row, as printed."""
    table, k = key
    if table == "table3":
        p, i = k  # type: ignore[misc]
        return (table, (p, i + 1)) if i < 6 else None
    if table == "table4":
        return (table, int(k) + 1) if int(k) < 14 else None  # type: ignore[call-overload]
    row = str(k).split(".")[0]
    names = [str(x[1]) for x in cells if x[0] == "table2" and str(x[1]).startswith(row + ".")]
    at = names.index(str(k))
    return ("table2", names[at + 1]) if at + 1 < len(names) else None


def _with(v: sf.Tables, texts: dict[CellKey, str]) -> sf.Tables:
    t2 = dict(v.table2)
    t3 = {p: list(row) for p, row in v.table3.items()}
    t4 = list(v.table4)
    for (table, k), text in texts.items():
        if table == "table2":
            t2[str(k)] = Raw(text)  # type: ignore[assignment]
        elif table == "table3":
            p, i = k  # type: ignore[misc]
            t3[p][i] = Raw(text)
        else:
            t4[int(k)] = Raw(text)  # type: ignore[call-overload]
    return sf.Tables(
        v.t2_template, v.t3_template, t2, {p: tuple(r) for p, r in t3.items()}, tuple(t4)
    )


_CLEAN = re.compile(r"-?\d+(?:\.\d+)?")


def clean_value(text: str) -> object:
    """The number a damaged cell's text plainly says, or None."""
    t = text.strip()
    if not _CLEAN.fullmatch(t):
        return None
    return Decimal(t) if "." in t else int(t)


# --- damage ---------------------------------------------------------------------------

_SEP_BEFORE = {
    "pipe": " | " + MARK,
    "markdown": " | " + MARK,
    "tabs": "\t" + MARK,
    "filled": "\t" + MARK,
    "csv": '","' + MARK,
    "lines": "\n" + MARK,
    "html": "</p></td>\n<td><p>" + MARK,
}


def _remove_mark(text: str, form: str, glue: bool) -> str:
    """Drop the marked cell: glued (its separator gone, the texts joined) or dropped."""
    if form == "pdf":
        return re.sub(MARK + " *", "", text) if not glue else text.replace(MARK, "")
    if glue:
        return text.replace(_SEP_BEFORE[form], "")
    if form == "html":
        return text.replace("\n<td><p>" + MARK + "</p></td>", "")
    if form == "csv":
        return text.replace(',"' + MARK + '"', "")
    return text.replace(_SEP_BEFORE[form], "")


def _damage_cell(rnd: random.Random, op: str, s: str) -> str | None:
    if op == "delete":
        return ""
    digits = [i for i, ch in enumerate(s) if ch.isdigit()]
    if op == "dup_digit":
        i = rnd.choice(digits)
        return s[: i + 1] + s[i] + s[i + 1 :]
    if op == "stray":
        ch = rnd.choice(STRAYS)
        where = rnd.choice(["before", "after", "inside"] if len(s) > 1 else ["before", "after"])
        if where == "before":
            return ch + s
        if where == "after":
            return s + ch
        i = rnd.randint(1, len(s) - 1)
        return s[:i] + ch + s[i:]
    if op == "split":
        if len(s) < 2:
            return None
        i = rnd.randint(1, len(s) - 1)
        return s[:i] + " " + s[i:]
    if op == "lookalike":
        choices = [i for i in digits if s[i] in "01"] or digits
        i = rnd.choice(choices)
        ch = s[i]
        alt = {"0": "Oo〇", "1": "lI"}.get(ch, "")
        new = rnd.choice(alt + "F") if alt else "F"
        if new == "F":
            new = chr(ord(ch) - ord("0") + ord("０"))
        return s[:i] + new + s[i + 1 :]
    raise AssertionError(op)


@attrs.frozen
class Damaged:
    case: Case
    values: sf.Tables  # the undamaged values
    text: str  # the damaged table text
    ok: dict[CellKey, frozenset[object]]  # values readable without a flag, beyond the truth
    note: str  # what was done


def _in_number(pair: str) -> bool:
    return all(ch.isdigit() or ch in ".,，．" for ch in pair)


def _table_region(text: str) -> tuple[int, int]:
    a = text.index(sf._T2_TITLE) + len(sf._T2_TITLE)
    b = text.index("五、存在的主要问题")
    return a, b


def build(case: Case) -> Damaged | None:
    rnd = random.Random(f"{case}")
    values = _values(rnd, case.template)
    style = sf.Style(
        blank=rnd.choice(["", "", "-", "/"]),
        fullwidth=rnd.random() < 0.1,
        page_break_after=rnd.choice([None, None, None, 3, 9]),
    )
    if case.form == "pdf":
        style = attrs.evolve(style, blank="")
    render = sf.FORMS[case.form]
    cells = _cells(values)
    ok: dict[CellKey, frozenset[object]] = {}
    if case.op in LINE_OPS:
        text = render(values, style)
        a, b = _table_region(text)
        lines = text[a:b].split("\n")
        idx = [i for i, ln in enumerate(lines) if ln.strip()]
        i = rnd.choice(idx)
        if case.op == "dropline":
            note = f"dropped line {lines[i]!r}"
            del lines[i]
        elif case.op == "dupline":
            note = f"duplicated line {lines[i]!r}"
            lines.insert(i, lines[i])
        elif case.op == "footer":
            f = rnd.choice(FOOTERS)
            note = f"footer {f!r} before line {lines[i]!r}"
            lines.insert(i, f)
        else:
            cut = rnd.randint(0, len(lines[i]))
            while 0 < cut < len(lines[i]) and _in_number(lines[i][cut - 1 : cut + 1]):
                cut -= 1  # not inside a number: a cut number says its prefix
            note = f"truncated in line {lines[i]!r} at {cut}"
            cut_text = text[:a] + "\n".join([*lines[:i], lines[i][:cut]])
            return Damaged(case, values, cut_text, ok, note)
        return Damaged(case, values, text[:a] + "\n".join(lines) + text[b:], ok, note)
    table = case.table or rnd.choice(["table2", "table3", "table3", "table4"])
    keys = [k for k, x in cells.items() if k[0] == table and x is not None]
    key = rnd.choice(keys)
    s = sf.fmt(cells[key], attrs.evolve(style, fullwidth=False))  # type: ignore[arg-type]
    texts: dict[CellKey, str] = {}
    name = cell_name(key)[0]
    if case.op in ("swap", "glue", "dropcell"):
        nxt = _neighbour(key, cells) if case.op != "dropcell" else None
        if case.op != "dropcell" and (nxt is None or cells[nxt] is None):
            return None
        if case.op == "swap":
            t = sf.fmt(cells[nxt], attrs.evolve(style, fullwidth=False))  # type: ignore[arg-type,index]
            texts = {key: t, nxt: s}  # type: ignore[dict-item]
            ok[key] = frozenset({clean_value(t)})
            ok[nxt] = frozenset({clean_value(s)})  # type: ignore[index]
            note = f"swapped {name} {s!r} and {cell_name(nxt)[0]} {t!r}"  # type: ignore[arg-type]
        elif case.op == "glue":
            t = sf.fmt(cells[nxt], attrs.evolve(style, fullwidth=False))  # type: ignore[arg-type,index]
            texts = {key: s + t, nxt: MARK}  # type: ignore[dict-item]
            ok[key] = ok[nxt] = frozenset({clean_value(s + t)})  # type: ignore[index]
            note = f"glued {name} {s!r} and {cell_name(nxt)[0]} {t!r}"  # type: ignore[arg-type]
        else:
            texts = {key: MARK}
            note = f"dropped cell {name} {s!r}"
    else:
        d = _damage_cell(rnd, case.op, s)
        if d is None:
            return None
        texts = {key: d}
        ok[key] = frozenset({clean_value(d)} - {None})
        note = f"{name} {s!r} -> {d!r}"
    text = render(_with(values, texts), style)
    if MARK in text:
        text = _remove_mark(text, case.form, case.op == "glue")
    return Damaged(case, values, text, ok, note)


# --- reading and the invariant ------------------------------------------------------------


def read(obj: object) -> dict[CellKey, object]:
    """The cells read (a Report or a Tables)."""
    out: dict[CellKey, object] = {}
    ad = getattr(obj, "active_disclosure", None)
    if ad is not None:
        for k, x in ad.cells():
            out[("table2", k)] = x
    apps = getattr(obj, "applications", None)
    if apps is not None:
        for path, counts in apps.rows():
            if counts is not None:
                for i, x in enumerate(counts.cells()):
                    out[("table3", (path, i))] = x
    appeals = getattr(obj, "appeals", None)
    if appeals is not None:
        for i, x in enumerate(appeals.cells()):
            out[("table4", i)] = x
    return out


def _flagged(key: CellKey, problems: Iterable[gr.Problem], sums: Iterable[gr.Problem]) -> bool:
    table = key[0]
    cell, row = cell_name(key)
    for p in problems:
        if not p.code.startswith(table + ".") and not any(
            c.startswith(table + ".") for c in p.cells
        ):
            continue
        if not p.cells or any(c in (cell, row, table) or c.startswith(row + ".") for c in p.cells):
            return True
    return any(p.code in SUM_CODES[table] for p in sums)


SHELL = "某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n本年度工作情况如下。\n"


def _in_report(text: str, form: str) -> str:
    if form == "html":
        return text.replace("<body>", "<body><div>" + SHELL.replace("\n", "</div><div>") + "</div>")
    return SHELL + text


def silent_wrong(d: Damaged) -> list[str]:
    """Every cell read wrong with no flag, as 'how: cell read X, source says Y'."""
    out: list[str] = []
    truth = _cells(d.values)
    report = gr.parse(_in_report(d.text, d.case.form))
    tables = gr.parse_tables(d.text)
    as_report = gr.Report(
        source=d.text,
        year=2021,
        active_disclosure=tables.active_disclosure,
        applications=tables.applications,
        appeals=tables.appeals,
    )
    for how, got, problems, sums in (
        ("parse", read(report), report.problems, gr.validate(report)),
        ("parse_tables", read(tables), tables.problems, gr.validate(as_report)),
    ):
        for key, x in got.items():
            if x is None or key not in truth:
                continue
            want = truth[key]
            if x == want or x in d.ok.get(key, frozenset()):
                continue
            if _flagged(key, problems, sums):
                continue
            out.append(f"{how}: {cell_name(key)[0]} read {x!r}, source {want!r}")
    return out


def cases(n: int, seed: int = 0) -> list[Case]:
    rnd = random.Random(seed)
    forms = sorted(sf.FORMS)
    return [
        Case(rnd.randrange(10**6), rnd.choice(forms), rnd.choice(["2021", "2019"]), rnd.choice(OPS))
        for _ in range(n)
    ]


def grid(per: int = 1) -> list[Case]:
    """``per`` cases of every form, template, operator and (cell operators) table, and
    ``per + 1`` of every line operator; seeds fixed."""
    combos = [
        (f, t, o, table)
        for f in sorted(sf.FORMS)
        for t in ("2021", "2019")
        for o in OPS
        for table in (("table2", "table3", "table4") if o in CELL_OPS else ("",))
    ]
    return [
        Case(1000 * k + i, form, template, op, table)
        for i, (form, template, op, table) in enumerate(combos)
        for k in range(per if table else per + 1)
    ]


def sweep(todo: Iterable[Case]) -> dict[str, tuple[str, list[str]]]:
    """The cases with a silent wrong value: case id → (damage, findings)."""
    out: dict[str, tuple[str, list[str]]] = {}
    for c in todo:
        d = build(c)
        if d is not None and (wrong := silent_wrong(d)):
            out[str(c)] = (d.note, wrong)
    return out


if __name__ == "__main__":  # the audit: python tests/damage.py [n] [seed]
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    found = sweep(cases(n, int(sys.argv[2]) if len(sys.argv) > 2 else 0))
    for case_id, (note, wrong) in found.items():
        print(case_id, "|", note, "|", "; ".join(wrong[:3]))
    print(f"{len(found)} of {n} cases read a wrong value without a flag", file=sys.stderr)
