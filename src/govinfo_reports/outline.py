"""Section-heading grammar (placeholder interface; being implemented).

- ``read_outline(norm) -> tuple[Section, ...]``: top-level sections of a normalized text,
  spans into ``norm.source``, titles and bodies in normalized text.
- ``parse_outline(text)``: public; normalizes first.
"""

from __future__ import annotations

from .model import Section
from .normalize import Normalized, normalize


def read_outline(norm: Normalized) -> tuple[Section, ...]:
    """The outline of a normalized report."""
    return ()


def parse_outline(text: str) -> tuple[Section, ...]:
    """The outline of any report string: top-level sections with their children."""
    return read_outline(normalize(text))
