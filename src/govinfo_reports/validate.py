"""Consistency checks (placeholder interface; being implemented)."""

from __future__ import annotations

import enum

import attrs

from .model import Problem, Report


class Outcome(str, enum.Enum):
    """The outcome of one check."""

    PASSED = "passed"
    FAILED = "failed"
    NOT_ASSESSABLE = "not_assessable"


@attrs.frozen(slots=True)
class Check:
    """One check run on one report: its rule code, what it checked, and the outcome."""

    code: str
    subject: str
    outcome: Outcome
    problems: tuple[Problem, ...] = ()


def checks(report: Report) -> tuple[Check, ...]:
    """Every check with its outcome."""
    return ()


def validate(report: Report) -> tuple[Problem, ...]:
    """The parser's problems and every failed check's problems."""
    return report.problems
