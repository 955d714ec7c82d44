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

Stdlib ``re`` patterns are compiled by :func:`compile_re`: Python 3.10's ``re`` has no
possessive quantifiers (``[0-9]++``) or atomic groups (``(?>…)``), which the readers use to
stay linear-time, so there a pattern ``re`` refuses is compiled by ``regex``, which reads
them the same way (3.11 and later compile every pattern with ``re``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any, cast

import regex

__all__ = ["compile_re", "lazy_re", "lazy_regex"]

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


#: whether stdlib ``re`` reads possessive quantifiers and atomic groups (Python 3.11+)
_RE_IS_311 = sys.version_info >= (3, 11)
_FLAG_NAMES = ("IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE", "ASCII")


def compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, or on Python 3.10 ``regex.compile`` for a pattern ``re`` refuses.

    >>> compile_re(r"[0-9]++(?=件)").findall("共12件,3条")
    ['12']
    """
    try:
        return re.compile(pattern, flags)
    except re.error:
        if _RE_IS_311:
            raise
    return cast("re.Pattern[str]", regex.compile(pattern, _regex_flags(flags)))


def _regex_flags(flags: int) -> int:
    """``re`` flags as ``regex`` flags, by name (re.ASCII is 256, regex.ASCII is 128)."""
    same = 0
    for name in _FLAG_NAMES:
        if flags & getattr(re, name):
            same |= getattr(regex, name)
    return same


def lazy_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A ``regex`` pattern compiled on first use."""
    return cast("regex.Pattern[str]", _Lazy(regex.compile, pattern, flags))


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A stdlib ``re`` pattern compiled on first use."""
    return cast("re.Pattern[str]", _Lazy(compile_re, pattern, flags))
