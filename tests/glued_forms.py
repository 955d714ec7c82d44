"""Random valid tables 三 and 四, rendered the way text extractors lose cell boundaries.

Our own generator (no corpus text): :func:`random_table3` draws a table whose numbers
satisfy every rule of the template (each row's six applicant columns add up to its 总计; per
column (一)…(六) add up to (七)总计; 一 + 二 = (七)总计 + 四), with random zeros, blanks and
multi-digit values.  The renderers turn a row into what a scraper or a PDF extractor prints:

- :func:`render_glued`: every cell concatenated (a blank cell prints nothing), sometimes
  with &nbsp;-like stray spaces at cell edges, sometimes a number split in two by a space;
- :func:`render_pdf`: the printed cells separated by runs of spaces, blank cells dropped,
  with the character columns of each token (``offsets``) of a fixed column layout.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from govinfo_reports.model import TABLE3_ANCHORS, TABLE3_PATHS_2019, TABLE3_PATHS_2021

Cells = tuple[int | None, ...]

OUTCOMES_2019: tuple[str, ...] = tuple(p for p in TABLE3_PATHS_2019 if p not in TABLE3_ANCHORS)
OUTCOMES_2021: tuple[str, ...] = tuple(p for p in TABLE3_PATHS_2021 if p not in TABLE3_ANCHORS)


def row_order(outcomes: Sequence[str]) -> tuple[str, ...]:
    """The rows of a table 三 in template order."""
    return ("new_received", "carried_over", *outcomes, "total", "carried_forward")


def _value(rng: random.Random, magnitude: int) -> int:
    r = rng.random()
    if r < 0.6:
        return rng.randint(1, 9)
    if r < 0.9 or magnitude < 3:
        return rng.randint(10, 99)
    return rng.randint(100, 10 ** min(magnitude, 5) - 1)


def random_table3(
    rng: random.Random,
    *,
    template: str = "2021",
    density: float = 0.15,
    blanks: float = 0.0,
    magnitude: int = 3,
    busy_rows: int | None = None,
) -> dict[str, Cells]:
    """A valid table 三: row path → 7 cells (None for a blank cell).

    ``density``: the chance that an outcome cell is non-zero; ``blanks``: the chance that a
    zero cell is printed blank; ``busy_rows``: if given, only that many outcome rows get
    non-zero cells (small tables for brute force).
    """
    outcomes = OUTCOMES_2021 if template == "2021" else OUTCOMES_2019
    busy = set(outcomes if busy_rows is None else rng.sample(list(outcomes), busy_rows))
    table: dict[str, list[int]] = {}
    for path in outcomes:
        apps = [
            _value(rng, magnitude) if path in busy and rng.random() < density else 0
            for _ in range(6)
        ]
        table[path] = [*apps, sum(apps)]
    total = [sum(table[p][c] for p in outcomes) for c in range(7)]
    fwd_apps = [rng.randint(0, 3) if rng.random() < 0.3 else 0 for _ in range(6)]
    co_apps = [
        rng.randint(0, total[c] + fwd_apps[c]) if rng.random() < 0.3 else 0 for c in range(6)
    ]
    new_apps = [total[c] + fwd_apps[c] - co_apps[c] for c in range(6)]
    table["total"] = total
    table["carried_forward"] = [*fwd_apps, sum(fwd_apps)]
    table["carried_over"] = [*co_apps, sum(co_apps)]
    table["new_received"] = [*new_apps, sum(new_apps)]
    out: dict[str, Cells] = {}
    for path in row_order(outcomes):
        out[path] = tuple(None if v == 0 and rng.random() < blanks else v for v in table[path])
    return out


def random_table4(rng: random.Random, *, density: float = 0.3, blanks: float = 0.0) -> Cells:
    """A valid table 四: 3 groups of 维持, 纠正, 其他, 尚未审结, 总计."""
    out: list[int | None] = []
    for _ in range(3):
        parts = [(_value(rng, 2) if rng.random() < density else 0) for _ in range(4)]
        group = [*parts, sum(parts)]
        out.extend(None if v == 0 and rng.random() < blanks else v for v in group)
    return tuple(out)


def _split(text: str, rng: random.Random) -> str:
    """Split one multi-digit number of a space-separated text in two."""
    toks = text.split(" ")
    multi = [i for i, t in enumerate(toks) if len(t) > 1 and t.isdigit()]
    if not multi:
        return text
    i = rng.choice(multi)
    k = rng.randint(1, len(toks[i]) - 1)
    toks[i] = toks[i][:k] + " " + toks[i][k:]
    return " ".join(toks)


def render_glued(cells: Cells, rng: random.Random, *, nbsp: float = 0.0, split: float = 0.0) -> str:
    """A row as a scraper's get_text() prints it: the cells glued together.

    A blank cell prints nothing (or, with chance ``nbsp``, a stray space); with chance
    ``nbsp`` a cell carries a trailing stray space; with chance ``split`` one multi-digit
    number is split in two by a space.
    """
    parts: list[str] = []
    for v in cells:
        s = "" if v is None else str(v)
        if rng.random() < nbsp:
            s += " "
        parts.append(s)
    text = "".join(parts)
    if rng.random() < split:
        nums = [(i, str(v)) for i, v in enumerate(cells) if v is not None and v >= 10]
        if nums:
            i, s = rng.choice(nums)
            k = rng.randint(1, len(s) - 1)
            parts[i] = s[:k] + " " + s[k:] + parts[i][len(s) :]
            text = "".join(parts)
    return text


#: Start columns of the 7 cells of a PDF line whose label ends at column 40.
PDF_COLUMNS: tuple[int, ...] = (40, 48, 56, 64, 72, 80, 88)


def render_pdf(
    cells: Cells, rng: random.Random, *, split: float = 0.0
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A row as ``pdftotext -layout`` prints it: the printed cells at their columns,
    blank cells dropped; returns the text after the label and each token's (start, end)
    character columns.  With chance ``split`` a multi-digit number is printed with a space
    inside (a split number).
    """
    line = [" "] * 100
    for col, v in enumerate(cells):
        if v is None:
            continue
        s = str(v)
        start = PDF_COLUMNS[col] + rng.randint(0, 1)
        if len(s) > 1 and rng.random() < split:
            k = rng.randint(1, len(s) - 1)
            s = s[:k] + " " + s[k:]
        for j, ch in enumerate(s):
            line[start + j] = ch
    text = "".join(line)
    offsets: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        if text[i] != " ":
            j = i
            while j < len(text) and text[j] != " ":
                j += 1
            offsets.append((i, j))
            i = j
        else:
            i += 1
    return text[36:], tuple((a - 36, b - 36) for a, b in offsets)


def render_table4_glued(cells: Cells, rng: random.Random, *, nbsp: float = 0.0) -> str:
    """Table 四's 15 numbers glued into one run (blank cells print nothing)."""
    return render_glued(cells, rng, nbsp=nbsp)


def render_table4_spaced(cells: Cells) -> str:
    """Table 四's numbers separated by spaces, blank cells dropped (PDF text)."""
    return " ".join(str(v) for v in cells if v is not None)
