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
        # a layout print places each cell's text where the page has it: a cell whose
        # glyphs are lost leaves its place blank (the cells after it stay in their
        # columns), a cell glued to the one before it takes no place of its own
        if glue:
            return text.replace(MARK, "")
        return re.sub(" *" + MARK + "(?= *$)", "", text, flags=re.M).replace(MARK, " ")
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


# --- the second audit: styles, HTML, layout, context, table 四 -------------------------
#
# Style operators change one cell's text the way reports print numbers (thousands
# separators, full-width digits, a unit, a blank mark for 0, a decimal in a count, a sign,
# a footnote marker, a number of 16+ digits).  HTML and PDF operators change the markup or
# the layout around one cell; context operators change table 三's rows or the templates,
# or put prose with figures around the tables; table 四 operators blank cells, split its
# number row or repeat its header after a page break.

STYLE_OPS = ("thousands", "fullwidth", "unit", "blankmark", "decimal", "sign", "footnote", "long")
STYLE_OPS = (*STYLE_OPS, "sign_apart", "unit_apart")
HTML_OPS = ("td_split", "nested", "nbsp", "no_tr", "colspan", "html_flat", "sup_note")
PDF_OPS = ("shift", "wrap_row", "col_shift", "split_nums")
LAYOUT_OPS = ("t2_break", "label_break")
CONTEXT_OPS = ("t3_order", "t3_duprow", "t3_droprow", "mixed", "prose", "blanks")
T4_OPS = ("t4_blank", "t4_zero_blank", "t4_group_line", "t4_break")
OPS2 = STYLE_OPS + HTML_OPS + PDF_OPS + CONTEXT_OPS + T4_OPS + LAYOUT_OPS
TAG = "\x01"  # brackets a cell's text in the rendered form, removed after the damage
UNITS = ("件", "个", "项", "条", "万元", "元", "宗")
NOTES = ("①", "*", "注1", "（注1）", "[1]", "¹", "※", "注")
BLANKS = ("-", "/", "—", "无", "－", "——", "", " ")
MINUS = ("-", "－", "−", "—")
#: a sign or a word of change printed apart from its number, and what it makes of it
APART = (("- ", -1), ("－ ", -1), ("− ", -1), ("+ ", 1), ("减 ", -1), ("减少 ", -1), ("增加 ", 1))
APART_UNITS = ("件", "个", "项", "条")


def _signed(d: str) -> object:
    t = d
    for m in MINUS[1:]:
        t = t.replace(m, "-")
    return clean_value(t.lstrip("+"))


def _style_cell(rnd: random.Random, op: str, s: str, value: object) -> tuple[str, frozenset]:
    """A cell's new text and the values readable from it without a flag (beyond truth)."""
    if op == "thousands":
        sep = rnd.choice([",", ",", "，", "，", " "])
        head, _, tail = s.partition(".")
        neg = head.startswith("-")
        digits = head.lstrip("-")
        groups = []
        while digits:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        return ("-" if neg else "") + sep.join(groups) + ("." + tail if tail else ""), frozenset()
    if op == "fullwidth":
        return s.translate(sf._FULL), frozenset()
    if op == "unit":
        return s + rnd.choice(UNITS), frozenset()
    if op == "blankmark":
        return rnd.choice(BLANKS), frozenset({0})
    if op == "decimal":
        d = s + rnd.choice([".0", ".5", ".00", ".25"])
        return d, frozenset({clean_value(d)})
    if op == "sign":
        d = rnd.choice(["+", *MINUS]) + s
        return d, frozenset({_signed(d)})
    if op == "sign_apart":
        mark, sign = rnd.choice(APART)
        n = clean_value(s)
        return mark + s, frozenset({sign * n if n is not None else None} - {None})  # type: ignore[operator]
    if op == "unit_apart":
        unit = rnd.choice(APART_UNITS)
        return s + " " + unit, frozenset()
    if op == "footnote":
        return s + rnd.choice(NOTES), frozenset()
    if op == "long":
        d = str(rnd.randint(10**15, 10**20))
        return d, frozenset({int(d)})
    raise AssertionError(op)


