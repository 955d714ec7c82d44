"""Data out: JSON-ready dicts, flat records and DataFrames (being implemented)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .model import Report


def to_dict(report: Report) -> dict[str, Any]:
    """A JSON-ready nested dict of ``report``."""
    raise NotImplementedError


def from_dict(data: dict[str, Any]) -> Report:
    """Rebuild a Report from :func:`to_dict` output."""
    raise NotImplementedError


def to_records(reports: Iterable[Report]) -> list[dict[str, Any]]:
    """Flat rows, one per report."""
    raise NotImplementedError


def to_frame(reports: Iterable[Report]) -> Any:
    """A pandas DataFrame of :func:`to_records` (needs the ``pandas`` extra)."""
    raise NotImplementedError
