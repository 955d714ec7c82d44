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


class ValidationError(AssertionError):
    """Raised by :func:`assert_valid`; ``problems`` holds every Problem found."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        super().__init__("\n".join(f"{p.code}: {p.message}" for p in problems))


def assert_valid(report: Report) -> None:
    """Raise :class:`ValidationError` listing every Problem, if there is any."""
    problems = validate(report)
    if problems:
        raise ValidationError(problems)


def validate_series(reports: object) -> tuple[Problem, ...]:
    """Checks across the years of one agency's reports (being implemented)."""
    raise NotImplementedError


def validate_rollup(parent: Report, children: object) -> tuple[Problem, ...]:
    """A parent report's tables against the sum of its departments' (being implemented)."""
    raise NotImplementedError
