"""Sphinx configuration: furo, MyST Markdown pages, autodoc from the docstrings, doctest."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

import govinfo_reports  # noqa: E402

project = "govinfo_reports"
author = "govinfo_reports developers"
copyright = "govinfo_reports developers"
release = govinfo_reports.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"govinfo_reports {release}"

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "undoc-members": False}

# The docstrings' own examples run under pytest --doctest-modules (in each module's
# namespace); the doctest builder runs the {doctest} blocks of these pages.
doctest_test_doctest_blocks = ""
doctest_global_setup = f"""
from pathlib import Path
import govinfo_reports as gr
ROOT = Path({str(ROOT)!r})
EXAMPLE = ROOT / "examples" / "2023-example-transport-bureau.txt"
"""
