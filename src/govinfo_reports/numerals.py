"""The numeral grammar: quantities as these reports write them.

INTERFACE (fixed; the implementation is being filled in):

- ``scan_quantities(text) -> Iterator[Quantity]``: quantities in an already normalized
  text, spans into that text.  Readers use this.
- ``find_quantities(text)``: public; normalizes first, spans into the given string.
- ``parse_quantity(text) -> Quantity | None``: the one quantity a short expression states.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import regex

from .model import Quantity
from .normalize import normalize

_SIMPLE = regex.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(万|亿)?([条件宗起次篇个项份人元%]?)")


def scan_quantities(text: str) -> Iterator[Quantity]:
    """Quantities in a normalized text (temporary minimal version)."""
    for m in _SIMPLE.finditer(text):
        raw = m.group(1)
        value: int | Decimal = Decimal(raw) if "." in raw else int(raw)
        if m.group(2):
            value = value * (10000 if m.group(2) == "万" else 100000000)
        yield Quantity(value=value, unit=m.group(3) or None, text=m.group(0), span=m.span())


def find_quantities(text: str) -> Iterator[Quantity]:
    """Quantities in any text, spans into that text."""
    norm = normalize(text)
    for q in scan_quantities(norm.text):
        span = norm.to_source(q.span)
        yield Quantity(
            value=q.value,
            unit=q.unit,
            qualifier=q.qualifier,
            text=text[span[0] : span[1]],
            span=span,
            high=q.high,
            stated=q.stated,
        )


def parse_quantity(text: str) -> Quantity | None:
    """The quantity a short expression states, or None."""
    for q in find_quantities(text):
        return q
    return None
