"""Statistics stated in prose (placeholder interface; being implemented)."""

from __future__ import annotations

import attrs

from .model import Breakdown, Figure, Problem, Section
from .normalize import Normalized
from .tables import Tables


@attrs.frozen(slots=True)
class Figures:
    """What the prose reader found."""

    figures: tuple[Figure, ...] = ()
    breakdowns: tuple[Breakdown, ...] = ()
    problems: tuple[Problem, ...] = ()


def read_figures(norm: Normalized, sections: tuple[Section, ...], tables: Tables) -> Figures:
    """Prose figures of a normalized report."""
    return Figures()
