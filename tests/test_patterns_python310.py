"""Python 3.10's ``re`` has no possessive quantifiers or atomic groups; there
``compile_re`` hands such a pattern to ``regex``.  These tests check, on the Python
running them, that ``regex`` reads every stdlib pattern of the package as ``re`` does, so
that a report parses the same on 3.10 as on 3.11+ (CI runs 3.11; ``nox -s pythons`` runs
the whole suite on every supported version installed)."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex

import govinfo_reports
from govinfo_reports import _lazy
from govinfo_reports._lazy import compile_re

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "2023-example-transport-bureau.txt"


def _patterns_in(value: Any, depth: int = 0) -> Iterator[tuple[str, int]]:
    if isinstance(value, _lazy._Lazy):
        if value._make is compile_re:
            yield value._source, value._source_flags
    elif isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value.pattern, value.flags & ~re.UNICODE
    elif depth < 2 and isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def _stdlib_patterns() -> list[tuple[str, int]]:
    found: dict[tuple[str, int], None] = {}
    for info in pkgutil.iter_modules(govinfo_reports.__path__):
        if info.name == "__main__":
            continue
        module = importlib.import_module(f"govinfo_reports.{info.name}")
        for value in vars(module).values():
            for key in _patterns_in(value):
                found.setdefault(key)
    return list(found)


PATTERNS = _stdlib_patterns()


def _texts() -> list[str]:
    example = EXAMPLE.read_text(encoding="utf-8")
    rng = random.Random(3)
    pieces = [*"一二三四五六七八九十零〇0123456789 \t\n|，。、：:;；（）()-—", "件", "条"]
    pieces += ["申请", "行政复议", "其中", "本年新收", "总计", "<td>", "</td>", "&nbsp;"]
    pieces += ["<H1 ", "<h1>", "</SCRIPT >", "</style>", "上一篇", "２０２３"]
    noise = ["".join(rng.choice(pieces) for _ in range(400)) for _ in range(10)]
    return [example, example.replace("\n", " | "), *noise]


def test_the_package_has_stdlib_patterns_with_syntax_new_in_311() -> None:
    # (else there is nothing for the 3.10 path to do, and the test below proves nothing)
    assert len(PATTERNS) > 100
    new_syntax = re.compile(r"(?<!\\)(?:[*+?}])\+|\(\?>")
    assert sum(1 for p, _ in PATTERNS if new_syntax.search(p)) > 10


@pytest.mark.parametrize("pattern,flags", PATTERNS, ids=range(len(PATTERNS)))
def test_regex_reads_each_stdlib_pattern_as_re_does(pattern: str, flags: int) -> None:
    try:
        ours = re.compile(pattern, flags)
    except re.error:  # Python 3.10: this pattern is the regex one there, nothing to compare
        pytest.skip("re on this Python cannot compile it")
    theirs = regex.compile(pattern, _lazy._regex_flags(flags))
    for text in _texts():
        want = [(m.span(), m.groups()) for m in ours.finditer(text)]
        got = [(m.span(), m.groups()) for m in theirs.finditer(text)]
        assert got == want, (pattern, text[:60])
        for pos in (0, 1, len(text) // 2):
            m1, m2 = ours.match(text, pos), theirs.match(text, pos)
            assert (m1 and (m1.span(), m1.groups())) == (m2 and (m2.span(), m2.groups()))


def test_compile_re_hands_a_pattern_re_refuses_to_regex_on_310(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a variable-width look-behind: refused by re on every version, read by regex
    pattern = r"(?<=共|合计)[0-9]++件"
    monkeypatch.setattr(_lazy, "_RE_IS_311", True)
    with pytest.raises(re.error):
        compile_re(pattern)  # 3.11+: an error in a pattern is not hidden
    monkeypatch.setattr(_lazy, "_RE_IS_311", False)
    p = compile_re(pattern, re.IGNORECASE)
    assert [m.group() for m in p.finditer("共12件,合计3件,4件")] == ["12件", "3件"]
    assert p.flags & regex.IGNORECASE
    assert compile_re(r"[0-9]+").__class__ is re.Pattern  # what re reads stays re's
