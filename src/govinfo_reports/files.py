"""Reading files and batches of reports (being implemented)."""

from __future__ import annotations

import os
from collections.abc import Iterable

from .model import Report

PathLike = str | os.PathLike[str]


def read(path: PathLike) -> Report:
    """Read and parse one report file."""
    raise NotImplementedError


def parse_many(items: Iterable[PathLike], *, workers: int = 1) -> list[Report]:
    """Parse many files or texts, in input order."""
    raise NotImplementedError
