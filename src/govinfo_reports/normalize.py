"""Text normalization with an offset map back to the source.

INTERFACE (fixed; the implementation is being filled in):

- ``normalize(source) -> Normalized``: traditional → simplified, glyph folding, noise removal.
- ``Normalized.text``: the cleaned text every reader works on.
- ``Normalized.to_source((start, end))``: the span of ``source`` that produced
  ``text[start:end]``.

>>> n = normalize("報告")
>>> n.text
'报告'
>>> n.to_source((0, 2))
(0, 2)
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from .model import Script, Span


@functools.lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@attrs.frozen(slots=True)
class Normalized:
    """A normalized text and the map from its offsets to the source's."""

    source: str
    text: str
    # starts[i] is the source offset of text[i]; starts[len(text)] == len(source)
    starts: tuple[int, ...]
    script: Script = Script.SIMPLIFIED

    def to_source(self, span: Span) -> Span:
        """Map a span of :attr:`text` to the span of :attr:`source` it came from."""
        start, end = span
        n = len(self.text)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if end == start:
            s = self.starts[start]
            return (s, s)
        # the end is the source position just past the last normalized char's origin
        last = self.starts[end - 1]
        nxt = self.starts[end]
        return (self.starts[start], max(nxt, last + 1))


def normalize(source: str) -> Normalized:
    """Normalize a report string (see module docstring)."""
    text = _converter().convert(source)
    if len(text) != len(source):  # pragma: no cover - t2s keeps length for our inputs
        text = source
    starts = tuple(range(len(source) + 1))
    script = Script.SIMPLIFIED if text == source else Script.TRADITIONAL
    return Normalized(source=source, text=text, starts=starts, script=script)
