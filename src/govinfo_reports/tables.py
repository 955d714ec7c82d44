"""The standardized statistics tables (placeholder interface; being implemented)."""

from __future__ import annotations

import attrs

from .model import (
    ActiveDisclosureTable,
    AppealTable,
    ApplicationTable,
    Problem,
    Section,
    Template,
)
from .normalize import Normalized, normalize


@attrs.frozen(slots=True)
class Tables:
    """What the table readers found."""

    active_disclosure: ActiveDisclosureTable | None = None
    applications: ApplicationTable | None = None
    appeals: AppealTable | None = None
    template: Template | None = None
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()


def read_tables(norm: Normalized, sections: tuple[Section, ...]) -> Tables:
    """Tables 二, 三 and 四 of a normalized report."""
    return Tables()


def parse_tables(text: str) -> Tables:
    """Tables 二, 三 and 四 from any text that holds them (a whole report or just the tables)."""
    return read_tables(normalize(text), ())
