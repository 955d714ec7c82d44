"""Patterns compiled on first use, so that ``import govinfo_reports`` does not pay for them.

Compiling the readers' patterns took about a third of the import time.  :func:`lazy_regex`
and :func:`lazy_re` return an object that stands for the compiled pattern: the first
attribute asked for compiles it and keeps the compiled pattern's methods on the object,
so every later ``.search``/``.finditer``/… is a plain attribute lookup and a C call.

The object stands for the pattern but is not it: ``m.re is LAZY`` is always False for a
match ``m`` it made.  Tell its matches apart by where they came from, not by ``m.re``.

>>> p = lazy_regex(r"\\p{Han}+")
>>> p.search("ab报告c").group(), p.pattern
('报告', '\\\\p{Han}+')
>>> lazy_re(r"[0-9]+").findall("12年3月")
['12', '3']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

import regex

__all__ = ["lazy_re", "lazy_regex"]

_KEPT = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "pattern",
    "flags",
    "groupindex",
    "groups",
)


class _Lazy:
    """A pattern compiled when first used (see the module docstring)."""

    def __init__(self, make: Callable[[str, int], Any], pattern: str, flags: int) -> None:
        self._make = make
        self._source = pattern
        self._source_flags = flags
        self.__dict__["pattern"] = pattern  # as the compiled pattern has it: no compile

    def __getattr__(self, name: str) -> Any:
        # called only for a name not yet on the object: compile, keep the methods
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = self._make(self._source, self._source_flags)
        for kept in _KEPT:
            self.__dict__[kept] = getattr(compiled, kept)
        return getattr(compiled, name)


def lazy_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A ``regex`` pattern compiled on first use."""
    return cast("regex.Pattern[str]", _Lazy(regex.compile, pattern, flags))


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A stdlib ``re`` pattern compiled on first use."""
    return cast("re.Pattern[str]", _Lazy(re.compile, pattern, flags))