def _html_cell(rnd: random.Random, op: str, s: str) -> tuple[str, str] | None:
    """(variant, replacement of '<td><p>TAG s TAG</p></td>') for the HTML operators."""
    i = rnd.randint(1, len(s) - 1) if len(s) > 1 else 0
    if op == "td_split":
        if len(s) < 2:
            return None
        return "split", f"<td><p>{s[:i]}</p></td><td><p>{s[i:]}</p></td>"
    if op == "nested":
        forms = [
            f'<td><p><span style="font-size:12pt">{s}</span></p></td>',
            f"<td><p><font><b>{s}</b></font></p></td>",
            f"<td><p>{s}</p><p></p></td>",
            f"<td><p>{s}<br/></p></td>",
            f"<td><br>{s}</td>",
            f"<td>\n  <p>\n    <span>{s}</span>\n  </p>\n</td>",
        ]
        if len(s) > 1:
            forms.append(f"<td><span>{s[:i]}</span><span>{s[i:]}</span></td>")
        return "nested", rnd.choice(forms)
    if op == "sup_note":  # a footnote reference set as a superscript after the number
        note = rnd.choice(["1", "1", "2", "*", "①", "注"])
        return "sup", f"<td><p>{s}<sup>{note}</sup></p></td>"
    if op == "nbsp":
        forms = [
            f"<td><p>&nbsp;{s}&nbsp;</p></td>",
            f"<td><p>{s}&#160;</p></td>",
            f"<td>&ensp;{s}</td>",
            f"<td><p>&nbsp;</p><p>{s}</p></td>",
        ]
        return "nbsp", rnd.choice(forms)
    raise AssertionError(op)


def _t3_spec_patch(rnd: random.Random, op: str, values: sf.Tables) -> tuple[tuple, dict, str]:
    """A permuted/duplicated/shortened table 三 head spec, extra rows' values, a note."""
    head = list(sf._T3_HEAD)
    inner = [i for i, (p, g, _) in enumerate(head) if "." in p and not g]
    extra: dict[str, tuple] = {}
    if op == "t3_order":
        kind = rnd.choice(["inner", "inner", "received"])
        if kind == "received":
            a, b = 0, 1
        else:
            a, b = rnd.sample(inner, 2)
        head[a], head[b] = head[b], head[a]
        return tuple(head), extra, f"table 三 rows {head[b][0]} and {head[a][0]} swapped"
    i = rnd.choice(inner)
    path, _, label = head[i]
    if op == "t3_droprow":  # a row of zeros (the sums still hold without it)
        del head[i]
        return tuple(head), extra, f"table 三 row {path} dropped"
    row = list(values.table3[path])
    k = rnd.randrange(6)
    row[k] = (row[k] or 0) + rnd.randint(1, 5)
    row[6] = sum(v or 0 for v in row[:6])
    dup = path.split(".")[0] + ".zdup"
    extra[dup] = tuple(row)
    head.insert(i + 1, (dup, "", label))
    return tuple(head), extra, f"table 三 row {path} printed twice, second {tuple(row)}"


def _zero_row(rnd: random.Random, v: sf.Tables) -> sf.Tables:
    """The values with one table 三 withheld/… inner row all zeros, the sums kept; the
    same random draws as :func:`_t3_spec_patch` pick that row next."""
    probe = random.Random()
    probe.setstate(rnd.getstate())
    inner = [i for i, (p, g, _) in enumerate(sf._T3_HEAD) if "." in p and not g]
    path = sf._T3_HEAD[probe.choice(inner)][0]
    skip = ("new_received", "carried_over", "total", "carried_forward")
    outcomes = {p: row[:6] for p, row in v.table3.items() if p not in skip}
    outcomes[path] = (0,) * 6
    t3 = sf.consistent_table3(v.t3_template, outcomes, v.table3["new_received"][:6])
    return attrs.evolve(v, table3=t3)


PROSE = (
    "一、总体情况\n2021年，本机关共主动公开政府信息{p}条，其中通过门户网站公开{w}条。"
    "全年共收到政府信息公开申请{a}件，已全部按期办结。\n",
    "以上数据截至2021年12月31日，较上年增长{g}%。\n",
    "全年发生政府信息公开行政复议{r}起、行政诉讼{l}起。\n",
)


