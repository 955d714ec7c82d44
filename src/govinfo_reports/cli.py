"""The command line: ``govinfo-reports`` / ``python -m govinfo_reports`` (being implemented)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    print("not implemented yet", file=sys.stderr)
    return 2
