"""nox sessions: tests, lint, typecheck, docs, bench (and fuzz, with the ``fuzz`` extra; pythons,
the tests on every supported Python installed; lowest, the tests on the lowest core dependencies
pyproject allows)."""

from __future__ import annotations

import re
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typecheck", "docs"]
nox.options.reuse_existing_virtualenvs = True


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite, doctests included."""
    session.install("-e", ".[test,pandas]")
    session.run("pytest", *session.posargs)


@nox.session(python=["3.10", "3.11", "3.12", "3.13"])
def pythons(session: nox.Session) -> None:
    """The test suite on every supported Python that is installed (not run by default).

    Python 3.10's ``re`` lacks possessive quantifiers and atomic groups, which the readers'
    patterns use; there ``_lazy.compile_re`` compiles those patterns with ``regex``.
    """
    session.install("-e", ".[test,pandas]")
    session.run("pytest", *session.posargs)


@nox.session
def lowest(session: nox.Session) -> None:
    """The test suite with the lowest version of each core dependency pyproject allows."""
    text = Path("pyproject.toml").read_text(encoding="utf-8")
    core = text.split("dependencies = [", 1)[1].split("]", 1)[0]
    pins = [f"{name}=={version}" for name, version in re.findall(r'"([\w-]+)>=([\w.]+)"', core)]
    session.install("-e", ".[test]", *pins)
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install("ruff>=0.5")
    session.run("ruff", "check", "src", "tests", "benchmarks", "examples", "noxfile.py")
    session.run("ruff", "format", "--check", "src", "tests", "benchmarks", "examples", "noxfile.py")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the package."""
    session.install("-e", ".", "mypy>=1.8", "types-regex")
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the Sphinx docs with warnings as errors, then run their doctests."""
    session.install("-e", ".[docs]")
    session.run("sphinx-build", "-W", "-b", "html", "docs", "docs/_build/html")
    session.run("sphinx-build", "-W", "-b", "doctest", "docs", "docs/_build/doctest")


@nox.session
def bench(session: nox.Session) -> None:
    """Every benchmark script under benchmarks/, printing its figures."""
    session.install("-e", ".[plot]")
    for script in sorted(Path("benchmarks").glob("*.py")):
        session.run("python", str(script))


@nox.session
def fuzz(session: nox.Session) -> None:
    """The atheris fuzz target for a fixed budget (``-- -runs=N`` to change it)."""
    session.install("-e", ".[fuzz]")
    session.run("python", "fuzz/fuzz_parse.py", *(session.posargs or ["-runs=20000"]))