def _prose_report(text: str, form: str, v: sf.Tables, rnd: random.Random) -> tuple[str, dict]:
    """The tables inside a report with prose (figures) before, between and after them."""
    nums = {
        "p": rnd.randint(3000, 9000),
        "w": rnd.randint(100, 2999),
        "a": abs(v.table3["new_received"][6] or 0),
        "g": rnd.randint(2, 40),
        "r": abs(v.table4[4] or 0),
        "l": abs(v.table4[9] or 0) + abs(v.table4[14] or 0),
    }
    a, b, c = (x.format(**nums) for x in PROSE)
    title = "某县人民政府2021年政府信息公开工作年度报告\n"
    if form == "html":

        def para(x: str) -> str:
            return "".join(f"<p>{ln}</p>" for ln in x.strip().split("\n"))

        text = text.replace("<body>", "<body>" + para(title + a), 1)
        text = text.replace(f"<p>{sf._T3_TITLE}</p>", para(b) + f"<p>{sf._T3_TITLE}</p>", 1)
        text = text.replace("<p>五、存在", para(c) + "<p>五、存在", 1)
    else:
        text = title + a + text
        text = text.replace(sf._T3_TITLE, b + sf._T3_TITLE, 1)
        text = text.replace("五、存在", c + "五、存在", 1)
    return text, nums


_T4_HEADER_LINES = {"markdown": 4, "lines": 19}


def _t4_damage(rnd: random.Random, op: str, form: str, text: str) -> tuple[str, str] | None:
    a = text.index(sf._T4_TITLE) + len(sf._T4_TITLE)
    b = text.index("五、存在", a)
    region = text[a:b]
    if form == "html":
        head, sep, row = region.rpartition("<tr>")
        if op == "t4_break":
            start = region.index("<table")
            new = head + sep + row.replace("</table>", "", 1)
            rep = region[start : len(head)].replace("</table>", "")
            new = head.rstrip() + "\n</table>\n<p>- 4 -</p>\n" + rep + sep + row
            return text[:a] + new + text[b:], "table 四 header repeated after a page break"
        g = rnd.choice([1, 2])
        tds = row.split("</td>")
        row2 = "</td>".join(tds[: 5 * g]) + "</td>\n</tr>\n<tr>" + "</td>".join(tds[5 * g :])
        return text[:a] + head + sep + row2 + text[b:], f"table 四 row split after group {g}"
    lines = region.strip("\n").split("\n")
    k = _T4_HEADER_LINES.get(form, 3)
    header, body = lines[:k], lines[k:]
    if op == "t4_break":
        footer = rnd.choice(["- 4 -", "第 4 页", ""])
        new = [*header, footer, *header, *body] if rnd.random() < 0.5 else [*header, footer, *body]
        note = f"table 四 page break {footer!r} (header repeated: {len(new) > len(lines) + 1})"
        return text[:a] + "\n" + "\n".join(new) + "\n" + text[b:], note
    if form == "lines":
        return None
    g = rnd.choice([1, 2])
    row = body[0]
    if form == "pdf":
        cut = 5 * g * sf._COL
        keep = rnd.random() < 0.5
        tail = row[cut:] if not keep else " " * cut + row[cut:]
        rows = [row[:cut].rstrip(), tail]
        note = f"table 四 group {g + 1} on its own line (columns kept: {keep})"
    else:
        sep = {"pipe": " | ", "markdown": " | ", "csv": ","}.get(form, "\t")
        cells = row.split(sep)
        rows = [sep.join(cells[: 5 * g]), sep.join(cells[5 * g :])]
        if form == "markdown":
            rows = [rows[0] + " |", "| " + rows[1]]
        note = f"table 四 row split after group {g}"
    return text[:a] + "\n" + "\n".join([*header, *rows, *body[1:]]) + "\n" + text[b:], note


