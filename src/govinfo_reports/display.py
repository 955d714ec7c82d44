"""Notebook display of a Report (being implemented)."""

from __future__ import annotations

import html

from .model import Report


def report_html(report: Report) -> str:
    """HTML for Jupyter."""
    return f"<pre>{html.escape(repr(report))}</pre>"
