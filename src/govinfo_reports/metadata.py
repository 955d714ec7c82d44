"""Report identity: agency, year, period, title (placeholder interface; being implemented)."""

from __future__ import annotations

import attrs

from .model import Period, Problem, Section, Template
from .normalize import Normalized


@attrs.frozen(slots=True)
class Metadata:
    """What the metadata reader found."""

    agency: str | None = None
    year: int | None = None
    period: Period | None = None
    title: str | None = None
    template: Template | None = None
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()


def read_metadata(norm: Normalized, sections: tuple[Section, ...]) -> Metadata:
    """Identity of a normalized report."""
    return Metadata()