def _layout_damage(rnd: random.Random, op: str, form: str, text: str) -> tuple[str, str] | None:
    """A page break inside table 二 (a footer, the column header repeated) or a table 三
    label broken over two lines (as a cell's line break comes out in innerText)."""
    if form in ("html", "lines"):
        return None
    title = sf._T2_TITLE if op == "t2_break" else sf._T3_TITLE
    a = text.index(title) + len(title)
    b = text.index(sf._T3_TITLE if op == "t2_break" else sf._T4_TITLE, a)
    lines = text[a:b].split("\n")
    if op == "t2_break":
        heads = [i for i, ln in enumerate(lines) if ln.lstrip('|" ').startswith("信息内容")]
        h = rnd.choice(heads)
        at = h + 2 if h + 2 < len(lines) and lines[h + 2].strip() else h + 1
        footer = rnd.choice(["- 2 -", "第 2 页", "第2页 共8页", ""])
        repeat = rnd.random() < 0.7
        new = [footer] + ([lines[h]] if repeat else [])
        lines[at:at] = new
        note = f"page break {footer!r} after {lines[at - 1]!r} (header repeated: {repeat})"
        return text[:a] + "\n".join(lines) + text[b:], note
    rows = [
        i
        for i, ln in enumerate(lines)
        if re.match(r'[|" ]*[（(一二三四五六七八1-9]', ln) and len(ln) > 30
    ]
    if not rows:
        return None
    i = rnd.choice(rows)
    ln = lines[i]
    runs = list(re.finditer(r"[\u4e00-\u9fff（）“”、，]{4,}", ln))
    if not runs:
        return None
    m = max(runs, key=lambda r: len(r.group()))  # the row's own label
    cut = rnd.randint(m.start() + 2, m.end() - 1)
    if rnd.random() < 0.5:  # the label's tail on the next line, the numbers on the first
        lines[i] = ln[:cut] + "\n" + ln[cut : m.end()]
        lines[i] = ln[:cut] + ln[m.end() :] + "\n" + ln[cut : m.end()]
        how = "tail below"
    else:  # the label's head alone on its line, the numbers with the tail
        lines[i] = ln[:cut] + "\n" + ln[cut:]
        how = "numbers with the tail"
    return text[:a] + "\n".join(lines) + text[b:], f"label broken ({how}): {ln[:60]!r}"


def _pdf_damage(rnd: random.Random, op: str, text: str, s: str) -> tuple[str, str] | None:
    p = text.index(TAG)
    ls = text.rindex("\n", 0, p) + 1
    le = text.index("\n", p)
    line = text[ls:le].replace(TAG, "")
    q = p - ls  # the number's column
    if op == "shift":
        k = rnd.randint(1, 3)
        end = q + len(s)
        if rnd.random() < 0.5:  # right
            after = line[end : end + k]
            if end + k < len(line) and not (after.strip() == "" and line[end + k] == " "):
                return None
            new = line[:q] + " " * k + s + line[end + k :]
            how = f"right by {k}"
        else:
            if q - k - 1 < 0 or line[q - k - 1 : q].strip():
                return None
            new = line[: q - k] + s + " " * k + line[end:] if end < len(line) else line[: q - k] + s
            how = f"left by {k}"
        return text[:ls] + new + text[le:], f"number {s!r} shifted {how} in {line!r}"
    if op == "col_shift":  # every number of this column in this table moved by k
        k = rnd.choice([-3, -2, -1, 1, 2, 3])
        lines = text.replace(TAG, "").split("\n")
        at = text[:p].count("\n")
        titles = ("二、", "三、", "四、")
        t0 = max(i for i, ln in enumerate(lines[: at + 1]) if ln.startswith(titles))
        out, moved = list(lines), 0
        for j in range(t0 + 1, len(lines)):
            ln = lines[j]
            if ln.startswith(("三、", "四、", "五、")):
                break
            m = re.compile(r"\d[\d.,]*(?= |$)").match(ln, q) if len(ln) > q else None
            if m is None or (q and ln[q - 1] != " "):
                continue
            a, e = m.span()
            if k > 0 and (e == len(ln) or ln[e : e + k + 1].strip() == ""):
                out[j] = ln[:a] + " " * k + ln[a:e] + ln[e + k :]
                moved += 1
            elif k < 0 and ln[a + k - 1 : a].strip() == "" and a + k - 1 >= 0:
                out[j] = ln[: a + k] + ln[a:e] + " " * -k + ln[e:]
                moved += 1
        return "\n".join(out), f"column at {q} shifted by {k} in {moved} lines"
    if op == "split_nums":  # the row's numbers over two lines, each in its column
        firsts = [m.start() for m in re.finditer(r"(?<= )\d", line)]
        if len(firsts) < 2:
            return None
        cut = rnd.choice(firsts[1:])
        one, two = line[:cut].rstrip(), " " * cut + line[cut:]
        return text[:ls] + one + "\n" + two + text[le:], f"numbers split at {cut}: {line!r}"
    m = re.search(r"\S\s{2,}", line)
    if line.startswith(" ") or not m or m.start() + 1 > q:
        return None
    cut = m.start() + 1
    label, nums = line[:cut], " " * cut + line[cut:]
    variant = rnd.choice(["after", "before", "mid"] if len(label) > 3 else ["after", "before"])
    if variant == "after":
        new = [label, nums]
    elif variant == "before":
        new = [nums, label]
    else:
        h = len(label) // 2
        new = [label[:h], nums, label[h:]]
    return text[:ls] + "\n".join(new) + text[le:], f"row wrapped ({variant}): {line!r}"


def build2(case: Case) -> Damaged | None:
    """:func:`build` for the second audit's operators."""
    rnd = random.Random(f"{case}")
    values = _values(rnd, case.template)
    style = sf.Style(
        blank=rnd.choice(["", "", "-", "/", "—", "无"]),
        fullwidth=rnd.random() < 0.1,
        thousands=rnd.random() < 0.2,
        page_break_after=rnd.choice([None, None, None, 3, 9]),
    )
    if case.form == "pdf":
        style = attrs.evolve(style, blank="")
    render = sf.FORMS[case.form]
    op = case.op
    if op in HTML_OPS + PDF_OPS:  # the tagged cell is found as printed
        style = attrs.evolve(style, fullwidth=False)
    ok: dict[CellKey, frozenset[object]] = {}
    if (op in HTML_OPS and case.form != "html") or (op in PDF_OPS and case.form != "pdf"):
        return None
    if op in CONTEXT_OPS:
        if op == "mixed":
            other = _values(rnd, "2019" if case.template == "2021" else "2021")
            values = sf.Tables(
                other.t2_template, case.template, other.table2, values.table3, values.table4
            )
            return Damaged(
                case, values, render(values, style), ok, f"table 二 of {other.t2_template}"
            )
        if op == "prose":
            return Damaged(case, values, render(values, style), ok, "prose around the tables")
        if op == "blanks":  # zeros printed as blank cells (the sums hold: blank counts 0)
            p = rnd.choice([0.3, 0.6, 1.0])
            t3 = {
                k: tuple(None if x == 0 and rnd.random() < p else x for x in row)
                for k, row in values.table3.items()
            }
            t2 = {k: None if x == 0 and rnd.random() < p else x for k, x in values.table2.items()}
            values = attrs.evolve(values, table2=t2, table3=t3)
            note = f"zeros blank ({p}, blank {style.blank!r})"
            return Damaged(case, values, render(values, style), ok, note)
        if case.template != "2021":
            return None
        if op == "t3_droprow":
            values = _zero_row(rnd, values)
        head, extra, note = _t3_spec_patch(rnd, op, values)
        shown = sf.Tables(
            values.t2_template,
            values.t3_template,
            values.table2,
            {**values.table3, **extra},
            values.table4,
        )
        saved = sf._T3_HEAD
        sf._T3_HEAD = head
        try:
            text = render(shown, style)
        finally:
            sf._T3_HEAD = saved
        for dup, row in extra.items():
            orig = head[[h[0] for h in head].index(dup) - 1][0]  # printed just before
            for i, x in enumerate(row):
                ok[("table3", (orig, i))] = frozenset({x})
        return Damaged(case, values, text, ok, note)
    if op in LAYOUT_OPS:
        got = _layout_damage(rnd, op, case.form, render(values, style))
        if got is None:
            return None
        return Damaged(case, values, got[0], ok, got[1])
    if op in T4_OPS:
        if op in ("t4_blank", "t4_zero_blank"):
            t4 = list(values.table4)
            if op == "t4_blank":  # a blank outcome, its group's 总计 still the sum
                g, f = divmod(rnd.randrange(12), 4)
                t4[5 * g + f] = None
                t4[5 * g + 4] = sum(x or 0 for x in t4[5 * g : 5 * g + 4])
            else:
                t4 = [None if x == 0 else x for x in t4]
            values = attrs.evolve(values, table4=tuple(t4))
            return Damaged(case, values, render(values, style), ok, f"table 四 {tuple(t4)}")
        got = _t4_damage(rnd, op, case.form, render(values, style))
        if got is None:
            return None
        return Damaged(case, values, got[0], ok, got[1])
    cells = _cells(values)
    table = case.table or rnd.choice(["table2", "table3", "table3", "table4"])
    keys = [k for k, x in cells.items() if k[0] == table and x is not None]
    if op == "thousands":
        keys = [k for k in keys if abs(cells[k]) >= 1000]  # type: ignore[arg-type]
    elif op == "blankmark":
        keys = [k for k in keys if cells[k] == 0]
    elif op == "decimal":
        keys = [k for k in keys if isinstance(cells[k], int)]
    elif (
        op in ("sign", "sign_apart")
        and any(str(k[1]).endswith(".change") for k in keys)
        and rnd.random() < 0.5
    ):  # 本年增/减 (2019)
        keys = [k for k in keys if str(k[1]).endswith(".change")]
    if not keys:
        return None
    key = rnd.choice(keys)
    if op in ("unit", "unit_apart") and ("table2", "fees.amount_wan_yuan") in keys:
        key = ("table2", "fees.amount_wan_yuan")
    s = sf.fmt(cells[key], attrs.evolve(style, fullwidth=False, thousands=False))  # type: ignore[arg-type]
    name = cell_name(key)[0]
    if op in ("unit", "unit_apart") and key == ("table2", "fees.amount_wan_yuan"):
        # 元 under 本年收费金额（单位：万元）: the cell says 1/10000 of the number
        d = s + (" 元" if op == "unit_apart" else "元")
        values = sf.Tables(
            values.t2_template,
            values.t3_template,
            {**values.table2, "fees.amount_wan_yuan": Decimal(s) / 10000},
            values.table3,
            values.table4,
        )
        note = f"{name} {s!r} -> {d!r} under 单位：万元"
        return Damaged(case, values, render(_with(values, {key: d}), style), ok, note)
    if op in ("sign", "sign_apart"):  # the cell says the signed number: that is its value
        s = s.lstrip("-")
        d, said = _style_cell(rnd, op, s, cells[key])
        (signed,) = said
        values = _set(values, key, signed)
        note = f"{name} {s!r} -> {d!r} (says {signed!r})"
        return Damaged(case, values, render(_with(values, {key: d}), style), ok, note)
    if op in STYLE_OPS:
        d, more = _style_cell(rnd, op, s, cells[key])
        ok[key] = frozenset(more)
        return Damaged(
            case, values, render(_with(values, {key: d}), style), ok, f"{name} {s!r} -> {d!r}"
        )
    text = render(_with(values, {key: TAG + s + TAG}), style)
    if op in PDF_OPS:
        got = _pdf_damage(rnd, op, text, s)
        if got is None:
            return None
        return Damaged(case, values, got[0].replace(TAG, ""), ok, f"{name}: {got[1]}")
    cell = f"<td><p>{TAG}{s}{TAG}</p></td>"
    if op in ("td_split", "nested", "nbsp", "sup_note"):
        got2 = _html_cell(rnd, op, s)
        if got2 is None:
            return None
        return Damaged(
            case, values, text.replace(cell, got2[1]), ok, f"{name} {s!r} as {got2[1]!r}"
        )
    if op == "no_tr":
        at = text.index(cell)
        end = text.index("</tr>", at)
        return Damaged(
            case,
            values,
            (text[:end] + text[end + 5 :]).replace(TAG, ""),
            ok,
            f"no </tr> after {name}",
        )
    if op == "colspan":
        nxt = _neighbour(key, cells)
        if nxt is None or cells[nxt] is None:
            return None
        at = text.index(cell) + len(cell)
        m = re.compile(r"\n<td><p>[^<]*</p></td>").match(text, at)
        assert m is not None
        text = text[:at] + text[m.end() :]
        text = text.replace(cell, f'<td colspan="2"><p>{s}</p></td>')
        ok[nxt] = frozenset({cells[key]})
        return Damaged(
            case, values, text, ok, f"{name} {s!r} over two columns, {cell_name(nxt)[0]} gone"
        )
    if op == "html_flat":  # no spans: covered cells as empty <td>
        text = text.replace(TAG, "")
        return Damaged(case, values, _html_no_spans(values, style), ok, "html without spans")
    raise AssertionError(op)


def _set(v: sf.Tables, key: CellKey, x: object) -> sf.Tables:
    """The values with one cell's value changed."""
    table, k = key
    if table == "table2":
        return attrs.evolve(v, table2={**v.table2, str(k): x})
    if table == "table3":
        p, i = k  # type: ignore[misc]
        row = list(v.table3[p])
        row[i] = x
        return attrs.evolve(v, table3={**v.table3, p: tuple(row)})
    t4 = list(v.table4)
    t4[int(k)] = x  # type: ignore[call-overload]
    return attrs.evolve(v, table4=tuple(t4))


def _html_no_spans(t: sf.Tables, style: sf.Style) -> str:
    parts = ["<html><body>"]

    def table(rows: list[list[sf.GridCell]]) -> None:
        parts.append("<table>")
        for row in rows:
            parts.append("<tr>" + "".join(f"<td>{g.text}</td>" for g in row) + "</tr>")
        parts.append("</table>")

    parts.append(f"<p>{sf._T2_TITLE}</p>")
    table(sf._t2_grid(t, style))
    parts.append(f"<p>{sf._T3_TITLE}</p>")
    table(sf._t3_grid(t, style)[0])
    parts.append(f"<p>{sf._T4_TITLE}</p>")
    table(sf._t4_grid(t, style))
    parts.append("<p>五、存在的主要问题及改进情况</p></body></html>")
    return "\n".join(parts)


def prose_wrong(d: Damaged) -> list[str]:
    """The prose figures of a report with prose around its tables that are not numbers the
    prose says (a table cell taken as a figure), or a prose number read as another."""
    rnd = random.Random(f"{d.case}-prose")
    text, nums = _prose_report(d.text, d.case.form, d.values, rnd)
    report = gr.parse(text)
    said = set(nums.values()) | {0, 2021}
    out = []
    for f in report.figures:
        if f.from_table:
            continue
        if f.quantity.value not in said:
            out.append(f"figure {f.kind.value} read {f.quantity.value!r}, not in the prose {nums}")
    want = {
        "proactive_disclosures": nums["p"],
        "administrative_reviews": nums["r"],
        "administrative_lawsuits": nums["l"],
    }
    for kind, v in want.items():
        prose = [
            f.quantity.value for f in report.figures if f.kind.value == kind and not f.from_table
        ]
        if prose and v not in prose:
            out.append(f"figure {kind} read {prose}, the prose says {v}")
    got = read(report)
    truth = _cells(d.values)
    for key, x in got.items():
        if (
            x is not None
            and key in truth
            and x != truth[key]
            and not _flagged(key, report.problems, gr.validate(report))
        ):
            out.append(f"parse (prose): {cell_name(key)[0]} read {x!r}, source {truth[key]!r}")
    return out


def grid2(per: int = 1) -> list[Case]:
    """``per`` cases of every form, template and second-audit operator (× table for the
    style operators; HTML/PDF operators in their form only); seeds fixed."""
    combos = [
        (f, t, o, table)
        for f in sorted(sf.FORMS)
        for t in ("2021", "2019")
        for o in OPS2
        for table in (("table2", "table3", "table4") if o in STYLE_OPS else ("",))
        if not ((o in HTML_OPS and f != "html") or (o in PDF_OPS and f != "pdf"))
        and not (o in LAYOUT_OPS and f in ("html", "lines"))
    ]
    return [
        Case(2000 * k + i, form, template, op, table)
        for i, (form, template, op, table) in enumerate(combos)
        for k in range(per if table else per + (2 if op in HTML_OPS + PDF_OPS else 0))
    ]


def check2(c: Case) -> tuple[str, list[str]] | None:
    d = build2(c)
    if d is None:
        return None
    wrong = silent_wrong(d)
    if c.op == "prose":
        wrong += prose_wrong(d)
    return d.note, wrong


def sweep2(todo: Iterable[Case]) -> dict[str, tuple[str, list[str]]]:
    out: dict[str, tuple[str, list[str]]] = {}
    for c in todo:
        got = check2(c)
        if got is not None and got[1]:
            out[str(c)] = got
    return out


if __name__ == "__main__":  # the audit: python tests/damage.py [n] [seed] [2]
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    if len(sys.argv) > 3:  # the second audit: grid2(n) with seed offset
        todo = [attrs.evolve(c, seed=c.seed + seed) for c in grid2(n)]
        found = sweep2(todo)
        n = len(todo)
    else:
        found = sweep(cases(n, seed))
    for case_id, (note, wrong) in found.items():
        print(case_id, "|", note, "|", "; ".join(wrong[:3]))
    print(f"{len(found)} of {n} cases read a wrong value without a flag", file=sys.stderr)
